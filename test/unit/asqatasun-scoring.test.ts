import { describe, expect, it } from 'vitest';
import frameTitleMissing from '../../src/audits/a11y/rules/frame-title-missing.js';
import { runRules } from '../../src/audits/a11y/run-rules.js';
import type { Rule } from '../../src/core/rule.js';
import { mappedActRules } from '../conformance/act-run.js';
import { caseResult } from '../conformance/act-scoring.js';
import {
  baselineOf,
  comparableBaseline,
  improvements,
  regressions,
} from '../conformance/asqatasun-compare.js';
import {
  ASQATASUN_SECTION_BEGIN,
  ASQATASUN_SECTION_END,
  renderAsqatasunSection,
  replaceAsqatasunSection,
} from '../conformance/asqatasun-report.js';
import {
  type AsqatasunOutcome,
  type AsqatasunTestCase,
  CHANGED_TESTS,
  isPlaceholderPage,
  MARKER_KIND,
  outOfScopeReason,
  reasonKind,
} from '../conformance/asqatasun-scope.js';
import {
  agreementOf,
  classOf,
  expectedVerdict,
  type ScoredCase,
  scoreCases,
  type VigieVerdict,
} from '../conformance/asqatasun-scoring.js';

const testCase = (over: Partial<AsqatasunTestCase> = {}): AsqatasunTestCase => ({
  test: '8.3.1',
  webResource: 'Rgaa40.Test.8.3.1-2Failed-01',
  file: 'testcases/rgaa40/Rgaa40Rule080301/Rgaa40.Test.8.3.1-2Failed-01.html',
  ruleImplemented: true,
  expected: 'FAILED',
  markerParameters: [],
  ...over,
});

const scored = (
  test: string,
  expected: AsqatasunOutcome | null,
  vigie: VigieVerdict,
  over: Partial<ScoredCase> = {},
): ScoredCase => ({
  test,
  webResource: `Rgaa40.Test.${test}-${expected}`,
  file: `testcases/${test}-${expected}-${vigie}.html`,
  expected,
  vigie,
  decidedBy: vigie === 'NT' || vigie === 'untested' ? [] : ['some-rule'],
  outOfScope: null,
  untestedReason: null,
  markers: [],
  ...over,
});

const page = { exists: true, placeholder: false, extractedStyles: false };
const rgaaTests = new Set(['8.3.1', '1.1.1', '10.4.1']);

describe('scope', () => {
  it('keeps a plain case', () => {
    expect(outOfScopeReason(testCase(), page, rgaaTests)).toBeNull();
  });

  it('leaves out tests whose number or meaning changed, tests RGAA 4.1.2 lacks, and cases without outcome', () => {
    expect(outOfScopeReason(testCase({ test: '10.4.1' }), page, rgaaTests)).toMatch(/^test changed/);
    expect(CHANGED_TESTS['10.4.3']).toMatch(/renumbered/);
    expect(outOfScopeReason(testCase({ test: '99.1.1' }), page, rgaaTests)).toBe('not an RGAA 4.1.2 test');
    expect(outOfScopeReason(testCase({ expected: null }), page, rgaaTests)).toMatch(/no expected outcome/);
  });

  it('leaves out marker parameters, missing pages, placeholders and cases judged on styles given apart', () => {
    const marked = testCase({
      test: '1.1.1',
      markerParameters: [
        { family: 'Rules', element: 'INFORMATIVE_IMAGE_MARKER', value: 'informative-image' },
        { family: 'Rules', element: 'DECORATIVE_IMAGE_MARKER', value: 'decorative-image' },
      ],
    });
    const reason = outOfScopeReason(marked, page, rgaaTests)!;
    expect(reason).toBe(`${MARKER_KIND}: DECORATIVE_IMAGE_MARKER, INFORMATIVE_IMAGE_MARKER`);
    expect(reasonKind(reason)).toBe(MARKER_KIND);
    expect(outOfScopeReason(testCase(), { ...page, exists: false }, rgaaTests)).toMatch(/missing/);
    expect(outOfScopeReason(testCase(), { ...page, placeholder: true }, rgaaTests)).toMatch(/placeholder/);
    expect(outOfScopeReason(testCase(), { ...page, extractedStyles: true }, rgaaTests)).toMatch(
      /^styles given apart/,
    );
  });

  it('recognises the Asqatasun stubs of grouped test cases', () => {
    expect(
      isPlaceholderPage('<!--\n The actual testcases for criteria 1.1 have been grouped into:\n rules/… -->'),
    ).toBe(true);
    expect(isPlaceholderPage('<div class="testcase"><img src="a.png"></div>')).toBe(false);
  });
});

describe('classOf', () => {
  it('maps Asqatasun outcomes to RGAA verdicts', () => {
    expect(expectedVerdict('PASSED')).toBe('C');
    expect(expectedVerdict('FAILED')).toBe('NC');
    expect(expectedVerdict('NOT_APPLICABLE')).toBe('NA');
    expect(expectedVerdict('NEED_MORE_INFO')).toBe('NT');
    expect(expectedVerdict('NOT_TESTED')).toBe('NT');
  });

  it('compares decisive Vigie verdicts with decided Asqatasun outcomes only', () => {
    expect(classOf(scored('8.3.1', 'FAILED', 'NC'))).toBe('agreed');
    expect(classOf(scored('8.3.1', 'PASSED', 'C'))).toBe('agreed');
    expect(classOf(scored('8.3.1', 'PASSED', 'NC'))).toBe('disagreed');
    expect(classOf(scored('8.3.1', 'NOT_APPLICABLE', 'C'))).toBe('disagreed');
    expect(classOf(scored('8.3.1', 'NEED_MORE_INFO', 'NC'))).toBe('unverifiable');
    expect(classOf(scored('8.3.1', 'NOT_TESTED', 'C'))).toBe('unverifiable');
    expect(classOf(scored('8.3.1', 'FAILED', 'NA'))).toBe('notApplicable');
    expect(classOf(scored('8.3.1', 'FAILED', 'NT'))).toBe('undecided');
    expect(classOf(scored('8.3.1', 'FAILED', 'untested'))).toBe('untested');
    expect(classOf(scored('8.3.1', 'FAILED', 'NC', { outOfScope: 'x' }))).toBe('outOfScope');
  });
});

describe('scoreCases', () => {
  const cases = [
    scored('8.3.1', 'FAILED', 'NC'),
    scored('8.3.1', 'PASSED', 'C'),
    scored('8.3.1', 'NOT_APPLICABLE', 'NC'),
    scored('1.1.1', 'PASSED', 'NA'),
    scored('1.1.1', 'NOT_APPLICABLE', 'NA'),
    scored('1.1.1', 'FAILED', 'NT'),
    scored('1.1.1', 'NEED_MORE_INFO', 'C'),
    scored('1.1.1', 'FAILED', 'untested', { untestedReason: 'visit error' }),
    scored('1.1.1', 'PASSED', 'untested', {
      outOfScope: `${MARKER_KIND}: INFORMATIVE_IMAGE_MARKER`,
      markers: ['INFORMATIVE_IMAGE_MARKER'],
    }),
  ];
  const score = scoreCases(cases);

  it('counts overall and per test', () => {
    expect(score.overall).toEqual({
      cases: 9,
      outOfScope: 1,
      untested: 1,
      judged: 7,
      decisive: 4,
      compared: 3,
      agreed: 2,
      unverifiable: 1,
      vigieNA: 2,
      expectedNA: 2,
      bothNA: 1,
      ntWhereExpectedDecisive: 1,
    });
    expect(agreementOf(score.overall)).toBeCloseTo(2 / 3);
    expect(Object.keys(score.perTest)).toEqual(['1.1.1', '8.3.1']);
    expect(score.perTest['8.3.1']).toMatchObject({ cases: 3, decisive: 3, compared: 3, agreed: 2 });
    expect(agreementOf(score.perTest['1.1.1']!)).toBeNull();
  });

  it('lists disagreements, potential false positives, NA on decided cases and unverifiable verdicts', () => {
    expect(score.disagreements.map((ref) => [ref.test, ref.expected, ref.vigie])).toEqual([
      ['8.3.1', 'NOT_APPLICABLE', 'NC'],
    ]);
    expect(score.potentialFalsePositives).toEqual(score.disagreements);
    expect(score.naWhereExpectedDecisive.map((ref) => ref.expected)).toEqual(['PASSED']);
    expect(score.unverifiable.map((ref) => ref.vigie)).toEqual(['C']);
    expect(score.outOfScopeByKind).toEqual({ [MARKER_KIND]: 1 });
    expect(score.markers).toEqual({ INFORMATIVE_IMAGE_MARKER: 1 });
  });

  it('does not count a C disagreement as a potential false positive', () => {
    const only = scoreCases([scored('8.3.1', 'FAILED', 'C')]);
    expect(only.disagreements).toHaveLength(1);
    expect(only.potentialFalsePositives).toEqual([]);
  });
});

describe('baseline', () => {
  const recorded = [scored('8.3.1', 'FAILED', 'NC'), scored('8.3.1', 'PASSED', 'NC')];
  const baseline = baselineOf(scoreCases(recorded));

  it('records the agreement and the known disagreements', () => {
    expect(baseline).toMatchObject({ agreed: 1, compared: 2, agreement: 0.5 });
    expect(baseline.agreedCases).toEqual([`8.3.1 ${recorded[0]!.file}`]);
    expect(baseline.disagreements).toEqual([
      { test: '8.3.1', file: recorded[1]!.file, expected: 'PASSED', vigie: 'NC' },
    ]);
  });

  it('accepts the same run and a better one', () => {
    expect(regressions(baseline, scoreCases(recorded))).toEqual([]);
    const better = scoreCases([recorded[0]!, { ...recorded[1]!, vigie: 'C' }]);
    expect(regressions(baseline, better)).toEqual([]);
    expect(improvements(baseline, better)).toHaveLength(2);
  });

  it('fails on a new disagreement and on a lower agreement', () => {
    const worse = scoreCases([...recorded, scored('1.1.1', 'NOT_APPLICABLE', 'C')]);
    const found = regressions(baseline, worse);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/agreement 33.3 %/);
    expect(found[1]).toMatch(/1\.1\.1: new disagreement/);
  });

  it('sets aside the baseline cases this run could not judge', () => {
    const lost = scoreCases([
      { ...recorded[0]!, vigie: 'untested', untestedReason: 'visit error' },
      recorded[1]!,
    ]);
    expect(comparableBaseline(baseline, lost)).toEqual({ agreed: 0, compared: 1 });
    expect(regressions(baseline, lost)).toEqual([]);
    expect(lost.untested).toEqual([{ test: '8.3.1', file: recorded[0]!.file, reason: 'visit error' }]);
  });

  it('accepts more decisive cases that agree, with rules added later', () => {
    const more = scoreCases([...recorded, scored('1.1.1', 'FAILED', 'NC')]);
    expect(regressions(baseline, more)).toEqual([]);
    expect(regressions(baselineOf(scoreCases([])), more)).toHaveLength(1);
  });
});

describe('report', () => {
  const score = scoreCases([scored('8.3.1', 'NOT_APPLICABLE', 'NC'), scored('8.3.1', 'FAILED', 'NC')]);
  const run = {
    date: '2026-11-28',
    vigie: '0.1.0',
    axe: '4.14.1',
    browser: '156',
    durationMs: 90_000,
    concurrency: 4,
    pages: 2,
  };

  it('renders the headline, the per-test table and the potential false positives', () => {
    const section = renderAsqatasunSection(score, run);
    expect(section.startsWith(ASQATASUN_SECTION_BEGIN)).toBe(true);
    expect(section).toContain('agreement 50.0 %** (1/2)');
    expect(section).toContain('| 8.3.1 | 2/2 | 2 | 1/2 |');
    expect(section).toContain('expected NOT_APPLICABLE, Vigie NC (`some-rule`)');
    expect(section).toContain('- 10.4.1: another test');
  });

  it('puts the section after the ACT one, then replaces it in place', () => {
    const doc = '# Conformance\n\n<!-- BEGIN ACT x -->\nact\n<!-- END ACT -->\n\n## Later\n';
    const once = replaceAsqatasunSection(doc, `${ASQATASUN_SECTION_BEGIN}\none\n${ASQATASUN_SECTION_END}`);
    expect(once.indexOf(ASQATASUN_SECTION_BEGIN)).toBeGreaterThan(once.indexOf('<!-- END ACT -->'));
    expect(once.indexOf(ASQATASUN_SECTION_BEGIN)).toBeLessThan(once.indexOf('## Later'));
    const twice = replaceAsqatasunSection(once, `${ASQATASUN_SECTION_BEGIN}\ntwo\n${ASQATASUN_SECTION_END}`);
    expect(twice).toContain('two');
    expect(twice).not.toContain('one');
  });
});

describe('ACT suite and Vigie rules', () => {
  it('visits the ACT rules of Vigie rules as well as those of axe-core', () => {
    const mapped = mappedActRules([{ act: ['cae760'] }, { act: [] }]);
    expect(mapped.has('cae760')).toBe(true);
    expect(mapped.has('23a2a8')).toBe(true);
  });

  it('scores the findings of a Vigie rule by the ACT ids it declares', () => {
    const rule = { ...frameTitleMissing, act: ['cae760'] } as Rule;
    const frame = {
      selector: 'iframe',
      snippet: '<iframe>',
      tag: 'iframe' as const,
      name: '',
      hidden: false,
    };
    const findings = runRules([rule], { frames: [{ ...frame, title: null, src: null }] });
    expect(caseResult('cae760', findings)).toMatchObject({
      outcome: 'failed',
      byRule: { 'frame-title-missing': 'failed' },
      wcag: ['4.1.2'],
    });
  });
});
