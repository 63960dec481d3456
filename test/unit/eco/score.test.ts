// The eco rules rate: like the RGAA automated rate, passed ÷ (passed + failed), cantTell, inapplicable and
// rules in error left out; on a site a rule passes only if it passed on every page where it applied.

import { describe, expect, it } from 'vitest';
import type { Finding, Outcome } from '../../../src/core/result.js';
import { pageEcoRulesScore, siteEcoRulesScore } from '../../../src/score/eco-rules.js';

function finding(rule: string, outcome: Outcome, more: Partial<Finding> = {}): Finding {
  return {
    rule,
    source: 'vigie',
    family: 'eco',
    outcome,
    impact: null,
    title: rule,
    rgaa: [],
    wcag: [],
    act: [],
    level: null,
    experimental: false,
    bestPractice: true,
    counts: { passed: 0, failed: 0, cantTell: 0 },
    coverage: null,
    inapplicableMeansNA: false,
    error: null,
    targets: [],
    evidence: [],
    ...more,
  };
}

describe('eco rules rate', () => {
  it('a page: 3 passed, 1 failed → 75 %; cantTell, inapplicable, errors and a11y findings left out', () => {
    const score = pageEcoRulesScore([
      finding('a', 'passed'),
      finding('b', 'passed'),
      finding('c', 'passed'),
      finding('d', 'failed', { saving: { bytes: 1200, requests: 2 } }),
      finding('e', 'cantTell'),
      finding('f', 'inapplicable'),
      finding('g', 'cantTell', { error: 'faits manquants' }),
      finding('image-alt', 'failed', { family: 'a11y' }),
    ]);
    expect(score).toEqual({
      rate: 75,
      passed: 3,
      failed: 1,
      cantTell: 1,
      inapplicable: 1,
      errors: 1,
      saving: { bytes: 1200, requests: 2 },
    });
  });

  it('no decided rule: no rate', () => {
    expect(pageEcoRulesScore([finding('a', 'inapplicable')]).rate).toBeNull();
  });

  it('a site: passed only if passed on every page where the rule applied', () => {
    const score = siteEcoRulesScore([
      [finding('a', 'passed'), finding('b', 'passed'), finding('c', 'inapplicable'), finding('d', 'passed')],
      [finding('a', 'passed'), finding('b', 'failed'), finding('c', 'passed'), finding('d', 'cantTell')],
      [
        finding('a', 'inapplicable'),
        finding('b', 'passed'),
        finding('c', 'inapplicable'),
        finding('d', 'passed'),
      ],
    ]);
    // a and c passed, b failed, d cantTell (excluded) → 2 ÷ 3.
    expect(score).toMatchObject({ rate: 66.7, passed: 2, failed: 1, cantTell: 1, inapplicable: 0 });
  });

  it('a site: a rule in error on one page is judged on the others', () => {
    const score = siteEcoRulesScore([[finding('a', 'cantTell', { error: 'x' })], [finding('a', 'failed')]]);
    expect(score).toMatchObject({ failed: 1, errors: 0 });
    expect(siteEcoRulesScore([[finding('a', 'cantTell', { error: 'x' })]])).toMatchObject({
      errors: 1,
      rate: null,
    });
  });
});
