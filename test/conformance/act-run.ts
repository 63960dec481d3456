// Runs the Vigie engine on ACT test cases: one static server for the assets, one browser pool, a few pages in
// parallel. A case that cannot be judged (format, visit error, axe error) becomes `untested` with its reason;
// the run never stops for one case.

import { readFileSync } from 'node:fs';
import { axeRuleMeta, axeVersion } from '../../src/audits/a11y/axe-meta.js';
import { VIGIE_RULES } from '../../src/audits/a11y/rules/index.js';
import {
  type AuditConfig,
  parseAuditConfig,
  readEnvironment,
  VIGIE_VERSION,
} from '../../src/config/config.js';
import type { Rule } from '../../src/core/rule.js';
import { loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import { type VisitResult, visitPage } from '../../src/crawl/visit.js';
import { openBrowser, visitOptionsFrom } from '../../src/runner/audit-urls.js';
import { reportFromSnapshot } from '../../src/runner/page-report.js';
import {
  type ActTestCase,
  type CaseResult,
  caseResult,
  type ScoredCase,
  untestedCase,
} from './act-scoring.js';
import { startStaticServer } from './static-server.js';

/** The W3C serves the test cases here, and the cases refer to their assets by this absolute path. */
export const ACT_PREFIX = '/WAI/content-assets/wcag-act-rules/';

/**
 * Formats that are visited. `xml` documents are visited too: Vigie audits HTML (and SVG) pages only, so a
 * document it refuses as NOT_HTML is outside the applicability of every one of its rules — `inapplicable`, which
 * is what the W3C expects of the two XML examples (both inapplicable). `js` stays untested.
 */
export const PAGE_FORMATS = ['html', 'xhtml', 'svg', 'xml'];

/**
 * ACT rules some Vigie rule maps to: the ACT ids of axe-core's metadata and the `act` ids of Vigie's own rules
 * (their findings carry them, so `caseResult` reads both). A case of another ACT rule could only be untested:
 * it is not visited.
 */
export function mappedActRules(vigieRules: readonly Pick<Rule, 'act'>[] = VIGIE_RULES): Set<string> {
  return new Set([
    ...[...axeRuleMeta().values()].flatMap((rule) => rule.actIds),
    ...vigieRules.flatMap((rule) => rule.act),
  ]);
}

export function loadTestCases(dataDir: string): ActTestCase[] {
  const json = JSON.parse(readFileSync(`${dataDir}/testcases.json`, 'utf8')) as { testcases: ActTestCase[] };
  return json.testcases;
}

/** `assets/testcases/<rule>/<id>.html` → the URL of the case on the local server. */
export function caseUrl(origin: string, file: string): string {
  return origin + ACT_PREFIX + file.replace(/^assets\//, '');
}

export interface ActRun {
  cases: ScoredCase[];
  /** Wall time of each case, visits and retries included (0 when not visited). */
  caseMs: number[];
  durationMs: number;
  versions: { vigie: string; axe: string; browser: string };
  concurrency: number;
}

export const ACT_AUDIT_CONFIG: AuditConfig = parseAuditConfig({
  concurrency: 4,
  allowPrivateNetwork: true,
  scroll: false,
  settleMaxMs: 500,
  settleQuietMs: 100,
});

function resultOfVisit(testCase: ActTestCase, result: VisitResult): CaseResult {
  if (!result.ok && result.error.code === 'NOT_HTML')
    return { outcome: 'inapplicable', byRule: {}, wcag: [], untestedReason: null };
  if (!result.ok) return untestedCase(`visit error ${result.error.code}: ${result.error.message}`);
  const report = reportFromSnapshot(result.snapshot);
  if (!report.a11y || report.a11y.error)
    return untestedCase(`axe error: ${report.a11y?.error ?? 'no result'}`);
  return caseResult(testCase.ruleId, report.a11y.findings);
}

export async function runActCases(
  dataDir: string,
  testCases: readonly ActTestCase[],
  onProgress?: (done: number, total: number) => void,
): Promise<ActRun> {
  const t0 = performance.now();
  const config = ACT_AUDIT_CONFIG;
  const server = await startStaticServer(`${dataDir}/assets`, ACT_PREFIX);
  const pool = await openBrowser(config, readEnvironment());
  const axe = loadAxeBundle();
  const visitOptions = visitOptionsFrom(config);
  const mapped = mappedActRules();
  const cases: ScoredCase[] = new Array(testCases.length);
  const caseMs: number[] = new Array(testCases.length).fill(0);
  let next = 0;
  let done = 0;
  const judge = async (testCase: ActTestCase): Promise<CaseResult> => {
    if (!mapped.has(testCase.ruleId))
      return untestedCase('no Vigie rule maps to this ACT rule (not visited)');
    if (!PAGE_FORMATS.includes(testCase.format))
      return untestedCase(`format ${testCase.format} is not a page`);
    const url = caseUrl(server.origin, testCase.file);
    let result = await visitPage(pool, url, visitOptions, axe);
    // A retryable error (timeout, crashed tab, dead browser) gets one more try, as in a campaign.
    if (!result.ok && result.error.retryable) result = await visitPage(pool, url, visitOptions, axe);
    return resultOfVisit(testCase, result);
  };
  const worker = async (): Promise<void> => {
    while (next < testCases.length) {
      const index = next++;
      const testCase = testCases[index]!;
      const started = performance.now();
      const result = await judge(testCase).catch((error: unknown) =>
        untestedCase(`harness error: ${String(error).split('\n')[0]}`),
      );
      caseMs[index] = Math.round(performance.now() - started);
      cases[index] = {
        ...result,
        testcaseId: testCase.testcaseId,
        title: testCase.testcaseTitle,
        file: testCase.file,
        expected: testCase.expected,
      };
      onProgress?.(++done, testCases.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: config.concurrency }, worker));
    return {
      cases,
      caseMs,
      durationMs: performance.now() - t0,
      versions: { vigie: VIGIE_VERSION, axe: axeVersion(), browser: pool.browserVersion() },
      concurrency: config.concurrency,
    };
  } finally {
    await pool.close();
    await server.close();
  }
}
