// SQL text of the statistics queries (src/store/stats.repository.ts): per-site measures read from the
// site_summaries jsonb, kind groups and population bands as CASE expressions, aggregates with FILTER and
// percentile_cont, and GROUPING SETS over the requested dimensions. Campaign ids are integers (String(Number()))
// and every other value a constant of the code, so the text is built, not parameterised.

import { ORGANISATION_KINDS } from '../core/site.js';
import { KIND_GROUP_OF, POPULATION_BAND_RANGES, type StatDimensionId } from '../stats/groups.js';

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

/** The aggregates, over the rows matching `scope` (null: all), their aliases suffixed with `suffix`. */
function aggregateColumns(scope: string | null, suffix: string): string[] {
  const where = (condition?: string) => {
    const parts = [scope, condition].filter(Boolean);
    return parts.length > 0 ? ` filter (where ${parts.join(' and ')})` : '';
  };
  const count = (alias: string, condition?: string, what = '*') =>
    `count(${what})${where(condition)}::int as ${alias}${suffix}`;
  const columns = [
    count('sites'),
    count('audited', 'audited'),
    count('errors', 'not audited'),
    count('graded', undefined, 'grade'),
    ...GRADES.map((g) => count(`grade_${g.toLowerCase()}`, `grade = '${g}'`)),
    count('eco_graded', undefined, 'eco_grade'),
    ...ECO_GRADES.map((g) => count(`eco_${g.toLowerCase()}`, `eco_grade = '${g}'`)),
    count('legal', 'has_legal'),
    ...MENTIONS.map((m) => count(`mention_${m}`, `has_legal and mention = '${m}'`)),
  ];
  for (const flag of ['statement_valid', 'statement_stale', 'schema_valid', 'action_valid', 'contradiction'])
    columns.push(count(flag, `has_legal and ${flag}`));
  for (const measure of QUARTILE_MEASURES) {
    columns.push(count(`${measure}_n`, undefined, measure));
    columns.push(
      `percentile_cont(array[0.25, 0.5, 0.75]) within group (order by ${measure})${where()} as ${measure}_q${suffix}`,
    );
  }
  return columns;
}

/** Suffix of the aggregates over the paired sites of the current campaign. */
export const PAIRED_SUFFIX = '__p';

export function kindGroupCase(): string {
  const whens = ORGANISATION_KINDS.map((kind) => `when '${kind}' then '${KIND_GROUP_OF[kind]}'`).join(' ');
  return `case coalesce(s.kind, o.kind) ${whens} else 'autre' end`;
}

export function populationBandCase(): string {
  const bands = [...POPULATION_BAND_RANGES].reverse();
  const whens = bands.map((band) => `when o.population >= ${band.min} then '${band.id}'`).join(' ');
  return `case when coalesce(s.kind, o.kind) = 'commune' and o.population is not null then case ${whens} end end`;
}

/** The measures of one campaign's sites with their groups and whether each is paired with `otherRef`. */
function factsSql(campaignRef: string, filter: string, otherRef: string | null, grouped: boolean): string {
  const measures = Object.entries(MEASURES)
    .map(([alias, expression]) => `${expression} as ${alias}`)
    .join(',\n    ');
  // The whole campaign alone needs no group: the registry is then not read.
  const groups = grouped
    ? `${kindGroupCase()} as kind_group, o.departement, o.region, ${populationBandCase()} as band`
    : 'null::text as kind_group, null::text as departement, null::text as region, null::text as band';
  const registry = grouped
    ? 'join sites s on s.id = cs.site_id left join organisations o on o.id = s.organisation_id'
    : '';
  return `select cs.site_id, cs.state = 'done' as audited, ${otherRef === null ? 'false' : PAIRED_FLAG} as paired,
    ${groups},
    ${measures}
  from campaign_sites cs
  ${registry}
  left join site_summaries ss on ss.campaign_id = cs.campaign_id and ss.site_id = cs.site_id
  ${otherRef === null ? '' : PAIRED_JOIN(otherRef)}
  where cs.campaign_id = ${campaignRef} and ${filter}`;
}

/** Joined (a hash join, not a subquery per row) to flag the sites audited in the other campaign too. */
export const PAIRED_JOIN = (other: string) =>
  `left join campaign_sites pc on pc.campaign_id = ${other} and pc.site_id = cs.site_id and pc.state = 'done'`;
export const PAIRED_FLAG = "(cs.state = 'done' and pc.site_id is not null)";

export const PAIRED = (other: string) =>
  `cs.state = 'done' and exists (select 1 from campaign_sites p where p.campaign_id = ${other} ` +
  `and p.site_id = cs.site_id and p.state = 'done')`;

/** Column of the facts each dimension groups by. */
const GROUP_BY: Record<Exclude<StatDimensionId, 'ensemble'>, string> = {
  type: 'kind_group',
  departement: 'departement',
  region: 'region',
  population: 'band',
};

/** SQL naming the dimension and the group code of an output row of the grouping sets. */
function groupingColumns(dimensions: readonly StatDimensionId[]): string {
  const grouped = dimensions.filter((dimension) => dimension !== 'ensemble');
  if (grouped.length === 0) return "'ensemble' as dimension, '' as group_code";
  const whens = (value: (dimension: Exclude<StatDimensionId, 'ensemble'>) => string) =>
    grouped
      .map((dimension) => `when grouping(${GROUP_BY[dimension]}) = 0 then ${value(dimension)}`)
      .join(' ');
  return (
    `case ${whens((dimension) => `'${dimension}'`)} else 'ensemble' end as dimension, ` +
    `case ${whens((dimension) => GROUP_BY[dimension])} else '' end as group_code`
  );
}

export const ALL_DIMENSIONS: readonly StatDimensionId[] = [
  'ensemble',
  'type',
  'departement',
  'region',
  'population',
];

/** The SQL of groupAggregates (exported for EXPLAIN in the benchmark). */
export function aggregatesSql(
  campaignId: number,
  previousId: number | null,
  dimensions: readonly StatDimensionId[] = ALL_DIMENSIONS,
): string {
  const current = String(Number(campaignId));
  const grouped = dimensions.some((dimension) => dimension !== 'ensemble');
  const previous = previousId === null ? null : String(Number(previousId));
  // One scan per campaign: this one's sites (flagged when paired), and the previous one's paired sites,
  // grouped by the organisation as it is now.
  const parts = [
    `select 'now' as part, f.* from (${factsSql(current, "cs.state in ('done', 'failed')", previous, grouped)}) f`,
  ];
  if (previous !== null)
    parts.push(`select 'before' as part, f.* from (${factsSql(previous, PAIRED(current), null, grouped)}) f`);
  const columns = aggregateColumns(null, '');
  if (previous !== null) columns.push(...aggregateColumns('paired', PAIRED_SUFFIX));
  const query = `with facts as (${parts.join('\nunion all\n')})
select part, ${groupingColumns(dimensions)},
  ${columns.join(',\n  ')}
from facts
group by part, grouping sets (${dimensions
    .map((dimension) => (dimension === 'ensemble' ? '()' : `(${GROUP_BY[dimension]})`))
    .join(', ')})`;
  return query;
}
