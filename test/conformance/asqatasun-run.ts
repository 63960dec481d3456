// Runs the Vigie engine on the Asqatasun RGAA 4.0 test pages: one static server, one browser pool, a few pages
// in parallel (as the ACT runner). Each in-scope page is visited once and Vigie's verdict for the case's RGAA
// test is read from `report.rgaa.tests`; a page that cannot be judged makes its cases `untested`.

import { existsSync, readFileSync } from 'node:fs';
import { axeVersion } from '../../src/audits/a11y/axe-meta.js';
import { readEnvironment, VIGIE_VERSION } from '../../src/config/config.js';
import type { PageReport } from '../../src/core/result.js';
import { RGAA_412_TESTS } from '../../src/core/rgaa-412.js';
import { loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import { visitPage } from '../../src/crawl/visit.js';
import { openBrowser, visitOptionsFrom } from '../../src/runner/audit-urls.js';
import { reportFromSnapshot } from '../../src/runner/page-report.js';
import { ACT_AUDIT_CONFIG } from './act-run.js';
import {
  type AsqatasunTestCase,
  isPlaceholderPage,
  outOfScopeReason,
  type PageInfo,
} from './asqatasun-scope.js';
import type { ScoredCase } from './asqatasun-scoring.js';
import { startStaticServer } from './static-server.js';

export function loadAsqatasunCases(dataDir: string): AsqatasunTestCase[] {
  const json = JSON.parse(readFileSync(`${dataDir}/expected-outcomes.json`, 'utf8')) as {
    testcases: AsqatasunTestCase[];
  };
  return json.testcases;
}

/** In-scope or not, from the case and its page (read once per file). */
export function scopeCases(dataDir: string, testCases: readonly AsqatasunTestCase[]): (string | null)[] {
  const rgaaTests = new Set(RGAA_412_TESTS.map((test) => test.id));
  const pages = new Map<string, PageInfo>();
  return testCases.map((testCase) => {
    let page = pages.get(testCase.file);
    if (!page) {
      const path = `${dataDir}/${testCase.file}`;
      const exists = existsSync(path);
      page = {
        exists,
        placeholder: exists && isPlaceholderPage(readFileSync(path, 'utf8')),
        extractedStyles: existsSync(path.replace(/\.html?$/, '.json')),
      };
      pages.set(testCase.file, page);
    }
    return outOfScopeReason(testCase, page, rgaaTests);
  });
}

export interface AsqatasunRun {
  cases: ScoredCase[];
  /** Distinct pages visited, and the wall time of each visit (retry included) by file. */
  pages: number;
  pageMs: Record<string, number>;
  durationMs: number;
  versions: { vigie: string; axe: string; browser: string };
  concurrency: number;
}

/** A judged page: its report, or why there is none. */
type PageVerdicts = { report: PageReport } | { error: string };

export async function runAsqatasunCases(
  dataDir: string,
  testCases: readonly AsqatasunTestCase[],
  onProgress?: (done: number, total: number) => void,
): Promise<AsqatasunRun> {
  const t0 = performance.now();
  const scope = scopeCases(dataDir, testCases);
  const files = [...new Set(testCases.filter((_, index) => scope[index] === null).map((tc) => tc.file))];
  const config = ACT_AUDIT_CONFIG;
  const server = await startStaticServer(dataDir, '/');
  const pool = await openBrowser(config, readEnvironment());
  const axe = loadAxeBundle();
  const visitOptions = visitOptionsFrom(config);
  const judged = new Map<string, PageVerdicts>();
  const pageMs: Record<string, number> = {};
  let next = 0;
  const judge = async (file: string): Promise<PageVerdicts> => {
    const url = `${server.origin}/${file.split('/').map(encodeURIComponent).join('/')}`;
    let result = await visitPage(pool, url, visitOptions, axe);
    // A retryable error (timeout, crashed tab, dead browser) gets one more try, as in a campaign.
    if (!result.ok && result.error.retryable) result = await visitPage(pool, url, visitOptions, axe);
    if (!result.ok) return { error: `visit error ${result.error.code}: ${result.error.message}` };
    const report = reportFromSnapshot(result.snapshot);
    if (!report.a11y || report.a11y.error)
      return { error: `axe error: ${report.a11y?.error ?? 'no result'}` };
    if (!report.rgaa) return { error: 'no RGAA verdicts' };
    return { report };
  };
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const started = performance.now();
      const verdicts = await judge(file).catch((error: unknown) => ({
        error: `harness error: ${String(error).split('\n')[0]}`,
      }));
      pageMs[file] = Math.round(performance.now() - started);
      judged.set(file, verdicts);
      onProgress?.(judged.size, files.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: config.concurrency }, worker));
    const cases = testCases.map((testCase, index): ScoredCase => {
      const base = {
        test: testCase.test,
        webResource: testCase.webResource,
        file: testCase.file,
        expected: testCase.expected,
        markers: [...new Set(testCase.markerParameters.map((marker) => marker.element))].sort(),
        outOfScope: scope[index] ?? null,
      };
      const verdicts = judged.get(testCase.file);
      if (base.outOfScope !== null || !verdicts) {
        return { ...base, vigie: 'untested', decidedBy: [], untestedReason: null };
      }
      if ('error' in verdicts) {
        return { ...base, vigie: 'untested', decidedBy: [], untestedReason: verdicts.error };
      }
      const rgaa = verdicts.report.rgaa!;
      return {
        ...base,
        vigie: rgaa.tests[testCase.test] ?? 'untested',
        decidedBy: rgaa.decidedBy[testCase.test] ?? [],
        untestedReason: rgaa.tests[testCase.test] ? null : 'no verdict for this test',
      };
    });
    return {
      cases,
      pages: files.length,
      pageMs,
      durationMs: performance.now() - t0,
      versions: { vigie: VIGIE_VERSION, axe: axeVersion(), browser: pool.browserVersion() },
      concurrency: config.concurrency,
    };
  } finally {
    await pool.close();
    await server.close();
  }
}
