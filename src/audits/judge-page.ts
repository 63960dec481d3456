// Judges one stored snapshot: accessibility findings (axe-core's and Vigie's own rules), RGAA verdicts and
// scores, and frugality measures. Pure, so a campaign can be re-judged from its snapshots without visiting the
// pages again.

import type { A11yScore, EcoMeasure, EcoRulesScore, Finding, RgaaOutcome } from '../core/result.js';
import { RGAA_412_VERSION } from '../core/rgaa-412.js';
import type { SiteFacts } from '../core/site-facts.js';
import type { PageSnapshot } from '../core/snapshot.js';
import { pageEcoRulesScore } from '../score/eco-rules.js';
import { failedElements, pageCriteria, scoreOf } from '../score/rgaa.js';
import { impactRank, mapAxeResults } from './a11y/axe-adapter.js';
import type { AxeRuleMeta } from './a11y/axe-meta.js';
import { rgaaTestVerdicts } from './a11y/rgaa-verdicts.js';
import { VIGIE_RULES } from './a11y/rules/index.js';
import { runRules } from './a11y/run-rules.js';
import { siteFactsOf } from './a11y/site-facts.js';
import { measureEco } from './eco/measure.js';
import { ECO_RULES } from './eco/rules/index.js';
import { runEcoRules } from './eco/run-rules.js';

export interface PageJudgement {
  /** `siteFacts`: the extract the site-level rules compare between pages (null for a snapshot without facts). */
  a11y: { findings: Finding[]; error: string | null; siteFacts: SiteFacts | null };
  rgaa: RgaaOutcome;
  score: A11yScore;
  eco: EcoMeasure;
  /** Eco-design rule findings (failed first, the largest savings first) and their rate. */
  ecoRules: { findings: Finding[]; score: EcoRulesScore };
}

const ORDER = { failed: 0, cantTell: 1, passed: 2, inapplicable: 3 } as const;

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      ORDER[a.outcome] - ORDER[b.outcome] ||
      impactRank(b.impact) - impactRank(a.impact) ||
      b.counts.failed - a.counts.failed ||
      a.rule.localeCompare(b.rule),
  );
}

/** Findings, RGAA verdicts and scores of a snapshot. */
export function judgeA11y(
  snapshot: PageSnapshot,
  axeMeta: ReadonlyMap<string, AxeRuleMeta>,
): Omit<PageJudgement, 'eco' | 'ecoRules'> {
  const axeFindings = snapshot.axe ? mapAxeResults(snapshot.axe, axeMeta, snapshot.facts?.images) : [];
  const factErrors = snapshot.facts
    ? (snapshot.factErrors ?? {})
    : Object.fromEntries(
        VIGIE_RULES.flatMap((rule) => rule.requires).map((key) => [key, 'instantané sans faits (version 1)']),
      );
  const findings = sortFindings([...axeFindings, ...runRules(VIGIE_RULES, snapshot.facts ?? {}, factErrors)]);
  const { tests, decidedBy } = rgaaTestVerdicts(findings);
  const criteria = pageCriteria(tests);
  return {
    a11y: {
      findings,
      error: snapshot.axe ? null : (snapshot.axeError ?? 'axe-core did not run'),
      siteFacts: siteFactsOf(snapshot),
    },
    rgaa: { version: RGAA_412_VERSION, tests, criteria, decidedBy },
    score: scoreOf(tests, criteria, failedElements(findings)),
  };
}

/** The eco-design rules over the snapshot's network log, DOM counts and eco facts, and their rate. */
export function judgeEcoRules(snapshot: PageSnapshot): PageJudgement['ecoRules'] {
  const saved = (finding: Finding) => finding.saving?.bytes ?? 0;
  const findings = runEcoRules(ECO_RULES, snapshot).sort(
    (a, b) => ORDER[a.outcome] - ORDER[b.outcome] || saved(b) - saved(a) || a.rule.localeCompare(b.rule),
  );
  return { findings, score: pageEcoRulesScore(findings) };
}

export function judgePage(snapshot: PageSnapshot, axeMeta: ReadonlyMap<string, AxeRuleMeta>): PageJudgement {
  return { ...judgeA11y(snapshot, axeMeta), eco: measureEco(snapshot), ecoRules: judgeEcoRules(snapshot) };
}
