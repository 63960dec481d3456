// In-page parts of the `rendering` gatherer that change the layout: text clipped by overflow once the WCAG 1.4.12
// text spacing is applied (RGAA 10.12.1) or the text size doubled (RGAA 10.4.1), and horizontal overflow at a
// narrow viewport (RGAA 10.11.1). Each function is serialised into the page and restores what it changes.

import type { ClippedTextFact, ReflowFacts } from '../../../core/facts/rendering.js';
import type { VigieWindow } from './page-helpers.js';

/** Overflow state of the boxes holding text, by element, kept in the page between two measures. */
interface BoxState {
  element: Element;
  sh: number;
  ch: number;
  sw: number;
  cw: number;
}
type StateWindow = VigieWindow & { __vigieBoxes?: BoxState[] };

/**
 * Measures the text boxes, applies text spacing, measures again, removes it, doubles every font size, measures,
 * restores. Returns the boxes newly clipped in each case; keeps the baseline in the page (`__vigieBoxes`) and the
 * doubled-size suspects' indexes, for the graphic-zoom check.
 */
export function measureTextAdaptation(): {
  spacing: ClippedTextFact[];
  zoom: ClippedTextFact[];
  zoomIndexes: number[];
} {
  const w = window as unknown as StateWindow;
  const v = w.__vigie;
  const MAX_ELEMENTS = 5000;
  const all = Array.from(document.body?.querySelectorAll('*') ?? []).slice(0, MAX_ELEMENTS);
  const SKIP =
    /^(script|style|noscript|template|svg|math|br|img|video|audio|canvas|iframe|object|embed|input|select|textarea|option)$/;
  // Elements with text inside, from one walk over the text nodes (textContent per element was quadratic).
  const withText = new Set<Element>();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    for (let parent = node.parentElement; parent && !withText.has(parent); parent = parent.parentElement)
      withText.add(parent);
  }
  // Candidate boxes: rendered non-inline boxes with text inside. Inline, display:none and display:contents
  // elements have no client box (clientWidth/Height 0): geometry alone sorts them out, no computed style read.
  const boxes: BoxState[] = [];
  for (const element of all) {
    if (!withText.has(element) || SKIP.test(element.localName)) continue;
    const html = element as HTMLElement;
    if (html.clientHeight < 3 || html.clientWidth < 3) continue;
    boxes.push({
      element,
      sh: html.scrollHeight,
      ch: html.clientHeight,
      sw: html.scrollWidth,
      cw: html.clientWidth,
    });
  }
  w.__vigieBoxes = boxes;
  const measure = (max: number): { facts: ClippedTextFact[]; indexes: number[] } => {
    const facts: ClippedTextFact[] = [];
    const indexes: number[] = [];
    boxes.forEach((box, index) => {
      if (facts.length >= max) return;
      const html = box.element as HTMLElement;
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      // Geometry first (one layout for all boxes), styles only for the boxes that newly overflow.
      const overY = html.scrollHeight - html.clientHeight;
      const overX = html.scrollWidth - html.clientWidth;
      const newY = overY > 1 && box.sh - box.ch <= 1;
      const newX = overX > 1 && box.sw - box.cw <= 1;
      if (!newY && !newX) return;
      const style = getComputedStyle(html);
      let axis: 'x' | 'y' | null = null;
      let clips = false;
      if (newY && (hides(style.overflowY) || style.overflowY === 'visible')) {
        axis = 'y';
        clips = hides(style.overflowY);
      } else if (newX && hides(style.overflowX)) {
        axis = 'x';
        clips = true;
      }
      if (!axis || !v.isVisible(html)) return;
      // A box of auto height grows: text newly spilling out of it means a height set by the author. Only the
      // innermost spilling box is kept (its spilled text also overflows its ancestors, visited before it).
      const previous = facts.at(-1);
      const previousBox = boxes[indexes.at(-1) ?? -1]?.element;
      if (!clips && previous && !previous.clips && previousBox?.contains(html)) {
        facts.pop();
        indexes.pop();
      }
      const fontSize = Number.parseFloat(style.fontSize) || 16;
      const lineHeight = Number.parseFloat(style.lineHeight) || fontSize * 1.2;
      indexes.push(index);
      facts.push({
        selector: v.selector(html),
        snippet: v.snippet(html),
        axis,
        overflowPx: Math.round(axis === 'y' ? overY : overX),
        lineHeightPx: Math.round(lineHeight),
        clips,
        truncates: style.webkitLineClamp !== 'none' || style.textOverflow === 'ellipsis',
        text: (html.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      });
    });
    return { facts, indexes };
  };
  // WCAG 1.4.12 values (https://www.w3.org/WAI/WCAG21/Understanding/text-spacing), through a constructed sheet:
  // no DOM node is added.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  );
  const adopted = document.adoptedStyleSheets;
  let spacing: ClippedTextFact[] = [];
  try {
    document.adoptedStyleSheets = [...adopted, sheet];
    spacing = measure(100).facts;
  } finally {
    document.adoptedStyleSheets = adopted;
  }
  // 200 % text: every element's computed font size doubled, as the browser's text-only zoom does.
  const sized = all.filter((element) => element instanceof HTMLElement || element instanceof SVGElement) as (
    | HTMLElement
    | SVGElement
  )[];
  const sizes = sized.map((element) => getComputedStyle(element).fontSize);
  const saved = sized.map((element) => [
    element.style.getPropertyValue('font-size'),
    element.style.getPropertyPriority('font-size'),
  ]);
  let zoom: { facts: ClippedTextFact[]; indexes: number[] } = { facts: [], indexes: [] };
  try {
    sized.forEach((element, index) => {
      element.style.setProperty(
        'font-size',
        `${(Number.parseFloat(sizes[index] ?? '16') || 16) * 2}px`,
        'important',
      );
    });
    zoom = measure(100);
  } finally {
    sized.forEach((element, index) => {
      const [value, priority] = saved[index] ?? ['', ''];
      if (value) element.style.setProperty('font-size', value, priority);
      else element.style.removeProperty('font-size');
      if (element.getAttribute('style') === '') element.removeAttribute('style');
    });
  }
  return { spacing, zoom: zoom.facts, zoomIndexes: zoom.indexes };
}

/** Which of the given baseline boxes are clipped now (after the viewport was halved: 200 % graphic zoom). */
export function stillClipped(indexes: number[]): boolean[] {
  const boxes = (window as unknown as StateWindow).__vigieBoxes ?? [];
  return indexes.map((index) => {
    const box = boxes[index];
    if (!box) return false;
    const html = box.element as HTMLElement;
    return html.scrollHeight - html.clientHeight > 1 || html.scrollWidth - html.clientWidth > 1;
  });
}

export function forgetBoxes(): void {
  (window as unknown as StateWindow).__vigieBoxes = undefined;
}

/** Horizontal overflow of the page at the current (narrow) viewport and the elements causing it. */
export function measureReflow(width: number): ReflowFacts {
  const v = (window as unknown as VigieWindow).__vigie;
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const scrollWidth = Math.max(root.scrollWidth, document.body?.scrollWidth ?? 0);
  const hides = (element: Element | null) =>
    element !== null && /hidden|clip/.test(getComputedStyle(element).overflowX);
  const overflowHidden = hides(root) || hides(document.body);
  const culprits: ReflowFacts['culprits'] = [];
  if (scrollWidth > clientWidth + 1 || overflowHidden) {
    const TWO_D =
      'table, pre, code, canvas, svg, video, iframe, object, embed, math, [role="application"], [role="grid"], [role="toolbar"], [role="img"]';
    const limit = clientWidth + 1;
    const right = (element: Element) => element.getBoundingClientRect().right + window.scrollX;
    for (const element of Array.from(document.body?.querySelectorAll('*') ?? []).slice(0, 8000)) {
      if (culprits.length >= 20) break;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.right + window.scrollX <= limit) continue;
      const parent = element.parentElement;
      if (parent && parent !== document.body && right(parent) > limit) continue; // its parent already sticks out
      // Overflow contained by a scroll or clip box of its own, or taken out of the page flow (fixed).
      let contained = false;
      for (let node = parent; node && node !== document.body; node = node.parentElement)
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(node).overflowX)) contained = true;
      const style = getComputedStyle(element);
      if (contained || style.position === 'fixed') continue;
      culprits.push({
        selector: v.selector(element),
        snippet: v.snippet(element),
        left: Math.round(rect.left + window.scrollX),
        right: Math.round(rect.right + window.scrollX),
        twoDimensional:
          element.closest(TWO_D) !== null ||
          Array.from(element.querySelectorAll(TWO_D)).some((inner) => right(inner) > limit),
        hidden:
          !v.isVisible(element) ||
          v.isHiddenFromAT(element) ||
          style.opacity === '0' ||
          (!v.visibleText(element) &&
            !element.querySelector('img, svg, video, canvas, iframe, input, button, select, textarea')),
      });
    }
  }
  return { width, scrollWidth, clientWidth, overflowHidden, culprits };
}
