// Scores Vigie against the W3C ACT rules test cases, the way the W3C scores implementations (act-rules/act-tools,
// procedure-sets/get-consistency.ts): per test case one outcome, per ACT rule one consistency level, and the
// comparison with a recorded baseline. Pure: no browser, no file system. The method is written up in
// docs/conformance.md.

import { OUTCOME_RANK, type Outcome } from '../../src/core/result.js';

export type ExpectedOutcome = 'passed' | 'failed' | 'inapplicable';

/** A Vigie outcome, or `untested` when Vigie gave none (format not visitable, visit error, no mapped rule). */
export type CaseOutcome = Outcome | 'untested';

/** W3C levels (`complete` is called consistent here), plus `untested` when no Vigie rule answered. */
export type Consistency = 'consistent' | 'partial' | 'minimal' | 'inconsistent' | 'untested';

/** Best first. Being wrong (inconsistent) is worse than staying silent (untested). */
export const CONSISTENCY_ORDER: readonly Consistency[] = [
  'consistent',
  'partial',
  'minimal',
  'untested',
  'inconsistent',
];

export interface RequirementMapping {
  forConformance?: boolean;
  secondary?: string;
}

/** One test case of testcases.json (the fields used here). */
export interface ActTestCase {
  ruleId: string;
  ruleName: string;
  approved: boolean;
  expected: ExpectedOutcome;
  testcaseId: string;
  testcaseTitle: string;
  format: string;
  file: string;
  ruleAccessibilityRequirements: Record<string, RequirementMapping> | null;
}

/** The part of a Vigie finding the scoring reads. */
export interface FindingLike {
  rule: string;
  outcome: Outcome;
  wcag: readonly string[];
  act: readonly string[];
}

/** Vigie's answer on one test case for the test case's ACT rule. */
export interface CaseResult {
  outcome: CaseOutcome;
  /** Outcome of each Vigie rule mapped to the ACT rule (those that reported on this page). */
  byRule: Record<string, Outcome>;
  /** WCAG criteria carried by the mapped findings. */
  wcag: string[];
  /** Why the outcome is `untested`, else null. */
  untestedReason: string | null;
}

export interface ScoredCase extends CaseResult {
  testcaseId: string;
  title: string;
  file: string;
  expected: ExpectedOutcome;
}

/** Aggregates the findings mapped to `actRuleId` (their `act` list holds it): failed > cantTell > passed > inapplicable. */
export function caseResult(actRuleId: string, findings: readonly FindingLike[]): CaseResult {
  const mapped = findings.filter((finding) => finding.act.includes(actRuleId));
  if (mapped.length === 0) {
    return {
      outcome: 'untested',
      byRule: {},
      wcag: [],
      untestedReason: 'no Vigie rule mapped to this ACT rule',
    };
  }
  const byRule: Record<string, Outcome> = {};
  let outcome: Outcome = 'inapplicable';
  for (const finding of mapped) {
    const previous = byRule[finding.rule];
    byRule[finding.rule] =
      previous && OUTCOME_RANK[previous] > OUTCOME_RANK[finding.outcome] ? previous : finding.outcome;
    if (OUTCOME_RANK[finding.outcome] > OUTCOME_RANK[outcome]) outcome = finding.outcome;
  }
  const wcag = [...new Set(mapped.flatMap((finding) => finding.wcag))].sort(compareCriteria);
  return { outcome, byRule, wcag, untestedReason: null };
}

/** A test case Vigie did not judge, with the reason. */
export function untestedCase(reason: string): CaseResult {
  return { outcome: 'untested', byRule: {}, wcag: [], untestedReason: reason };
}

type OutcomePair = { expected: ExpectedOutcome; outcome: CaseOutcome };

export const isFalsePositive = ({ expected, outcome }: OutcomePair): boolean =>
  expected !== 'failed' && outcome === 'failed';

/** A failed example that Vigie missed; cantTell on a failed example is accepted (W3C). */
export const isFalseNegative = ({ expected, outcome }: OutcomePair): boolean =>
  expected === 'failed' && (outcome === 'passed' || outcome === 'inapplicable' || outcome === 'untested');

export const isTruePositive = ({ expected, outcome }: OutcomePair): boolean =>
  expected === 'failed' && outcome === 'failed';

/**
 * The W3C consistency of one implementation over a rule's test cases:
 * - inconsistent: a `failed` on a passed or inapplicable example (false positive);
 * - consistent: no false positive, no false negative, no untested case, at least one failed example failed;
 * - partial: no false positive, at least one failed example failed;
 * - minimal: no false positive, no failed example failed, some cantTell, inapplicable examples all
 *   passed or inapplicable;
 * - untested: no case got an outcome; inconsistent otherwise (it never catches a failed example).
 */
export function consistencyOf(results: readonly OutcomePair[]): Consistency {
  if (results.every((result) => result.outcome === 'untested')) return 'untested';
  if (results.some(isFalsePositive)) return 'inconsistent';
  const truePositive = results.some(isTruePositive);
  if (
    truePositive &&
    !results.some(isFalseNegative) &&
    !results.some((result) => result.outcome === 'untested')
  ) {
    return 'consistent';
  }
  if (truePositive) return 'partial';
  const cantTell = results.some((result) => result.outcome === 'cantTell');
  const inapplicableHeld = results.every(
    (result) =>
      result.expected !== 'inapplicable' || result.outcome === 'passed' || result.outcome === 'inapplicable',
  );
  return cantTell && inapplicableHeld ? 'minimal' : 'inconsistent';
}

const WCAG_KEY = /^wcag2\d:(\d+\.\d+\.\d+)$/;

/** Success criteria a rule maps for conformance (`wcag20:1.1.1` with `forConformance: true`); null if none listed. */
export function conformanceCriteria(
  requirements: Record<string, RequirementMapping> | null,
): string[] | null {
  if (!requirements) return null;
  return Object.entries(requirements)
    .filter(([, mapping]) => mapping.forConformance === true)
    .flatMap(([key]) => WCAG_KEY.exec(key)?.slice(1, 2) ?? [])
    .sort(compareCriteria);
}

/** Every success criterion the rule mentions, secondary ones included. */
export function listedCriteria(requirements: Record<string, RequirementMapping> | null): string[] {
  return Object.keys(requirements ?? {})
    .flatMap((key) => WCAG_KEY.exec(key)?.slice(1, 2) ?? [])
    .sort(compareCriteria);
}

export function compareCriteria(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export interface CaseRef {
  testcaseId: string;
  title: string;
  file: string;
  expected: ExpectedOutcome;
  outcome: CaseOutcome;
  /** Vigie rules whose outcome made the case a false positive (failed) or a cantTell. */
  rules: string[];
  reason?: string;
}

export interface RuleScore {
  ruleId: string;
  ruleName: string;
  approved: boolean;
  consistency: Consistency;
  /** Vigie rules that reported on at least one of the rule's cases. */
  vigieRules: string[];
  /** Each Vigie rule taken alone (W3C keeps the best subset of procedures; Vigie shows them all). */
  perVigieRule: Record<string, { consistency: Consistency; truePositives: number; falsePositives: number }>;
  /**
   * The level once untested passed and inapplicable examples are set aside (no verdict is not a wrong verdict):
   * what the baseline compares, so that an unstable visit (a page that navigates away) does not fail the suite.
   */
  judgedConsistency: Consistency;
  /** Not consistent only because of untested passed or inapplicable examples (formats Vigie does not visit). */
  blockedByUntested: boolean;
  cases: number;
  casesRun: number;
  truePositives: number;
  cantTellOnFailed: number;
  falsePositives: CaseRef[];
  falseNegatives: CaseRef[];
  untested: CaseRef[];
  wcag: {
    /** The rule's criteria for conformance; null when the rule lists no requirement. */
    expected: string[] | null;
    reported: string[];
    /** Conformance criteria Vigie does not report. */
    missing: string[];
    /** Criteria Vigie reports that the rule does not mention at all. */
    extra: string[];
  };
}

function refOf(scored: ScoredCase, rules: string[]): CaseRef {
  const ref: CaseRef = {
    testcaseId: scored.testcaseId,
    title: scored.title,
    file: scored.file,
    expected: scored.expected,
    outcome: scored.outcome,
    rules,
  };
  if (scored.untestedReason) ref.reason = scored.untestedReason;
  return ref;
}

const rulesWith = (scored: ScoredCase, outcome: Outcome): string[] =>
  Object.entries(scored.byRule)
    .filter(([, ruleOutcome]) => ruleOutcome === outcome)
    .map(([rule]) => rule)
    .sort();

/** Scores one ACT rule from its test cases and Vigie's result on each. */
export function scoreRule(
  rule: Pick<ActTestCase, 'ruleId' | 'ruleName' | 'approved' | 'ruleAccessibilityRequirements'>,
  cases: readonly ScoredCase[],
): RuleScore {
  const vigieRules = [...new Set(cases.flatMap((scored) => Object.keys(scored.byRule)))].sort();
  const perVigieRule: RuleScore['perVigieRule'] = {};
  for (const vigieRule of vigieRules) {
    const alone = cases.map((scored) => ({
      expected: scored.expected,
      outcome: scored.byRule[vigieRule] ?? ('untested' as const),
    }));
    perVigieRule[vigieRule] = {
      consistency: consistencyOf(alone),
      truePositives: alone.filter(isTruePositive).length,
      falsePositives: alone.filter(isFalsePositive).length,
    };
  }
  const consistency = consistencyOf(cases);
  const judgedConsistency = consistencyOf(
    cases.filter((scored) => !(scored.outcome === 'untested' && scored.expected !== 'failed')),
  );
  const expected = conformanceCriteria(rule.ruleAccessibilityRequirements);
  const listed = listedCriteria(rule.ruleAccessibilityRequirements);
  const reported = [...new Set(cases.flatMap((scored) => scored.wcag))].sort(compareCriteria);
  return {
    ruleId: rule.ruleId,
    ruleName: rule.ruleName,
    approved: rule.approved,
    consistency,
    vigieRules,
    perVigieRule,
    judgedConsistency,
    blockedByUntested: consistency !== 'consistent' && judgedConsistency === 'consistent',
    cases: cases.length,
    casesRun: cases.filter((scored) => scored.outcome !== 'untested').length,
    truePositives: cases.filter(isTruePositive).length,
    cantTellOnFailed: cases.filter((scored) => scored.expected === 'failed' && scored.outcome === 'cantTell')
      .length,
    falsePositives: cases.filter(isFalsePositive).map((scored) => refOf(scored, rulesWith(scored, 'failed'))),
    falseNegatives: cases.filter(isFalseNegative).map((scored) => refOf(scored, Object.keys(scored.byRule))),
    untested: cases.filter((scored) => scored.outcome === 'untested').map((scored) => refOf(scored, [])),
    wcag: {
      expected,
      reported,
      missing: expected && vigieRules.length > 0 ? expected.filter((sc) => !reported.includes(sc)) : [],
      extra: expected ? reported.filter((sc) => !listed.includes(sc)) : [],
    },
  };
}

export type Tally = Record<Consistency, number>;

export function tally(scores: readonly RuleScore[]): Tally {
  const counts: Tally = { consistent: 0, partial: 0, minimal: 0, untested: 0, inconsistent: 0 };
  for (const score of scores) counts[score.consistency]++;
  return counts;
}

/** What the baseline records per ACT rule. */
export interface BaselineRule {
  approved: boolean;
  /** The W3C level, as shown in docs/conformance.md. */
  consistency: Consistency;
  /** The level the comparison uses (see `RuleScore.judgedConsistency`). */
  judgedConsistency: Consistency;
  /** `<testcaseId> <vigie rule>` pairs, with the title for the reader. */
  falsePositives: { testcaseId: string; title: string; rule: string }[];
}

export interface Baseline {
  rules: Record<string, BaselineRule>;
}

export function baselineOf(scores: readonly RuleScore[]): Baseline {
  const rules: Record<string, BaselineRule> = {};
  for (const score of [...scores].sort((a, b) => a.ruleId.localeCompare(b.ruleId))) {
    rules[score.ruleId] = {
      approved: score.approved,
      consistency: score.consistency,
      judgedConsistency: score.judgedConsistency,
      falsePositives: score.falsePositives.flatMap((ref) =>
        ref.rules.map((rule) => ({ testcaseId: ref.testcaseId, title: ref.title, rule })),
      ),
    };
  }
  return { rules };
}

export const rankOf = (level: Consistency): number =>
  CONSISTENCY_ORDER.length - CONSISTENCY_ORDER.indexOf(level);

/**
 * Regressions against the baseline: a rule whose judged level went down (consistent > partial > minimal > untested >
 * inconsistent), and any false positive (test case × Vigie rule) the baseline does not list.
 */
export function regressions(baseline: Baseline, scores: readonly RuleScore[]): string[] {
  const found: string[] = [];
  for (const score of scores) {
    const recorded = baseline.rules[score.ruleId];
    if (!recorded) continue;
    if (rankOf(score.judgedConsistency) < rankOf(recorded.judgedConsistency)) {
      found.push(
        `${score.ruleId} (${score.ruleName}): ${recorded.judgedConsistency} → ${score.judgedConsistency}`,
      );
    }
    const known = new Set(recorded.falsePositives.map((fp) => `${fp.testcaseId} ${fp.rule}`));
    for (const ref of score.falsePositives) {
      for (const rule of ref.rules) {
        if (!known.has(`${ref.testcaseId} ${rule}`)) {
          found.push(`${score.ruleId}: new false positive of ${rule} on "${ref.title}" (${ref.file})`);
        }
      }
    }
  }
  return found;
}

/** Rules that did better than recorded: time to record a new baseline. */
export function improvements(baseline: Baseline, scores: readonly RuleScore[]): string[] {
  return scores.flatMap((score) => {
    const recorded = baseline.rules[score.ruleId];
    if (!recorded) return [`${score.ruleId}: not in the baseline (${score.consistency})`];
    return rankOf(score.consistency) > rankOf(recorded.consistency)
      ? [`${score.ruleId}: ${recorded.consistency} → ${score.consistency}`]
      : [];
  });
}
