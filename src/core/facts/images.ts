// Facts for the rules on images (see src/core/facts.ts). Filled by src/crawl/collectors/facts/images.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface ImageFacts {
  readonly pending?: never;
}
