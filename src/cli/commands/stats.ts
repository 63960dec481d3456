// `vigie stats`: the statistics of a campaign (default: the latest finished one), whole or by kind of
// organisation, département, région or commune population band, as text, JSON or CSV.

import { parseArgs } from 'node:util';
import type { StatDimensionId } from '../../stats/groups.js';
import { type CampaignStatistics, campaignStatistics, UnknownCampaignError } from '../../stats/rows.js';
import { finishedCampaigns, latestFinishedCampaign } from '../../store/stats.repository.js';
import { DATA_DIR_HELP, withDatabase } from '../database.js';
import { formatHistoryText } from '../format/stats-history.js';
import { formatStatisticsText, statisticsCsv, statisticsJson } from '../format/stats-text.js';
import { EXIT, UsageError } from '../usage.js';

export const STATS_HELP = `Usage : vigie stats [options]

Statistiques d'une campagne : sites audités et en erreur, notes A à F, taux RGAA automatisé (médiane et
quartiles), critères et tests RGAA les plus souvent non conformes, obligations légales, EcoIndex, poids et
requêtes des pages, et l'évolution depuis la campagne précédente sur les mêmes sites (docs/statistics.md).

Options :
  --campaign ID               campagne (défaut : la dernière campagne terminée)
  --all-campaigns             toutes les campagnes terminées, de la plus ancienne à la plus récente (en texte,
                              les principaux indicateurs côte à côte ; en json et csv, toutes les lignes)
  --by kind|departement|region|population
                              par type d'organisme, département, région ou taille de commune
                              (défaut : l'ensemble des sites ; en json et csv, tous les regroupements)
  --format text|json|csv      format (défaut text ; csv : les lignes de statistiques.csv)
${DATA_DIR_HELP}`;

const BY_DIMENSIONS: Record<string, StatDimensionId> = {
  kind: 'type',
  type: 'type',
  departement: 'departement',
  region: 'region',
  population: 'population',
};

export async function statsCommand(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    throw new UsageError(`vigie stats : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${STATS_HELP}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'csv'].includes(format))
    throw new UsageError(`vigie stats : --format « ${format} » inconnu (text, json, csv)`);
  let dimension: StatDimensionId | null = null;
  if (values.by !== undefined) {
    dimension = BY_DIMENSIONS[values.by] ?? null;
    if (!dimension)
      throw new UsageError(
        `vigie stats : --by « ${values.by} » inconnu (kind, departement, region, population)`,
      );
  }
  let campaignId: number | null = null;
  if (values.campaign !== undefined) {
    campaignId = Number(values.campaign);
    if (!Number.isInteger(campaignId) || campaignId <= 0)
      throw new UsageError(
        `vigie stats : --campaign « ${values.campaign} » n'est pas un identifiant de campagne`,
      );
  }
  if (values['all-campaigns'] && campaignId !== null)
    throw new UsageError('vigie stats : --campaign et --all-campaigns sont incompatibles');
  // Text shows the whole campaign unless a grouping is asked for; JSON and CSV give every grouping.
  const shown = dimension ?? (format === 'text' ? 'ensemble' : null);
  if (values['all-campaigns']) return historyAction(values['data-dir'], format, shown);
  return withDatabase(values['data-dir'], async (handle) => {
    if (campaignId === null) {
      const latest = await latestFinishedCampaign(handle.db);
      if (!latest) {
        process.stderr.write('vigie stats : aucune campagne terminée (voir vigie campaign list).\n');
        return EXIT.usage;
      }
      campaignId = latest.id;
    }
    let result: Awaited<ReturnType<typeof campaignStatistics>>;
    try {
      result = await campaignStatistics(handle, campaignId, shown ? [shown] : undefined);
    } catch (error) {
      if (!(error instanceof UnknownCampaignError)) throw error;
      process.stderr.write(`vigie stats : campagne ${campaignId} introuvable (voir vigie campaign list).\n`);
      return EXIT.usage;
    }
    const { statistics } = result;
    if (format === 'json')
      process.stdout.write(`${JSON.stringify(statisticsJson(result, statistics), null, 2)}\n`);
    else if (format === 'csv') process.stdout.write(statisticsCsv(result, statistics));
    else process.stdout.write(formatStatisticsText(result, statistics));
    return EXIT.ok;
  });
}

async function historyAction(
  dataDir: string | undefined,
  format: string,
  shown: StatDimensionId | null,
): Promise<number> {
  return withDatabase(dataDir, async (handle) => {
    const results: CampaignStatistics[] = [];
    for (const campaign of await finishedCampaigns(handle.db))
      results.push(await campaignStatistics(handle, campaign.id, shown ? [shown] : undefined));
    if (results.length === 0) {
      process.stderr.write('vigie stats : aucune campagne terminée (voir vigie campaign list).\n');
      return EXIT.usage;
    }
    if (format === 'json')
      process.stdout.write(
        `${JSON.stringify(
          results.map((result) => statisticsJson(result, result.statistics)),
          null,
          2,
        )}\n`,
      );
    else if (format === 'csv')
      process.stdout.write(
        results
          .map((result, i) => {
            const csv = statisticsCsv(result, result.statistics);
            return i === 0 ? csv : csv.slice(csv.indexOf('\n') + 1);
          })
          .join(''),
      );
    else process.stdout.write(formatHistoryText(results));
    return EXIT.ok;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      campaign: { type: 'string' },
      'all-campaigns': { type: 'boolean' },
      by: { type: 'string' },
      format: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
