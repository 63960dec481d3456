// The Asqatasun suite's baseline: what a run records (agreement, agreed cases, known disagreements) and how a
// later run is compared with it (lower agreement or a new disagreement fails). Pure.

import type { AsqatasunOutcome } from './asqatasun-scope.js';
import { type AsqatasunScore, agreementOf, caseKey, type VigieVerdict } from './asqatasun-scoring.js';

/** What the baseline records: the overall agreement, the cases behind it and every known disagreement. */
export interface AsqatasunBaseline {
  agreed: number;
  compared: number;
  agreement: number | null;
  /** `<test> <file>` of the agreed cases: lets a run set aside the cases it could not judge. */
  agreedCases: string[];
  disagreements: { test: string; file: string; expected: AsqatasunOutcome; vigie: VigieVerdict }[];
}

export function baselineOf(score: AsqatasunScore): AsqatasunBaseline {
  return {
    agreed: score.overall.agreed,
    compared: score.overall.compared,
    agreement: agreementOf(score.overall),
    agreedCases: score.agreedCases,
    disagreements: score.disagreements.map(({ test, file, expected, vigie }) => ({
      test,
      file,
      expected,
      vigie,
    })),
  };
}

const keyOf = (ref: { test: string; file: string; vigie: VigieVerdict }): string =>
  `${caseKey(ref)} ${ref.vigie}`;

const percent = (rate: number | null): string => (rate === null ? 'n/a' : `${(rate * 100).toFixed(1)} %`);

/**
 * The baseline's agreement without the cases this run could not judge (a visit error, such as a page that
 * redirects before the audit ends on a loaded machine, is no verdict, not a worse one).
 */
export function comparableBaseline(
  baseline: AsqatasunBaseline,
  score: AsqatasunScore,
): { agreed: number; compared: number } {
  const untested = new Set(score.untested.map(caseKey));
  const agreedLost = baseline.agreedCases.filter((key) => untested.has(key)).length;
  const disagreedLost = baseline.disagreements.filter((ref) => untested.has(caseKey(ref))).length;
  return {
    agreed: baseline.agreed - agreedLost,
    compared: baseline.compared - agreedLost - disagreedLost,
  };
}

/** The agreement went below the recorded one, or a disagreement (case × Vigie verdict) is not in the baseline. */
export function regressions(baseline: AsqatasunBaseline, score: AsqatasunScore): string[] {
  const found: string[] = [];
  const agreement = agreementOf(score.overall);
  const recorded = comparableBaseline(baseline, score);
  const recordedRate = recorded.compared === 0 ? null : recorded.agreed / recorded.compared;
  if (recordedRate !== null && agreement !== null && agreement < recordedRate - 1e-9) {
    found.push(
      `agreement ${percent(agreement)} (${score.overall.agreed}/${score.overall.compared}) is below the ` +
        `baseline ${percent(recordedRate)} (${recorded.agreed}/${recorded.compared} once the cases not ` +
        'judged in this run are set aside)',
    );
  }
  const known = new Set(baseline.disagreements.map(keyOf));
  for (const ref of score.disagreements) {
    if (!known.has(keyOf(ref))) {
      found.push(
        `${ref.test}: new disagreement on ${ref.file}: expected ${ref.expected}, Vigie ${ref.vigie} ` +
          `(${ref.decidedBy.join(', ') || 'no rule'})`,
      );
    }
  }
  return found;
}

/** Better than recorded (more agreement, a disagreement gone): time to record a new baseline. */
export function improvements(baseline: AsqatasunBaseline, score: AsqatasunScore): string[] {
  const found: string[] = [];
  const agreement = agreementOf(score.overall);
  if (
    score.overall.agreed > baseline.agreed ||
    (agreement !== null && (baseline.agreement === null || agreement > baseline.agreement + 1e-9))
  ) {
    found.push(
      `agreement ${percent(baseline.agreement)} (${baseline.agreed}/${baseline.compared}) → ` +
        `${percent(agreement)} (${score.overall.agreed}/${score.overall.compared})`,
    );
  }
  const now = new Set(score.disagreements.map(keyOf));
  for (const ref of baseline.disagreements) {
    if (!now.has(keyOf(ref))) found.push(`${ref.test}: disagreement gone on ${ref.file}`);
  }
  return found;
}
