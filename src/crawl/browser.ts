// One Chromium per process and a bounded pool of slots. Each slot keeps one browser context and one tab, reused
// from visit to visit (a new context per page costs ~0.7 CPU-s, a new tab a renderer start and a fresh compile of
// axe-core); isolation comes from the cache being disabled on every page and cookies and storage being cleared
// after every visit (ADR 001). A context is recycled after
// `recycleAfterVisits` visits, and the browser is relaunched if it dies.

import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import type { Tab } from './tab.js';

/** Keep Chromium quiet on a closed network and cheap on two cores. */
export const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--mute-audio',
  '--hide-scrollbars',
  // Popups (window.open loops) never open a tab.
  '--block-new-web-contents',
  // Frames stay in the page's renderer: fewer processes, and the page's DevTools session sees their requests.
  '--disable-site-isolation-trials',
  // Chromium keeps only the last --disable-features, so Playwright 1.65's own list is repeated here, then
  // the WebUI omnibox popup of recent Chromium (seen on 156): a hidden renderer per window (~150 MB RSS each)
  // that an audit never uses.
  `--disable-features=${[
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'TcpPortRandomizationWin',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
    'WebUIOmniboxPopup',
    'WebUIOmniboxAimPopup',
  ].join(',')}`,
];

export interface BrowserOptions {
  executablePath: string;
  userAgentSuffix: string;
  viewport: { width: number; height: number };
  concurrency: number;
  recycleAfterVisits: number;
  launchTimeoutMs: number;
}

export interface Slot {
  readonly context: BrowserContext;
  readonly index: number;
  /** The slot's tab, reused from visit to visit (see tab.ts); dropped with the context. */
  tab: Tab | null;
}

export interface BrowserPool {
  /** Runs `task` with a free slot; at most `concurrency` tasks at once. */
  withSlot<T>(task: (slot: Slot) => Promise<T>): Promise<T>;
  /** Discards a slot's context (after a hung or crashed page); the next task gets a fresh one. */
  discard(slot: Slot): Promise<void>;
  browserVersion(): string;
  userAgent(): string;
  close(): Promise<void>;
}

interface SlotState {
  index: number;
  context: BrowserContext | null;
  visits: number;
  tab: Tab | null;
}

export async function launchBrowserPool(options: BrowserOptions): Promise<BrowserPool> {
  let browser: Browser | null = null;
  let userAgent = '';
  let version = '';
  let closed = false;

  let launching: Promise<Browser> | null = null;

  /** The running browser; a dead one is relaunched once, however many slots ask at the same time. */
  function ensureBrowser(): Promise<Browser> {
    if (browser?.isConnected()) return Promise.resolve(browser);
    launching ??= launch().finally(() => {
      launching = null;
    });
    return launching;
  }

  async function launch(): Promise<Browser> {
    await browser?.close().catch(() => {});
    const launched = await chromium.launch({
      executablePath: options.executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: options.launchTimeoutMs,
    });
    version = launched.version();
    const probe = await launched.newPage();
    const base = await probe.evaluate(() => navigator.userAgent);
    await probe.close();
    userAgent = `${base.replace('HeadlessChrome', 'Chrome')} ${options.userAgentSuffix}`;
    for (const state of slots) {
      state.context = null;
      state.tab = null;
    }
    browser = launched;
    return launched;
  }

  const slots: SlotState[] = Array.from({ length: options.concurrency }, (_, index) => ({
    index,
    context: null,
    visits: 0,
    tab: null,
  }));
  const free: SlotState[] = [...slots];
  const waiting: ((state: SlotState) => void)[] = [];

  async function contextFor(state: SlotState): Promise<BrowserContext> {
    const current = await ensureBrowser();
    if (state.context && state.visits >= options.recycleAfterVisits) {
      await state.context.close().catch(() => {});
      state.context = null;
    }
    if (!state.context) state.tab = null;
    if (!state.context) {
      state.context = await current.newContext({
        viewport: options.viewport,
        userAgent,
        acceptDownloads: false,
        serviceWorkers: 'block',
        ignoreHTTPSErrors: false,
        javaScriptEnabled: true,
        locale: 'fr-FR',
      });
      state.visits = 0;
    }
    state.visits++;
    return state.context;
  }

  function acquire(): Promise<SlotState> {
    const state = free.pop();
    if (state) return Promise.resolve(state);
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(state: SlotState): void {
    const next = waiting.shift();
    if (next) next(state);
    else free.push(state);
  }

  await ensureBrowser();

  return {
    async withSlot(task) {
      if (closed) throw new Error('browser pool closed');
      const state = await acquire();
      try {
        const context = await contextFor(state);
        const slot: Slot = {
          context,
          index: state.index,
          get tab() {
            return state.context === context ? state.tab : null;
          },
          set tab(tab) {
            if (state.context === context) state.tab = tab;
          },
        };
        return await task(slot);
      } finally {
        release(state);
      }
    },
    async discard(slot) {
      const state = slots[slot.index];
      if (state?.context) {
        const context = state.context;
        state.context = null;
        state.tab = null;
        await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      }
    },
    browserVersion: () => version,
    userAgent: () => userAgent,
    async close() {
      closed = true;
      await browser?.close().catch(() => {});
    },
  };
}
