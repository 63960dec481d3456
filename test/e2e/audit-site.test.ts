import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteReport } from '../../src/runner/audit-site.js';
import { runCli } from '../helpers/cli.js';
import { hasCorpus, makeCorpus, type ServedCorpus, serveCorpus } from '../helpers/corpus.js';

let corpus: ServedCorpus;

describe.skipIf(!hasCorpus)('vigie audit --site on corpus sites (../shared/corpus)', () => {
  beforeAll(async () => {
    corpus = await serveCorpus(makeCorpus(12));
  });
  afterAll(async () => {
    await corpus?.close();
  });

  it('audits the RGAA sample: roles from the home page, other pages allowed by robots.txt', async () => {
    const allowAll = corpus.sites.find((site) => site.robots === 'allow')!;
    const noNews = corpus.sites.find((site) => site.robots === 'disallow-actualites')!;
    const result = await runCli([
      'audit',
      '--site',
      `${corpus.siteOrigin(allowAll)}/`,
      `${corpus.siteOrigin(noNews)}/`,
      '--pages-per-site',
      '7',
      '--format',
      'json',
      '--allow-private-network',
      '--settle-max-ms',
      '1000',
    ]);
    expect(result.stderr).not.toContain('Error');
    expect(result.code).toBe(0);
    const [first, second] = JSON.parse(result.stdout) as SiteReport[];
    for (const [report, site] of [
      [first!, allowAll],
      [second!, noNews],
    ] as const) {
      const expectedRoles = Object.fromEntries(
        site.pages.filter((page) => page.role !== 'other').map((page) => [page.role, page.url]),
      );
      const got = Object.fromEntries(
        report.pages
          .filter((page) => page.role !== 'other')
          .map((page) => [page.role, new URL(page.url).pathname.replace(/^\/$/, '/')]),
      );
      expect(got).toEqual(expectedRoles);
      expect(report.summary.pagesAudited).toBe(report.pages.length);
      expect(report.summary.home.ecoindexGrade).toMatch(/^[A-G]$/);
      // Frugality aggregates over the sample (mean of the pages' figures; no third party on the corpus).
      const eco = report.summary.eco!;
      expect(eco).toMatchObject({ pages: report.pages.length, truncatedPages: 0 });
      const scores = report.pages.map((page) => page.report.eco!.ecoindex.score);
      expect(eco.ecoindex.mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1);
      expect(eco.thirdParty).toMatchObject({ domains: 0, requestShareMean: 0 });
      expect(eco.byType!.image.byteShare).toBeGreaterThan(20);
      expect(eco.co2!.label).toBe('Sustainable Web Design v4 (@tgwf/co2 0.19.0)');
    }
    const others = (report: SiteReport) => report.pages.filter((page) => page.role === 'other');
    expect(others(first!)).toHaveLength(7 - first!.pages.filter((p) => p.role !== 'other').length);
    expect(others(first!).some((page) => page.url.includes('/actualites/'))).toBe(true);
    expect(others(second!).some((page) => page.url.includes('/actualites/'))).toBe(false);
  });
});
