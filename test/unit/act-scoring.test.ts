import { describe, expect, it } from 'vitest';
import {
  type Baseline,
  baselineOf,
  type CaseOutcome,
  caseResult,
  conformanceCriteria,
  consistencyOf,
  type ExpectedOutcome,
  type FindingLike,
  improvements,
  listedCriteria,
  regressions,
  type ScoredCase,
  scoreRule,
  tally,
  untestedCase,
} from '../conformance/act-scoring.js';

const finding = (rule: string, outcome: FindingLike['outcome'], act: string[], wcag = ['1.1.1']) => ({
  rule,
  outcome,
  act,
  wcag,
});

const pairs = (...list: [ExpectedOutcome, CaseOutcome][]) =>
  list.map(([expected, outcome]) => ({ expected, outcome }));

describe('caseResult', () => {
  it('aggregates the mapped findings: failed > cantTell > passed > inapplicable', () => {
    const result = caseResult('23a2a8', [
      finding('image-alt', 'passed', ['23a2a8']),
      finding('role-img-alt', 'cantTell', ['23a2a8']),
      finding('label', 'failed', ['e086e5'], ['4.1.2']),
    ]);
    expect(result).toEqual({
      outcome: 'cantTell',
      byRule: { 'image-alt': 'passed', 'role-img-alt': 'cantTell' },
      wcag: ['1.1.1'],
      untestedReason: null,
    });
  });

  it('is inapplicable when every mapped finding is', () => {
    expect(caseResult('x', [finding('a', 'inapplicable', ['x'])]).outcome).toBe('inapplicable');
  });

  it('is untested when no finding maps to the ACT rule', () => {
    const result = caseResult('qt1vmo', [finding('image-alt', 'failed', ['23a2a8'])]);
    expect(result.outcome).toBe('untested');
    expect(result.untestedReason).toMatch(/no Vigie rule/);
  });

  it('sorts the WCAG criteria numerically and without duplicates', () => {
    const result = caseResult('x', [
      finding('a', 'passed', ['x'], ['1.4.10', '1.4.3']),
      finding('b', 'passed', ['x'], ['1.4.3']),
    ]);
    expect(result.wcag).toEqual(['1.4.3', '1.4.10']);
  });
});

describe('consistencyOf (W3C act-tools)', () => {
  it('is consistent without false positive, false negative or untested case, with a true positive', () => {
    expect(
      consistencyOf(pairs(['failed', 'failed'], ['passed', 'passed'], ['inapplicable', 'inapplicable'])),
    ).toBe('consistent');
  });

  it('accepts cantTell on any example and passed on inapplicable examples', () => {
    expect(
      consistencyOf(
        pairs(
          ['failed', 'failed'],
          ['failed', 'cantTell'],
          ['passed', 'cantTell'],
          ['inapplicable', 'passed'],
        ),
      ),
    ).toBe('consistent');
  });

  it('accepts inapplicable on a passed example', () => {
    expect(consistencyOf(pairs(['failed', 'failed'], ['passed', 'inapplicable']))).toBe('consistent');
  });

  it('is inconsistent with one failed on a passed or inapplicable example', () => {
    expect(consistencyOf(pairs(['failed', 'failed'], ['passed', 'failed']))).toBe('inconsistent');
    expect(consistencyOf(pairs(['failed', 'failed'], ['inapplicable', 'failed']))).toBe('inconsistent');
  });

  it('is partial with a false negative', () => {
    expect(consistencyOf(pairs(['failed', 'failed'], ['failed', 'passed']))).toBe('partial');
    expect(consistencyOf(pairs(['failed', 'failed'], ['failed', 'inapplicable']))).toBe('partial');
  });

  it('is partial with an untested case, even on an inapplicable example', () => {
    expect(consistencyOf(pairs(['failed', 'failed'], ['inapplicable', 'untested']))).toBe('partial');
    expect(consistencyOf(pairs(['failed', 'failed'], ['failed', 'untested']))).toBe('partial');
  });

  it('is minimal with only cantTell on the failed examples', () => {
    expect(
      consistencyOf(pairs(['failed', 'cantTell'], ['passed', 'passed'], ['inapplicable', 'inapplicable'])),
    ).toBe('minimal');
  });

  it('is not minimal when an inapplicable example is cantTell', () => {
    expect(consistencyOf(pairs(['failed', 'cantTell'], ['inapplicable', 'cantTell']))).toBe('inconsistent');
  });

  it('is inconsistent when it never catches a failed example', () => {
    expect(consistencyOf(pairs(['failed', 'passed'], ['passed', 'passed']))).toBe('inconsistent');
  });

  it('is untested when no case has an outcome', () => {
    expect(consistencyOf(pairs(['failed', 'untested'], ['passed', 'untested']))).toBe('untested');
    expect(consistencyOf([])).toBe('untested');
  });
});

describe('WCAG criteria of a rule', () => {
  const requirements = {
    'wcag20:1.1.1': { forConformance: true },
    'wcag21:1.4.12': { forConformance: true },
    'wcag20:4.1.2': { secondary: 'less strict' },
    'wcag-technique:G94': { forConformance: false },
    'aria12:role': { forConformance: true },
  };

  it('keeps the success criteria for conformance', () => {
    expect(conformanceCriteria(requirements)).toEqual(['1.1.1', '1.4.12']);
    expect(conformanceCriteria(null)).toBeNull();
  });

  it('lists every success criterion mentioned, secondary ones included', () => {
    expect(listedCriteria(requirements)).toEqual(['1.1.1', '1.4.12', '4.1.2']);
  });
});

const rule = {
  ruleId: 'abc123',
  ruleName: 'Some rule',
  approved: true,
  ruleAccessibilityRequirements: {
    'wcag20:1.1.1': { forConformance: true },
    'wcag20:1.3.1': { secondary: 'less strict' },
  },
};

function scored(
  id: string,
  expected: ExpectedOutcome,
  byRule: Record<string, FindingLike['outcome']>,
  wcag = ['1.1.1'],
) {
  const result = caseResult(
    'abc123',
    Object.entries(byRule).map(([name, outcome]) => finding(name, outcome, ['abc123'], wcag)),
  );
  return {
    ...result,
    testcaseId: id,
    title: `${expected} ${id}`,
    file: `assets/testcases/abc123/${id}.html`,
    expected,
  };
}

describe('scoreRule', () => {
  it('lists false positives with the Vigie rules that failed', () => {
    const score = scoreRule(rule, [
      scored('1', 'failed', { a: 'failed', b: 'failed' }),
      scored('2', 'passed', { a: 'passed', b: 'failed' }),
      scored('3', 'inapplicable', { a: 'inapplicable', b: 'inapplicable' }),
    ]);
    expect(score.consistency).toBe('inconsistent');
    expect(score.falsePositives).toEqual([
      {
        testcaseId: '2',
        title: 'passed 2',
        file: 'assets/testcases/abc123/2.html',
        expected: 'passed',
        outcome: 'failed',
        rules: ['b'],
      },
    ]);
    expect(score.perVigieRule).toEqual({
      a: { consistency: 'consistent', truePositives: 1, falsePositives: 0 },
      b: { consistency: 'inconsistent', truePositives: 1, falsePositives: 1 },
    });
    expect(score.vigieRules).toEqual(['a', 'b']);
  });

  it('counts cases, true positives, cantTell, false negatives and untested cases', () => {
    const score = scoreRule(rule, [
      scored('1', 'failed', { a: 'failed' }),
      scored('2', 'failed', { a: 'cantTell' }),
      scored('3', 'failed', { a: 'passed' }),
      {
        ...untestedCase('format xml is not a page'),
        testcaseId: '4',
        title: 't4',
        file: 'f4',
        expected: 'inapplicable',
      },
    ] satisfies ScoredCase[]);
    expect(score).toMatchObject({
      consistency: 'partial',
      cases: 4,
      casesRun: 3,
      truePositives: 1,
      cantTellOnFailed: 1,
    });
    expect(score.falseNegatives.map((ref) => ref.testcaseId)).toEqual(['3']);
    expect(score.untested).toMatchObject([{ testcaseId: '4', reason: 'format xml is not a page' }]);
    expect(score.blockedByUntested).toBe(false);
  });

  it('tells when only untested passed or inapplicable examples keep a rule from being consistent', () => {
    const untested = { ...untestedCase('format svg'), title: 't', file: 'f' };
    const blocked = scoreRule(rule, [
      scored('1', 'failed', { a: 'failed' }),
      { ...untested, testcaseId: '2', expected: 'inapplicable' },
    ] satisfies ScoredCase[]);
    expect(blocked).toMatchObject({ consistency: 'partial', blockedByUntested: true });
    const missed = scoreRule(rule, [
      scored('1', 'failed', { a: 'failed' }),
      { ...untested, testcaseId: '2', expected: 'failed' },
    ] satisfies ScoredCase[]);
    expect(missed).toMatchObject({ consistency: 'partial', blockedByUntested: false });
  });

  it('checks the reported WCAG criteria against the rule', () => {
    const ok = scoreRule(rule, [scored('1', 'failed', { a: 'failed' }, ['1.1.1', '1.3.1'])]);
    expect(ok.wcag).toEqual({ expected: ['1.1.1'], reported: ['1.1.1', '1.3.1'], missing: [], extra: [] });
    const wrong = scoreRule(rule, [scored('1', 'failed', { a: 'failed' }, ['4.1.2'])]);
    expect(wrong.wcag).toMatchObject({ missing: ['1.1.1'], extra: ['4.1.2'] });
  });

  it('reports no WCAG mismatch for a rule without requirements or without Vigie rule', () => {
    const none = scoreRule({ ...rule, ruleAccessibilityRequirements: null }, [
      scored('1', 'failed', { a: 'failed' }),
    ]);
    expect(none.wcag).toEqual({ expected: null, reported: ['1.1.1'], missing: [], extra: [] });
    const untested = scoreRule(rule, [
      { ...untestedCase('no Vigie rule'), testcaseId: '1', title: 't', file: 'f', expected: 'failed' },
    ]);
    expect(untested.consistency).toBe('untested');
    expect(untested.wcag.missing).toEqual([]);
  });
});

describe('baseline', () => {
  const scores = [
    scoreRule(rule, [scored('1', 'failed', { a: 'failed' }), scored('2', 'passed', { a: 'passed' })]),
    scoreRule({ ...rule, ruleId: 'def456' }, [
      scored('3', 'failed', { b: 'failed' }),
      scored('4', 'passed', { b: 'failed' }),
    ]),
  ];
  const baseline = baselineOf(scores);

  it('records the level and the false positives of every rule', () => {
    expect(baseline.rules.abc123).toEqual({
      approved: true,
      consistency: 'consistent',
      judgedConsistency: 'consistent',
      falsePositives: [],
    });
    expect(baseline.rules.def456?.falsePositives).toEqual([
      { testcaseId: '4', title: 'passed 4', rule: 'b' },
    ]);
    expect(tally(scores)).toEqual({ consistent: 1, partial: 0, minimal: 0, untested: 0, inconsistent: 1 });
  });

  it('finds no regression against itself', () => {
    expect(regressions(baseline, scores)).toEqual([]);
    expect(improvements(baseline, scores)).toEqual([]);
  });

  it('reports a lower level: consistent > partial > minimal > untested > inconsistent', () => {
    const worse = scoreRule(rule, [
      scored('1', 'failed', { a: 'failed' }),
      scored('2', 'passed', { a: 'failed' }),
    ]);
    expect(regressions(baseline, [worse])).toEqual([
      'abc123 (Some rule): consistent → inconsistent',
      'abc123: new false positive of a on "passed 2" (assets/testcases/abc123/2.html)',
    ]);
    const silent = scoreRule(rule, [
      { ...untestedCase('visit error'), testcaseId: '1', title: 't', file: 'f', expected: 'failed' },
    ]);
    expect(regressions(baseline, [silent])).toEqual(['abc123 (Some rule): consistent → untested']);
  });

  it('does not count an untested passed or inapplicable example as a regression', () => {
    const unstable = scoreRule(rule, [
      scored('1', 'failed', { a: 'failed' }),
      {
        ...untestedCase('visit error CONNECTION'),
        testcaseId: '2',
        title: 't',
        file: 'f',
        expected: 'passed',
      },
    ]);
    expect(unstable).toMatchObject({ consistency: 'partial', judgedConsistency: 'consistent' });
    expect(regressions(baseline, [unstable])).toEqual([]);
  });

  it('reports a new false positive even when the level stays inconsistent', () => {
    const more = scoreRule({ ...rule, ruleId: 'def456' }, [
      scored('3', 'failed', { b: 'failed' }),
      scored('4', 'passed', { b: 'failed', c: 'failed' }),
    ]);
    expect(regressions(baseline, [more])).toEqual([
      'def456: new false positive of c on "passed 4" (assets/testcases/abc123/4.html)',
    ]);
  });

  it('lists improvements and rules missing from the baseline', () => {
    const better = scoreRule({ ...rule, ruleId: 'def456' }, [scored('3', 'failed', { b: 'failed' })]);
    const fresh = scoreRule({ ...rule, ruleId: 'new999' }, [scored('5', 'failed', { z: 'failed' })]);
    const recorded: Baseline = baseline;
    expect(improvements(recorded, [better, fresh])).toEqual([
      'def456: inconsistent → consistent',
      'new999: not in the baseline (consistent)',
    ]);
    expect(regressions(recorded, [better, fresh])).toEqual([]);
  });
});
