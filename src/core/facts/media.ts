// Facts for the rules on media (see src/core/facts.ts). Filled by src/crawl/collectors/facts/media.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface MediaFacts {
  readonly pending?: never;
}
