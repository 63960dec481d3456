// Facts for the rules on tables (RGAA 5.x). Filled by src/crawl/collectors/facts/tables.ts.

import type { RuleTarget } from './target.js';

/** Not collected yet: the gatherer's author defines the fields. */
export interface TableFact extends RuleTarget {
  readonly pending?: never;
}
