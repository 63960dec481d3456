// The page snapshot: everything the browser collects once per visit. Every judgement (axe mapping,
// EcoIndex, later RGAA and eco rules) is a pure function over it, so a stored snapshot can be re-judged.

import type { FactKey, PageFacts } from './facts.js';
import type { LegalText } from './legal-text.js';

/**
 * 2: `facts` and `factErrors` for Vigie's own rules. Version 1 snapshots are judged without them (tests NT).
 * 3: `legalText`, the visible text for the legal checks. Older snapshots leave those checks unread.
 */
export const SNAPSHOT_SCHEMA_VERSION = 3;

export interface Redirect {
  url: string;
  status: number;
}

/** One node reported by axe-core, compacted (selector, capped snippet, messages). */
export interface AxeNode {
  /** CSS selector; selectors inside frames are joined with ' >>> '. */
  target: string;
  /** Outer HTML, at most 250 characters. */
  html: string;
  impact: string | null;
  /** Messages of the checks that failed or could not decide (French when axe has the locale). */
  messages: string[];
}

export interface AxeRuleRaw {
  id: string;
  impact: string | null;
  tags: string[];
  help: string;
  /** Exact number of nodes axe reported in this group, even when `nodes` is cut. */
  nodeCount: number;
  nodes: AxeNode[];
}

/** axe-core results, all four groups kept (passes nodes are cut to a sample, counts stay exact). */
export interface AxeRaw {
  engineVersion: string;
  locale: string;
  passes: AxeRuleRaw[];
  violations: AxeRuleRaw[];
  incomplete: AxeRuleRaw[];
  inapplicable: AxeRuleRaw[];
}

export interface DomFacts {
  /** document.getElementsByTagName('*').length of the top document. */
  elements: number;
  /** Elements that are descendants of an <svg> element (the <svg> itself is not one). */
  svgDescendants: number;
  /** Elements minus SVG descendants: the EcoIndex DOM input. */
  elementsExcludingSvg: number;
  /**
   * Elements inside open shadow roots (recursively) and inside same-origin frame documents, counted apart and
   * NOT part of the EcoIndex input: the reference quantiles were built from the top document alone
   * (docs/methodology.md). Absent in snapshots before measurement protocol 2.
   */
  shadowElements?: number;
  frameElements?: number;
  /** Frames whose document could be read (same origin, loaded). */
  sameOriginFrames?: number;
  iframes: number;
  images: number;
  links: number;
  forms: number;
  scripts: number;
  stylesheets: number;
  doctype: string | null;
  dir: string | null;
  metaViewport: string | null;
  metaRefresh: string | null;
  scrollHeight: number;
}

/** A link of the page (`<a href>`, `<area href>`), for sampling and the legal checks. */
export interface PageLink {
  /** Absolute URL, fragment removed. */
  href: string;
  /** Text content, whitespace collapsed, at most 200 characters. */
  text: string;
  /** aria-label or title, when present. */
  label: string | null;
  rel: string | null;
  /** Inside a <footer> or role=contentinfo landmark. */
  inFooter: boolean;
}

export interface NetworkEntry {
  url: string;
  /** Chromium resource type: Document, Stylesheet, Script, Image, Font, XHR, Fetch, Media, Other… */
  type: string;
  method: string;
  /** 0 when no response arrived. */
  status: number;
  mimeType: string | null;
  protocol: string | null;
  /** Bytes received on the wire, headers included, compressed as sent (CDP encodedDataLength). */
  transferBytes: number;
  /**
   * Bytes of the response headers as received (DevTools `encodedDataLength` when the response arrived); the
   * body on the wire is `transferBytes - headerBytes`. Absent in snapshots before measurement protocol 2.
   */
  headerBytes?: number;
  /** Decoded body bytes. */
  bodyBytes: number;
  contentEncoding: string | null;
  cacheControl: string | null;
  expires: string | null;
  etag: string | null;
  lastModified: string | null;
  thirdParty: boolean;
  /** This entry is one hop of a redirect (3xx) chain. */
  redirect: boolean;
  /** Served from Blink's memory cache: no HTTP request was sent (not counted as a request or bytes). */
  fromCache: boolean;
  /**
   * The browser's own request for /favicon.ico: made once per tab and origin, not by the page, so it is logged
   * but not counted (counting it would make a page's figures depend on the visits before it).
   */
  browserFavicon: boolean;
  /** Chromium's error text when the request failed or was cancelled. */
  failed: string | null;
  startMs: number;
  endMs: number | null;
}

/** Version of the measurement protocol (docs/methodology.md); bump it when what is counted or waited for changes. */
export const MEASUREMENT_PROTOCOL_VERSION = 2;

/** How the EcoIndex inputs are counted under protocol 2 (stored so that a result says what it measured). */
export const MEASUREMENT_RULES = {
  cache: 'disabled',
  isolation: 'cookies-storage-cleared-per-visit',
  nodes: 'top-document-elements-minus-svg-descendants',
  requests: 'http-https-sent-including-redirect-hops-excluding-memory-cache-and-browser-favicon',
  bytes: 'wire-bytes-headers-included-compressed',
} as const;

export interface MeasurementProtocol {
  /** Absent (protocol 1) in older snapshots. */
  version?: number;
  /** Absent in protocol 1 snapshots, which measured the same way. */
  rules?: typeof MEASUREMENT_RULES;
  viewport: { width: number; height: number };
  settleQuietMs: number;
  settleMaxMs: number;
  /** Budget of the scroll call itself (the settle after it has `settleMaxMs`). */
  scrollBudgetMs?: number;
  scrolled: boolean;
  /** Which budget cut the measurement: `load`, `settle` (before the scroll) or `scroll` (the settle after it). */
  truncatedBy?: ('load' | 'settle' | 'scroll')[];
  /**
   * What scrolling to the bottom added once the page settled again: height in CSS px and elements (RGESN 4.2,
   * infinite scroll). Null when the page was not scrolled; absent from snapshots taken before it was measured.
   */
  scrollGrowth?: { heightPx: number; elements: number } | null;
  /** The load event did not fire within the navigation budget; the page was measured as it stood. */
  loadTimedOut: boolean;
  /** Requests were still in flight when a settle budget ran out. */
  measurementTruncated: boolean;
}

export interface SnapshotTimings {
  navigationMs: number;
  settleMs: number;
  scrollMs: number;
  collectMs: number;
  axeMs: number;
  /** Absent in version 1 snapshots. */
  factsMs?: number;
  totalMs: number;
}

export interface SnapshotVersions {
  vigie: string;
  axe: string;
  browser: string;
  snapshot: number;
}

export interface PageSnapshot {
  schemaVersion: number;
  requestedUrl: string;
  finalUrl: string;
  redirects: Redirect[];
  status: number;
  contentType: string | null;
  title: string | null;
  lang: string | null;
  /** ISO 8601 time the visit started. */
  startedAt: string;
  timings: SnapshotTimings;
  measurement: MeasurementProtocol;
  dom: DomFacts;
  /** Links of the top document, in document order, at most 2,000. */
  links: PageLink[];
  network: NetworkEntry[];
  /** null when axe could not run; `axeError` then says why. */
  axe: AxeRaw | null;
  axeError: string | null;
  /** Facts for Vigie's own rules; absent in version 1 snapshots. */
  facts?: PageFacts;
  /** Why a fact key is missing, by key. */
  factErrors?: Partial<Record<FactKey, string>>;
  /** Visible text in blocks, for the legal checks; absent before version 3, null when it could not be read. */
  legalText?: LegalText | null;
  legalTextError?: string | null;
  html: { content: string; truncated: boolean; length: number };
  versions: SnapshotVersions;
}
