// Facts for the rules on focus (see src/core/facts.ts). Filled by src/crawl/collectors/facts/focus.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface FocusFacts {
  readonly pending?: never;
}
