// Link facts (RGAA 6.1, 6.2): every link exposed to assistive technologies with its kind (text, image, composite,
// SVG), accessible name and where it comes from, visible text, title, destination and the « contexte du lien » of
// the RGAA glossary (sentence, paragraph, list item, preceding heading, table cell). One pass over the DOM.

import type { LinkContext, LinkFact, LinkFacts } from '../../../core/facts/links.js';
import { defineGatherer } from './gatherer.js';
import { gatherInTextLinks } from './links-colour.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'links',
  mutates: false,
  gather: async (page) => {
    const [facts, { inText }] = await Promise.all([
      page.evaluate(gatherLinks),
      page.evaluate(gatherInTextLinks, 200),
    ]);
    return { ...facts, inText };
  },
});

function gatherLinks(): LinkFacts {
  const v = (window as unknown as VigieWindow).__vigie;
  const MAX_LINKS = 500;
  const collapse = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
  const cut = (value: string, max: number): string =>
    value.length > max ? `${value.slice(0, max - 1)}…` : value;
  const meaningful = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const IMAGES = 'img, [role="img" i], object, canvas, svg';
  const LINKS = 'a[href], [role="link" i]';

  // Text that is rendered but shown to nobody: the usual « visually hidden » patterns (clip, 1 px box,
  // off-screen, text-indent, zero font size or opacity).
  const hiddenCache = new Map<Element, boolean>();
  const visuallyHidden = (element: Element): boolean => {
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const positioned = style.position === 'absolute' || style.position === 'fixed';
    const hidden =
      (positioned && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(style.clip)) ||
      /inset\(\s*(50|100)%/.test(style.clipPath) ||
      (style.overflow !== 'visible' && (rect.width <= 1 || rect.height <= 1)) ||
      style.opacity === '0' ||
      Number.parseFloat(style.fontSize) === 0 ||
      Number.parseFloat(style.textIndent) < -999 ||
      (positioned && (rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0));
    hiddenCache.set(element, hidden);
    return hidden;
  };
  const shownText = (link: Element): string => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      if (parent.closest('script, style, template, noscript')) continue;
      // Inside an SVG only <text> content is drawn.
      if (parent.namespaceURI === SVG_NS && !parent.closest('text')) continue;
      if (!v.isVisible(parent)) continue;
      let hidden = false;
      for (let element: Element | null = parent; element; element = element.parentElement) {
        if (visuallyHidden(element)) hidden = true;
        if (hidden || element === link) break;
      }
      if (!hidden) parts.push(node.textContent);
    }
    // Private-use characters are icon-font glyphs, not a label.
    return cut(collapse(parts.join('').replace(/[\uE000-\uF8FF]/g, ' ')), 200);
  };
  const idText = (ids: string | null): string =>
    collapse(
      (ids ?? '')
        .split(/\s+/)
        .map((id) => (id ? collapse(document.getElementById(id)?.textContent) : ''))
        .join(' '),
    );
  const withoutOwn = (container: Element, own: string): string => {
    const text = collapse(container.textContent);
    return own ? collapse(text.replace(own, ' ')) : text;
  };
  // The « sentence » of a link: the text of its nearest block container, links left out.
  const blockCache = new Map<Element, string>();
  const sentenceOf = (link: Element): string => {
    let block: Element | null = link.parentElement;
    while (block?.parentElement && /^(inline|contents)/.test(getComputedStyle(block).display))
      block = block.parentElement;
    if (!block) return '';
    const known = blockCache.get(block);
    if (known !== undefined) return known;
    const parts: string[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && parts.length < 200; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(`${LINKS}, script, style, template, noscript, button`)) continue;
      parts.push(node.textContent ?? '');
    }
    const text = cut(collapse(parts.join(' ')), 100);
    blockCache.set(block, text);
    return text;
  };
  const cellContext = (link: Element, own: string): string => {
    const cell = link.closest('td, th, [role="cell" i], [role="gridcell" i]');
    if (!cell) return '';
    const texts = [withoutOwn(cell, own)];
    const row = cell.parentElement;
    const table = cell.closest('table');
    if (row && table && cell instanceof HTMLTableCellElement) {
      const rowHeader = row.querySelector('th');
      if (rowHeader && rowHeader !== cell) texts.push(collapse(rowHeader.textContent));
      const headerRow = Array.from(table.rows).find((candidate) => candidate.querySelector('th'));
      const columnHeader = headerRow?.cells[cell.cellIndex];
      if (columnHeader && columnHeader.localName === 'th' && columnHeader !== cell)
        texts.push(collapse(columnHeader.textContent));
    }
    return collapse(texts.join(' '));
  };
  const nameSourceOf = (link: Element, name: string, contents: string): LinkFact['nameSource'] => {
    if (!name) return 'none';
    if (idText(link.getAttribute('aria-labelledby'))) return 'aria-labelledby';
    if (collapse(link.getAttribute('aria-label'))) return 'aria-label';
    const title = collapse(
      link.getAttribute('title') ?? link.getAttributeNS('http://www.w3.org/1999/xlink', 'title'),
    );
    if (!contents && title && title === name) return 'title';
    return 'contents';
  };

  const links: LinkFact[] = [];
  let total = 0;
  let heading: Element | null = null;
  const walker = document.createTreeWalker(
    document.body ?? document.documentElement,
    NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    if (/^h[1-6]$/.test(node.localName) || node.getAttribute('role')?.toLowerCase() === 'heading')
      heading = node;
    const svgLink = node.namespaceURI === SVG_NS && node.localName === 'a';
    if (!svgLink && !node.matches(LINKS)) continue;
    if (svgLink && !node.hasAttribute('href') && !node.hasAttributeNS('http://www.w3.org/1999/xlink', 'href'))
      continue;
    if (v.isHiddenFromAT(node)) continue;
    if (!svgLink && v.role(node) !== 'link') continue;
    total++;
    if (links.length >= MAX_LINKS) continue;
    const own = collapse(node.textContent);
    const images = svgLink
      ? []
      : Array.from(node.querySelectorAll(IMAGES)).filter(
          (image) =>
            !image.parentElement?.closest('svg') &&
            !v.isHiddenFromAT(image) &&
            !['presentation', 'none'].includes(v.role(image) ?? ''),
        );
    const imageText = cut(collapse(images.map((image) => v.accessibleName(image)).join(' ')), 200);
    let hasText = false;
    if (images.length > 0) {
      const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text && !hasText; text = texts.nextNode()) {
        const parent = text.parentElement;
        hasText =
          !!text.textContent?.trim() &&
          !!parent &&
          !parent.closest('svg, object, canvas, script, style, template') &&
          !v.isHiddenFromAT(parent);
      }
    }
    const kind: LinkFact['kind'] = svgLink
      ? 'svg'
      : images.length === 0
        ? 'text'
        : hasText
          ? 'composite'
          : 'image';
    const name = cut(v.accessibleName(node), 200);
    // At most two contexts, the closest first (the rules only need to know that one exists).
    const contexts: LinkContext[] = [];
    const add = (contextKind: LinkContext['kind'], text: () => string): void => {
      if (contexts.length >= 2) return;
      const value = text();
      if (meaningful(value)) contexts.push({ kind: contextKind, text: cut(value, 60) });
    };
    const paragraph = node.closest('p');
    if (paragraph) add('paragraph', () => withoutOwn(paragraph, own));
    const item = node.closest('li');
    if (item) {
      const parentItem = item.parentElement?.closest('li');
      add('listItem', () =>
        collapse(`${withoutOwn(item, own)} ${parentItem ? withoutOwn(parentItem, own) : ''}`),
      );
    }
    add('cell', () => cellContext(node, own));
    add('sentence', () => sentenceOf(node));
    const lastHeading = heading;
    if (lastHeading)
      add('heading', () =>
        lastHeading.contains(node) ? withoutOwn(lastHeading, own) : collapse(lastHeading.textContent),
      );
    const rawHref = svgLink
      ? (node.getAttribute('href') ?? node.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
      : node.getAttribute('href');
    let href: string | null = null;
    if (rawHref !== null) {
      try {
        href = new URL(rawHref, document.baseURI).href;
      } catch {
        href = rawHref;
      }
    }
    const title = node.getAttribute('title') ?? node.getAttributeNS('http://www.w3.org/1999/xlink', 'title');
    links.push({
      selector: v.selector(node),
      snippet: v.snippet(node),
      kind,
      name,
      nameSource: nameSourceOf(node, name, own || imageText),
      visibleText: shownText(node),
      imageText,
      title: title === null ? null : cut(collapse(title), 200),
      description: cut(idText(node.getAttribute('aria-describedby')), 200),
      href: href === null ? null : href.slice(0, 500),
      contexts,
    });
  }
  return { links, total };
}
