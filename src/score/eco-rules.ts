// The eco-design rules rate (docs/methodology.md, « Règles d'écoconception »), computed like the RGAA automated
// rate: passed rules ÷ (passed + failed) rules, inapplicable and cantTell rules (and rules that could not run)
// left out. On a site, a rule passes only if it passed on every audited page where it applied. Pure.

import type { EcoRulesScore, Finding, Outcome } from '../core/result.js';

export type { EcoRulesScore };

const rateOf = (passed: number, failed: number): number | null =>
  passed + failed === 0 ? null : Math.round((passed / (passed + failed)) * 1000) / 10;

function scoreOf(
  outcomes: readonly Outcome[],
  errors: number,
  saving: EcoRulesScore['saving'],
): EcoRulesScore {
  const count = (outcome: Outcome) => outcomes.filter((value) => value === outcome).length;
  const passed = count('passed');
  const failed = count('failed');
  return {
    rate: rateOf(passed, failed),
    passed,
    failed,
    cantTell: count('cantTell'),
    inapplicable: count('inapplicable'),
    errors,
    saving,
  };
}

const ecoOnly = (findings: readonly Finding[]) => findings.filter((finding) => finding.family === 'eco');

/** A page's rate over its eco findings. */
export function pageEcoRulesScore(findings: readonly Finding[]): EcoRulesScore {
  const eco = ecoOnly(findings);
  const judged = eco.filter((finding) => finding.error === null);
  const saving = { bytes: 0, requests: 0 };
  for (const finding of judged) {
    saving.bytes += finding.saving?.bytes ?? 0;
    saving.requests += finding.saving?.requests ?? 0;
  }
  return scoreOf(
    judged.map((finding) => finding.outcome),
    eco.length - judged.length,
    saving,
  );
}

/**
 * A site's rate over its audited pages: per rule, failed when it failed on a page, else cantTell when it was
 * cantTell on one, else passed when it passed on one, else inapplicable. A rule that could not run on some page
 * is judged on the others; on none, it is an error.
 */
export function siteEcoRulesScore(pages: readonly (readonly Finding[])[]): EcoRulesScore {
  const byRule = new Map<string, Outcome | 'error'>();
  const rank: Record<Outcome | 'error', number> = {
    error: -1,
    inapplicable: 0,
    passed: 1,
    cantTell: 2,
    failed: 3,
  };
  const saving = { bytes: 0, requests: 0 };
  for (const findings of pages) {
    for (const finding of ecoOnly(findings)) {
      const outcome = finding.error === null ? finding.outcome : 'error';
      const previous = byRule.get(finding.rule) ?? 'error';
      if (rank[outcome] > rank[previous] || !byRule.has(finding.rule)) byRule.set(finding.rule, outcome);
      if (outcome !== 'error') {
        saving.bytes += finding.saving?.bytes ?? 0;
        saving.requests += finding.saving?.requests ?? 0;
      }
    }
  }
  const outcomes = [...byRule.values()];
  return scoreOf(
    outcomes.filter((outcome): outcome is Outcome => outcome !== 'error'),
    outcomes.filter((outcome) => outcome === 'error').length,
    saving,
  );
}
