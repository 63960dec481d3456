// Facts for the rules on rendering (RGAA 10.2, 10.4, 10.5, 10.11, 10.12). Filled by
// src/crawl/collectors/facts/rendering.ts: colours declared in CSS (read through the CSSOM), text inserted by
// CSS, text clipped by overflow under WCAG 1.4.12 text spacing and 200 % text, horizontal scrolling at 320 px.

import type { RuleTarget } from './target.js';

/** A text element whose colour comes from an author declaration, or which sits on an author background. */
export interface ColourPairing extends RuleTarget {
  /** Selector of a text element concerned (the first one found). */
  sample: string;
  /** Elements with own text concerned. */
  texts: number;
  /** Texts concerned whose background has no colour (none of them and their ancestors declares one). */
  withoutBackground: number;
  /** Texts concerned whose nearest background is an image without colour (10.5.3 deals with them). */
  onImageOnly: number;
  /** Texts concerned whose colour is not declared by the author (inherited default colour). */
  withoutColour: number;
  /** Texts concerned coloured by the browser's default style (links, form controls). */
  defaultColour: number;
}

/** An element with a CSS background image (url or gradient) behind text. */
export interface BackgroundImageFact extends RuleTarget {
  /** Computed background-image, cut to 200 characters. */
  image: string;
  /** The image is a gradient, repeats, or is sized to cover the element (it makes the background). */
  coversBox: boolean;
  /** The element or an ancestor has an opaque or translucent background colour. */
  hasBackgroundColour: boolean;
  sample: string;
}

/** Text inserted by ::before / ::after `content`. */
export interface GeneratedContentFact extends RuleTarget {
  pseudo: 'before' | 'after';
  /** The inserted text, at most 200 characters. */
  text: string;
  /** The element shows no other text nor image: without CSS it would be empty. */
  onlyContent: boolean;
  /** The element's own text (without CSS) already says it: nothing is lost. */
  repeated: boolean;
  /** Link, button or other interactive element. */
  interactive: boolean;
}

/** A box whose text is clipped by `overflow: hidden | clip` after the change, and was not before. */
export interface ClippedTextFact extends RuleTarget {
  axis: 'x' | 'y';
  /** Pixels of content cut, after the change. */
  overflowPx: number;
  /** Line height of the box's text, px, after the change. */
  lineHeightPx: number;
  /** The box hides its overflow (hidden, clip); false: the text spills out of a box too small (overlap?). */
  clips: boolean;
  /** The box truncates on purpose (-webkit-line-clamp, text-overflow: ellipsis). */
  truncates: boolean;
  /** Start of the clipped text, at most 80 characters. */
  text: string;
}

export interface ReflowCulprit extends RuleTarget {
  /** Left and right edges in CSS px at the narrow width. */
  left: number;
  right: number;
  /** Content allowed to need two dimensions (table, pre, code, canvas, svg, video, iframe, map, toolbar…). */
  twoDimensional: boolean;
  /** Not seen by anybody (visibility hidden, opacity 0, aria-hidden): probably an off-screen menu. */
  hidden: boolean;
}

export interface ReflowFacts {
  /** Viewport width used, CSS px (320), null when the viewport could not be changed. */
  width: number | null;
  scrollWidth: number;
  clientWidth: number;
  /** html or body hide the horizontal overflow (no scroll bar, content possibly cut off). */
  overflowHidden: boolean;
  /** Outermost elements sticking out on the right, at most 20. */
  culprits: ReflowCulprit[];
}

/**
 * RGAA 10.14.1 / 10.14.2: a same-origin style rule that shows content hidden at rest (on a descendant, a sibling
 * or a ::before/::after) when an element is hovered, or focused. Target: the first element it reveals.
 */
export interface StateRevealFact extends RuleTarget {
  state: 'hover' | 'focus';
  /** The selector of the rule (one part of the list), at most 200 characters. */
  cssSelector: string;
  /** The same selector with the other state (:focus, :focus-within, :focus-visible / :hover) has a rule too. */
  equivalent: boolean;
  /** The element carrying the state is or contains an element of the sequential focus order. */
  hostFocusable: boolean;
  /** The element carrying the state is or contains a disclosure control (aria-expanded, aria-controls…). */
  disclosure: boolean;
  /** Focus state only: a click shows it too (:focus, :focus-within, or :focus-visible on a text field). */
  clickFocuses: boolean;
}

/** RGAA 8.10.1: an element holding text written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
export interface RtlTextFact extends RuleTarget {
  /** Start of the text, at most 80 characters. */
  text: string;
  /** `dir` of the nearest ancestor-or-self carrying one, below <html>; null when none. */
  dir: string | null;
}

/**
 * RGAA 10.11.2 / WCAG 1.4.10: content read horizontally (vertical writing modes) at 256 CSS px high. Measured only
 * when the page has such text.
 */
export interface VerticalReflowFacts {
  /** Viewport height used, CSS px (256); null when there was no such text or the viewport could not change. */
  height: number | null;
  /** <html> or <body> is in a vertical writing mode: the whole page scrolls sideways. */
  rootVertical: boolean;
  clientHeight: number;
  scrollHeight: number;
  /** Blocks of vertical text inside a horizontal page (outermost), at most 20, with their height at 256 px. */
  elements: (RuleTarget & { heightPx: number })[];
}

export interface RenderingFacts {
  root: RuleTarget;
  /** The page shows text (body's visible text not empty). */
  hasText: boolean;
  /** Style sheets whose rules cannot be read (cross-origin without CORS): their declarations are unknown. */
  unreadableSheets: string[];
  /** 10.5.1: per element declaring a text colour (inherited by its texts), at most 500. */
  textColours: ColourPairing[];
  /** 10.5.2: per element declaring a background colour behind text, at most 500. */
  backgroundColours: ColourPairing[];
  /** 10.5.3: background images behind text, at most 500. */
  backgroundImages: BackgroundImageFact[];
  /** 10.14.1 / 10.14.2: content shown by :hover or :focus rules, at most 100; absent from older snapshots. */
  stateReveals?: StateRevealFact[];
  /** 8.10.1: direction of the document (dir of <html>, ltr by default); absent from older snapshots. */
  documentDirection?: 'ltr' | 'rtl';
  /** 8.10.1: visible elements with right-to-left text, at most 100. */
  rtlTexts?: RtlTextFact[];
  /** 10.2.1: text inserted by CSS, at most 200. */
  generatedContent: GeneratedContentFact[];
  /** 10.12.1: boxes clipping text once WCAG 1.4.12 spacing is applied, at most 100. */
  spacingClipped: ClippedTextFact[];
  /** 10.4.1: boxes clipping text at 200 % text size and also at 200 % graphic zoom, at most 100. */
  zoomClipped: ClippedTextFact[];
  /** 10.11.1: horizontal scrolling at 320 CSS px. */
  reflow: ReflowFacts;
  /** 10.11.2: vertical text at 256 CSS px high; absent from snapshots taken before it was measured. */
  verticalReflow?: VerticalReflowFacts;
  /** Time spent per phase, ms (for the benchmark). */
  durationMs: { colours: number; spacing: number; zoom: number; reflow: number };
}
