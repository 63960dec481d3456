// `vigie export [--campaign ID] --out DIR`: writes a campaign's open-data files (sites.csv, criteres.csv,
// statistiques.csv and their Table Schemas) into a folder, ready for `vigie publish`.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExportError, exportCampaign, type StatisticRowsSource } from '../../export/export.js';
import { latestCampaignId } from '../../jobs/campaign.js';
import { statisticRows } from '../../stats/rows.js';
import { DATA_DIR_HELP, withDatabase } from '../database.js';
import { EXIT, UsageError } from '../usage.js';

export const EXPORT_HELP = `Usage : vigie export [--campaign ID] --out DOSSIER [options]

Écrit les données ouvertes d'une campagne dans un dossier, en CSV UTF-8 (séparateur virgule) :
  sites.csv          une ligne par site : organisation, RGAA, obligations légales, EcoIndex, versions
  criteres.csv       une ligne par site et par critère RGAA (C, NC, NA, NT)
  statistiques.csv   les statistiques de la campagne (format long)
et pour chacun son schéma schema-<nom>.json (Table Schema). Dictionnaire : docs/data-dictionary.md.

Options :
  --campaign ID               la campagne (défaut : la plus récente)
  --out DOSSIER               le dossier à écrire (créé si besoin ; les fichiers existants sont remplacés)
${DATA_DIR_HELP}`;

export interface ExportDependencies {
  /** The rows of statistiques.csv; default: the campaign's statistics (src/stats/rows.ts). */
  statisticRows?: StatisticRowsSource;
}

export async function exportCommand(argv: string[], dependencies: ExportDependencies = {}): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    values = parsed.values;
    if (parsed.positionals.length > 0) throw new Error(`argument inattendu « ${parsed.positionals[0]} »`);
  } catch (error) {
    throw new UsageError(`vigie export : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${EXPORT_HELP}\n`);
    return EXIT.ok;
  }
  if (!values.out) throw new UsageError('vigie export : --out DOSSIER est obligatoire');
  const requested = values.campaign === undefined ? null : Number(values.campaign);
  if (requested !== null && (!Number.isInteger(requested) || requested <= 0))
    throw new UsageError(`--campaign : « ${values.campaign} » n'est pas un identifiant de campagne`);
  const outDir = resolve(values.out);
  return withDatabase(values['data-dir'], async (handle) => {
    const id = requested ?? (await latestCampaignId(handle));
    if (id === null) {
      process.stderr.write('vigie export : aucune campagne\n');
      return EXIT.usage;
    }
    const started = performance.now();
    let status: string;
    try {
      ({ status } = await exportCampaign({
        db: handle.db,
        campaignId: id,
        outDir,
        statisticRows: dependencies.statisticRows ?? ((_db, campaignId) => statisticRows(handle, campaignId)),
        onFile: (name, rows) => process.stderr.write(`  ${name}.csv : ${rows} lignes\n`),
      }));
    } catch (error) {
      if (error instanceof ExportError) {
        process.stderr.write(`vigie export : ${error.message}\n`);
        return EXIT.usage;
      }
      throw error;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    if (status !== 'done')
      process.stderr.write(
        `Attention : la campagne ${id} n'est pas terminée (état ${status}) : seuls les sites déjà audités ou en ` +
          'échec sont exportés.\n',
      );
    process.stdout.write(`Campagne ${id} exportée dans ${outDir} (${seconds} s)\n`);
    return EXIT.ok;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      campaign: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
