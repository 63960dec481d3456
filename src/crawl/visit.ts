// One page visit: URL → PageSnapshot | VisitError. Navigates with hard budgets, follows the measurement
// protocol (load, settle, scroll to the bottom, settle), collects DOM facts and axe results, and always leaves
// the slot clean (page closed, cookies and storage cleared). Never throws for a page's fault.

import { type VisitError, visitError } from '../core/errors.js';
import { type PageSnapshot, SNAPSHOT_SCHEMA_VERSION } from '../core/snapshot.js';
import { checkTarget } from './address-guard.js';
import type { BrowserPool, Slot } from './browser.js';
import { type AxeBundle, injectAxe, runAxe } from './collectors/axe.js';
import { collectDom } from './collectors/dom.js';
import { type NetworkRecorder, recordNetwork } from './collectors/network.js';
import { beginVisit, openTab, type Tab } from './tab.js';
import { BudgetExceeded, sleep, withBudget } from './timeouts.js';

export interface VisitOptions {
  allowPrivateNetwork: boolean;
  viewport: { width: number; height: number };
  navigationTimeoutMs: number;
  loadTimeoutMs: number;
  settleQuietMs: number;
  settleMaxMs: number;
  scroll: boolean;
  auditTimeoutMs: number;
  visitTimeoutMs: number;
  maxDocumentBytes: number;
  maxNavigations: number;
  maxHtmlChars: number;
  maxNodesPerRule: number;
  maxPassNodesPerRule: number;
  vigieVersion: string;
}

export type VisitResult =
  | { ok: true; snapshot: PageSnapshot }
  | { ok: false; error: VisitError; finalUrl: string | null; status: number | null; startedAt: string };

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Maps a Chromium/Playwright navigation error to a coded visit error. */
export function classifyNavigationError(message: string): VisitError {
  const net = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (/Download is starting|ERR_ABORTED.*download/i.test(message)) {
    return visitError('NOT_HTML', 'téléchargement de fichier');
  }
  if (net) {
    if (net === 'ERR_NAME_NOT_RESOLVED' || net === 'ERR_NAME_RESOLUTION_FAILED')
      return visitError('DNS', net);
    if (net.startsWith('ERR_CERT_') || net.startsWith('ERR_SSL_') || net === 'ERR_BAD_SSL_CLIENT_AUTH_CERT') {
      return visitError('TLS', net);
    }
    if (net === 'ERR_TOO_MANY_REDIRECTS') return visitError('REDIRECT_LOOP', net);
    if (net === 'ERR_BLOCKED_BY_CLIENT') return visitError('BLOCKED_TARGET', net);
    if (net === 'ERR_TIMED_OUT' || net === 'ERR_CONNECTION_TIMED_OUT') return visitError('TIMEOUT', net);
    if (
      net === 'ERR_CONTENT_DECODING_FAILED' ||
      net === 'ERR_INVALID_RESPONSE' ||
      net.startsWith('ERR_RESPONSE_')
    ) {
      return visitError('BAD_RESPONSE', net);
    }
    if (net === 'ERR_INVALID_URL' || net === 'ERR_UNKNOWN_URL_SCHEME') return visitError('INVALID_URL', net);
    return visitError('CONNECTION', net);
  }
  if (/crash/i.test(message)) return visitError('CRASHED', firstLine(message));
  if (/Timeout .*exceeded|budget of/i.test(message)) return visitError('TIMEOUT', firstLine(message));
  if (/Target (page, context or browser )?(has been )?closed|Browser has been closed/i.test(message)) {
    return visitError('BROWSER', firstLine(message));
  }
  return visitError('CONNECTION', firstLine(message));
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}

/** Waits until no request has been in flight for `quietMs`, or `maxMs` ran out (returns false then). */
async function settle(network: NetworkRecorder, quietMs: number, maxMs: number): Promise<boolean> {
  const end = performance.now() + maxMs;
  while (performance.now() < end) {
    if (network.inFlight() === 0 && performance.now() - network.lastActivity() >= quietMs) return true;
    await sleep(Math.min(50, quietMs));
  }
  return network.inFlight() === 0;
}

export async function visitPage(
  pool: BrowserPool,
  url: string,
  options: VisitOptions,
  axe: AxeBundle,
): Promise<VisitResult> {
  const startedAt = new Date().toISOString();
  const refused = await checkTarget(url, { allowPrivateNetwork: options.allowPrivateNetwork });
  if (refused) return { ok: false, error: refused, finalUrl: null, status: null, startedAt };
  try {
    return await pool.withSlot((slot) => visitInSlot(pool, slot, url, options, axe, startedAt));
  } catch (error) {
    return {
      ok: false,
      error: classifyNavigationError(String(error)),
      finalUrl: null,
      status: null,
      startedAt,
    };
  }
}

async function visitInSlot(
  pool: BrowserPool,
  slot: Slot,
  url: string,
  options: VisitOptions,
  axe: AxeBundle,
  startedAt: string,
): Promise<VisitResult> {
  const t0 = performance.now();
  const deadline = t0 + options.visitTimeoutMs;
  const left = (budgetMs: number): number => Math.max(0, Math.min(budgetMs, deadline - performance.now()));
  slot.tab ??= await openTab(slot.context);
  const tab: Tab = slot.tab;
  const { page, cdp } = tab;
  let hung = false;
  const fail = (error: VisitError, network?: NetworkRecorder): VisitResult => {
    const main = network?.mainResponse();
    return { ok: false, error, finalUrl: main?.url ?? null, status: main?.status ?? null, startedAt };
  };
  let network: NetworkRecorder | undefined;
  try {
    await beginVisit(tab, options.allowPrivateNetwork);
    network = recordNetwork(cdp, tab.mainFrameId);
    const { blockedReasons } = tab;

    // 1. Navigate: the document must arrive and be parsed within the navigation budget.
    const tNav = performance.now();
    let tooLarge = false;
    let documentFailure: string | null = null;
    const sizeWatch = setInterval(() => {
      if (network!.documentBytes() > options.maxDocumentBytes) {
        tooLarge = true;
        void cdp.send('Page.stopLoading').catch(() => {});
      }
      // A document that fails after its headers (bad compression, reset) leaves goto waiting: stop now.
      documentFailure ??= network!.mainFailure();
      if (documentFailure) void cdp.send('Page.stopLoading').catch(() => {});
    }, 100);
    try {
      await withBudget(
        page.goto(url, { waitUntil: 'domcontentloaded', timeout: left(options.navigationTimeoutMs) }),
        left(options.navigationTimeoutMs) + 1000,
        'navigation',
      );
    } catch (error) {
      if (tooLarge)
        return fail(visitError('TOO_LARGE', `plus de ${options.maxDocumentBytes} octets`), network);
      if (blockedReasons.length > 0) return fail(visitError('BLOCKED_TARGET', blockedReasons[0]), network);
      if (tab.crashed) return fail(visitError('CRASHED'), network);
      documentFailure ??= network.mainFailure();
      if (documentFailure) return fail(classifyNavigationError(documentFailure), network);
      hung = error instanceof BudgetExceeded;
      const coded = classifyNavigationError(String(error));
      return fail(
        coded.code === 'CONNECTION' && /Timeout/i.test(String(error)) ? visitError('TIMEOUT') : coded,
        network,
      );
    } finally {
      clearInterval(sizeWatch);
    }
    if (tooLarge) return fail(visitError('TOO_LARGE', `plus de ${options.maxDocumentBytes} octets`), network);
    const main = network.mainResponse();
    if (!main) return fail(visitError('CONNECTION', 'aucune réponse'), network);
    if (main.status >= 400) return fail(visitError('HTTP_STATUS', String(main.status), main.status), network);
    const mime = (main.mimeType || '').toLowerCase();
    if (!HTML_TYPES.includes(mime)) return fail(visitError('NOT_HTML', mime || 'type inconnu'), network);

    let loadTimedOut = false;
    try {
      await withBudget(
        page.waitForLoadState('load', { timeout: left(options.loadTimeoutMs) }),
        left(options.loadTimeoutMs) + 1000,
        'load',
      );
    } catch {
      loadTimedOut = true;
    }
    const navigationMs = performance.now() - tNav;

    // 2. Settle, scroll to the bottom (lazy content), settle again: the EcoIndex protocol.
    const tSettle = performance.now();
    let quiet = await settle(network, options.settleQuietMs, left(options.settleMaxMs));
    const settleMs = performance.now() - tSettle;
    const tScroll = performance.now();
    if (options.scroll) {
      await withBudget(
        page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
        left(5000),
        'scroll',
      ).catch(() => {});
      quiet = (await settle(network, options.settleQuietMs, left(options.settleMaxMs))) && quiet;
      await withBudget(
        page.evaluate(() => window.scrollTo(0, 0)),
        left(5000),
        'scroll',
      ).catch(() => {});
    }
    const scrollMs = performance.now() - tScroll;
    if (tab.navigations > options.maxNavigations) {
      return fail(visitError('REDIRECT_LOOP', `${tab.navigations} navigations`), network);
    }

    // 3. Collect: DOM facts first, then freeze the network log (axe's own fetches do not count).
    const tCollect = performance.now();
    const collected = await withBudget(
      collectDom(page, options.maxHtmlChars),
      left(options.auditTimeoutMs),
      'collect',
    );
    network.freeze();
    const entries = network.entries(page.url());
    const collectMs = performance.now() - tCollect;

    // 4. axe-core in every frame. An axe failure is recorded; the rest of the snapshot stands.
    const tAxe = performance.now();
    let axeRaw: PageSnapshot['axe'] = null;
    let axeError: string | null = null;
    try {
      await withBudget(injectAxe(page, axe), left(options.auditTimeoutMs), 'axe injection');
      axeRaw = await withBudget(
        runAxe(page, axe, {
          maxNodesPerRule: options.maxNodesPerRule,
          maxPassNodesPerRule: options.maxPassNodesPerRule,
        }),
        left(options.auditTimeoutMs),
        'axe',
      );
    } catch (error) {
      if (error instanceof BudgetExceeded) hung = true;
      axeError = firstLine(String(error instanceof Error ? error.message : error));
    }
    const axeMs = performance.now() - tAxe;
    if (tab.crashed) return fail(visitError('CRASHED'), network);

    const snapshot: PageSnapshot = {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      requestedUrl: url,
      finalUrl: page.url(),
      redirects: network.mainRedirects(),
      status: main.status,
      contentType: main.mimeType || null,
      title: collected.title,
      lang: collected.lang,
      startedAt,
      timings: {
        navigationMs: Math.round(navigationMs),
        settleMs: Math.round(settleMs),
        scrollMs: Math.round(scrollMs),
        collectMs: Math.round(collectMs),
        axeMs: Math.round(axeMs),
        totalMs: Math.round(performance.now() - t0),
      },
      measurement: {
        viewport: options.viewport,
        settleQuietMs: options.settleQuietMs,
        settleMaxMs: options.settleMaxMs,
        scrolled: options.scroll,
        loadTimedOut,
        measurementTruncated: loadTimedOut || !quiet,
      },
      dom: collected.dom,
      links: collected.links,
      network: entries,
      axe: axeRaw,
      axeError,
      html: collected.html,
      versions: {
        vigie: options.vigieVersion,
        axe: axe.version,
        browser: pool.browserVersion(),
        snapshot: SNAPSHOT_SCHEMA_VERSION,
      },
    };
    return { ok: true, snapshot };
  } catch (error) {
    if (error instanceof BudgetExceeded) hung = true;
    if (tab.crashed) return fail(visitError('CRASHED'), network);
    if (tab.blockedReasons.length > 0)
      return fail(visitError('BLOCKED_TARGET', tab.blockedReasons[0]), network);
    const coded = classifyNavigationError(String(error));
    if (
      /Execution context was destroyed|navigat/i.test(String(error)) &&
      tab.navigations > options.maxNavigations
    ) {
      return fail(visitError('REDIRECT_LOOP', `${tab.navigations} navigations`), network);
    }
    return fail(coded, network);
  } finally {
    network?.stop();
    await cleanUp(pool, slot, tab, network, hung || tab.crashed);
  }
}

/**
 * Leaves the tab blank and clears what the page left in the shared context: storage of every document origin it
 * loaded, then cookies. A tab that hung or crashed takes its context with it.
 */
async function cleanUp(
  pool: BrowserPool,
  slot: Slot,
  tab: Tab,
  network: NetworkRecorder | undefined,
  discardContext: boolean,
): Promise<void> {
  if (discardContext) {
    await pool.discard(slot);
    return;
  }
  try {
    await withBudget(
      (async () => {
        await tab.page.goto('about:blank', { timeout: 5000 });
        for (const origin of network?.documentOrigins() ?? []) {
          await tab.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' }).catch(() => {});
        }
        await slot.context.clearCookies();
      })(),
      6000,
      'clean-up',
    );
  } catch {
    await pool.discard(slot);
  }
}
