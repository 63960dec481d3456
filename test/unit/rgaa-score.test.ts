// The RGAA 4.1.2 referential module (generated from data/rgaa, checked up to date) and the aggregation and
// score formulas of src/score/rgaa.ts.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RGAA_412_CRITERIA } from '../../src/core/rgaa-412.js';
import { RGAA_THEMES } from '../../src/core/rgaa-themes.js';
import {
  automatedRate,
  countResults,
  criterionResult,
  decodeResults,
  encodeResults,
  pageCriteria,
  type RgaaResult,
  rawMark,
  rawMarkGrade,
  scoreOf,
  siteResults,
  siteRgaa,
} from '../../src/score/rgaa.js';

describe('RGAA 4.1.2 referential', () => {
  it('is up to date with data/rgaa/4.1.2/criteres.json', () => {
    const script = fileURLToPath(new URL('../../scripts/gen-rgaa-referential.mjs', import.meta.url));
    const check = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('has 13 themes, 106 criteria and 258 tests, each test under its criterion', () => {
    expect(new Set(RGAA_412_CRITERIA.map((criterion) => criterion.theme))).toEqual(
      new Set(Object.keys(RGAA_THEMES).map(Number)),
    );
    expect(RGAA_412_CRITERIA).toHaveLength(106);
    const tests = RGAA_412_CRITERIA.flatMap((criterion) => criterion.tests);
    expect(tests).toHaveLength(258);
    expect(new Set(tests).size).toBe(258);
    for (const criterion of RGAA_412_CRITERIA) {
      expect(criterion.id).toBe(`${criterion.theme}.${criterion.id.split('.')[1]}`);
      for (const test of criterion.tests) expect(test.startsWith(`${criterion.id}.`)).toBe(true);
      expect(criterion.wcag.length).toBeGreaterThan(0);
      expect(criterion.title).not.toMatch(/\]\(#|`/);
    }
    expect(RGAA_412_CRITERIA.find((criterion) => criterion.id === '3.2')).toMatchObject({
      title: expect.stringMatching(/contraste/),
      wcag: expect.arrayContaining([expect.stringMatching(/^1\.4\.3 /)]),
    });
  });
});

describe('aggregation', () => {
  it('decides a criterion from its tests: NC wins, then NT, all NA is NA, else C', () => {
    expect(criterionResult(['C', 'NC', 'NT'])).toBe('NC');
    expect(criterionResult(['C', 'NT', 'NA'])).toBe('NT');
    expect(criterionResult(['NA', 'NA'])).toBe('NA');
    expect(criterionResult(['C', 'NA'])).toBe('C');
    expect(criterionResult(['C', 'C'])).toBe('C');
    expect(criterionResult([])).toBe('NT');
  });

  it('gives every criterion of a page a result, untested ones NT', () => {
    const criteria = pageCriteria({ '1.1.1': 'C', '1.1.2': 'NA', '8.3.1': 'NC', '8.5.1': 'C' });
    expect(Object.keys(criteria)).toHaveLength(106);
    expect(criteria['1.1']).toBe('NT'); // 1.1.3 … 1.1.8 have no verdict
    expect(criteria['8.3']).toBe('NC');
    expect(criteria['8.5']).toBe('C'); // one test
    expect(criteria['2.1']).toBe('NT');
  });

  it('applies the sample rule: validated only where validated on every page it applies to', () => {
    const pages: Record<string, RgaaResult>[] = [
      { a: 'C', b: 'NA', c: 'C', d: 'NA', e: 'C' },
      { a: 'C', b: 'NA', c: 'NC', d: 'C', e: 'NT' },
      { a: 'NA', b: 'NA', c: 'C', d: 'NA' },
    ];
    expect(siteResults(pages)).toEqual({ a: 'C', b: 'NA', c: 'NC', d: 'C', e: 'NT' });
  });
});

describe('scores', () => {
  it('computes the automated rate over decided criteria only', () => {
    expect(automatedRate({ a: 'C', b: 'C', c: 'NC', d: 'NT', e: 'NA' })).toBe(66.7);
    expect(automatedRate({ a: 'NT', b: 'NA' })).toBeNull();
    expect(automatedRate({ a: 'C' })).toBe(100);
    expect(countResults({ a: 'C', b: 'C', c: 'NC', d: 'NT', e: 'NA' })).toEqual({
      C: 2,
      NC: 1,
      NA: 1,
      NT: 1,
    });
  });

  it('computes Asqatasun’s raw mark and grade at its thresholds', () => {
    expect(rawMark(['C', 'C', 'C', 'NC', 'NA', 'NT'])).toBe(75);
    expect(rawMark(['NA', 'NT'])).toBeNull();
    expect([100, 99.9, 90.1, 90, 85.1, 85, 75.1, 75, 60.1, 60, 0].map(rawMarkGrade)).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
      'F',
      'F',
    ]);
    expect(rawMarkGrade(null)).toBeNull();
  });
});

describe('site results and compact storage', () => {
  const page = (tests: Record<string, RgaaResult>, failedElements: number) => {
    const criteria = pageCriteria(tests);
    return {
      rgaa: { version: '4.1.2', tests, criteria, decidedBy: {} },
      score: scoreOf(tests, criteria, failedElements),
    };
  };

  it('a site aggregates its pages with the sample rule; the raw mark counts every page’s tests', () => {
    const site = siteRgaa([
      page({ '8.1.1': 'C', '8.5.1': 'C' }, 0),
      page({ '8.1.1': 'C', '8.5.1': 'NC' }, 2),
    ]);
    expect(site?.rgaa.tests['8.1.1']).toBe('C');
    expect(site?.rgaa.tests['8.5.1']).toBe('NC');
    expect(site?.rgaa.criteria['8.5']).toBe('NC');
    // 3 passed, 1 failed over the two pages: 75 %.
    expect(site?.score.rawMark).toBe(75);
    expect(site?.score.grade).toBe('E');
    expect(site?.score.failedElements).toBe(2);
    expect(siteRgaa([])).toBeNull();
  });

  it('encodes one character per test and decodes it back', () => {
    const ids = ['1.1.1', '1.1.2', '1.1.3', '1.1.4'];
    const encoded = encodeResults({ '1.1.1': 'C', '1.1.2': 'NC', '1.1.3': 'NA' }, ids);
    expect(encoded).toBe('CNAT');
    expect(decodeResults(encoded, ids)).toEqual({
      '1.1.1': 'C',
      '1.1.2': 'NC',
      '1.1.3': 'NA',
      '1.1.4': 'NT',
    });
    expect(() => decodeResults('CN', ids)).toThrow(/2 codes for 4 ids/);
    expect(() => decodeResults('CNAX', ids)).toThrow(/unknown code/);
  });
});
