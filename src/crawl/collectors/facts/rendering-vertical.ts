// In-page part of the `rendering` gatherer for RGAA 10.11.2 (WCAG 1.4.10): content read horizontally — text in a
// vertical writing mode, which lays its lines side by side and scrolls sideways — must need no vertical scrolling
// at 256 CSS px high. Read-only, serialised into the page: must stay self-contained.

import type { VerticalReflowFacts } from '../../../core/facts/rendering.js';
import type { VigieWindow } from './page-helpers.js';

/**
 * The page's visible text in a vertical writing mode: the whole document (writing-mode of <html> or <body>) or
 * elements, at most 20, with their height and whether the page needs vertical scrolling. `height` is the viewport
 * height the caller set (null: not resized, only detection).
 */
export function measureVerticalText(height: number | null): Omit<VerticalReflowFacts, 'height'> & {
  found: boolean;
} {
  const v = (window as unknown as VigieWindow).__vigie;
  const html = document.documentElement;
  const vertical = (element: Element) =>
    getComputedStyle(element).writingMode.startsWith('vertical') ||
    getComputedStyle(element).writingMode.startsWith('sideways');
  const rootVertical = vertical(html) || (document.body !== null && vertical(document.body));
  const elements: VerticalReflowFacts['elements'] = [];
  if (!rootVertical) {
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body ?? html, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && elements.length < 20; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || seen.has(parent) || !(node.nodeValue ?? '').trim()) continue;
      seen.add(parent);
      if (parent.closest('script, style, noscript, template, svg, math') || !vertical(parent)) continue;
      if (!v.isVisible(parent)) continue;
      // The outermost vertical ancestor is the block to measure.
      let block: Element = parent;
      while (block.parentElement && block.parentElement !== document.body && vertical(block.parentElement))
        block = block.parentElement;
      if (elements.some((item) => item.selector === v.selector(block))) continue;
      elements.push({
        selector: v.selector(block),
        snippet: v.snippet(block),
        heightPx: Math.round(block.getBoundingClientRect().height),
      });
    }
  }
  return {
    found: rootVertical || elements.length > 0,
    rootVertical,
    clientHeight: height === null ? 0 : html.clientHeight,
    scrollHeight: height === null ? 0 : Math.max(html.scrollHeight, document.body?.scrollHeight ?? 0),
    elements,
  };
}
