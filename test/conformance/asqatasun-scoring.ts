// Scores Vigie's RGAA 4.1.2 verdicts (C/NC/NA/NT per test) against the outcomes Asqatasun expects on its
// RGAA 4.0 test pages: per case a class, per RGAA test and overall the counts and the agreement rate where
// Vigie is decisive (the baseline comparison is in asqatasun-compare.ts). Pure: no browser, no file system.

import type { RgaaResult } from '../../src/core/result.js';
import { type AsqatasunOutcome, MARKER_KIND, reasonKind } from './asqatasun-scope.js';

/** Vigie's verdict on the case's test, or `untested` when Vigie gave none (out of scope, visit error). */
export type VigieVerdict = RgaaResult | 'untested';

/** PASSED→C, FAILED→NC, NOT_APPLICABLE→NA; NEED_MORE_INFO (pre-qualified) and NOT_TESTED→NT. */
export function expectedVerdict(outcome: AsqatasunOutcome): RgaaResult {
  switch (outcome) {
    case 'PASSED':
      return 'C';
    case 'FAILED':
      return 'NC';
    case 'NOT_APPLICABLE':
      return 'NA';
    default:
      return 'NT';
  }
}

export interface ScoredCase {
  test: string;
  webResource: string;
  file: string;
  expected: AsqatasunOutcome | null;
  vigie: VigieVerdict;
  /** `report.rgaa.decidedBy[test]`: the rules behind Vigie's verdict. */
  decidedBy: string[];
  /** Why the case is not compared (asqatasun-scope.ts), else null. */
  outOfScope: string | null;
  /** Why Vigie gave no verdict on an in-scope case (visit error), else null. */
  untestedReason: string | null;
  /** Names of the case's Asqatasun marker parameters (INFORMATIVE_IMAGE_MARKER…). */
  markers: string[];
}

/**
 * - agreed / disagreed: Vigie decisive (C or NC) and Asqatasun decided (C, NC or NA): equal or not;
 * - unverifiable: Vigie decisive where Asqatasun is not (NEED_MORE_INFO, NOT_TESTED);
 * - notApplicable: Vigie NA; undecided: Vigie NT.
 */
export type CaseClass =
  | 'outOfScope'
  | 'untested'
  | 'agreed'
  | 'disagreed'
  | 'unverifiable'
  | 'notApplicable'
  | 'undecided';

const DECIDED: readonly RgaaResult[] = ['C', 'NC', 'NA'];

export function classOf(scored: ScoredCase): CaseClass {
  if (scored.outOfScope !== null || scored.expected === null) return 'outOfScope';
  if (scored.vigie === 'untested') return 'untested';
  const expected = expectedVerdict(scored.expected);
  if (scored.vigie === 'C' || scored.vigie === 'NC') {
    if (!DECIDED.includes(expected)) return 'unverifiable';
    return scored.vigie === expected ? 'agreed' : 'disagreed';
  }
  return scored.vigie === 'NA' ? 'notApplicable' : 'undecided';
}

/** A Vigie NC where Asqatasun says C or NA: the worst kind of disagreement. */
export const isPotentialFalsePositive = (scored: ScoredCase): boolean =>
  classOf(scored) === 'disagreed' && scored.vigie === 'NC';

export interface Tally {
  cases: number;
  outOfScope: number;
  /** In scope but not judged (visit error). */
  untested: number;
  judged: number;
  /** Vigie C or NC. */
  decisive: number;
  /** Decisive where Asqatasun decided too (C, NC or NA): the denominator of the agreement. */
  compared: number;
  agreed: number;
  unverifiable: number;
  vigieNA: number;
  expectedNA: number;
  bothNA: number;
  /** Vigie NT where Asqatasun said C or NC. */
  ntWhereExpectedDecisive: number;
}

export function emptyTally(): Tally {
  return {
    cases: 0,
    outOfScope: 0,
    untested: 0,
    judged: 0,
    decisive: 0,
    compared: 0,
    agreed: 0,
    unverifiable: 0,
    vigieNA: 0,
    expectedNA: 0,
    bothNA: 0,
    ntWhereExpectedDecisive: 0,
  };
}

function add(tally: Tally, scored: ScoredCase): void {
  tally.cases++;
  const kind = classOf(scored);
  if (kind === 'outOfScope') {
    tally.outOfScope++;
    return;
  }
  if (kind === 'untested') {
    tally.untested++;
    return;
  }
  tally.judged++;
  const expected = expectedVerdict(scored.expected!);
  if (kind === 'agreed' || kind === 'disagreed' || kind === 'unverifiable') tally.decisive++;
  if (kind === 'agreed' || kind === 'disagreed') tally.compared++;
  if (kind === 'agreed') tally.agreed++;
  if (kind === 'unverifiable') tally.unverifiable++;
  if (scored.vigie === 'NA') tally.vigieNA++;
  if (expected === 'NA') tally.expectedNA++;
  if (scored.vigie === 'NA' && expected === 'NA') tally.bothNA++;
  if (scored.vigie === 'NT' && (expected === 'C' || expected === 'NC')) tally.ntWhereExpectedDecisive++;
}

/** agreed / compared, null when Vigie decided nothing Asqatasun decided. */
export const agreementOf = (tally: Tally): number | null =>
  tally.compared === 0 ? null : tally.agreed / tally.compared;

export interface CaseRef {
  test: string;
  webResource: string;
  file: string;
  expected: AsqatasunOutcome;
  vigie: VigieVerdict;
  decidedBy: string[];
}

export interface AsqatasunScore {
  overall: Tally;
  /** Per RGAA test, in referential order. */
  perTest: Record<string, Tally>;
  disagreements: CaseRef[];
  /** Vigie NC where Asqatasun says C or NA (also in `disagreements`). */
  potentialFalsePositives: CaseRef[];
  /** Vigie C or NC where Asqatasun gives NEED_MORE_INFO or NOT_TESTED: to review by hand. */
  unverifiable: CaseRef[];
  /** Vigie NA where Asqatasun says C or NC. */
  naWhereExpectedDecisive: CaseRef[];
  /** In-scope cases Vigie could not judge (visit error), with the reason. */
  untested: { test: string; file: string; reason: string }[];
  /** `<test> <file>` of the cases where Vigie agreed, for the baseline. */
  agreedCases: string[];
  outOfScopeByKind: Record<string, number>;
  /** Cases left out for their marker parameters, per Asqatasun marker name. */
  markers: Record<string, number>;
}

function refOf(scored: ScoredCase): CaseRef {
  return {
    test: scored.test,
    webResource: scored.webResource,
    file: scored.file,
    expected: scored.expected!,
    vigie: scored.vigie,
    decidedBy: scored.decidedBy,
  };
}

export function compareTests(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const caseKey = (ref: { test: string; file: string }): string => `${ref.test} ${ref.file}`;

export function scoreCases(cases: readonly ScoredCase[]): AsqatasunScore {
  const overall = emptyTally();
  const perTest: Record<string, Tally> = {};
  const outOfScopeByKind: Record<string, number> = {};
  const markers: Record<string, number> = {};
  const sorted = [...cases].sort((a, b) => compareTests(a.test, b.test) || a.file.localeCompare(b.file));
  for (const scored of sorted) {
    add(overall, scored);
    perTest[scored.test] ??= emptyTally();
    add(perTest[scored.test]!, scored);
    if (scored.outOfScope === null) continue;
    const kind = reasonKind(scored.outOfScope);
    outOfScopeByKind[kind] = (outOfScopeByKind[kind] ?? 0) + 1;
    if (kind === MARKER_KIND) for (const name of scored.markers) markers[name] = (markers[name] ?? 0) + 1;
  }
  const expectedDecisive = (scored: ScoredCase) =>
    scored.expected === 'PASSED' || scored.expected === 'FAILED';
  return {
    overall,
    perTest,
    disagreements: sorted.filter((scored) => classOf(scored) === 'disagreed').map(refOf),
    potentialFalsePositives: sorted.filter(isPotentialFalsePositive).map(refOf),
    unverifiable: sorted.filter((scored) => classOf(scored) === 'unverifiable').map(refOf),
    naWhereExpectedDecisive: sorted
      .filter((scored) => classOf(scored) === 'notApplicable' && expectedDecisive(scored))
      .map(refOf),
    untested: sorted
      .filter((scored) => classOf(scored) === 'untested')
      .map((scored) => ({ test: scored.test, file: scored.file, reason: scored.untestedReason ?? '' })),
    agreedCases: sorted.filter((scored) => classOf(scored) === 'agreed').map(caseKey),
    outOfScopeByKind,
    markers,
  };
}
