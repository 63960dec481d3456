// Site-level summary over the audited sample: failed rules and elements on the home page and over the sample,
// EcoIndex of the home page and mean over the sample, errors. Pure; extended by the RGAA scores later.

import type { PageReport } from '../core/result.js';

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
  };
  sample: {
    /** Distinct rules failed on at least one page. */
    failedRules: number;
    failedElements: number;
    ecoindexMean: number | null;
    transferBytesMean: number | null;
  };
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
  };
}
