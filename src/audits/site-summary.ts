// Site-level summary over the audited sample: failed rules and elements on the home page and over the sample,
// EcoIndex of the home page and mean over the sample, errors, and the RGAA results and scores of the sample
// (the RGAA's sample rule, then the site-level rules over the pages' site facts). Pure.

import type { A11yScore, EcoRulesScore, PageReport, SiteFinding } from '../core/result.js';
import { RGAA_412_CRITERIA, RGAA_412_TESTS } from '../core/rgaa-412.js';
import type { SitePage, SiteRule } from '../core/rule.js';
import { siteEcoRulesScore } from '../score/eco-rules.js';
import { encodeResults, type PageRgaa, siteRgaa } from '../score/rgaa.js';
import { runSiteRules } from './a11y/run-site-rules.js';
import { VIGIE_SITE_RULES } from './a11y/site-rules/index.js';
import { type SiteEcoSummary, summarizeSiteEco } from './eco/site-eco.js';

export const RGAA_TEST_IDS: readonly string[] = RGAA_412_TESTS.map((test) => test.id);
export const RGAA_CRITERION_IDS: readonly string[] = RGAA_412_CRITERIA.map((criterion) => criterion.id);

/** The site's RGAA results, stored compactly (one character per test or criterion, see encodeResults). */
export interface SiteRgaaSummary {
  version: string;
  score: A11yScore;
  /** C, N (NC), A (NA) or T (NT) per test, in RGAA_TEST_IDS order. */
  tests: string;
  /** Same per criterion, in RGAA_CRITERION_IDS order. */
  criteria: string;
}

export interface SiteSummary {
  pagesPlanned: number;
  pagesAudited: number;
  pagesInError: number;
  errorsByCode: Record<string, number>;
  home: {
    audited: boolean;
    failedRules: number;
    failedElements: number;
    ecoindexScore: number | null;
    ecoindexGrade: string | null;
    /** The home page's automated RGAA rate, raw mark and grade. */
    rgaaRate: number | null;
    rawMark: number | null;
    grade: string | null;
    /** The home page's eco-design rules rate (absent in summaries stored before it existed). */
    ecoRulesRate?: number | null;
  };
  sample: {
    /** Distinct rules failed on at least one page. */
    failedRules: number;
    failedElements: number;
    ecoindexMean: number | null;
    transferBytesMean: number | null;
  };
  /** Null when no page was audited (or in summaries stored before RGAA results existed). */
  rgaa: SiteRgaaSummary | null;
  /**
   * Eco-design rules over the audited pages: a rule passes only if it passed on every page where it applied
   * (src/score/eco-rules.ts). Null when no audited page has eco findings; absent in older summaries.
   */
  ecoRules?: EcoRulesScore | null;
  /** Frugality aggregates over the audited pages (src/audits/eco/site-eco.ts); null when none was audited. */
  eco?: SiteEcoSummary | null;
}

/** A page of a sample: its report and, when known, its sampling role (`home`…). */
export interface SamplePageReport {
  report: PageReport;
  role?: string;
}

const auditedOf = (pages: readonly SamplePageReport[]) =>
  pages.filter(({ report }) => report.rgaa && report.score && !report.error);

/**
 * The site-level rules over the audited pages of a sample. None when a page lacks site facts (a report built
 * before they existed, a snapshot without facts): comparing the others would hide that page.
 */
export function siteFindings(
  pages: readonly SamplePageReport[],
  rules: readonly SiteRule[] = VIGIE_SITE_RULES,
): SiteFinding[] {
  const sitePages: SitePage[] = [];
  for (const { report, role } of auditedOf(pages)) {
    const facts = report.a11y?.siteFacts;
    if (!facts) return [];
    sitePages.push({ url: report.finalUrl ?? report.url, role: role ?? 'content', facts });
  }
  return runSiteRules(rules, sitePages);
}

/** The RGAA results of the audited pages of a sample: the sample rule, then the site-level rules. */
export function sampleRgaa(
  pages: readonly SamplePageReport[],
  rules: readonly SiteRule[] = VIGIE_SITE_RULES,
): PageRgaa | null {
  return siteRgaa(
    auditedOf(pages).map(({ report }) => ({ rgaa: report.rgaa!, score: report.score! })),
    siteFindings(pages, rules),
  );
}

export function summarizeSite(pages: readonly { role: string; report: PageReport }[]): SiteSummary {
  const audited = pages.filter((page) => !page.report.error);
  const errorsByCode: Record<string, number> = {};
  for (const page of pages) {
    if (page.report.error)
      errorsByCode[page.report.error.code] = (errorsByCode[page.report.error.code] ?? 0) + 1;
  }
  // AAA rules are informative: the RGAA stops at AA.
  const failedOf = (report: PageReport) =>
    (report.a11y?.findings ?? []).filter((f) => f.outcome === 'failed' && f.level !== 'AAA');
  const home = pages.find((page) => page.role === 'home');
  const homeAudited = home && !home.report.error ? home.report : null;
  const failedRules = new Set(audited.flatMap((page) => failedOf(page.report).map((f) => f.rule)));
  const ecoScores = audited.flatMap((page) => (page.report.eco ? [page.report.eco.ecoindex.score] : []));
  const weights = audited.flatMap((page) => (page.report.eco ? [page.report.eco.transferBytes] : []));
  const site = sampleRgaa(audited);
  const ecoPages = audited.flatMap((page) => (page.report.ecoRules ? [page.report.ecoRules.findings] : []));
  const mean = (values: number[]): number | null =>
    values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  return {
    pagesPlanned: pages.length,
    pagesAudited: audited.length,
    pagesInError: pages.length - audited.length,
    errorsByCode,
    home: {
      audited: homeAudited !== null,
      failedRules: homeAudited ? failedOf(homeAudited).length : 0,
      failedElements: homeAudited ? failedOf(homeAudited).reduce((sum, f) => sum + f.counts.failed, 0) : 0,
      ecoindexScore: homeAudited?.eco?.ecoindex.score ?? null,
      ecoindexGrade: homeAudited?.eco?.ecoindex.grade ?? null,
      rgaaRate: homeAudited?.score?.automatedRate ?? null,
      rawMark: homeAudited?.score?.rawMark ?? null,
      grade: homeAudited?.score?.grade ?? null,
      ecoRulesRate: homeAudited?.ecoRules?.score.rate ?? null,
    },
    sample: {
      failedRules: failedRules.size,
      failedElements: audited.reduce(
        (sum, page) => sum + failedOf(page.report).reduce((s, f) => s + f.counts.failed, 0),
        0,
      ),
      ecoindexMean: mean(ecoScores),
      transferBytesMean: mean(weights),
    },
    eco: summarizeSiteEco(audited.flatMap((page) => (page.report.eco ? [page.report.eco] : []))),
    rgaa: site
      ? {
          version: site.rgaa.version,
          score: site.score,
          tests: encodeResults(site.rgaa.tests, RGAA_TEST_IDS),
          criteria: encodeResults(site.rgaa.criteria, RGAA_CRITERION_IDS),
        }
      : null,
    ecoRules: ecoPages.length > 0 ? siteEcoRulesScore(ecoPages) : null,
  };
}
