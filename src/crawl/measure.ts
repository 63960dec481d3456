// The measurement protocol of a visit (docs/methodology.md): settle, scroll to the bottom, settle, back to the
// top, then the DOM facts. A page that navigates meanwhile (meta refresh, script redirect) is followed.

import { collectDom, type DomCollection } from './collectors/dom.js';
import type { NetworkRecorder } from './collectors/network.js';
import type { Tab } from './tab.js';
import { sleep, withBudget } from './timeouts.js';
import type { VisitOptions } from './visit.js';

/** Budget of the scroll call itself (stored with the protocol as `scrollBudgetMs`). */
export const SCROLL_BUDGET_MS = 5000;

/**
 * Waits until no request is in flight and none started or ended for `quietMs` — counted from `since` at the
 * earliest, so that a wait after a scroll sees the requests the scroll triggers (lazy images start a frame or
 * two later) — or until `maxMs`. When nothing at all happened since `since`, `idleQuietMs` is enough (the scroll
 * triggered no request). Returns whether it ended quiet.
 */
async function settle(
  network: NetworkRecorder,
  quietMs: number,
  maxMs: number,
  since = Number.NEGATIVE_INFINITY,
  idleQuietMs = quietMs,
): Promise<boolean> {
  const end = performance.now() + maxMs;
  while (performance.now() < end) {
    const activity = network.lastActivity();
    const window = activity > since ? quietMs : idleQuietMs;
    const last = Math.max(activity, since);
    if (network.inFlight() === 0 && performance.now() - last >= window) return true;
    await sleep(Math.min(50, window));
  }
  return network.inFlight() === 0;
}

const NAVIGATED = /Execution context was destroyed|navigat|Target closed|frame was detached/i;

export interface Measured {
  collected: DomCollection;
  quiet: boolean;
  /** The budgets that ran out with requests still in flight (`settle` before the scroll, `scroll` after it). */
  truncatedBy: ('settle' | 'scroll')[];
  /** What scrolling to the bottom added to the page once settled (RGESN 4.2, infinite scroll); null: no scroll. */
  scrollGrowth: { heightPx: number; elements: number } | null;
  settleMs: number;
  scrollMs: number;
  collectMs: number;
}

/** Settle, scroll to the bottom, settle, back to the top, collect the DOM; again if the page navigated. */
export async function measureAndCollect(
  tab: Tab,
  network: NetworkRecorder,
  options: VisitOptions,
  left: (budgetMs: number) => number,
): Promise<Measured | 'redirect-loop'> {
  const { page } = tab;
  for (let attempt = 0; attempt <= options.maxNavigations + 1; attempt++) {
    const navigationsBefore = tab.navigations;
    try {
      const tSettle = performance.now();
      const truncatedBy: Measured['truncatedBy'] = [];
      let scrollGrowth: Measured['scrollGrowth'] = null;
      let quiet = await settle(network, options.settleQuietMs, left(options.settleMaxMs));
      if (!quiet) truncatedBy.push('settle');
      const settleMs = performance.now() - tSettle;
      const tScroll = performance.now();
      if (options.scroll) {
        const scrolledAt = performance.now();
        // Scroll, then let two frames pass so that lazy-loading observers have run. A page no taller than the
        // viewport has nothing below the fold: no scroll, no second wait.
        const size = () => ({
          heightPx: document.documentElement.scrollHeight,
          elements: document.getElementsByTagName('*').length,
        });
        const before = await withBudget(
          page.evaluate(
            () =>
              new Promise<{ heightPx: number; elements: number } | null>((done) => {
                const height = document.documentElement.scrollHeight;
                if (height <= window.innerHeight) return done(null);
                const measured = { heightPx: height, elements: document.getElementsByTagName('*').length };
                window.scrollTo(0, height);
                requestAnimationFrame(() => requestAnimationFrame(() => done(measured)));
                setTimeout(() => done(measured), 500);
              }),
          ),
          left(SCROLL_BUDGET_MS),
          'scroll',
        );
        if (before) {
          // Half the quiet window when the scroll started no request at all (nothing lazy to wait for).
          const quietAfter = await settle(
            network,
            options.settleQuietMs,
            left(options.settleMaxMs),
            scrolledAt,
            Math.round(options.settleQuietMs / 2),
          );
          if (!quietAfter) truncatedBy.push('scroll');
          quiet = quietAfter && quiet;
          const after = await withBudget(page.evaluate(size), left(SCROLL_BUDGET_MS), 'scroll');
          scrollGrowth = {
            heightPx: Math.max(0, after.heightPx - before.heightPx),
            elements: Math.max(0, after.elements - before.elements),
          };
          await withBudget(
            page.evaluate(() => window.scrollTo(0, 0)),
            left(SCROLL_BUDGET_MS),
            'scroll',
          );
        }
      }
      const scrollMs = performance.now() - tScroll;
      const tCollect = performance.now();
      const collected = await withBudget(
        collectDom(page, options.maxHtmlChars),
        left(options.auditTimeoutMs),
        'collect',
      );
      if (tab.navigations === navigationsBefore) {
        return {
          collected,
          quiet,
          truncatedBy,
          scrollGrowth,
          settleMs,
          scrollMs,
          collectMs: performance.now() - tCollect,
        };
      }
    } catch (error) {
      if (!NAVIGATED.test(String(error))) throw error;
    }
    if (tab.navigations > options.maxNavigations) return 'redirect-loop';
    await withBudget(page.waitForLoadState('load'), left(options.loadTimeoutMs), 'load').catch(() => {});
  }
  return 'redirect-loop';
}
