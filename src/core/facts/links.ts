// Facts for the rules on links (RGAA 6.1, 6.2). Filled by src/crawl/collectors/facts/links.ts: every link of the
// top document exposed to assistive technologies, its kind in the RGAA's terms, its name and its context.

import type { RuleTarget } from './target.js';

/**
 * RGAA glossary: text link (no image child), image link (only images), composite link (text and images), SVG
 * link (an `<a>` inside an `<svg>`). Images hidden from assistive technologies (alt="", aria-hidden) are ignored.
 */
export type LinkKind = 'text' | 'image' | 'composite' | 'svg';

/** Where the accessible name comes from (accname order the RGAA glossary repeats). */
export type LinkNameSource = 'aria-labelledby' | 'aria-label' | 'contents' | 'title' | 'none';

/** The « contexte du lien » of the RGAA glossary: text around the link that can complete its name. */
export type LinkContextKind = 'sentence' | 'paragraph' | 'listItem' | 'heading' | 'cell';

export interface LinkContext {
  kind: LinkContextKind;
  /** The context text without the link's own text, whitespace collapsed, at most 100 characters. */
  text: string;
}

export interface LinkFact extends RuleTarget {
  kind: LinkKind;
  /** Accessible name (axe-core's accname), whitespace collapsed, at most 200 characters. */
  name: string;
  nameSource: LinkNameSource;
  /** Text really shown on screen (visually hidden text left out), at most 200 characters. */
  visibleText: string;
  /** Text alternatives of the exposed images of the link, joined, at most 200 characters. */
  imageText: string;
  /** The `title` attribute, whitespace collapsed; null when absent. */
  title: string | null;
  /** Accessible description (aria-describedby), at most 200 characters; '' when none. */
  description: string;
  /** Resolved destination (`href`), null for a role=link element without one. At most 500 characters. */
  href: string | null;
  /** Contexts found around the link (RGAA glossary « contexte du lien »), at most one per kind. */
  contexts: LinkContext[];
}

/** RGAA 10.6.1: a link inside running text (not in a navigation landmark), as it looks next to that text. */
export interface InTextLinkFact extends RuleTarget {
  /** What sets it apart at rest other than colour (underline, border, background, weight, italics, shadow, icon,
   *  image), in French; null when only its colour does. */
  nonColourCue: string | null;
  /** Contrast ratio between its text colour and the text colour around it; null when either is translucent. */
  contrast: number | null;
  /** A :hover rule that applies changes more than colours (`yes`); none does (`no`); some sheets were unreadable. */
  hoverCue: 'yes' | 'no' | 'unknown';
}

export interface LinkFacts {
  /** Links (`a[href]`, `[role=link]`, SVG `<a>`) exposed to assistive technologies, at most 500. */
  links: LinkFact[];
  /** Number of such links on the page, beyond the cap included. */
  total: number;
  /** 10.6.1: links inside running text, at most 200; absent from snapshots taken before they were collected. */
  inText?: InTextLinkFact[];
}
