// Facts for the rules on navigation (RGAA 12.1, 12.7, 12.8). Filled by src/crawl/collectors/facts/navigation.ts:
// main content, skip links, navigation systems (menu, sitemap link, search) and positive tabindex values.

import type { RuleTarget } from './target.js';

export interface SkipLinkFact extends RuleTarget {
  /** Accessible name, at most 200 characters. */
  name: string;
  /** The fragment without `#`, decoded, at most 200 characters. */
  fragment: string;
  /** An element with that id (or an `<a name>`) exists. */
  targetExists: boolean;
  /**
   * Activating it leads to the main content: the target is `main`, is inside it after at most 300 characters of
   * text (a breadcrumb), or wraps or precedes it with nothing focusable and no text in between.
   */
  reachesMain: boolean;
  /** Rendered, so it can take the focus (not display:none, not visibility:hidden). */
  rendered: boolean;
  /** Position among the focusable elements of the page (0 = first), null when not focusable. */
  focusIndex: number | null;
  /** Shown without focus: a box of at least 4×4 px, on the page, not clipped, not transparent. */
  visible: boolean;
  /**
   * Shown once focused (probed with `focus()`, 50 ms for focus handlers, CSS transitions finished, then the focus
   * restored; at most five links probed); null when not probed (already visible, not leading to main, beyond the
   * fifth, or the focus could not be given to it).
   */
  visibleOnFocus: boolean | null;
}

/** A menu, sitemap link or search, with what a comparison between pages of a set needs (RGAA 12.2, 12.4, 12.5). */
export interface NavigationSystem extends RuleTarget {
  /** Accessible name or first text, at most 100 characters. */
  name: string;
  /** Destination of a link (sitemap link, link to the search page), null otherwise. */
  href: string | null;
  /** Place in the presentation, page coordinates. */
  box: { x: number; y: number; width: number; height: number };
  /** Index of the element in document order (compares relative order in the source). */
  order: number;
  /** Destinations of its first 30 links, path and query for the site's own pages (empty for a link). */
  links: string[];
}

export interface TabindexFact extends RuleTarget {
  /** The positive tabindex value. */
  tabindex: number;
  /** Focusable elements in the natural order (tabindex 0) that come before it in the document, after it in tab order. */
  overtaken: number;
  /** Focusable elements with a higher positive tabindex that come before it in the document. */
  overtakenPositive: number;
}

export interface NavigationFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
  /** The first rendered `main` element or role=main, null when none. */
  main: RuleTarget | null;
  /** Links and list-of-links navigation before the main content: `nav`/role=navigation or a list of ≥ 3 links. */
  navigationBeforeMain: boolean;
  /** Same-page links (`href="#…"`) before the main content (among the first 20 focusable ones without main), at most 20. */
  skipLinks: SkipLinkFact[];
  /**
   * Something before the main content a script could use as a skip link that the facts cannot follow: a link or
   * button named like one (« contenu », « aller à », « skip »…) without a usable fragment, or a shadow root.
   */
  unresolvedSkipCandidate: boolean;
  /**
   * Navigation menus: nav/role=navigation outside the footer with at least 3 links to pages of the site (not a
   * breadcrumb, pagination, skip links, social networks or languages); else lists of such links in the header.
   * At most 20.
   */
  menus: NavigationSystem[];
  /** Links named « plan du site » / « sitemap » with a real destination, at most 20. */
  sitemapLinks: NavigationSystem[];
  /**
   * Site search outside the main content: role=search, a form with a search field, or a link/button to a
   * search page; at most 20.
   */
  searches: NavigationSystem[];
  /** Focusable elements with a positive tabindex, at most 500. */
  positiveTabindex: TabindexFact[];
}
