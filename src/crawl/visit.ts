// One page visit: URL → PageSnapshot | VisitError. Navigates with hard budgets, follows the measurement
// protocol (load, settle, scroll to the bottom, settle), collects DOM facts and axe results, and always leaves
// the slot clean (page closed, cookies and storage cleared). Never throws for a page's fault.

import { type VisitError, visitError } from '../core/errors.js';
import {
  MEASUREMENT_PROTOCOL_VERSION,
  MEASUREMENT_RULES,
  type PageSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
} from '../core/snapshot.js';
import { checkTarget } from './address-guard.js';
import type { BrowserPool, Slot } from './browser.js';
import { type AxeBundle, injectAxe, runAxe } from './collectors/axe.js';
import { collectFacts } from './collectors/facts/index.js';
import { collectLegalText } from './collectors/legal-text.js';
import { type NetworkRecorder, recordNetwork } from './collectors/network.js';
import { measureAndCollect, SCROLL_BUDGET_MS } from './measure.js';
import { classifyNavigationError, firstLine } from './navigation-errors.js';
import { beginVisit, openTab, type Tab } from './tab.js';
import { BudgetExceeded, withBudget } from './timeouts.js';

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

// SVG documents are pages too (ACT test cases use them); other XML is not audited.
const HTML_TYPES = ['text/html', 'application/xhtml+xml', 'image/svg+xml'];

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
    /** The document was still arriving at the navigation budget and was cut off there. */
    let documentCutOff = false;
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
      // A document still arriving at the budget (streamed without end): stop it and measure what arrived.
      const arriving = network.mainResponse();
      if (
        !(error instanceof BudgetExceeded) &&
        /Timeout/i.test(String(error)) &&
        arriving &&
        arriving.status < 400 &&
        network.documentBytes() > 0
      ) {
        await cdp.send('Page.stopLoading').catch(() => {});
        documentCutOff = true;
      } else {
        hung = error instanceof BudgetExceeded;
        const coded = classifyNavigationError(String(error));
        return fail(
          coded.code === 'CONNECTION' && /Timeout/i.test(String(error)) ? visitError('TIMEOUT') : coded,
          network,
        );
      }
    } finally {
      clearInterval(sizeWatch);
    }
    if (tooLarge) return fail(visitError('TOO_LARGE', `plus de ${options.maxDocumentBytes} octets`), network);
    const main = network.mainResponse();
    if (!main) return fail(visitError('CONNECTION', 'aucune réponse'), network);
    if (main.status >= 400) return fail(visitError('HTTP_STATUS', String(main.status), main.status), network);
    const mime = (main.mimeType || '').toLowerCase();
    if (!HTML_TYPES.includes(mime)) return fail(visitError('NOT_HTML', mime || 'type inconnu'), network);

    let loadTimedOut = documentCutOff;
    if (!documentCutOff)
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

    // 2–3. The EcoIndex protocol, then the DOM facts; a page that navigates meanwhile (meta refresh, script
    // redirect) is followed, up to `maxNavigations`.
    const measured = await measureAndCollect(tab, network, options, left);
    if (measured === 'redirect-loop') {
      return fail(visitError('REDIRECT_LOOP', `${tab.navigations} navigations`), network);
    }
    const { collected, quiet, truncatedBy, scrollGrowth, settleMs, scrollMs, collectMs } = measured;
    network.freeze();
    const entries = network.entries(page.url());

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

    // 5. Facts for Vigie's own rules (after axe: they reuse its accessible-name computation).
    const tFacts = performance.now();
    const facts = hung
      ? { facts: {}, errors: {}, timedOut: false }
      : await collectFacts(page, left(options.auditTimeoutMs));
    if (facts.timedOut) hung = true;
    // The visit-wide records of the tab: new windows and navigations of documents that are gone now.
    if (facts.facts.behaviour) {
      facts.facts.behaviour.windowOpens = [...tab.windowOpens];
      facts.facts.behaviour.navigations = [...tab.clientNavigations];
    }
    const factsMs = performance.now() - tFacts;
    if (tab.crashed) return fail(visitError('CRASHED'), network);

    // 6. The visible text for the legal checks (mention, statement).
    let legalText: PageSnapshot['legalText'] = null;
    let legalTextError: string | null = null;
    if (!hung) {
      try {
        legalText = await withBudget(collectLegalText(page), left(options.auditTimeoutMs), 'legal text');
      } catch (error) {
        if (error instanceof BudgetExceeded) hung = true;
        legalTextError = firstLine(String(error instanceof Error ? error.message : error));
      }
    } else legalTextError = 'page bloquée';
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
        factsMs: Math.round(factsMs),
        totalMs: Math.round(performance.now() - t0),
      },
      measurement: {
        version: MEASUREMENT_PROTOCOL_VERSION,
        rules: MEASUREMENT_RULES,
        viewport: options.viewport,
        settleQuietMs: options.settleQuietMs,
        settleMaxMs: options.settleMaxMs,
        scrollBudgetMs: SCROLL_BUDGET_MS,
        scrolled: options.scroll,
        truncatedBy: [...(loadTimedOut ? (['load'] as const) : []), ...truncatedBy],
        scrollGrowth,
        loadTimedOut,
        measurementTruncated: loadTimedOut || !quiet,
      },
      dom: collected.dom,
      links: collected.links,
      network: entries,
      axe: axeRaw,
      axeError,
      facts: facts.facts,
      factErrors: facts.errors,
      legalText,
      legalTextError,
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
