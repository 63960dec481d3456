// Runs the site-level rules over the audited pages of a sample: one SiteFinding per rule, its outcome per RGAA
// test (failed > cantTell > passed > inapplicable), its evidence, and a rule that throws kept as an error.

import type { Outcome, SiteFinding } from '../../core/result.js';
import { OUTCOME_RANK } from '../../core/result.js';
import type { SitePage, SiteRule } from '../../core/rule.js';

/** Site rules need at least two pages to compare. */
export const MIN_SITE_PAGES = 2;

export function runSiteRule(rule: SiteRule, pages: readonly SitePage[]): SiteFinding {
  const base = {
    rule: rule.id,
    title: rule.title,
    rgaa: [...rule.rgaa],
    coverage: rule.coverage,
    inapplicableMeansNA: rule.inapplicableMeansNA ?? rule.coverage === 'full',
  };
  const byTest: Record<string, Outcome> = Object.fromEntries(rule.rgaa.map((test) => [test, 'inapplicable']));
  const counts = { passed: 0, failed: 0, cantTell: 0 };
  try {
    const verdicts = rule.evaluate(pages);
    const evidence: SiteFinding['evidence'] = [];
    for (const verdict of verdicts) {
      counts[verdict.outcome]++;
      const tests = [...(verdict.rgaa ?? rule.rgaa)];
      for (const test of tests)
        if (OUTCOME_RANK[verdict.outcome] > OUTCOME_RANK[byTest[test] ?? 'inapplicable'])
          byTest[test] = verdict.outcome;
      if (verdict.outcome !== 'passed')
        evidence.push({
          outcome: verdict.outcome,
          message: verdict.message,
          rgaa: tests,
          pages: [...verdict.pages],
        });
    }
    return { ...base, byTest, counts, evidence, error: null };
  } catch (error) {
    for (const test of rule.rgaa) byTest[test] = 'cantTell';
    return {
      ...base,
      byTest,
      counts,
      evidence: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Every site rule over the pages that carry site facts; none with fewer than MIN_SITE_PAGES pages. */
export function runSiteRules(rules: readonly SiteRule[], pages: readonly SitePage[]): SiteFinding[] {
  if (pages.length < MIN_SITE_PAGES) return [];
  return rules.map((rule) => runSiteRule(rule, pages));
}
