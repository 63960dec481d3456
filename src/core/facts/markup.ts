// Facts for the rules on markup (see src/core/facts.ts). Filled by src/crawl/collectors/facts/markup.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface MarkupFacts {
  readonly pending?: never;
}
