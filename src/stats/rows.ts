// The statistics of a campaign from the database: aggregates in SQL (src/store/stats.repository.ts), the most
// failed RGAA criteria and tests counted over the sites' encoded results, assembled into rows of
// `statistiques.csv` (src/export/statistic-row.ts). This file wires the store to the pure stats modules, so it
// is the one file of src/stats allowed to import them (biome.json).

import type { StatisticRow } from '../export/statistic-row.js';
import { loadAreaNames } from '../sources/area-names.js';
import type { DatabaseHandle } from '../store/db.js';
import {
  ALL_DIMENSIONS,
  type CampaignRef,
  groupAggregates,
  previousFinishedCampaign,
  siteRgaaResults,
  statsCampaign,
} from '../store/stats.repository.js';
import { readStoredStatistics, statsStamp, storeStatistics } from '../store/stats-cache.repository.js';
import { assembleStatistics, FailureCounter, failureKeys, type Statistic } from './assemble.js';
import { groupLabel, type StatDimensionId } from './groups.js';

export interface CampaignStatistics {
  campaign: CampaignRef;
  /** The finished campaign the paired changes compare with; null when none. */
  previous: CampaignRef | null;
  statistics: Statistic[];
}

export class UnknownCampaignError extends Error {
  constructor(readonly campaignId: number) {
    super(`campagne ${campaignId} introuvable`);
  }
}

/**
 * The statistics of a campaign, for the groups of `dimensions` (default: every dimension). Stored statistics
 * (computed when the campaign ended, or by an earlier call for every dimension) are used while their stamp
 * still matches the data; a call for every dimension that had to compute them stores them. `fresh`: compute
 * even when stored ones match (and store them).
 */
export async function campaignStatistics(
  handle: DatabaseHandle,
  campaignId: number,
  dimensions: readonly StatDimensionId[] = ALL_DIMENSIONS,
  options: { fresh?: boolean } = {},
): Promise<CampaignStatistics> {
  const campaign = await statsCampaign(handle.db, campaignId);
  if (!campaign) throw new UnknownCampaignError(campaignId);
  const previous = await previousFinishedCampaign(handle.db, campaignId);
  const previousId = previous?.id ?? null;
  const stamp = await statsStamp(handle.db, campaignId, previousId);
  if (!options.fresh) {
    const stored = await readStoredStatistics(handle.db, campaignId);
    if (stored?.stamp === stamp) {
      const wanted = new Set<string>(dimensions);
      const statistics = (stored.statistics as Statistic[]).filter((item) => wanted.has(item.dimension));
      return { campaign, previous, statistics };
    }
  }
  const aggregates = await groupAggregates(handle.db, campaignId, previousId, dimensions);
  const failures = new FailureCounter();
  for (const site of await siteRgaaResults(handle.db, campaignId, previousId, dimensions)) {
    const keys = failureKeys(site.part, site, dimensions);
    if (site.paired && site.part === 'all') keys.push(...failureKeys('pairedNow', site, dimensions));
    failures.add(keys, site.criteria, site.tests);
  }
  const names = await loadAreaNames();
  const statistics = assembleStatistics(aggregates, failures, (dimension, code) =>
    groupLabel(dimension, code, names),
  );
  if (ALL_DIMENSIONS.every((dimension) => dimensions.includes(dimension)))
    await storeStatistics(handle.db, campaignId, stamp, statistics);
  return { campaign, previous, statistics };
}

export function toStatisticRow(campaign: CampaignRef, statistic: Statistic): StatisticRow {
  return {
    campaign_id: campaign.id,
    campaign_date: campaign.date,
    dimension: statistic.dimension,
    group_code: statistic.group_code,
    group_label: statistic.group_label,
    indicator: statistic.indicator,
    value: statistic.value,
    unit: statistic.unit,
    sites: statistic.sites,
    previous_value: statistic.previous_value,
    change: statistic.change,
  };
}

/** Every statistic of a campaign as a row of `statistiques.csv`. */
export async function* statisticRows(db: DatabaseHandle, campaignId: number): AsyncGenerator<StatisticRow> {
  const { campaign, statistics } = await campaignStatistics(db, campaignId);
  for (const statistic of statistics) yield toStatisticRow(campaign, statistic);
}
