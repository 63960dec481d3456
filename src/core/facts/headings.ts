// Facts for the rules on document structure (RGAA 9.x, 12.6.1): headings, landmarks, lists and text laid out
// as a list. Filled by src/crawl/collectors/facts/headings.ts.

import type { RuleTarget } from './target.js';

export interface HeadingFact extends RuleTarget {
  /** `h1`…`h6`, or the tag of an element with role="heading". */
  tag: string;
  /** From the tag, or aria-level (2, ARIA's default, when role="heading" has none). */
  level: number;
  /** Accessible name (axe-core's accname), at most 200 characters. */
  name: string;
  /** Removed from the accessibility tree (aria-hidden, display:none, visibility:hidden). */
  hiddenFromAT: boolean;
}

export type LandmarkRole = 'banner' | 'navigation' | 'main' | 'contentinfo' | 'search' | 'complementary';

export interface LandmarkFact extends RuleTarget {
  tag: string;
  /** Computed role (axe-core): a <header> inside <article> is no banner. */
  role: LandmarkRole;
  /** Rendered with a box. */
  visible: boolean;
  hiddenFromAT: boolean;
  /** Has the `hidden` attribute (RGAA 9.2.1: the way to hide the extra <main> elements). */
  hiddenAttribute: boolean;
  /** Number of links inside. */
  links: number;
}

export interface ListFact extends RuleTarget {
  tag: 'ul' | 'ol';
  /** Tags of the direct children that are not <li> (script and template ignored), at most 5. */
  strayChildren: string[];
}

/** Text laid out as a list without list markup: lines or sibling paragraphs starting with a marker. */
export interface FakeListFact extends RuleTarget {
  /** `bullet` (-, •, *, ·, ▪, ►), `dash` (– or —, also used for dialogue), `number` (1. 2. 3.). */
  marker: 'bullet' | 'dash' | 'number';
  /** Consecutive items found. */
  items: number;
  /** The first two items, at most 120 characters. */
  sample: string;
}

export interface HeadingFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
  /** Headings in document order (h1–h6 and role="heading"), at most 500. */
  headings: HeadingFact[];
  /** Landmarks (computed role), at most 500. */
  landmarks: LandmarkFact[];
  /** `<ul>` and `<ol>` shown on the page, at most 500. */
  lists: ListFact[];
  fakeLists: FakeListFact[];
  /** Forms that look like a search engine (input type=search, or a text field named q/search/recherche…). */
  searchForms: (RuleTarget & { inSearchLandmark: boolean })[];
  /** Visible links to an anchor of the page (skip links, quick-access links). */
  inPageLinks: number;
}
