// Runs the eco-design rules over a snapshot's eco inputs, into the result model of every rule family
// (src/core/result.ts): applicability → targets, expectation → one verdict per target, `inapplicable` when
// there is no target, failed > cantTell > passed on the page. Each failed target's evidence carries the
// resource, its size and the estimated saving; the finding sums the savings over every failed target. An input
// that is missing (eco facts not collected), or a rule that throws, gives a RuleError (`error`). Pure.

import type {
  EcoInputKey,
  EcoInputs,
  EcoInputsOf,
  EcoRule,
  EcoTarget,
  EcoVerdict,
} from '../../core/eco-rule.js';
import { type Evidence, type Finding, OUTCOME_RANK, type Outcome } from '../../core/result.js';
import type { PageSnapshot } from '../../core/snapshot.js';
import { MAX_EVIDENCE_PER_RULE } from '../a11y/run-rules.js';

export function ecoInputsOf(snapshot: PageSnapshot): EcoInputs {
  return {
    page: {
      requestedUrl: snapshot.requestedUrl,
      finalUrl: snapshot.finalUrl,
      redirects: snapshot.redirects,
      startedAt: snapshot.startedAt,
      dom: snapshot.dom,
      measurement: snapshot.measurement,
    },
    network: snapshot.network,
    ...(snapshot.facts?.eco ? { eco: snapshot.facts.eco } : {}),
  };
}

function baseFinding(rule: EcoRule): Omit<Finding, 'outcome' | 'counts' | 'targets' | 'evidence' | 'error'> {
  return {
    rule: rule.id,
    source: 'vigie',
    family: 'eco',
    impact: null,
    title: rule.title,
    rgaa: [],
    wcag: [],
    act: [],
    level: null,
    experimental: false,
    bestPractice: true,
    coverage: null,
    inapplicableMeansNA: false,
    rgesn: [...rule.rgesn],
    practices: [...rule.practices],
  };
}

export function runEcoRule(rule: EcoRule, inputs: EcoInputs, missingReason = 'non collecté'): Finding {
  const empty = { counts: { passed: 0, failed: 0, cantTell: 0 }, targets: [], evidence: [] };
  const missing = rule.requires.filter((key) => inputs[key] === undefined);
  if (missing.length > 0)
    return {
      ...baseFinding(rule),
      ...empty,
      outcome: 'cantTell',
      error: `faits manquants (${missing.map((key) => `${key}: ${missingReason}`).join('; ')})`,
    };
  const present = inputs as EcoInputsOf<EcoInputKey>;
  let verdicts: { target: EcoTarget; verdict: EcoVerdict }[];
  try {
    verdicts = rule
      .applicability(present)
      .map((target) => ({ target, verdict: rule.expectation(target, present) }));
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).split('\n')[0];
    return { ...baseFinding(rule), ...empty, outcome: 'cantTell', error: `la règle a échoué : ${message}` };
  }
  const counts = { passed: 0, failed: 0, cantTell: 0 };
  let outcome: Outcome = 'inapplicable';
  const saving = { bytes: 0, requests: 0 };
  for (const { verdict } of verdicts) {
    counts[verdict.outcome]++;
    if (OUTCOME_RANK[verdict.outcome] > OUTCOME_RANK[outcome]) outcome = verdict.outcome;
    if (verdict.outcome === 'failed') {
      saving.bytes += verdict.saving?.bytes ?? 0;
      saving.requests += verdict.saving?.requests ?? 0;
    }
  }
  // Failed first, the largest savings first: the evidence kept is what matters most.
  const gain = (verdict: EcoVerdict) => (verdict.saving?.bytes ?? 0) + (verdict.saving?.requests ?? 0) * 1000;
  const ordered = [
    ...verdicts
      .filter(({ verdict }) => verdict.outcome === 'failed')
      .sort((a, b) => gain(b.verdict) - gain(a.verdict)),
    ...verdicts.filter(({ verdict }) => verdict.outcome === 'cantTell'),
  ];
  const evidence: Evidence[] = ordered.slice(0, MAX_EVIDENCE_PER_RULE).map(({ target, verdict }) => ({
    selector: target.selector,
    snippet: target.snippet,
    message: verdict.message || rule.title,
    outcome: verdict.outcome as 'failed' | 'cantTell',
    ...(target.resource ? { resource: target.resource } : {}),
    ...(verdict.sizeBytes !== undefined ? { sizeBytes: verdict.sizeBytes } : {}),
    ...(verdict.saving ? { saving: { ...verdict.saving } } : {}),
  }));
  return {
    ...baseFinding(rule),
    outcome,
    counts,
    targets: evidence.map((item) => item.selector),
    evidence,
    saving,
    error: null,
  };
}

export function runEcoRules(rules: readonly EcoRule[], snapshot: PageSnapshot): Finding[] {
  const inputs = ecoInputsOf(snapshot);
  const reason = snapshot.facts
    ? (snapshot.factErrors?.eco ?? 'non collecté')
    : 'instantané sans faits (version 1)';
  return rules.map((rule) => runEcoRule(rule, inputs, reason));
}
