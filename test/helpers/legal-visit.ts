// A light page visit for the legal fixture sites: the status and type checks of a real visit (HTTP error,
// not HTML, too large, robots.txt), then the page in Chromium — redirects followed — and only the collectors
// the legal checks read (links, visible text). Fast enough to run every fixture site in one browser test.

import type { LegalPage } from '../../src/audits/legal/index.js';
import { visitError } from '../../src/core/errors.js';
import { isAllowed, type RobotsPolicy } from '../../src/core/robots.js';
import type { PageSnapshot } from '../../src/core/snapshot.js';
import type { BrowserPool } from '../../src/crawl/browser.js';
import { collectDom } from '../../src/crawl/collectors/dom.js';
import { collectLegalText } from '../../src/crawl/collectors/legal-text.js';

const MAX_BYTES = 10 * 1024 * 1024;

const failed = (url: string, error: ReturnType<typeof visitError>): LegalPage => ({
  url,
  snapshot: null,
  error: { code: error.code, message: error.message },
});

export async function lightVisit(pool: BrowserPool, url: string, robots: RobotsPolicy): Promise<LegalPage> {
  const target = new URL(url);
  if (!isAllowed(robots, `${target.pathname}${target.search}`)) return failed(url, visitError('ROBOTS', url));
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (response.status >= 400)
    return failed(url, visitError('HTTP_STATUS', String(response.status), response.status));
  const mime = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime !== 'text/html') return failed(url, visitError('NOT_HTML', mime || 'type inconnu'));
  if (body.byteLength > MAX_BYTES) return failed(url, visitError('TOO_LARGE', `plus de ${MAX_BYTES} octets`));
  return pool.withSlot(async (slot) => {
    const page = await slot.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
      // Follow meta refreshes and script redirects until the address stays put.
      for (let i = 0; i < 5; i++) {
        const before = page.url();
        await page.waitForTimeout(250);
        await page.waitForLoadState('load');
        if (page.url() === before) break;
      }
      const collected = await collectDom(page, 1000);
      const legalText = await collectLegalText(page);
      const snapshot = {
        requestedUrl: url,
        finalUrl: page.url(),
        lang: collected.lang,
        links: collected.links,
        legalText,
        legalTextError: null,
      } as PageSnapshot;
      return { url, snapshot, error: null };
    } finally {
      await page.close();
    }
  });
}
