// The small per-page extract the site-level rules compare between the pages of a sample (RGAA « dans chaque
// ensemble de pages… »: 11.3.2, 12.2.1, 12.4, 12.5, 12.7.2). Built from the page facts when a page is judged and
// carried in its report, so a site can be judged again from its page reports alone.

import type { Box } from './facts/fields.js';

/** A menu, sitemap link or site search of one page (see NavigationSystem in facts/navigation.ts). */
export interface SiteNavItem {
  selector: string;
  /** Accessible name or first text, at most 100 characters. */
  name: string;
  /** Destination of a link, null for a form or a button. */
  href: string | null;
  /** Tag of the element (`nav`, `a`, `form`, `button`…), from its snippet. */
  tag: string;
  /** Page coordinates. */
  box: Box;
  /** Index in document order among all elements. */
  order: number;
  /** First 30 link destinations (menus only). */
  links: string[];
}

export interface SiteSkipLink {
  selector: string;
  name: string;
  fragment: string;
  reachesMain: boolean;
  /** Position among the focusable elements (0 = first tab stop), null when not focusable. */
  focusIndex: number | null;
  visible: boolean;
  visibleOnFocus: boolean | null;
}

export interface SiteField {
  selector: string;
  /** `input` type, `select`, `textarea` or ARIA role. */
  type: string;
  /** `autocomplete` as written, null when absent. */
  autocomplete: string | null;
  /** The `name` attribute (read from the snippet), null when absent. */
  htmlName: string | null;
  /** Accessible name, at most 200 characters. */
  label: string;
}

export interface SiteFacts {
  /** Viewport of the visit, px. */
  viewport: { width: number; height: number };
  /** Document scroll height, px (0 when unknown). */
  pageHeight: number;
  /** Elements in the document (relative place of an `order` in it). */
  elements: number;
  /** Null when the navigation facts could not be collected. */
  navigation: {
    main: boolean;
    navigationBeforeMain: boolean;
    menus: SiteNavItem[];
    sitemapLinks: SiteNavItem[];
    searches: SiteNavItem[];
    skipLinks: SiteSkipLink[];
  } | null;
  /** Visible form fields, at most 100; null when the form facts could not be collected. */
  fields: SiteField[] | null;
}
