// Facts for the rules on rendering (see src/core/facts.ts). Filled by src/crawl/collectors/facts/rendering.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface RenderingFacts {
  readonly pending?: never;
}
