// Collects the rendered, visible text of a page in blocks, with the links of each block, for the legal checks
// (home-page mention, accessibility statement). Hidden text (display, visibility, opacity, visually-hidden
// clipping, off-screen) is left out; inline elements are joined, so a mention split across elements reads whole.

import type { Page } from 'playwright-core';
import {
  LEGAL_TEXT_MAX_BLOCK_CHARS,
  LEGAL_TEXT_MAX_BLOCKS,
  LEGAL_TEXT_MAX_CHARS,
  type LegalText,
} from '../../core/legal-text.js';

export async function collectLegalText(page: Page): Promise<LegalText> {
  return page.evaluate(
    ([maxChars, maxBlockChars, maxBlocks]) => {
      interface Link {
        text: string;
        href: string;
      }
      interface Open {
        parts: string[];
        links: Link[];
        heading: number | null;
        inFooter: boolean;
      }
      const out: LegalText['blocks'] = [];
      let chars = 0;
      let truncated = false;
      const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
      const INLINE = /^(inline|inline-block|inline-flex|inline-grid|contents|ruby|none)$/;
      const collapse = (text: string): string =>
        text
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter((line) => line !== '')
          .join('\n');
      const headingOf = (el: Element): number | null => {
        const tag = /^H([1-6])$/.exec(el.tagName);
        if (tag) return Number(tag[1]);
        if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? '2') || 2;
        return null;
      };
      const inFooter = (el: Element): boolean => el.closest('footer, [role="contentinfo"]') !== null;
      const open = (el: Element, heading: number | null): Open => ({
        parts: [],
        links: [],
        heading,
        inFooter: inFooter(el),
      });
      const flush = (block: Open): void => {
        if (truncated) return;
        const text = collapse(block.parts.join('')).slice(0, maxBlockChars);
        const links = block.links
          .map((link) => ({ href: link.href, text: collapse(link.text).replace(/\n/g, ' ').slice(0, 300) }))
          .filter((link) => link.text !== '');
        if (text === '' && links.length === 0) return;
        if (chars + text.length > maxChars || out.length >= maxBlocks) {
          truncated = true;
          return;
        }
        chars += text.length;
        out.push({ text, heading: block.heading, inFooter: block.inFooter, links });
      };
      const hidden = (el: Element): boolean => {
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        // Visually hidden ("sr-only") text: clipped to a pixel, or moved off the page.
        if (rect.width <= 1 && rect.height <= 1 && style.overflow !== 'visible') return true;
        if (style.position === 'absolute' || style.position === 'fixed') {
          if (rect.right <= 0 || rect.bottom + window.scrollY <= 0) return true;
          if (
            /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)|inset\(50%\)/.test(`${style.clip} ${style.clipPath}`)
          )
            return true;
        }
        return false;
      };
      const linkStack: Link[] = [];
      const walk = (node: Node, block: Open): Open => {
        let current = block;
        for (const child of Array.from(node.childNodes)) {
          if (truncated) return current;
          if (child.nodeType === Node.TEXT_NODE) {
            const data = child.nodeValue ?? '';
            current.parts.push(data);
            for (const link of linkStack) link.text += data;
            continue;
          }
          if (child.nodeType !== Node.ELEMENT_NODE) continue;
          const el = child as Element;
          if (SKIP.has(el.tagName.toUpperCase()) || hidden(el)) continue;
          if (el.tagName === 'BR') {
            current.parts.push('\n');
            for (const link of linkStack) link.text += ' ';
            continue;
          }
          const display = getComputedStyle(el).display;
          const isBlock = !INLINE.test(display);
          const href = el.tagName === 'A' || el.tagName === 'AREA' ? (el as HTMLAnchorElement).href : '';
          let link: Link | null = null;
          if (href && typeof href === 'string') {
            try {
              const url = new URL(href, document.baseURI);
              url.hash = '';
              link = { text: '', href: url.href };
            } catch {
              link = null;
            }
          }
          if (isBlock) {
            flush(current);
            const inner = open(el, headingOf(el));
            if (link) {
              inner.links.push(link);
              linkStack.push(link);
            }
            flush(walk(el, inner));
            if (link) linkStack.pop();
            current = { parts: [], links: [], heading: block.heading, inFooter: block.inFooter };
          } else {
            if (link) {
              current.links.push(link);
              linkStack.push(link);
            }
            current = walk(el, current);
            if (link) linkStack.pop();
          }
        }
        return current;
      };
      const body = document.body;
      let largeImages = 0;
      if (body) {
        flush(walk(body, open(body, null)));
        for (const img of Array.from(document.images)) {
          const rect = img.getBoundingClientRect();
          if (rect.width >= 100 && rect.height >= 100 && !hidden(img)) largeImages++;
        }
      }
      return { blocks: out, chars, truncated, largeImages };
    },
    [LEGAL_TEXT_MAX_CHARS, LEGAL_TEXT_MAX_BLOCK_CHARS, LEGAL_TEXT_MAX_BLOCKS] as const,
  );
}
