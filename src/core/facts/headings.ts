// Facts for the rules on headings (see src/core/facts.ts). Filled by src/crawl/collectors/facts/headings.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface HeadingFacts {
  readonly pending?: never;
}
