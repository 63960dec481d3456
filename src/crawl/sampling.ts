// The RGAA sample of a site: the home page, the pages the RGAA requires when they exist (accessibility, legal
// notice, contact, site map, help, authentication), found from the home page's links and the sitemap, then other
// pages up to the requested total. Pure: the caller fetches the home page, robots.txt and the sitemap.

import { isAllowed, type RobotsPolicy } from '../core/robots.js';
import type { PageLink } from '../core/snapshot.js';

export const PAGE_ROLES = [
  'home',
  'accessibility',
  'legal',
  'contact',
  'sitemap',
  'help',
  'authentication',
  'other',
  // Not a sample page: visited only to find the accessibility statement (legal checks), outside the RGAA sample.
  'statement',
] as const;
export type PageRole = (typeof PAGE_ROLES)[number];

export interface SamplePage {
  url: string;
  role: PageRole;
  /** How the page was found: the home link's text or the sitemap. */
  foundBy: 'home' | 'link-text' | 'link-url' | 'sitemap-url' | 'filler';
}

interface RolePattern {
  role: Exclude<PageRole, 'home' | 'other' | 'statement'>;
  text: RegExp;
  url: RegExp;
}

// Order matters: a link matching several patterns takes the first role.
const ROLE_PATTERNS: RolePattern[] = [
  {
    role: 'accessibility',
    text: /accessibilit[eé]|d[ée]claration d.accessibilit/i,
    url: /accessibilit|declaration-d-?accessibilite|\/a11y\b/i,
  },
  {
    role: 'legal',
    text: /mentions?\s*l[ée]gales?|informations l[ée]gales|legal notice/i,
    url: /mentions?[-_]?legales?|legal[-_]notice|informations-legales/i,
  },
  { role: 'sitemap', text: /plan du site|site ?map/i, url: /plan[-_]du[-_]site|site[-_]?map(?!\.xml)/i },
  {
    role: 'contact',
    text: /^(nous )?contact(er|ez)?( la mairie| nous)?$|formulaire de contact|contactez[- ]nous/i,
    url: /\/contact(s|er|ez)?([-_/.]|$)|nous-contacter/i,
  },
  {
    role: 'help',
    text: /^aide$|^besoin d.aide|^faq$|foire aux questions|^help$/i,
    url: /\/(aide|help|faq)([-_/.]|$)/i,
  },
  {
    role: 'authentication',
    text: /se connecter|connexion|identifi(ez|cation)|mon compte|espace (personnel|citoyen|usager|famille|abonn)|log ?in|sign in/i,
    url: /\/(login|connexion|signin|sign-in|mon-compte|espace-(personnel|citoyen|usager|famille))([-_/.?]|$)/i,
  },
];

const MAX_NAMING_TEXT = 60;

const NOT_PAGES =
  /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip|gz|rar|7z|jpe?g|png|gif|webp|svg|mp[34]|avi|mov|webm|ogg|wav|ics|xml|json|txt|exe|dmg|apk)$/i;

/** Host without a leading `www.`, so that www.ville.fr and ville.fr are one site. */
export function siteHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** An http(s) page URL of the same site, without fragment; null for files, mailto:, other sites. */
export function samePageUrl(href: string, homeUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(href, homeUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (siteHost(url.href) !== siteHost(homeUrl)) return null;
  if (NOT_PAGES.test(url.pathname)) return null;
  url.hash = '';
  return url.href;
}

export function roleOfLink(link: Pick<PageLink, 'href' | 'text' | 'label' | 'rel'>): {
  role: PageRole;
  by: 'link-text' | 'link-url';
} {
  if (link.rel && /\bsitemap\b/i.test(link.rel)) return { role: 'sitemap', by: 'link-text' };
  for (const raw of [link.text, link.label ?? '']) {
    const text = raw.trim();
    for (const pattern of ROLE_PATTERNS) {
      // A link is named by a short text, or by one that starts with the words: a keyword lost in a long text
      // (a tag cloud, a news title) does not name the page.
      const match = pattern.text.exec(text);
      if (match && (text.length <= MAX_NAMING_TEXT || match.index <= 3))
        return { role: pattern.role, by: 'link-text' };
    }
  }
  let path = '';
  try {
    const url = new URL(link.href);
    path = `${url.pathname}${url.search}`;
  } catch {
    return { role: 'other', by: 'link-url' };
  }
  for (const pattern of ROLE_PATTERNS)
    if (pattern.url.test(path)) return { role: pattern.role, by: 'link-url' };
  return { role: 'other', by: 'link-url' };
}

function key(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/index\.(html?|php)$/i, '/').replace(/\/+$/, '') || '/';
  return `${siteHost(url)}${path}${parsed.search}`;
}

export interface SampleInput {
  homeUrl: string;
  links: readonly PageLink[];
  sitemapUrls: readonly string[];
  robots: RobotsPolicy;
  pagesPerSite: number;
}

/**
 * Home first; then one page per required role that exists (a link's text beats its URL, a home link beats a
 * sitemap entry); then other pages, home links before sitemap entries and first path segments not yet seen
 * first, until the sample reaches `pagesPerSite`. Required pages are kept even beyond that number: the RGAA
 * sample requires them. Pages that robots.txt disallows are left out.
 */
export function chooseSample(input: SampleInput): SamplePage[] {
  const chosen: SamplePage[] = [{ url: input.homeUrl, role: 'home', foundBy: 'home' }];
  const seen = new Set([key(input.homeUrl)]);
  const allowed = (url: string): boolean => {
    const parsed = new URL(url);
    return isAllowed(input.robots, `${parsed.pathname}${parsed.search}`);
  };
  type Candidate = { url: string; role: PageRole; by: SamplePage['foundBy']; rank: number };
  const candidates: Candidate[] = [];
  input.links.forEach((link, index) => {
    const url = samePageUrl(link.href, input.homeUrl);
    if (!url) return;
    const { role, by } = roleOfLink({ ...link, href: url });
    // Required pages are usually linked from the footer: those links come first within a kind of match.
    const rank = (by === 'link-text' ? 0 : 1_000_000) + (link.inFooter ? 0 : 500_000) + index;
    candidates.push({ url, role, by, rank });
  });
  input.sitemapUrls.forEach((href, index) => {
    const url = samePageUrl(href, input.homeUrl);
    if (!url) return;
    const { role } = roleOfLink({ href: url, text: '', label: null, rel: null });
    candidates.push({ url, role, by: 'sitemap-url', rank: 2_000_000 + index });
  });
  candidates.sort((a, b) => a.rank - b.rank);

  for (const role of PAGE_ROLES) {
    if (role === 'home' || role === 'other' || role === 'statement') continue;
    const found = candidates.find((c) => c.role === role && !seen.has(key(c.url)) && allowed(c.url));
    if (!found) continue;
    seen.add(key(found.url));
    chosen.push({ url: found.url, role, foundBy: found.by });
  }

  const others = candidates.filter((c) => c.role === 'other');
  const segments = new Set<string>();
  const firstSegment = (url: string): string => new URL(url).pathname.split('/')[1] ?? '';
  for (const pass of [0, 1]) {
    for (const candidate of others) {
      if (chosen.length >= input.pagesPerSite) return chosen;
      if (seen.has(key(candidate.url)) || !allowed(candidate.url)) continue;
      const segment = firstSegment(candidate.url);
      if (pass === 0 && segments.has(segment)) continue;
      segments.add(segment);
      seen.add(key(candidate.url));
      chosen.push({
        url: candidate.url,
        role: 'other',
        foundBy: candidate.by === 'sitemap-url' ? 'sitemap-url' : 'filler',
      });
    }
  }
  return chosen;
}

/** `<loc>` entries of a sitemap or sitemap index (index entries are returned separately). */
export function parseSitemap(xml: string): { urls: string[]; sitemaps: string[] } {
  const locs = (block: string): string[] =>
    [...block.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  if (/<sitemapindex[\s>]/i.test(xml)) return { urls: [], sitemaps: locs(xml) };
  return { urls: locs(xml), sitemaps: [] };
}
