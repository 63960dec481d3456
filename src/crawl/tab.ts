// The slot's tab, reused from visit to visit: one page and its DevTools session, with handlers installed once.
// Reusing the tab spares a renderer start per visit and lets V8 reuse its compilation of axe-core (measured:
// injection 0.75 s instead of 1.35 s per page on a loaded 2-core machine).

import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ClientNavigationFact, WindowOpenFact } from '../core/facts/behaviour.js';
import { checkTarget } from './address-guard.js';
import { installBehaviourRecorder } from './collectors/facts/behaviour-recorder.js';
import { installCarouselRecorder } from './collectors/facts/carousel-recorder.js';

export interface Tab {
  page: Page;
  cdp: CDPSession;
  mainFrameId: string;
  /** Per-visit facts, reset by `beginVisit`. */
  crashed: boolean;
  navigations: number;
  blockedReasons: string[];
  /** Whether document requests to private addresses are being refused (Fetch domain enabled). */
  guarded: boolean;
  /** New windows the page asked for during the visit (RGAA 13.2.1), at most 50. */
  windowOpens: WindowOpenFact[];
  /** Top-document navigations the page asked for during the visit (RGAA 13.1.3), at most 20. */
  clientNavigations: ClientNavigationFact[];
  /** When the current top document fired DOMContentLoaded and load (performance.now()), null before. */
  readyAt: { domContentLoaded: number | null; load: number | null };
}

export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const tab: Tab = {
    page,
    cdp,
    mainFrameId: tree.frameTree.frame.id,
    crashed: false,
    navigations: 0,
    blockedReasons: [],
    guarded: false,
    windowOpens: [],
    clientNavigations: [],
    readyAt: { domContentLoaded: null, load: null },
  };
  // A beforeunload prompt is accepted (we leave the page), every other dialog dismissed.
  page.on('dialog', (dialog) => {
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => {});
  });
  page.on('crash', () => {
    tab.crashed = true;
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) tab.navigations++;
  });
  // What the page's scripts do (event handlers, window.open, orientation lock) is recorded from before its first
  // script (RGAA 7.3, 13.2.1, 13.9.1); new windows and navigations the page requests are seen here.
  await page.addInitScript(installBehaviourRecorder);
  // Carousels are watched from the start too: a rotation seen during the visit is an automatic one (RGESN 4.1).
  await page.addInitScript(installCarouselRecorder);
  cdp.on('Page.windowOpen', (event) => {
    const { url, userGesture } = event as { url: string; userGesture: boolean };
    if (tab.windowOpens.length < 50) tab.windowOpens.push({ url: url.slice(0, 200), userGesture });
  });
  cdp.on('Page.frameStartedNavigating', (event) => {
    if ((event as { frameId: string }).frameId !== tab.mainFrameId) return;
    if ((event as { navigationType?: string }).navigationType !== 'differentDocument') return;
    tab.readyAt = { domContentLoaded: null, load: null };
  });
  cdp.on('Page.domContentEventFired', () => {
    tab.readyAt.domContentLoaded = performance.now();
  });
  cdp.on('Page.loadEventFired', () => {
    tab.readyAt.load = performance.now();
  });
  cdp.on('Page.frameRequestedNavigation', (event) => {
    const { frameId, reason, url, disposition } = event as {
      frameId: string;
      reason: string;
      url: string;
      disposition: string;
    };
    if (frameId !== tab.mainFrameId || disposition !== 'currentTab' || tab.clientNavigations.length >= 20)
      return;
    if (/^javascript:/i.test(url)) return;
    const from = page.url();
    // Same document (a fragment change) is not a navigation away from the page.
    if (url.split('#')[0] === from.split('#')[0] && url.includes('#')) return;
    const now = performance.now();
    const { domContentLoaded, load } = tab.readyAt;
    const since = load ?? domContentLoaded;
    tab.clientNavigations.push({
      from: from.slice(0, 200),
      to: url.slice(0, 200),
      reason,
      delayMs: since === null ? 0 : Math.max(0, Math.round(now - since)),
    });
  });
  cdp.on('Fetch.requestPaused', async (event) => {
    const { requestId, request } = event as { requestId: string; request: { url: string } };
    const refusal = await checkTarget(request.url, { allowPrivateNetwork: false });
    if (refusal?.code === 'BLOCKED_TARGET') {
      tab.blockedReasons.push(refusal.message);
      await cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    } else {
      await cdp.send('Fetch.continueRequest', { requestId }).catch(() => {});
    }
  });
  // Bodies are never fetched back: keep DevTools from buffering them. Nothing is read from the HTTP cache.
  await cdp.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Page.enable');
  return tab;
}

/** Resets the per-visit facts and sets the address guard for this visit. */
export async function beginVisit(tab: Tab, allowPrivateNetwork: boolean): Promise<void> {
  tab.crashed = false;
  tab.navigations = 0;
  tab.blockedReasons = [];
  tab.windowOpens = [];
  tab.clientNavigations = [];
  tab.readyAt = { domContentLoaded: null, load: null };
  if (!allowPrivateNetwork && !tab.guarded) {
    await tab.cdp.send('Fetch.enable', {
      patterns: [{ urlPattern: '*', resourceType: 'Document', requestStage: 'Request' }],
    });
    tab.guarded = true;
  } else if (allowPrivateNetwork && tab.guarded) {
    await tab.cdp.send('Fetch.disable');
    tab.guarded = false;
  }
}
