// Site-level rules in the site's RGAA results: the runner (two pages at least, a rule that throws), how a site
// rule's outcome replaces the sample's result for its tests (siteTestResult), and two hand-built page reports
// judged through summarizeSite and sampleRgaa.

import { describe, expect, it } from 'vitest';
import { runSiteRule, runSiteRules } from '../../src/audits/a11y/run-site-rules.js';
import { RGAA_TEST_IDS, sampleRgaa, summarizeSite } from '../../src/audits/site-summary.js';
import type { PageReport, RgaaResult, SiteFinding } from '../../src/core/result.js';
import { defineSiteRule } from '../../src/core/rule.js';
import type { SiteFacts } from '../../src/core/site-facts.js';
import { decodeResults, pageCriteria, scoreOf, siteTestResult } from '../../src/score/rgaa.js';
import { menu, searchForm, sitemapLink, sitePage, skip } from './rules/site-helpers.js';

const throwing = defineSiteRule({
  id: 'throws',
  version: 1,
  family: 'a11y',
  title: 'Lève une erreur',
  rgaa: ['12.2.1'],
  wcag: [],
  act: [],
  coverage: 'full',
  evaluate: () => {
    throw new Error('boom');
  },
});

describe('site rule runner', () => {
  it('runs nothing with fewer than two pages; a rule that throws is an error, its tests cantTell', () => {
    expect(runSiteRules([throwing], [sitePage('/')])).toEqual([]);
    const finding = runSiteRule(throwing, [sitePage('/'), sitePage('/a')]);
    expect(finding.error).toBe('boom');
    expect(finding.byTest).toEqual({ '12.2.1': 'cantTell' });
  });
});

describe('siteTestResult', () => {
  const finding = (outcome: SiteFinding['byTest'][string], more: Partial<SiteFinding> = {}): SiteFinding => ({
    rule: 'site-rule',
    title: '',
    rgaa: ['12.2.1'],
    coverage: 'full',
    inapplicableMeansNA: false,
    byTest: { '12.2.1': outcome },
    counts: { passed: 0, failed: 0, cantTell: 0 },
    evidence: [],
    error: null,
    ...more,
  });
  const result = (sample: RgaaResult, rules: string[], f: SiteFinding, relevance = false) =>
    siteTestResult('12.2.1', sample, rules, [f], relevance);

  it('a page NC stays NC; a site failure is NC; a site cantTell is NT', () => {
    expect(result('NC', ['page-rule'], finding('passed'))).toEqual({ result: 'NC', rules: ['page-rule'] });
    expect(result('NT', [], finding('failed')).result).toBe('NC');
    expect(result('C', ['page-rule'], finding('cantTell'))).toEqual({
      result: 'NT',
      rules: ['page-rule', 'site-rule'],
    });
  });

  it('a site pass is C only from a full rule, on no relevance test, when no page rule was uncertain', () => {
    expect(result('NT', [], finding('passed'))).toEqual({ result: 'C', rules: ['site-rule'] });
    expect(result('NT', ['page-rule'], finding('passed')).result).toBe('NT');
    expect(result('NT', [], finding('passed', { coverage: 'failuresOnly' })).result).toBe('NT');
    expect(result('NT', [], finding('passed'), true).result).toBe('NT');
  });

  it('inapplicable gives NA only when the rule says so', () => {
    expect(result('NT', [], finding('inapplicable')).result).toBe('NT');
    expect(result('NT', [], finding('inapplicable', { inapplicableMeansNA: true })).result).toBe('NA');
  });
});

describe('two page reports judged as a site', () => {
  function report(url: string, facts: SiteFacts | null, own: Record<string, RgaaResult> = {}): PageReport {
    // Every test NT on the page, as when no page rule covers it.
    const tests: Record<string, RgaaResult> = {
      ...Object.fromEntries(RGAA_TEST_IDS.map((id) => [id, 'NT' as const])),
      ...own,
    };
    const criteria = pageCriteria(tests);
    return {
      url,
      finalUrl: url,
      status: 200,
      error: null,
      startedAt: '2026-01-01T00:00:00Z',
      versions: {},
      a11y: { findings: [], error: null, siteFacts: facts },
      rgaa: { version: '4.1.2', tests, criteria, decidedBy: {} },
      score: scoreOf(tests, criteria, 0),
      eco: null,
      timings: null,
    };
  }
  const facts = (url: string, sitemapY: number) =>
    sitePage(url, {
      menus: [menu()],
      searches: [searchForm()],
      sitemapLinks: [
        sitemapLink({
          box: { x: 100, y: sitemapY, width: 100, height: 20 },
          order: sitemapY > 1000 ? 900 : 5,
        }),
      ],
      skipLinks: [skip()],
    }).facts;

  it('decides the site tests when the pages agree, through summarizeSite', () => {
    const pages = [
      { role: 'home', report: report('https://ex.fr/', facts('https://ex.fr/', 2900)) },
      { role: 'content', report: report('https://ex.fr/a', facts('https://ex.fr/a', 2900)) },
    ];
    const summary = summarizeSite(pages);
    const tests = decodeResults(summary.rgaa!.tests, RGAA_TEST_IDS);
    expect(tests).toMatchObject({
      '12.4.1': 'C',
      '12.4.2': 'C',
      '12.4.3': 'C',
      '12.5.1': 'C',
      '12.7.2': 'C',
    });
    // Only one inner page: 12.2.1 cannot be compared.
    expect(tests['12.2.1']).toBe('NT');
    const site = sampleRgaa(pages);
    expect(site?.rgaa.decidedBy['12.4.2']).toEqual(['sitemap-link-inconsistent']);
    expect(site?.rgaa.criteria['12.4']).toBe('C');
    // The site's decided tests count once in the raw mark.
    expect(site?.score.rawMark).toBe(100);
  });

  it('fails when the sitemap link moves from the footer to the header; NT with one page or missing facts', () => {
    const pages = [
      { role: 'home', report: report('https://ex.fr/', facts('https://ex.fr/', 2900)) },
      { role: 'content', report: report('https://ex.fr/a', facts('https://ex.fr/a', 10)) },
    ];
    const site = sampleRgaa(pages);
    expect(site?.rgaa.tests['12.4.2']).toBe('NC');
    expect(site?.rgaa.criteria['12.4']).toBe('NC');
    expect(sampleRgaa(pages.slice(0, 1))?.rgaa.tests['12.4.2']).toBe('NT');
    const old = [pages[0]!, { role: 'content', report: report('https://ex.fr/b', null) }];
    expect(sampleRgaa(old)?.rgaa.tests['12.4.2']).toBe('NT');
  });

  it('keeps a page NC (skip link hidden on focus on a page) whatever the site rule says', () => {
    const pages = [
      { role: 'home', report: report('https://ex.fr/', facts('https://ex.fr/', 2900), { '12.7.2': 'NC' }) },
      { role: 'content', report: report('https://ex.fr/a', facts('https://ex.fr/a', 2900)) },
    ];
    expect(sampleRgaa(pages)?.rgaa.tests['12.7.2']).toBe('NC');
  });
});
