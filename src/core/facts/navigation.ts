// Facts for the rules on navigation (see src/core/facts.ts). Filled by src/crawl/collectors/facts/navigation.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface NavigationFacts {
  readonly pending?: never;
}
