// Facts for the rules on fields (see src/core/facts.ts). Filled by src/crawl/collectors/facts/fields.ts.

/** Not collected yet: the gatherer's author defines the fields. */
export interface FieldFacts {
  readonly pending?: never;
}
