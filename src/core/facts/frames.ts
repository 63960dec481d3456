// Facts for the rules on frames (RGAA 2.x). Filled by src/crawl/collectors/facts/frames.ts.

import type { RuleTarget } from './target.js';

export interface FrameFact extends RuleTarget {
  tag: 'iframe' | 'frame';
  /** The `title` attribute as written, null when absent. */
  title: string | null;
  /** Accessible name (title, aria-label, aria-labelledby), whitespace collapsed. */
  name: string;
  /** Removed from the accessibility tree (aria-hidden, display:none, visibility:hidden) or role=presentation/none. */
  hidden: boolean;
  src: string | null;
}
