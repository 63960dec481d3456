// Facts for the rules on focus visibility (RGAA 10.7.1, WCAG 2.4.7, ACT oj04fd). Filled by
// src/crawl/collectors/facts/focus.ts, which focuses each element of the sequential focus order in turn
// (:focus-visible semantics) and compares the computed styles before and after.

import type { RuleTarget } from './target.js';

/** One computed style property that differs between the unfocused and the focused state. */
export interface FocusStyleChange {
  /** `element`, its `::before` / `::after`, an `ancestor` (:focus-within, :has) or a `sibling` (`:focus + x`). */
  where: 'element' | 'before' | 'after' | 'ancestor' | 'sibling';
  property: string;
  before: string;
  after: string;
}

export interface FocusTarget extends RuleTarget {
  /** Has a box of at least 2×2 px on the page, not clipped away, once focused. */
  visible: boolean;
  /** The element matched :focus-visible once focused (keyboard-like focus). */
  focusVisible: boolean;
  /** Style properties that changed (element, pseudo-elements, ancestors, siblings), at most 30. */
  changes: FocusStyleChange[];
  /** DOM mutations the focus caused (scripts of the page: onfocus handlers), at most 5 descriptions. */
  mutations: string[];
  /** Opaque colour behind the element's outline (parents' backgrounds, white canvas), null when an image. */
  surroundingBackground: string | null;
  /** Opaque colour behind the element's content before focus (itself and its parents), null when an image. */
  ownBackground: string | null;
}

export interface FocusFacts {
  /** The document element, for page-level verdicts. */
  root: RuleTarget;
  /** Elements of the sequential focus order, in document order, at most MAX_FOCUS_TARGETS. */
  targets: FocusTarget[];
  /** Elements of the sequential focus order found on the page (targets may be fewer: cap). */
  total: number;
  /** Time spent in the page, ms (for the benchmark). */
  durationMs: number;
}
