// SQL of the statistics (src/stats/): per-group aggregates of a campaign's site summaries, computed in one
// query with GROUPING SETS (whole campaign, kind group, département, région, commune population band), and the
// same aggregates over the sites audited in both this campaign and the previous one (paired change). Medians
// and quartiles are percentile_cont (linear interpolation), the same on PGlite and PostgreSQL.

import { type Kysely, sql } from 'kysely';
import { RGAA_412_CRITERIA, RGAA_412_TESTS } from '../core/rgaa-412.js';
import type { StatDimensionId } from '../stats/groups.js';
import type { Database } from './schema.js';
import {
  ALL_DIMENSIONS,
  aggregatesSql,
  kindGroupCase,
  PAIRED,
  PAIRED_FLAG,
  PAIRED_JOIN,
  PAIRED_SUFFIX,
  populationBandCase,
} from './stats-sql.js';

export { ALL_DIMENSIONS, aggregatesSql };

const CRITERIA_COUNT = RGAA_412_CRITERIA.length;
const TESTS_COUNT = RGAA_412_TESTS.length;

const GROUP_COLUMNS = new Set(['part', 'dimension', 'group_code']);

/** Which sites and which campaign an aggregate is over. */
export type StatPart = 'all' | 'pairedNow' | 'pairedBefore';

export interface GroupAggregate {
  part: StatPart;
  dimension: StatDimensionId;
  /** '' for `ensemble`. */
  code: string;
  /** Counts by alias (sites, audited, grade_a…) and quartile triples by alias (rgaa_rate…). */
  counts: Record<string, number>;
  quartiles: Record<string, [number, number, number] | null>;
}

export interface CampaignRef {
  id: number;
  name: string;
  /** YYYY-MM-DD: the day the campaign started (else was created). */
  date: string;
}

/**
 * Aggregates of the groups of `dimensions` (default all) in a campaign and, when `previousId` is given, over
 * the paired sites.
 */
export async function groupAggregates(
  db: Kysely<Database>,
  campaignId: number,
  previousId: number | null,
  dimensions: readonly StatDimensionId[] = ALL_DIMENSIONS,
): Promise<GroupAggregate[]> {
  const query = aggregatesSql(campaignId, previousId, dimensions);
  // Sorts of ~100,000 rows: in memory rather than in temporary files (PGlite's default work_mem is 4 MB).
  const rows = await db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    return (await sql.raw<Record<string, unknown>>(query).execute(trx)).rows;
  });
  const out: GroupAggregate[] = [];
  for (const row of rows) {
    const dimension = row.dimension as StatDimensionId;
    const code = row.group_code as string | null;
    if (code === null) continue; // sites whose département, région or band is unknown
    const before = row.part === 'before';
    const all: GroupAggregate = {
      part: before ? 'pairedBefore' : 'all',
      dimension,
      code,
      counts: {},
      quartiles: {},
    };
    const paired: GroupAggregate = { part: 'pairedNow', dimension, code, counts: {}, quartiles: {} };
    for (const [key, value] of Object.entries(row)) {
      if (GROUP_COLUMNS.has(key)) continue;
      const target = key.endsWith(PAIRED_SUFFIX) ? paired : all;
      const alias = target === paired ? key.slice(0, -PAIRED_SUFFIX.length) : key;
      if (alias.endsWith('_q')) target.quartiles[alias.slice(0, -2)] = quartileTriple(value);
      else target.counts[alias] = Number(value);
    }
    out.push(all);
    if (!before && previousId !== null && (paired.counts.sites ?? 0) > 0) out.push(paired);
  }
  return out;
}

function quartileTriple(value: unknown): [number, number, number] | null {
  if (value === null || value === undefined) return null;
  const list = typeof value === 'string' ? value.replace(/[{}]/g, '').split(',') : (value as unknown[]);
  if (list.length !== 3 || list.some((item) => item === null || item === 'NULL')) return null;
  return [Number(list[0]), Number(list[1]), Number(list[2])];
}

export interface SiteRgaaRow {
  /** `all`: a site audited in this campaign; `pairedBefore`: a paired site's results in the previous one. */
  part: 'all' | 'pairedBefore';
  /** A site of this campaign also audited in the previous one. */
  paired: boolean;
  kindGroup: string;
  departement: string | null;
  region: string | null;
  band: string | null;
  /** One character per test / criterion (src/score/rgaa.ts encodeResults). */
  tests: string;
  criteria: string;
}

/** The RGAA results of the audited sites, for the most failed criteria and tests (counted in src/stats). */
export async function siteRgaaResults(
  db: Kysely<Database>,
  campaignId: number,
  previousId: number | null,
  dimensions: readonly StatDimensionId[] = ALL_DIMENSIONS,
): Promise<SiteRgaaRow[]> {
  const current = String(Number(campaignId));
  const previous = previousId === null ? null : String(Number(previousId));
  // The whole campaign alone needs no group: the registry is then not read (a third of the time on PGlite).
  const grouped = dimensions.some((dimension) => dimension !== 'ensemble');
  const groups = grouped
    ? `${kindGroupCase()} as kind_group, o.departement, o.region, ${populationBandCase()} as band`
    : "'autre' as kind_group, null as departement, null as region, null as band";
  const registry = grouped
    ? 'join sites s on s.id = cs.site_id left join organisations o on o.id = s.organisation_id'
    : '';
  const select = (part: SiteRgaaRow['part'], ref: string, filter: string, paired: string) =>
    `select '${part}' as part, ${paired} as paired, ${groups},
      (ss.rgaa->>'criteria') || (ss.rgaa->>'tests') as results
    from campaign_sites cs
    ${registry}
    join site_summaries ss on ss.campaign_id = cs.campaign_id and ss.site_id = cs.site_id
    ${paired === PAIRED_FLAG ? PAIRED_JOIN(String(Number(previousId))) : ''}
    where cs.campaign_id = ${ref} and ss.rgaa is not null and ${filter}`;
  const parts = [select('all', current, "cs.state = 'done'", previous === null ? 'false' : PAIRED_FLAG)];
  if (previous !== null) parts.push(select('pairedBefore', previous, PAIRED(current), 'true'));
  const { rows } = await sql
    .raw<{
      part: SiteRgaaRow['part'];
      paired: boolean;
      kind_group: string;
      departement: string | null;
      region: string | null;
      band: string | null;
      /** Criteria then tests, one string: one field to decode instead of two. */
      results: string | null;
    }>(parts.join('\nunion all\n'))
    .execute(db);
  return rows
    .filter((row) => row.results !== null && row.results.length === CRITERIA_COUNT + TESTS_COUNT)
    .map((row) => ({
      part: row.part,
      paired: row.paired,
      kindGroup: row.kind_group,
      departement: row.departement,
      region: row.region,
      band: row.band,
      criteria: row.results!.slice(0, CRITERIA_COUNT),
      tests: row.results!.slice(CRITERIA_COUNT),
    }));
}

function campaignRef(row: {
  id: number;
  name: string;
  started_at: Date | null;
  created_at: Date;
}): CampaignRef {
  const date = row.started_at ?? row.created_at;
  return { id: row.id, name: row.name, date: new Date(date).toISOString().slice(0, 10) };
}

export async function statsCampaign(db: Kysely<Database>, id: number): Promise<CampaignRef | null> {
  const row = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'started_at', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? campaignRef(row) : null;
}

/** Every finished campaign (status done), oldest first. */
export async function finishedCampaigns(db: Kysely<Database>): Promise<CampaignRef[]> {
  const rows = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'started_at', 'created_at'])
    .where('status', '=', 'done')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(campaignRef);
}

/** The latest finished campaign (status done), else null. */
export async function latestFinishedCampaign(db: Kysely<Database>): Promise<CampaignRef | null> {
  const row = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'started_at', 'created_at'])
    .where('status', '=', 'done')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? campaignRef(row) : null;
}

/** The finished campaign before `id`: the one its paired changes compare with. */
export async function previousFinishedCampaign(
  db: Kysely<Database>,
  id: number,
): Promise<CampaignRef | null> {
  const row = await db
    .selectFrom('campaigns')
    .select(['id', 'name', 'started_at', 'created_at'])
    .where('status', '=', 'done')
    .where('id', '<', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? campaignRef(row) : null;
}
