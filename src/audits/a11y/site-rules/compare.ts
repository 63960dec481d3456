// Comparisons shared by the site-level rules on navigation (RGAA 12.2.1, 12.4, 12.5, WCAG 3.2.3): is an item at
// the same place in the presentation on two pages, in the same relative order in the source, and which items
// of two pages are the same menu. Pure.

import type { Box } from '../../../core/facts/fields.js';
import { normalizeLabel } from '../../../core/facts/fields.js';
import type { SiteFacts, SiteNavItem } from '../../../core/site-facts.js';

/** Two boxes whose left edges, and top edges (or distances to the page bottom), differ by at most this are at the same place. */
export const PLACE_TOLERANCE_PX = 32;

export type Comparison = 'same' | 'different' | 'unknown';

/** An item of a page with what placing it needs: its box and, when known, its index in document order. */
export interface Placed {
  box: Box;
  facts: SiteFacts;
  order?: number;
}

/** `top` or `bottom` half of the document by element order, `unknown` without an order. */
export function documentHalf({ order, facts }: Placed): 'top' | 'bottom' | 'unknown' {
  if (order === undefined || order < 0 || facts.elements <= 0) return 'unknown';
  return order / facts.elements < 0.5 ? 'top' : 'bottom';
}

/** `top` (in the first screen only), `bottom` (in the last screen only), else `unknown` (short page, middle). */
export function verticalRegion({ box, facts }: Placed): 'top' | 'bottom' | 'unknown' {
  const screen = facts.viewport.height;
  const height = facts.pageHeight;
  if (height <= 0 || screen <= 0) return 'unknown';
  const inFirst = box.y + box.height <= screen;
  const inLast = box.y >= height - screen;
  if (inFirst && !inLast) return 'top';
  if (inLast && !inFirst) return 'bottom';
  return 'unknown';
}

/** `left` or `right` third of the viewport for a box narrower than half of it, else `unknown`. */
export function horizontalSide({ box, facts }: Placed): 'left' | 'right' | 'unknown' {
  const width = facts.viewport.width;
  if (width <= 0 || box.width >= width / 2) return 'unknown';
  const center = box.x + box.width / 2;
  if (center < width / 3) return 'left';
  if (center > (2 * width) / 3) return 'right';
  return 'unknown';
}

/**
 * Same place: same viewport width, left edges within PLACE_TOLERANCE_PX, and top edges (or distances to the
 * bottom of the page, for a footer) within it too. Different place only when it is plain: first screen on one
 * page and last screen on the other, the source agreeing (first half of the document on the first page, last
 * half on the other: a footer that follows short content is not taken for a header), or left third and right
 * third. A box off the page, empty, or anything else (a banner pushing the header down, another template):
 * unknown, for a person to judge.
 */
export function comparePlace(a: Placed, b: Placed): Comparison {
  if (a.facts.viewport.width !== b.facts.viewport.width) return 'unknown';
  const off = ({ box, facts }: Placed) =>
    box.width < 1 ||
    box.height < 1 ||
    box.x + box.width <= 0 ||
    box.y + box.height <= 0 ||
    box.x >= facts.viewport.width;
  if (off(a) || off(b)) return 'unknown';
  const near = (x: number, y: number) => Math.abs(x - y) <= PLACE_TOLERANCE_PX;
  const fromBottom = (item: Placed) => item.facts.pageHeight - item.box.y;
  const bottomsKnown = a.facts.pageHeight > 0 && b.facts.pageHeight > 0;
  if (
    near(a.box.x, b.box.x) &&
    (near(a.box.y, b.box.y) || (bottomsKnown && near(fromBottom(a), fromBottom(b))))
  )
    return 'same';
  const [va, vb] = [verticalRegion(a), verticalRegion(b)];
  if (va !== 'unknown' && vb !== 'unknown' && va !== vb && documentHalf(a) === va && documentHalf(b) === vb)
    return 'different';
  const [ha, hb] = [horizontalSide(a), horizontalSide(b)];
  if (ha !== 'unknown' && hb !== 'unknown' && ha !== hb) return 'different';
  return 'unknown';
}

/** Where an item stands, for messages: « (x, y) ». */
export function where(box: Box): string {
  return `(${Math.round(box.x)}, ${Math.round(box.y)})`;
}

/** The keys of `sequence` kept in `common`, first occurrence only. */
function commonOrder(sequence: readonly string[], common: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  return sequence.filter((key) => common.has(key) && !seen.has(key) && seen.add(key) !== undefined);
}

/** Two sequences list their common items in the same order (duplicates: first occurrence). */
export function sameRelativeOrder(a: readonly string[], b: readonly string[]): boolean {
  const common = new Set(a.filter((key) => b.includes(key)));
  const [x, y] = [commonOrder(a, common), commonOrder(b, common)];
  return x.length === y.length && x.every((key, i) => key === y[i]);
}

/** Number of items two sequences have in common. */
export function commonCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return new Set(a.filter((key) => set.has(key))).size;
}

/** Share of links two menus have in common, over the smaller menu; a menu needs 3 links to be matched so. */
function linkOverlap(a: SiteNavItem, b: SiteNavItem): number {
  const smaller = Math.min(new Set(a.links).size, new Set(b.links).size);
  return smaller < 3 ? 0 : commonCount(a.links, b.links) / smaller;
}

/**
 * The menus of two pages that are the same menu, one to one: first those with the same non-empty name (unique
 * on both pages), then, greedily, the pairs sharing the most links (at least half of the smaller menu's).
 * A menu of one page is never paired twice (a home page's « accès rapides » is not the main menu again).
 */
export function matchMenus(
  reference: readonly SiteNavItem[],
  menus: readonly SiteNavItem[],
): [SiteNavItem, SiteNavItem][] {
  const pairs: [SiteNavItem, SiteNavItem][] = [];
  const used = new Set<SiteNavItem>();
  const named = (items: readonly SiteNavItem[], name: string) =>
    items.filter((item) => normalizeLabel(item.name) === name);
  for (const menu of reference) {
    const name = normalizeLabel(menu.name);
    const [own, other] = [named(reference, name), named(menus, name)];
    if (name && own.length === 1 && other.length === 1) {
      pairs.push([menu, other[0]!]);
      used.add(menu).add(other[0]!);
    }
  }
  const candidates = reference
    .flatMap((menu) => menus.map((other) => ({ menu, other, overlap: linkOverlap(menu, other) })))
    .filter(({ overlap }) => overlap >= 0.5)
    .sort((a, b) => b.overlap - a.overlap);
  for (const { menu, other } of candidates) {
    if (used.has(menu) || used.has(other)) continue;
    pairs.push([menu, other]);
    used.add(menu).add(other);
  }
  return pairs.sort((a, b) => reference.indexOf(a[0]) - reference.indexOf(b[0]));
}

/** A link destination compared without fragment nor trailing slash, case of scheme and host ignored. */
export function sameDestination(a: string | null, b: string | null): boolean {
  const clean = (href: string | null) => {
    if (!href) return '';
    try {
      const url = new URL(href);
      url.hash = '';
      return `${url.origin}${url.pathname.replace(/\/+$/, '')}${url.search}`;
    } catch {
      return href.replace(/#.*$/, '').replace(/\/+$/, '');
    }
  };
  return clean(a) !== '' && clean(a) === clean(b);
}
