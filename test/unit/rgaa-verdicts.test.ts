// From findings to RGAA test verdicts: the rule runner (RuleError, per-test outcomes) and the C/NC/NA/NT logic
// (C only from a full-coverage pass, never for a relevance test; NA only from a rule whose scope is the test's).

import { describe, expect, it } from 'vitest';
import { contrastTestOf } from '../../src/audits/a11y/axe-adapter.js';
import { rgaaTestVerdicts, testVerdict } from '../../src/audits/a11y/rgaa-verdicts.js';
import { runRule } from '../../src/audits/a11y/run-rules.js';
import type { PageFacts } from '../../src/core/facts.js';
import type { Finding, Outcome } from '../../src/core/result.js';
import { RGAA_412_TESTS } from '../../src/core/rgaa-412.js';
import { defineRule, failed, passed } from '../../src/core/rule.js';

const test = (id: string) => RGAA_412_TESTS.find((candidate) => candidate.id === id)!;

function finding(rule: string, outcome: Outcome, more: Partial<Finding> = {}): Finding {
  return {
    rule,
    source: 'vigie',
    family: 'a11y',
    outcome,
    impact: null,
    title: rule,
    rgaa: ['8.1.1'],
    wcag: [],
    act: [],
    level: null,
    experimental: false,
    bestPractice: false,
    counts: { passed: 0, failed: 0, cantTell: 0 },
    targets: [],
    evidence: [],
    coverage: 'full',
    inapplicableMeansNA: true,
    error: null,
    ...more,
  };
}

describe('testVerdict', () => {
  it('NC as soon as one rule failed, whatever the others say', () => {
    const verdict = testVerdict(test('8.1.1'), [finding('a', 'passed'), finding('b', 'failed')]);
    expect(verdict).toEqual({ result: 'NC', rules: ['b'] });
  });

  it('C only from a full-coverage pass', () => {
    expect(testVerdict(test('8.1.1'), [finding('a', 'passed')]).result).toBe('C');
    const partial = finding('a', 'passed', { coverage: 'failuresOnly', inapplicableMeansNA: false });
    expect(testVerdict(test('8.1.1'), [partial]).result).toBe('NT');
  });

  it('a relevance test is never C, but can be NC or NA', () => {
    expect(test('8.6.1').relevance).toBe(true);
    expect(testVerdict(test('8.6.1'), [finding('a', 'passed', { rgaa: ['8.6.1'] })]).result).toBe('NT');
    expect(testVerdict(test('8.6.1'), [finding('a', 'failed', { rgaa: ['8.6.1'] })]).result).toBe('NC');
    expect(testVerdict(test('8.6.1'), [finding('a', 'inapplicable', { rgaa: ['8.6.1'] })]).result).toBe('NA');
  });

  it('cantTell or a RuleError leaves the test NT with the rule named', () => {
    expect(testVerdict(test('8.1.1'), [finding('a', 'passed'), finding('b', 'cantTell')])).toEqual({
      result: 'NT',
      rules: ['b'],
    });
    const broken = finding('b', 'inapplicable', { error: 'faits manquants' });
    expect(testVerdict(test('8.1.1'), [broken]).result).toBe('NT');
  });

  it('NA only when a rule scoped like the test is inapplicable and nothing passed', () => {
    expect(testVerdict(test('8.1.1'), [finding('a', 'inapplicable')]).result).toBe('NA');
    const narrow = finding('a', 'inapplicable', { coverage: 'failuresOnly', inapplicableMeansNA: false });
    expect(testVerdict(test('8.1.1'), [narrow]).result).toBe('NT');
    const other = finding('b', 'passed', { coverage: 'failuresOnly' });
    expect(testVerdict(test('8.1.1'), [finding('a', 'inapplicable'), other]).result).toBe('NT');
  });

  it('per-test outcomes of a finding are used for each of its tests', () => {
    const split = finding('a', 'failed', {
      rgaa: ['1.2.1', '1.2.4'],
      byTest: { '1.2.1': 'failed', '1.2.4': 'passed' },
    });
    const { tests, decidedBy } = rgaaTestVerdicts([split]);
    expect(tests['1.2.1']).toBe('NC');
    expect(tests['1.2.4']).toBe('C');
    expect(decidedBy['1.2.4']).toEqual(['a']);
    expect(tests['1.1.1']).toBe('NT');
    expect(Object.keys(tests)).toHaveLength(258);
  });

  it('AAA findings do not count', () => {
    const aaa = finding('x', 'failed', { level: 'AAA', source: 'axe-core' });
    expect(rgaaTestVerdicts([aaa]).tests['8.1.1']).toBe('NT');
  });
});

describe('runRule', () => {
  const rule = defineRule({
    id: 'frame-check',
    version: 1,
    family: 'a11y',
    title: 'Essai',
    rgaa: ['2.1.1', '2.2.1'],
    wcag: ['4.1.2'],
    act: [],
    coverage: 'failuresOnly',
    requires: ['frames'],
    applicability: ({ frames }) => frames,
    expectation: (frame) => {
      if (frame.src === 'throw') throw new Error('boom');
      return frame.title ? passed() : failed('Pas de titre', ['2.1.1']);
    },
  });
  const frame = (title: string | null, src = 'a.html') => ({
    selector: `iframe[src="${src}"]`,
    snippet: `<iframe src="${src}">`,
    tag: 'iframe' as const,
    title,
    name: title ?? '',
    hidden: false,
    src,
  });

  it('a missing fact is a RuleError naming the fact and its reason', () => {
    const result = runRule(rule, {}, { frames: 'timeout' });
    expect(result.error).toBe('faits manquants (frames: timeout)');
    expect(result.outcome).toBe('cantTell');
  });

  it('a rule that throws is a RuleError, not a verdict', () => {
    const result = runRule(rule, { frames: [frame('x', 'throw')] } as PageFacts);
    expect(result.error).toContain('boom');
  });

  it('inapplicable without targets; per-test outcomes when a verdict names its tests', () => {
    expect(runRule(rule, { frames: [] }).outcome).toBe('inapplicable');
    const result = runRule(rule, { frames: [frame('Carte'), frame(null, 'b.html')] });
    expect(result.outcome).toBe('failed');
    expect(result.counts).toEqual({ passed: 1, failed: 1, cantTell: 0 });
    expect(result.byTest).toEqual({ '2.1.1': 'failed', '2.2.1': 'passed' });
    expect(result.evidence).toEqual([
      {
        selector: 'iframe[src="b.html"]',
        snippet: '<iframe src="b.html">',
        message: 'Pas de titre',
        outcome: 'failed',
        rgaa: ['2.1.1'],
      },
    ]);
  });
});

describe('contrastTestOf', () => {
  it('assigns axe contrast failures to the RGAA test of their size and weight', () => {
    const message = (size: string, weight: string) =>
      `L’élément a un contraste de couleurs insuffisant de 2.5 (couleur d’avant plan : #777777, couleur d’arrière plan : #ffffff, taille de police : ${size}, graisse : ${weight}). Contraste de couleur attendu : 4.5:1`;
    expect(contrastTestOf(message('12.0pt (16px)', 'normal'))).toBe('3.2.1');
    expect(contrastTestOf(message('13.5pt (18px)', 'bold'))).toBe('3.2.2');
    expect(contrastTestOf(message('18.0pt (24px)', 'normal'))).toBe('3.2.3');
    expect(contrastTestOf(message('14.0pt (18.6667px)', 'bold'))).toBe('3.2.4');
    expect(contrastTestOf('Impossible de déterminer le rapport de contraste')).toBeNull();
  });
});
