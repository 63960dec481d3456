// Audits a list of URLs in one browser with a bounded number of pages in flight. One page's failure is
// recorded in its report; the run goes on.

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { axeVersion } from '../audits/a11y/axe-meta.js';
import { type AuditConfig, type Environment, userAgentSuffix, VIGIE_VERSION } from '../config/config.js';
import type { PageReport } from '../core/result.js';
import type { PageSnapshot } from '../core/snapshot.js';
import { type BrowserPool, launchBrowserPool } from '../crawl/browser.js';
import { resolveChromium } from '../crawl/chromium.js';
import { type AxeBundle, loadAxeBundle } from '../crawl/collectors/axe.js';
import { type VisitOptions, type VisitResult, visitPage } from '../crawl/visit.js';
import { reportFromVisit } from './page-report.js';

const gzipAsync = promisify(gzip);

export interface AuditRunOptions {
  config: AuditConfig;
  env: Environment;
  saveSnapshotsDir?: string | undefined;
  onPage?: (event: { index: number; url: string; report: PageReport; done: number; total: number }) => void;
}

export function visitOptionsFrom(config: AuditConfig): VisitOptions {
  return {
    allowPrivateNetwork: config.allowPrivateNetwork,
    viewport: { width: config.viewportWidth, height: config.viewportHeight },
    navigationTimeoutMs: config.navigationTimeoutMs,
    loadTimeoutMs: config.loadTimeoutMs,
    settleQuietMs: config.settleQuietMs,
    settleMaxMs: config.settleMaxMs,
    scroll: config.scroll,
    auditTimeoutMs: config.auditTimeoutMs,
    visitTimeoutMs: config.visitTimeoutMs,
    maxDocumentBytes: config.maxDocumentBytes,
    maxNavigations: config.maxNavigations,
    maxHtmlChars: config.maxHtmlChars,
    maxNodesPerRule: config.maxNodesPerRule,
    maxPassNodesPerRule: config.maxPassNodesPerRule,
    vigieVersion: VIGIE_VERSION,
  };
}

export async function openBrowser(config: AuditConfig, env: Environment): Promise<BrowserPool> {
  const chromium = await resolveChromium({ chromiumPath: env.chromiumPath, pathVariable: env.pathVariable });
  return launchBrowserPool({
    executablePath: chromium.path,
    userAgentSuffix: userAgentSuffix(),
    viewport: { width: config.viewportWidth, height: config.viewportHeight },
    concurrency: config.concurrency,
    recycleAfterVisits: config.recycleAfterVisits,
    launchTimeoutMs: config.launchTimeoutMs,
  });
}

/** File name of a stored snapshot: a readable prefix of the URL plus a hash, `.json.gz`. */
export function snapshotFileName(url: string, index: number): string {
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 12);
  const readable = url
    .replace(/^https?:\/\//, '')
    .replace(/[^a-zA-Z0-9.-]+/g, '_')
    .slice(0, 60);
  return `${String(index + 1).padStart(4, '0')}-${readable}-${hash}.json.gz`;
}

export async function saveSnapshot(dir: string, name: string, snapshot: PageSnapshot): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), await gzipAsync(JSON.stringify(snapshot)));
}

export interface AuditEngine {
  pool: BrowserPool;
  axe: AxeBundle;
  config: AuditConfig;
  versions: Record<string, string>;
}

/** Opens one browser for the run, hands it to `task`, and always closes it. */
export async function withAuditEngine<T>(
  config: AuditConfig,
  env: Environment,
  task: (engine: AuditEngine) => Promise<T>,
): Promise<T> {
  const pool = await openBrowser(config, env);
  try {
    const versions = { vigie: VIGIE_VERSION, axe: axeVersion(), browser: pool.browserVersion() };
    return await task({ pool, axe: loadAxeBundle(), config, versions });
  } finally {
    await pool.close();
  }
}

/** Runs `work` over `items` with at most `concurrency` at once, in input order of start. */
export async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, runner));
}

export async function auditUrls(urls: readonly string[], options: AuditRunOptions): Promise<PageReport[]> {
  return withAuditEngine(options.config, options.env, async ({ pool, axe, config, versions }) => {
    const visitOptions = visitOptionsFrom(config);
    const reports: PageReport[] = new Array(urls.length);
    let done = 0;
    await forEachBounded(urls, config.concurrency, async (url, index) => {
      let result: VisitResult = await visitPage(pool, url, visitOptions, axe);
      if (!result.ok && result.error.code === 'BROWSER') {
        // The browser died under this page: one more try on a relaunched browser.
        result = await visitPage(pool, url, visitOptions, axe);
      }
      if (result.ok && options.saveSnapshotsDir) {
        await saveSnapshot(options.saveSnapshotsDir, snapshotFileName(url, index), result.snapshot);
      }
      const report = reportFromVisit(url, result, versions);
      reports[index] = report;
      done++;
      options.onPage?.({ index, url, report, done, total: urls.length });
    });
    return reports;
  });
}
