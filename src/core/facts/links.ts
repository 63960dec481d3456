// Facts for the rules on links (see src/core/facts.ts). Filled by src/crawl/collectors/facts/links.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface LinkFacts {
  readonly pending?: never;
}
