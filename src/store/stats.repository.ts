// SQL of the statistics (src/stats/): per-group aggregates of a campaign's site summaries, computed in one
// query with GROUPING SETS (whole campaign, kind group, département, région, commune population band), and the
// same aggregates over the sites audited in both this campaign and the previous one (paired change). Medians
// and quartiles are percentile_cont (linear interpolation), the same on PGlite and PostgreSQL.

import { type Kysely, sql } from 'kysely';
import { ORGANISATION_KINDS } from '../core/site.js';
import { KIND_GROUP_OF, POPULATION_BAND_RANGES, type StatDimensionId } from '../stats/groups.js';
import type { Database } from './schema.js';

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

/** Per-site measures read from site_summaries, by alias. */
const MEASURES: Record<string, string> = {
  rgaa_rate: "(ss.scores->>'rgaaRate')::float8",
  raw_mark: "(ss.scores->>'rawMark')::float8",
  failed_elements: "(ss.scores->>'failedElements')::float8",
  page_bytes: "(ss.scores->>'sampleTransferBytesMedian')::float8",
  requests: "(ss.scores->>'sampleRequestsMedian')::float8",
  ecoindex: "(ss.scores->>'sampleEcoindexMedian')::float8",
  co2: "(ss.scores->>'sampleCo2GramsMedian')::float8",
  grade: "ss.grades->>'rawMark'",
  eco_grade: "ss.grades->>'sampleEcoindex'",
  has_legal: 'ss.legal is not null',
  mention: "ss.legal->'mention'->>'level'",
  statement_valid:
    "(ss.legal->'statement'->>'url' is not null and ss.legal->'statement'->>'unreadable' is null " +
    "and (ss.legal->'statement'->>'stale')::boolean is distinct from true)",
  statement_stale: "coalesce((ss.legal->'statement'->>'stale')::boolean, false)",
  schema_valid: "coalesce((ss.legal->'plans'->'schema'->>'valid')::boolean, false)",
  action_valid: "coalesce((ss.legal->'plans'->'action'->>'valid')::boolean, false)",
  contradiction:
    "case when jsonb_typeof(ss.legal->'contradictions') = 'array' " +
    "then jsonb_array_length(ss.legal->'contradictions') > 0 else false end",
};

export const QUARTILE_MEASURES = [
  'rgaa_rate',
  'raw_mark',
  'failed_elements',
  'page_bytes',
  'requests',
  'ecoindex',
  'co2',
] as const;

const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];
const ECO_GRADES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const MENTIONS = ['totalement', 'partiellement', 'non', 'absente'];

function countColumns(): string[] {
  const columns = [
    'count(*)::int as sites',
    'count(*) filter (where audited)::int as audited',
    'count(*) filter (where not audited)::int as errors',
    'count(grade)::int as graded',
    ...GRADES.map((g) => `count(*) filter (where grade = '${g}')::int as grade_${g.toLowerCase()}`),
    'count(eco_grade)::int as eco_graded',
    ...ECO_GRADES.map((g) => `count(*) filter (where eco_grade = '${g}')::int as eco_${g.toLowerCase()}`),
    'count(*) filter (where has_legal)::int as legal',
    ...MENTIONS.map((m) => `count(*) filter (where has_legal and mention = '${m}')::int as mention_${m}`),
  ];
  for (const flag of ['statement_valid', 'statement_stale', 'schema_valid', 'action_valid', 'contradiction'])
    columns.push(`count(*) filter (where has_legal and ${flag})::int as ${flag}`);
  for (const measure of QUARTILE_MEASURES) {
    columns.push(`count(${measure})::int as ${measure}_n`);
    columns.push(
      `percentile_cont(array[0.25, 0.5, 0.75]) within group (order by ${measure}) as ${measure}_q`,
    );
  }
  return columns;
}

function kindGroupCase(): string {
  const whens = ORGANISATION_KINDS.map((kind) => `when '${kind}' then '${KIND_GROUP_OF[kind]}'`).join(' ');
  return `case coalesce(s.kind, o.kind) ${whens} else 'autre' end`;
}

function populationBandCase(): string {
  const bands = [...POPULATION_BAND_RANGES].reverse();
  const whens = bands.map((band) => `when o.population >= ${band.min} then '${band.id}'`).join(' ');
  return `case when coalesce(s.kind, o.kind) = 'commune' and o.population is not null then case ${whens} end end`;
}

/** The measures of one campaign's sites with their groups; `paired` restricts to sites audited in both. */
function factsSql(campaignRef: string, filter: string): string {
  const measures = Object.entries(MEASURES)
    .map(([alias, expression]) => `${expression} as ${alias}`)
    .join(',\n    ');
  return `select cs.site_id, cs.state = 'done' as audited,
    ${kindGroupCase()} as kind_group, o.departement, o.region, ${populationBandCase()} as band,
    ${measures}
  from campaign_sites cs
  join sites s on s.id = cs.site_id
  left join organisations o on o.id = s.organisation_id
  left join site_summaries ss on ss.campaign_id = cs.campaign_id and ss.site_id = cs.site_id
  where cs.campaign_id = ${campaignRef} and ${filter}`;
}

const PAIRED = (other: string) =>
  `cs.state = 'done' and exists (select 1 from campaign_sites p where p.campaign_id = ${other} ` +
  `and p.site_id = cs.site_id and p.state = 'done')`;

const GROUP_COLUMNS = new Set(['part', 'grouping_id', 'kind_group', 'departement', 'region', 'band']);

const GROUPING_DIMENSIONS: Record<number, StatDimensionId> = {
  15: 'ensemble',
  7: 'type',
  11: 'departement',
  13: 'region',
  14: 'population',
};

/** Aggregates of every group of a campaign and, when `previousId` is given, over the paired sites. */
export async function groupAggregates(
  db: Kysely<Database>,
  campaignId: number,
  previousId: number | null,
): Promise<GroupAggregate[]> {
  const current = String(Number(campaignId));
  const previous = previousId === null ? null : String(Number(previousId));
  const parts = [`select 'all' as part, f.* from (${factsSql(current, "cs.state in ('done', 'failed')")}) f`];
  if (previous !== null) {
    parts.push(`select 'pairedNow' as part, f.* from (${factsSql(current, PAIRED(previous))}) f`);
    // The previous campaign's measures, grouped by the organisation as it is now.
    parts.push(`select 'pairedBefore' as part, f.* from (${factsSql(previous, PAIRED(current))}) f`);
  }
  const query = `with facts as (${parts.join('\nunion all\n')})
select part, grouping(kind_group, departement, region, band)::int as grouping_id,
  kind_group, departement, region, band,
  ${countColumns().join(',\n  ')}
from facts
group by part, grouping sets ((), (kind_group), (departement), (region), (band))`;
  const { rows } = await sql.raw<Record<string, unknown>>(query).execute(db);
  const out: GroupAggregate[] = [];
  for (const row of rows) {
    const dimension = GROUPING_DIMENSIONS[Number(row.grouping_id)];
    if (!dimension) continue;
    const code =
      dimension === 'ensemble'
        ? ''
        : (row[
            { type: 'kind_group', departement: 'departement', region: 'region', population: 'band' }[
              dimension
            ]
          ] as string | null);
    if (code === null) continue; // sites whose département, région or band is unknown
    const counts: Record<string, number> = {};
    const quartiles: Record<string, [number, number, number] | null> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key.endsWith('_q')) quartiles[key.slice(0, -2)] = quartileTriple(value);
      else if (!GROUP_COLUMNS.has(key)) counts[key] = Number(value);
    }
    out.push({ part: row.part as StatPart, dimension, code, counts, quartiles });
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
  part: StatPart;
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
): Promise<SiteRgaaRow[]> {
  const current = String(Number(campaignId));
  const select = (part: StatPart, ref: string, filter: string) =>
    `select '${part}' as part, ${kindGroupCase()} as kind_group, o.departement, o.region,
      ${populationBandCase()} as band, ss.rgaa->>'tests' as tests, ss.rgaa->>'criteria' as criteria
    from campaign_sites cs
    join sites s on s.id = cs.site_id
    left join organisations o on o.id = s.organisation_id
    join site_summaries ss on ss.campaign_id = cs.campaign_id and ss.site_id = cs.site_id
    where cs.campaign_id = ${ref} and ss.rgaa is not null and ${filter}`;
  const parts = [select('all', current, "cs.state = 'done'")];
  if (previousId !== null) {
    const previous = String(Number(previousId));
    parts.push(select('pairedNow', current, PAIRED(previous)));
    parts.push(select('pairedBefore', previous, PAIRED(current)));
  }
  const { rows } = await sql
    .raw<{
      part: StatPart;
      kind_group: string;
      departement: string | null;
      region: string | null;
      band: string | null;
      tests: string | null;
      criteria: string | null;
    }>(parts.join('\nunion all\n'))
    .execute(db);
  return rows
    .filter((row) => row.tests !== null && row.criteria !== null)
    .map((row) => ({
      part: row.part,
      kindGroup: row.kind_group,
      departement: row.departement,
      region: row.region,
      band: row.band,
      tests: row.tests!,
      criteria: row.criteria!,
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
