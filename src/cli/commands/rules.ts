// `vigie rules [--format text|json|markdown]`: every rule Vigie runs: accessibility rules with their RGAA tests,
// WCAG criteria, ACT ids and coverage, and eco-design rules with their RGESN criteria and good practices.

import { parseArgs } from 'node:util';
import { ruleCatalogue } from '../../audits/a11y/catalogue.js';
import { formatRulesMarkdown, formatRulesText } from '../format/rules-text.js';
import { EXIT, UsageError } from '../usage.js';

export const RULES_HELP = `Usage : vigie rules [--format text|json|markdown]

Liste les règles que Vigie exécute : règles d’accessibilité (ses règles propres et celles d’axe-core) avec les
tests RGAA 4.1.2, les critères WCAG, les règles ACT du W3C et la couverture (complète ou échecs seulement), et
règles d’écoconception avec les critères RGESN 2024 et les bonnes pratiques (GreenIT-Analysis) qu’elles vérifient.

Options :
  --format FORMAT   text (défaut), json, ou markdown (le contenu de docs/rules.md)
  --source SOURCE   vigie ou axe-core : seulement les règles de cette source
  --family FAMILLE  a11y ou eco : seulement les règles de cette famille`;

export async function rulesCommand(argv: string[]): Promise<number> {
  let values: { format?: string; source?: string; family?: string; help?: boolean };
  try {
    const parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        source: { type: 'string' },
        family: { type: 'string' },
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
  if (values.family !== undefined && !['a11y', 'eco'].includes(values.family))
    throw new UsageError(`vigie rules : --family « ${values.family} » inconnue (a11y ou eco)`);
  const entries = ruleCatalogue().filter(
    (entry) =>
      (!values.source || entry.source === values.source) &&
      (!values.family || entry.family === values.family),
  );
  const out =
    values.format === 'json'
      ? JSON.stringify(entries, null, 2)
      : values.format === 'markdown'
        ? formatRulesMarkdown(entries)
        : formatRulesText(entries);
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  return EXIT.ok;
}
