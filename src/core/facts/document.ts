// Facts about the document as a whole (RGAA 8.x, 13.1): doctype, languages, title, meta elements.
// Filled by src/crawl/collectors/facts/document.ts.

import type { RuleTarget } from './target.js';

export interface DocumentFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
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
}
