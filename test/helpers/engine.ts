// Test helpers: one browser pool per test file, with short budgets, visiting fixture pages.

import { type AuditConfig, parseAuditConfig, readEnvironment } from '../../src/config/config.js';
import type { BrowserPool } from '../../src/crawl/browser.js';
import { loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import { type VisitResult, visitPage } from '../../src/crawl/visit.js';
import { openBrowser, visitOptionsFrom } from '../../src/runner/audit-urls.js';

export interface TestEngine {
  pool: BrowserPool;
  config: AuditConfig;
  visit(url: string, overrides?: Partial<AuditConfig>): Promise<VisitResult>;
  close(): Promise<void>;
}

export const FAST: Record<string, unknown> = {
  concurrency: 2,
  allowPrivateNetwork: true,
  settleQuietMs: 200,
  settleMaxMs: 1500,
  navigationTimeoutMs: 5000,
  loadTimeoutMs: 4000,
  auditTimeoutMs: 15000,
  visitTimeoutMs: 30000,
};

export async function startEngine(overrides: Record<string, unknown> = {}): Promise<TestEngine> {
  const config = parseAuditConfig({ ...FAST, ...overrides });
  const pool = await openBrowser(config, readEnvironment());
  const axe = loadAxeBundle();
  return {
    pool,
    config,
    visit: (url, more = {}) => visitPage(pool, url, visitOptionsFrom({ ...config, ...more }), axe),
    close: () => pool.close(),
  };
}
