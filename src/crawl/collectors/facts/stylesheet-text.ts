// Stylesheets the page cannot read (cross-origin, no CORS) are still known to DevTools: their text comes from
// the CSS domain, without a new request. Used by the behaviour gatherer for RGAA 13.9.1 (orientation media).

import type { Page } from 'playwright-core';

const ORIENTATION_MEDIA = /@media[^{]*\b(orientation|aspect-ratio)\b/i;

/**
 * Of the stylesheets the page could not read (`hrefs`), those that still cannot be cleared: their text has an
 * orientation or aspect-ratio media query, or DevTools could not give it either. Never throws.
 */
export async function unreadableWithOrientationMedia(page: Page, hrefs: string[]): Promise<string[]> {
  const remaining = new Set(hrefs);
  let cdp: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>> | undefined;
  try {
    cdp = await page.context().newCDPSession(page);
    const sheets: { styleSheetId: string; sourceURL: string }[] = [];
    cdp.on('CSS.styleSheetAdded', (event: { header: { styleSheetId: string; sourceURL: string } }) => {
      sheets.push(event.header);
    });
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const flagged = new Set<string>();
    for (const sheet of sheets) {
      if (!remaining.has(sheet.sourceURL)) continue;
      const { text } = await cdp.send('CSS.getStyleSheetText', { styleSheetId: sheet.styleSheetId });
      // A sheet met twice (two <link>s) stays flagged if either copy is.
      if (ORIENTATION_MEDIA.test(text) || /@import\b/i.test(text)) flagged.add(sheet.sourceURL);
      else if (!flagged.has(sheet.sourceURL)) remaining.delete(sheet.sourceURL);
    }
  } catch {
    // DevTools refused: every sheet stays unreadable.
  } finally {
    await cdp?.detach().catch(() => undefined);
  }
  return [...remaining];
}
