// Runs Vigie's own rules over a snapshot's facts (STYLE.md, "A rule"): applicability → targets, expectation →
// one verdict per target, `inapplicable` when there is no target, and per RGAA test outcomes when targets
// concern different tests. A rule whose facts are missing, or that throws, gives a RuleError (`error`), never
// a verdict. Pure.

import type { FactKey, PageFacts } from '../../core/facts.js';
import { type Evidence, type Finding, OUTCOME_RANK, type Outcome } from '../../core/result.js';
import type { FactsOf, Rule, RuleTarget, Verdict } from '../../core/rule.js';

/** Evidence kept per rule; counts stay exact. */
export const MAX_EVIDENCE_PER_RULE = 50;

function worst(outcomes: Iterable<Outcome>): Outcome {
  let result: Outcome = 'inapplicable';
  for (const outcome of outcomes) if (OUTCOME_RANK[outcome] > OUTCOME_RANK[result]) result = outcome;
  return result;
}

function baseFinding(rule: Rule): Omit<Finding, 'outcome' | 'counts' | 'targets' | 'evidence' | 'error'> {
  return {
    rule: rule.id,
    source: 'vigie',
    family: rule.family,
    impact: null,
    title: rule.title,
    rgaa: [...rule.rgaa],
    wcag: [...rule.wcag],
    act: [...rule.act],
    level: null,
    experimental: false,
    bestPractice: rule.wcag.length === 0,
    coverage: rule.rgaa.length > 0 ? rule.coverage : null,
    inapplicableMeansNA: rule.inapplicableMeansNA ?? rule.coverage === 'full',
  };
}

function ruleError(rule: Rule, message: string): Finding {
  return {
    ...baseFinding(rule),
    outcome: 'cantTell',
    counts: { passed: 0, failed: 0, cantTell: 0 },
    targets: [],
    evidence: [],
    error: message,
  };
}

export function runRule(
  rule: Rule,
  facts: PageFacts,
  factErrors: Partial<Record<FactKey, string>> = {},
): Finding {
  const missing = rule.requires.filter((key) => facts[key] === undefined);
  if (missing.length > 0) {
    const reasons = missing.map((key) => `${key}: ${factErrors[key] ?? 'not collected'}`);
    return ruleError(rule, `faits manquants (${reasons.join('; ')})`);
  }
  // The required keys are present (checked above): the facts are what the rule was typed against.
  const present = facts as FactsOf<FactKey>;
  let verdicts: { target: RuleTarget; verdict: Verdict }[];
  try {
    verdicts = rule
      .applicability(present)
      .map((target) => ({ target, verdict: rule.expectation(target, present) }));
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).split('\n')[0];
    return ruleError(rule, `la règle a échoué : ${message}`);
  }
  const counts = { passed: 0, failed: 0, cantTell: 0 };
  for (const { verdict } of verdicts) counts[verdict.outcome]++;
  const outcome = worst(verdicts.map(({ verdict }) => verdict.outcome));
  const perTest = verdicts.some(({ verdict }) => verdict.rgaa !== undefined);
  const byTest: Record<string, Outcome> | undefined = perTest
    ? Object.fromEntries(
        rule.rgaa.map((test) => [
          test,
          worst(
            verdicts
              .filter(({ verdict }) => (verdict.rgaa ?? rule.rgaa).includes(test))
              .map(({ verdict }) => verdict.outcome),
          ),
        ]),
      )
    : undefined;
  const evidence: Evidence[] = [];
  const ordered = [
    ...verdicts.filter(({ verdict }) => verdict.outcome === 'failed'),
    ...verdicts.filter(({ verdict }) => verdict.outcome === 'cantTell'),
  ];
  for (const { target, verdict } of ordered.slice(0, MAX_EVIDENCE_PER_RULE)) {
    evidence.push({
      selector: target.selector,
      snippet: target.snippet,
      message: verdict.message || rule.title,
      outcome: verdict.outcome as 'failed' | 'cantTell',
      ...(verdict.rgaa ? { rgaa: [...verdict.rgaa] } : {}),
    });
  }
  return {
    ...baseFinding(rule),
    outcome,
    counts,
    targets: evidence.map((item) => item.selector),
    evidence,
    ...(byTest ? { byTest } : {}),
    error: null,
  };
}

export function runRules(
  rules: readonly Rule[],
  facts: PageFacts,
  factErrors: Partial<Record<FactKey, string>> = {},
): Finding[] {
  return rules.map((rule) => runRule(rule, facts, factErrors));
}
