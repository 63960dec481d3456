// Facts for the rules on markup (RGAA 8.9, 8.10, 10.1): presentational tags and attributes, markup used for
// spacing, letters spaced out with spaces, `dir` attributes. HTML elements of the top document only (SVG and
// MathML content is not HTML). Filled by src/crawl/collectors/facts/markup.ts.

import type { RuleTarget } from './target.js';

/** An element whose tag is one of the RGAA glossary's presentational tags (« Présentation de l’information »). */
export interface PresentationalTagFact extends RuleTarget {
  tag: string;
}

/**
 * An element carrying attributes of the RGAA glossary's presentational list, its exceptions left out (width and
 * height on img, object, embed, canvas; size on select).
 */
export interface PresentationalAttributeFact extends RuleTarget {
  tag: string;
  /** The listed attributes it carries, lower-cased, in list order. */
  attributes: string[];
  /** For `<link>`: its rel, lower-cased (a `color` attribute is standard on rel="mask-icon"). */
  rel?: string;
}

/** Markup that may be used only for layout (RGAA 8.9.1). */
export interface PresentationMarkupFact extends RuleTarget {
  kind: 'empty-paragraph' | 'line-breaks' | 'bare-link' | 'blockquote';
  /** Rendered (box, not visibility:hidden). */
  visible: boolean;
  /** Height in CSS pixels (empty paragraphs: the space they take). */
  height: number;
  /** Attribute names of the element, lower-cased (at most 20). */
  attributes: string[];
  /** Consecutive `<br>` (line-breaks), 0 otherwise. */
  count: number;
  /** Inside an element with role presentation or none. */
  inPresentationRole: boolean;
  /** Inside a list item, a `<nav>` or a navigation/menu role (bare links). */
  inNavigation: boolean;
}

/** A run of single letters separated by spaces in a text (« B I E N V E N U E »), RGAA 10.1.3. */
export interface SpacedLettersFact extends RuleTarget {
  /** The run as written, cut to 200 characters. */
  text: string;
}

/** An element with a `dir` attribute (RGAA 8.10.2). */
export interface DirFact extends RuleTarget {
  /** The attribute as written, cut to 200 characters. */
  value: string;
}

export interface MarkupFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
  presentationalTags: PresentationalTagFact[];
  presentationalAttributes: PresentationalAttributeFact[];
  presentationMarkup: PresentationMarkupFact[];
  spacedLetters: SpacedLettersFact[];
  dir: DirFact[];
}
