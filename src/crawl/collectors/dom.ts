// DOM facts, title, lang and a capped HTML copy, collected in one round trip inside the page.

import type { Page } from 'playwright-core';
import type { DomFacts, PageLink } from '../../core/snapshot.js';

export interface DomCollection {
  dom: DomFacts;
  links: PageLink[];
  title: string | null;
  lang: string | null;
  html: { content: string; truncated: boolean; length: number };
}

const MAX_LINKS = 2000;

export async function collectDom(page: Page, maxHtmlChars: number): Promise<DomCollection> {
  return page.evaluate(
    ([max, maxLinks]) => {
      const doc = document;
      const elements = doc.getElementsByTagName('*').length;
      let svgDescendants = 0;
      // Nested <svg> elements are descendants of the outer one: count from outermost svg only.
      for (const svg of Array.from(doc.getElementsByTagName('svg'))) {
        if (!svg.parentElement?.closest('svg')) svgDescendants += svg.getElementsByTagName('*').length;
      }
      // Counted apart, not in the EcoIndex input (docs/methodology.md): elements of open shadow roots, at any
      // depth, and of same-origin frame documents (their own shadow roots included).
      const shadowCount = (root: Document | ShadowRoot | Element): number => {
        let count = 0;
        for (const element of Array.from(root.querySelectorAll('*'))) {
          if (element.shadowRoot) {
            count += element.shadowRoot.querySelectorAll('*').length + shadowCount(element.shadowRoot);
          }
        }
        return count;
      };
      let frameElements = 0;
      let sameOriginFrames = 0;
      for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
        let inner: Document | null = null;
        try {
          inner = frame.contentDocument;
        } catch {
          inner = null;
        }
        if (!inner?.documentElement) continue;
        sameOriginFrames++;
        frameElements += inner.getElementsByTagName('*').length + shadowCount(inner);
      }
      const meta = (selector: string): string | null =>
        doc.querySelector(selector)?.getAttribute('content') ?? null;
      const doctype = doc.doctype
        ? `<!DOCTYPE ${doc.doctype.name}${doc.doctype.publicId ? ` PUBLIC "${doc.doctype.publicId}"` : ''}>`
        : null;
      const serialized = doc.documentElement ? doc.documentElement.outerHTML : '';
      const links: PageLink[] = [];
      for (const anchor of Array.from(
        doc.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]'),
      )) {
        if (links.length >= maxLinks) break;
        // In SVG documents, <a>.href is an SVGAnimatedString: read the attribute.
        const raw =
          typeof anchor.href === 'string'
            ? anchor.href
            : (anchor.getAttribute('href') ?? anchor.getAttribute('xlink:href'));
        if (!raw) continue;
        let href: string;
        try {
          const url = new URL(raw, doc.baseURI);
          url.hash = '';
          href = url.href;
        } catch {
          continue;
        }
        links.push({
          href,
          text: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
          label: anchor.getAttribute('aria-label') ?? anchor.getAttribute('title'),
          rel: anchor.getAttribute('rel'),
          inFooter: anchor.closest('footer, [role="contentinfo"]') !== null,
        });
      }
      return {
        dom: {
          elements,
          svgDescendants,
          elementsExcludingSvg: elements - svgDescendants,
          shadowElements: shadowCount(doc),
          frameElements,
          sameOriginFrames,
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
        links,
        title: doc.title === '' && !doc.querySelector('title') ? null : doc.title,
        lang: doc.documentElement?.getAttribute('lang') ?? null,
        html: {
          content: (doctype ? `${doctype}\n` : '') + serialized.slice(0, max),
          truncated: serialized.length > max,
          length: serialized.length,
        },
      };
    },
    [maxHtmlChars, MAX_LINKS] as const,
  );
}
