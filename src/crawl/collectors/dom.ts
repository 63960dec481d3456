// DOM facts, title, lang and a capped HTML copy, collected in one round trip inside the page.

import type { Page } from 'playwright-core';
import type { DomFacts } from '../../core/snapshot.js';

export interface DomCollection {
  dom: DomFacts;
  title: string | null;
  lang: string | null;
  html: { content: string; truncated: boolean; length: number };
}

export async function collectDom(page: Page, maxHtmlChars: number): Promise<DomCollection> {
  return page.evaluate((max) => {
    const doc = document;
    const elements = doc.getElementsByTagName('*').length;
    let svgDescendants = 0;
    // Nested <svg> elements are descendants of the outer one: count from outermost svg only.
    for (const svg of Array.from(doc.getElementsByTagName('svg'))) {
      if (!svg.parentElement?.closest('svg')) svgDescendants += svg.getElementsByTagName('*').length;
    }
    const meta = (selector: string): string | null =>
      doc.querySelector(selector)?.getAttribute('content') ?? null;
    const doctype = doc.doctype
      ? `<!DOCTYPE ${doc.doctype.name}${doc.doctype.publicId ? ` PUBLIC "${doc.doctype.publicId}"` : ''}>`
      : null;
    const serialized = doc.documentElement ? doc.documentElement.outerHTML : '';
    return {
      dom: {
        elements,
        svgDescendants,
        elementsExcludingSvg: elements - svgDescendants,
        iframes: doc.querySelectorAll('iframe, frame').length,
        images: doc.images.length,
        links: doc.links.length,
        forms: doc.forms.length,
        scripts: doc.scripts.length,
        stylesheets: doc.styleSheets.length,
        doctype,
        dir: doc.documentElement?.getAttribute('dir') ?? null,
        metaViewport: meta('meta[name="viewport" i]'),
        metaRefresh: meta('meta[http-equiv="refresh" i]'),
        scrollHeight: doc.documentElement?.scrollHeight ?? 0,
      },
      title: doc.title === '' && !doc.querySelector('title') ? null : doc.title,
      lang: doc.documentElement?.getAttribute('lang') ?? null,
      html: {
        content: (doctype ? `${doctype}\n` : '') + serialized.slice(0, max),
        truncated: serialized.length > max,
        length: serialized.length,
      },
    };
  }, maxHtmlChars);
}
