// Audits one site's RGAA sample: robots.txt, home page, sample chosen from the home page's links and the
// sitemap, then each sample page one at a time (politeness), and the site summary.

import type { LegalPage, LegalResult } from '../audits/legal/index.js';
import { type SiteSummary, sampleRgaa, siteFindings, summarizeSite } from '../audits/site-summary.js';
import type { AuditConfig } from '../config/config.js';
import { type VisitError, visitError } from '../core/errors.js';
import type { A11yScore, PageReport, RgaaOutcome } from '../core/result.js';
import { ALLOW_ALL, isAllowed, type RobotsPolicy } from '../core/robots.js';
import type { PageSnapshot } from '../core/snapshot.js';
import type { BrowserPool } from '../crawl/browser.js';
import type { AxeBundle } from '../crawl/collectors/axe.js';
import { chooseSample, type PageRole, type SamplePage } from '../crawl/sampling.js';
import { type FetchTextOptions, fetchRobots, fetchSitemapUrls } from '../crawl/site-files.js';
import { sleep } from '../crawl/timeouts.js';
import { type VisitResult, visitPage } from '../crawl/visit.js';
import { visitOptionsFrom } from './audit-urls.js';
import { addLegalPage, legalPageOf, searchLegal } from './legal-search.js';
import { reportFromVisit } from './page-report.js';

export const ROBOTS_PRODUCT_TOKEN = 'Vigie';
const MAX_HOST_DELAY_MS = 10_000;

export interface SitePage {
  url: string;
  role: PageRole;
  foundBy: SamplePage['foundBy'];
  report: PageReport;
}

export interface SiteReport {
  url: string;
  /** Home page URL after redirects, null when the home page could not be visited. */
  homeUrl: string | null;
  error: VisitError | null;
  robots: { crawlDelaySeconds: number | null; sitemaps: number };
  pages: SitePage[];
  /** RGAA results of the sample (sample rule over the audited pages), null when no page was audited. */
  rgaa: RgaaOutcome | null;
  score: A11yScore | null;
  /** Verdicts of the site-level rules (same place, same order over the sample's pages), with their evidence. */
  siteFindings: ReturnType<typeof siteFindings>;
  summary: SiteSummary;
  /** Pages visited only to find the accessibility statement (role `statement`), outside the sample. */
  legalVisits: { url: string; finalUrl: string | null; error: VisitError | null }[];
  /**
   * The legal checks (mention, statement, plans, contradictions) at the campaign date; null when the home page
   * was visited but its visible text could not be collected.
   */
  legal: LegalResult | null;
}

export interface SiteAuditContext {
  pool: BrowserPool;
  axe: AxeBundle;
  config: AuditConfig;
  versions: Record<string, string>;
  /** The campaign date (YYYY-MM-DD) the legal checks compare dates with; today (UTC) by default. */
  campaignDate?: string;
  /** Called with each page's visit result (to store its snapshot, say). */
  onVisit?: (page: { url: string; role: PageRole; result: VisitResult }) => Promise<void> | void;
}

export async function auditSite(url: string, context: SiteAuditContext): Promise<SiteReport> {
  const { pool, axe, config } = context;
  const visitOptions = visitOptionsFrom(config);
  const fetchOptions: FetchTextOptions = {
    userAgent: pool.userAgent(),
    allowPrivateNetwork: config.allowPrivateNetwork,
    timeoutMs: config.siteFileTimeoutMs,
    maxBytes: 5_000_000,
  };
  const origin = new URL(url).origin;
  const robots: RobotsPolicy = await fetchRobots(origin, ROBOTS_PRODUCT_TOKEN, fetchOptions).catch(
    () => ALLOW_ALL,
  );
  const delayMs = Math.min(
    MAX_HOST_DELAY_MS,
    Math.max(config.hostDelayMs, (robots.crawlDelaySeconds ?? 0) * 1000),
  );
  const pages: SitePage[] = [];
  const legalPages = new Map<string, LegalPage>();
  const legalVisits: SiteReport['legalVisits'] = [];
  const campaignDate = context.campaignDate ?? new Date().toISOString().slice(0, 10);
  let homeSnapshot: PageSnapshot | null = null;
  const record = async (
    page: { url: string; role: PageRole; foundBy: SamplePage['foundBy'] },
    result: VisitResult,
  ) => {
    await context.onVisit?.({ url: page.url, role: page.role, result });
    pages.push({ ...page, report: reportFromVisit(page.url, result, context.versions) });
    addLegalPage(legalPages, legalPageOf(page.url, result));
  };
  const finish = async (
    homeUrl: string | null,
    error: VisitError | null,
    siteRobots: RobotsPolicy = robots,
  ): Promise<SiteReport> => {
    const sample = sampleRgaa(pages);
    const summary = summarizeSite(pages);
    const legal = await searchLegal({
      home: homeSnapshot,
      pages: legalPages,
      campaignDate,
      rgaaTests: summary.rgaa?.tests ?? null,
      visit: async (pageUrl) => {
        const result = await visitForLegal(pageUrl, siteRobots);
        await context.onVisit?.({ url: pageUrl, role: 'statement', result });
        legalVisits.push({
          url: pageUrl,
          finalUrl: result.ok ? result.snapshot.finalUrl : result.finalUrl,
          error: result.ok ? null : result.error,
        });
        return legalPageOf(pageUrl, result);
      },
    });
    return {
      url,
      homeUrl,
      error,
      robots: { crawlDelaySeconds: robots.crawlDelaySeconds, sitemaps: robots.sitemaps.length },
      pages,
      rgaa: sample?.rgaa ?? null,
      score: sample?.score ?? null,
      siteFindings: siteFindings(pages),
      summary,
      legalVisits,
      legal,
    };
  };
  // A page of the statement search: robots.txt of its own origin obeyed, the host's pause kept.
  const visitForLegal = async (pageUrl: string, siteRobots: RobotsPolicy): Promise<VisitResult> => {
    const target = new URL(pageUrl);
    const policy =
      target.origin === homeOrigin
        ? siteRobots
        : await fetchRobots(target.origin, ROBOTS_PRODUCT_TOKEN, fetchOptions).catch(() => ALLOW_ALL);
    if (!isAllowed(policy, `${target.pathname}${target.search}`)) {
      const error = visitError('ROBOTS', pageUrl);
      return { ok: false, error, finalUrl: null, status: null, startedAt: new Date().toISOString() };
    }
    if (delayMs > 0) await sleep(delayMs);
    return visitPage(pool, pageUrl, visitOptions, axe);
  };
  let homeOrigin = origin;

  const parsed = new URL(url);
  if (!isAllowed(robots, `${parsed.pathname}${parsed.search}`)) {
    const error = visitError('ROBOTS', url);
    await record(
      { url, role: 'home', foundBy: 'home' },
      { ok: false, error, finalUrl: null, status: null, startedAt: new Date().toISOString() },
    );
    return finish(null, error);
  }

  const home = await visitPage(pool, url, visitOptions, axe);
  await record({ url, role: 'home', foundBy: 'home' }, home);
  if (!home.ok) return finish(home.finalUrl, home.error);
  homeSnapshot = home.snapshot;
  const homeUrl = homeSnapshot.finalUrl;

  // The home page may have redirected to another origin (http → https, or to www.): read that site's files.
  const finalOrigin = new URL(homeUrl).origin;
  homeOrigin = finalOrigin;
  const siteRobots =
    finalOrigin === origin
      ? robots
      : await fetchRobots(finalOrigin, ROBOTS_PRODUCT_TOKEN, fetchOptions).catch(() => ALLOW_ALL);
  const sitemapUrls = await fetchSitemapUrls(finalOrigin, siteRobots, {
    ...fetchOptions,
    maxUrls: 5000,
    maxSitemaps: 4,
  }).catch(() => []);
  const sample = chooseSample({
    homeUrl,
    links: homeSnapshot.links,
    sitemapUrls,
    robots: siteRobots,
    pagesPerSite: config.pagesPerSite,
  });
  for (const page of sample.slice(1)) {
    if (delayMs > 0) await sleep(delayMs);
    await record(page, await visitPage(pool, page.url, visitOptions, axe));
  }
  return finish(homeUrl, null, siteRobots);
}
