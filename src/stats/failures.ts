// The most frequently failed RGAA criteria and tests of each group: sites whose sample has the criterion
// (or test) non conforme (`N` in the encoded results, src/score/rgaa.ts), over the sites with RGAA results.
// Counted here, in one pass over the sites' encoded results, rather than in SQL: 364 positions per site
// would be millions of rows for a SQL aggregate. Pure.

import { RGAA_412_CRITERIA, RGAA_412_TESTS } from '../core/rgaa-412.js';

export const TOP_FAILURES = 10;

export interface FailureCounts {
  sites: number;
  criteria: Int32Array;
  tests: Int32Array;
}

/** Counts failures per position; the key says which part and group a site counts in. */
export class FailureCounter {
  readonly groups = new Map<string, FailureCounts>();

  add(keys: readonly string[], criteria: string, tests: string): void {
    // Results of another referential version (other lengths) cannot be compared position by position.
    if (criteria.length !== RGAA_412_CRITERIA.length || tests.length !== RGAA_412_TESTS.length) return;
    const failedCriteria = failedPositions(criteria);
    const failedTests = failedPositions(tests);
    for (const key of keys) {
      let counts = this.groups.get(key);
      if (!counts) {
        counts = {
          sites: 0,
          criteria: new Int32Array(RGAA_412_CRITERIA.length),
          tests: new Int32Array(RGAA_412_TESTS.length),
        };
        this.groups.set(key, counts);
      }
      counts.sites++;
      for (const index of failedCriteria) counts.criteria[index]!++;
      for (const index of failedTests) counts.tests[index]!++;
    }
  }

  get(key: string): FailureCounts | undefined {
    return this.groups.get(key);
  }
}

/** Positions of `N` (non conforme) in encoded results. */
function failedPositions(encoded: string): number[] {
  const out: number[] = [];
  let index = encoded.indexOf('N');
  while (index !== -1) {
    out.push(index);
    index = encoded.indexOf('N', index + 1);
  }
  return out;
}

export interface TopFailure {
  kind: 'critere' | 'test';
  /** `1.1` or `1.1.1`. */
  id: string;
  /** Position in the referential order. */
  index: number;
}

/** The positions failed by the most sites (ties in referential order), at most `limit`, none never failed. */
export function topFailures(counts: FailureCounts, limit = TOP_FAILURES): TopFailure[] {
  const pick = (values: Int32Array, kind: TopFailure['kind'], ids: readonly { id: string }[]) =>
    [...values.keys()]
      .filter((index) => values[index]! > 0)
      .sort((a, b) => values[b]! - values[a]! || a - b)
      .slice(0, limit)
      .map((index) => ({ kind, id: ids[index]!.id, index }));
  return [
    ...pick(counts.criteria, 'critere', RGAA_412_CRITERIA),
    ...pick(counts.tests, 'test', RGAA_412_TESTS),
  ];
}

export function failureIndicatorId(failure: Pick<TopFailure, 'kind' | 'id'>): string {
  return `part_${failure.kind}_nc_${failure.id.replace(/\./g, '_')}`;
}

export function failureLabel(failure: Pick<TopFailure, 'kind' | 'id'>, group: string): string {
  return failure.kind === 'critere'
    ? `Part des ${group} non conformes au critère RGAA ${failure.id}`
    : `Part des ${group} en échec au test RGAA ${failure.id}`;
}

/** Share (percent) of the counted sites failing one position; null without sites. */
export function failureShare(counts: FailureCounts | undefined, failure: TopFailure): number | null {
  if (!counts || counts.sites === 0) return null;
  const values = failure.kind === 'critere' ? counts.criteria : counts.tests;
  return (100 * values[failure.index]!) / counts.sites;
}
