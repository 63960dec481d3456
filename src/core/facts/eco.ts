// Facts for the eco-design rules (src/audits/eco/rules/): images with their natural and displayed size and
// position against the fold, video and players, carousels that rotate on their own, inline code, print styles,
// fonts, cookies and the text of first-party CSS, JS and SVG files. Filled by src/crawl/collectors/facts/eco.ts.

import type { RuleTarget } from './target.js';

export interface EcoImageFact extends RuleTarget {
  tag: 'img' | 'iframe';
  /** Absolute URL of the resource shown (currentSrc for images), '' when none. */
  src: string;
  /** Intrinsic size (0 for iframes and images not decoded). */
  naturalWidth: number;
  naturalHeight: number;
  /** Rendered box in CSS pixels (0 × 0 when not rendered). */
  renderedWidth: number;
  renderedHeight: number;
  /** Top of the box in document coordinates (CSS px). */
  top: number;
  /** `loading` attribute as written, lower case; null when absent. */
  loading: string | null;
  /** Has a srcset (img, or a <picture> source). */
  srcset: boolean;
  /** Marked for a lazy-loading script (data-src, data-srcset, data-lazy…, or a class naming lazy loading). */
  lazyScript: boolean;
}

export interface EcoMediaFact extends RuleTarget {
  tag: 'video' | 'audio';
  /** currentSrc, or the src attribute (absolute); '' when none. */
  src: string;
  autoplay: boolean;
  /** `preload` attribute as written, lower case; null when absent. */
  preload: string | null;
  paused: boolean;
  muted: boolean;
}

/** An iframe of a video platform asked to start on its own (`autoplay=1` in its address, or allow + marker). */
export interface EcoPlayerFact extends RuleTarget {
  src: string;
  autoplay: boolean;
}

/** A carousel-like element (class, id or aria-roledescription), watched from the page's start. */
export interface CarouselFact extends RuleTarget {
  /** The configuration that asks for automatic rotation (`data-autoplay`, `data-ride`…), null when none seen. */
  autoplayMarker: string | null;
  /** Bursts of changes of its slides (class, style, aria-hidden) with no user action, after its first 0.5 s. */
  rotations: number;
  /** How long it was watched (ms). */
  observedMs: number;
}

export interface InlineCodeFact extends RuleTarget {
  /** Characters of the element's text. */
  chars: number;
}

/** A first-party CSS, JS or SVG file as the page received it (same origin only), or an inline script. */
export interface TextResourceFact {
  url: string;
  kind: 'css' | 'js' | 'svg';
  chars: number;
  lineBreaks: number;
  /** Characters removable without changing the meaning (comments, indentation, runs of spaces), estimated. */
  collapsibleChars: number;
  /** The parser's error for a classic script that does not parse, null when it parses or was not checked. */
  syntaxError: string | null;
}

export interface CookieFact {
  domain: string;
  path: string;
  /** name=value length: what the Cookie request header carries for it. */
  bytes: number;
}

/** RGESN 4.5, 4.13, 5.3, 5.7 (src/crawl/collectors/facts/eco-more.ts). */
export interface EcoMoreFacts {
  /** Interactive components: native controls, and elements given a widget role instead (at most 10 listed). */
  widgets: { native: number; customCount: number; custom: RuleTarget[] };
  /** `Notification.requestPermission`, `PushManager.subscribe` and `permissions.request` calls during the visit. */
  permissionRequests: string[];
  /** `<video>` elements: intrinsic definition (0 when not loaded) and displayed size in CSS px. */
  videos: (RuleTarget & {
    src: string;
    videoWidth: number;
    videoHeight: number;
    renderedWidth: number;
    renderedHeight: number;
  })[];
  /** Links to office documents (pdf, doc(x), xls(x), ppt(x), odt, ods, odp, rtf), at most 100. */
  documents: (RuleTarget & { href: string; extension: string })[];
}

export interface EcoFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
  /** Height of the viewport: the fold. */
  viewportHeight: number;
  devicePixelRatio: number;
  /** `<img>` and `<iframe>` of the top document, at most 500. */
  images: EcoImageFact[];
  media: EcoMediaFact[];
  players: EcoPlayerFact[];
  carousels: CarouselFact[];
  /** `<style>` elements and `<script>` without src (JSON data excluded). */
  inlineStyles: InlineCodeFact[];
  inlineScripts: InlineCodeFact[];
  /** img[src=""], script[src=""], link[rel=stylesheet][href=""]; `sourceElements`: all such elements. */
  emptySources: RuleTarget[];
  sourceElements: number;
  /** `<object>` and `<embed>` that are not images. */
  plugins: RuleTarget[];
  /** A print style sheet (media=print link or style, or an @media print rule in a readable sheet). */
  printStyles: boolean;
  /** Style sheets whose rules could not be read (cross-origin): a print rule may hide there. */
  unreadableStyleSheets: number;
  /** Font faces loaded: `family weight style`. */
  fontFaces: string[];
  /** First-party text files as DevTools holds them, at most 30, and inline classic scripts. */
  textResources: TextResourceFact[];
  /** Cookies of the browser context at the end of the visit (HttpOnly included). */
  cookies: CookieFact[];
  /** Absent from snapshots taken before it was collected. */
  more?: EcoMoreFacts;
}
