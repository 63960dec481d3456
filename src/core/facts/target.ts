// What every fact target carries: where it is and what it looks like, for the evidence of a verdict.

export interface RuleTarget {
  /** CSS selector, unique in the document. */
  selector: string;
  /** Outer HTML, at most 250 characters. */
  snippet: string;
}
