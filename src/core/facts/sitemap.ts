// Facts for RGAA 12.3.2 (« Les liens du plan du site sont-ils fonctionnels ? »): on a page that presents itself
// as the site map, each link of the map is requested once from the page (HEAD, else GET) and its HTTP status kept.
// Filled by src/crawl/collectors/facts/sitemap.ts after the measurement (the requests are not counted).

import type { RuleTarget } from './target.js';

export interface SitemapLinkCheck extends RuleTarget {
  /** Absolute URL, fragment removed. */
  href: string;
  /** Final HTTP status after redirects; null when no status could be read (see `error`). */
  status: number | null;
  /** Why no status: `timeout`, `network` (refused, blocked, or cross-origin without CORS), `budget`. */
  error: 'timeout' | 'network' | 'budget' | null;
}

export interface SitemapFacts {
  root: RuleTarget;
  /** How the page was recognised as the site map; null when it is not one (nothing is requested). */
  recognisedBy: 'url' | 'title' | 'heading' | null;
  /** http(s) links of the map (in <main> when there is one), in document order, at most MAX_SITEMAP_LINKS. */
  links: SitemapLinkCheck[];
  /** http(s) links of the map found on the page (links may be fewer: cap). */
  total: number;
  durationMs: number;
}
