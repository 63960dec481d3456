// From a campaign's group aggregates (and those over the sites audited in both it and the previous campaign)
// to statistics in long format: one indicator of one group per item, with the paired previous value and
// change. Pure: src/stats/rows.ts feeds it from the database.

import {
  FailureCounter,
  failureIndicatorId,
  failureLabel,
  failureShare,
  TOP_FAILURES,
  topFailures,
} from './failures.js';
import {
  KIND_GROUP_LABELS,
  KIND_GROUPS,
  type KindGroup,
  POPULATION_BAND_RANGES,
  type StatDimensionId,
} from './groups.js';
import { type Aggregate, INDICATORS, type IndicatorUnit, roundFor } from './indicators.js';

const DIMENSION_ORDER: readonly StatDimensionId[] = [
  'ensemble',
  'type',
  'departement',
  'region',
  'population',
];

export type StatPartId = 'all' | 'pairedNow' | 'pairedBefore';

export interface GroupAggregateInput extends Aggregate {
  part: StatPartId;
  dimension: StatDimensionId;
  code: string;
}

export interface Statistic {
  dimension: StatDimensionId;
  group_code: string;
  group_label: string;
  indicator: string;
  /** French label of the indicator for this group (text output). */
  label: string;
  value: number | null;
  unit: IndicatorUnit;
  sites: number;
  previous_value: number | null;
  change: number | null;
}

export interface SiteGroups {
  kindGroup: string;
  departement: string | null;
  region: string | null;
  band: string | null;
}

/** The failure-counter keys a site counts under, in one part. */
export function failureKeys(
  part: StatPartId,
  site: SiteGroups,
  dimensions: readonly StatDimensionId[] = DIMENSION_ORDER,
): string[] {
  const codes: Record<StatDimensionId, string | null> = {
    ensemble: '',
    type: site.kindGroup,
    departement: site.departement,
    region: site.region,
    population: site.band,
  };
  const keys: string[] = [];
  for (const dimension of dimensions) {
    const code = codes[dimension];
    if (code !== null) keys.push(groupKey(part, dimension, code));
  }
  return keys;
}

export function groupKey(part: StatPartId, dimension: StatDimensionId, code: string): string {
  return `${part}|${dimension}|${code}`;
}

/** The noun the labels use for a group's sites. */
export function groupNoun(dimension: StatDimensionId, code: string): string {
  if (dimension === 'type') {
    const label = KIND_GROUP_LABELS[code as KindGroup];
    if (label) return label.charAt(0).toLowerCase() + label.slice(1);
  }
  if (dimension === 'population') {
    const band = POPULATION_BAND_RANGES.find((entry) => entry.id === code);
    if (band) return band.label.charAt(0).toLowerCase() + band.label.slice(1);
  }
  return 'sites';
}

function groupOrder(dimension: StatDimensionId, code: string): number | string {
  if (dimension === 'type') return KIND_GROUPS.indexOf(code as KindGroup);
  if (dimension === 'population') return POPULATION_BAND_RANGES.findIndex((band) => band.id === code);
  return code;
}

function compareGroups(a: GroupAggregateInput, b: GroupAggregateInput): number {
  const byDimension = DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension);
  if (byDimension !== 0) return byDimension;
  const [x, y] = [groupOrder(a.dimension, a.code), groupOrder(b.dimension, b.code)];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'fr', { numeric: true });
}

function paired(
  unit: IndicatorUnit,
  now: number | null | undefined,
  before: number | null | undefined,
): { previous_value: number | null; change: number | null } {
  const previous = before ?? null;
  const change = previous !== null && now !== null && now !== undefined ? now - previous : null;
  return { previous_value: roundFor(unit, previous), change: roundFor(unit, change) };
}

/**
 * Every indicator of every group present in the campaign (`all` aggregates), with the value over the paired
 * sites before (`previous_value`) and the change over those same sites (paired now − paired before).
 */
export function assembleStatistics(
  aggregates: readonly GroupAggregateInput[],
  failures: FailureCounter,
  labelOf: (dimension: StatDimensionId, code: string) => string,
): Statistic[] {
  const byKey = new Map(
    aggregates.map((entry) => [groupKey(entry.part, entry.dimension, entry.code), entry]),
  );
  const groups = aggregates.filter((entry) => entry.part === 'all').sort(compareGroups);
  const out: Statistic[] = [];
  for (const group of groups) {
    const noun = groupNoun(group.dimension, group.code);
    const now = byKey.get(groupKey('pairedNow', group.dimension, group.code));
    const before = byKey.get(groupKey('pairedBefore', group.dimension, group.code));
    const base = {
      dimension: group.dimension,
      group_code: group.code,
      group_label: labelOf(group.dimension, group.code),
    };
    for (const indicator of INDICATORS) {
      const { value, sites } = indicator.compute(group);
      const change =
        indicator.paired && now && before
          ? paired(indicator.unit, indicator.compute(now).value, indicator.compute(before).value)
          : { previous_value: null, change: null };
      out.push({
        ...base,
        indicator: indicator.id,
        label: indicator.label(noun),
        value: roundFor(indicator.unit, value),
        unit: indicator.unit,
        sites,
        ...change,
      });
    }
    const pairedSites = now?.counts.sites ?? 0;
    out.push({
      ...base,
      indicator: 'sites_apparies',
      label: 'Sites audités dans cette campagne et la précédente',
      value: pairedSites,
      unit: 'sites',
      sites: pairedSites,
      previous_value: null,
      change: null,
    });
    const counts = failures.get(groupKey('all', group.dimension, group.code));
    if (!counts) continue;
    const countsNow = failures.get(groupKey('pairedNow', group.dimension, group.code));
    const countsBefore = failures.get(groupKey('pairedBefore', group.dimension, group.code));
    for (const failure of topFailures(counts, TOP_FAILURES)) {
      out.push({
        ...base,
        indicator: failureIndicatorId(failure),
        label: failureLabel(failure, noun),
        value: roundFor('pourcent', failureShare(counts, failure)),
        unit: 'pourcent',
        sites: counts.sites,
        ...(countsNow && countsBefore
          ? paired('pourcent', failureShare(countsNow, failure), failureShare(countsBefore, failure))
          : { previous_value: null, change: null }),
      });
    }
  }
  return out;
}

export { FailureCounter };
