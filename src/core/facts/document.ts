// Facts about the document as a whole (RGAA 8.x, 10.4, 13.1): doctype, languages, title, meta elements and a
// sample of the page text for language checks. Filled by src/crawl/collectors/facts/document.ts.

import type { RuleTarget } from './target.js';

export interface MetaFact extends RuleTarget {
  /** The `content` attribute as written (cut to 200 characters), '' when absent. */
  content: string;
  /** The element is a child of `<head>`. */
  inHead: boolean;
}

export interface DocumentFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
  /** The document element is an HTML `<html>` element (false for SVG or other XML documents). */
  isHtml?: boolean;
  doctype: {
    name: string;
    publicId: string;
    systemId: string;
    /** The doctype node comes before the `<html>` element in the document (RGAA 8.1.3). */
    beforeHtml: boolean;
  } | null;
  /** `lang` of `<html>` as written, null when absent. */
  lang: string | null;
  /** `xml:lang` of `<html>`, null when absent. */
  xmlLang: string | null;
  /** `document.title`, whitespace collapsed; null when there is no `<title>` element. */
  title: string | null;
  /** `<meta http-equiv="refresh">` elements, in document order. */
  metaRefresh?: MetaFact[];
  /** `<meta name="viewport">` elements, in document order. */
  metaViewport?: MetaFact[];
  /**
   * Words of the page text in the default language: text nodes of `<body>` outside script, style, code and
   * elements whose `lang` differs from the root's; lower-cased, at most 500 words.
   */
  textWords?: string[];
  /**
   * When `<html>` has no lang nor xml:lang: text nodes of `<body>` (outside script, style, code) with no language
   * on any ancestor (RGAA 8.3.1 accepts a language on every text element). 0 when `<html>` has a language.
   */
  textWithoutLang?: number;
  /** Words of the text of `<body>` outside script, style and code, counted up to 1 000. */
  textWordCount?: number;
  /**
   * The title’s words (lower-cased, accents and French plural/feminine endings removed, at most 20) and whether
   * each occurs in the page: body text,
   * `alt`, `aria-label` and `title` attributes.
   */
  titleWords?: { word: string; inPage: boolean }[];
  /**
   * Text blocks of 40 words or more (p, li, td, th, dd, blockquote, figcaption without such a block inside), the
   * first 30 in document order: their effective language (lang of the nearest ancestor, lower-cased) and their
   * first 80 words, lower-cased (RGAA 8.7.1).
   */
  textBlocks?: (RuleTarget & { lang: string; words: string[] })[];
  /** Text of the first `<h1>` (or role=heading level 1), whitespace collapsed, cut to 200 characters. */
  firstH1?: string | null;
}
