// `vigie rules [--format text|json|markdown]`: every accessibility rule Vigie runs, with its RGAA tests, WCAG
// criteria, ACT ids and coverage.

import { parseArgs } from 'node:util';
import { ruleCatalogue } from '../../audits/a11y/catalogue.js';
import { formatRulesMarkdown, formatRulesText } from '../format/rules-text.js';
import { EXIT, UsageError } from '../usage.js';

export const RULES_HELP = `Usage : vigie rules [--format text|json|markdown]

Liste les règles d’accessibilité que Vigie exécute (ses règles propres et celles d’axe-core) avec, pour chacune,
les tests RGAA 4.1.2, les critères WCAG, les règles ACT du W3C et la couverture (complète ou échecs seulement).

Options :
  --format FORMAT   text (défaut), json, ou markdown (le contenu de docs/rules.md)
  --source SOURCE   vigie ou axe-core : seulement les règles de cette source`;

export async function rulesCommand(argv: string[]): Promise<number> {
  let values: { format?: string; source?: string; help?: boolean };
  try {
    const parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        source: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    });
    values = parsed.values;
  } catch (error) {
    throw new UsageError(`vigie rules : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${RULES_HELP}\n`);
    return EXIT.ok;
  }
  if (!['text', 'json', 'markdown'].includes(values.format ?? ''))
    throw new UsageError(`vigie rules : --format « ${values.format} » inconnu (text, json ou markdown)`);
  if (values.source !== undefined && !['vigie', 'axe-core'].includes(values.source))
    throw new UsageError(`vigie rules : --source « ${values.source} » inconnue (vigie ou axe-core)`);
  const entries = ruleCatalogue().filter((entry) => !values.source || entry.source === values.source);
  const out =
    values.format === 'json'
      ? JSON.stringify(entries, null, 2)
      : values.format === 'markdown'
        ? formatRulesMarkdown(entries)
        : formatRulesText(entries);
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  return EXIT.ok;
}
