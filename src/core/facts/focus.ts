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

/**
 * RGAA 12.9.1 / WCAG 2.1.2: a synthetic Tab keydown on each focusable element finds the scripts that take Tab
 * over or pull the focus back (suspects); real Tab then Shift+Tab presses from each suspect confirm a trap.
 */
export interface KeyboardTrapFacts {
  /** Elements expected in the Tab order: visible, enabled, not inert. */
  expected: number;
  /** Of them, checked with a synthetic Tab (cap: MAX_TRAP_SCAN). */
  checked: number;
  /** Elements where a script kept or sent the focus back instead of letting Tab move on, at most 5. */
  suspects: RuleTarget[];
  /** Real Tab presses made from the suspects. */
  presses: number;
  /** Real presses confirmed a trap: focus stayed on one element or went round a subset. */
  trapped: boolean;
  /** The elements the focus stayed in (≤ 20, one when stuck), empty when not trapped. */
  cycle: RuleTarget[];
  /** Shift+Tab from the trap reached an element outside it. */
  backwardEscapes: boolean;
  /** The trap is inside an open modal dialog (dialog:modal, [aria-modal=true]). */
  inModal: boolean;
  /** The trap is a text editor (textarea, contenteditable, role textbox/application): Tab may be its own. */
  inEditor: boolean;
  /** Expected elements outside the trap (focus could not reach them from it), at most 10. */
  unreached: RuleTarget[];
  /** Visible focusable frames: their content is not walked. */
  frames: number;
  durationMs: number;
}

/** An element that received the focus and lost it at once to a script of the page (RGAA 7.3.2). */
export interface FocusRemoval extends RuleTarget {
  /** Where the focus went: null when nothing holds it (blur()), else the element a script moved it to. */
  movedTo: RuleTarget | null;
}

/** RGAA 7.3.2: every element of the sequential focus order is focused once, its focus event seen, then checked. */
export interface FocusRemovalFacts {
  /** Elements of the sequential focus order found on the page. */
  candidates: number;
  /** Of them, focused and checked (cap: MAX_REMOVAL_CHECKS). */
  checked: number;
  /** Elements that received a focus event but no longer had the focus when focus() returned, at most 20. */
  removed: FocusRemoval[];
}

export interface FocusFacts {
  /** The document element, for page-level verdicts. */
  root: RuleTarget;
  /** Elements of the sequential focus order, in document order, at most MAX_FOCUS_TARGETS. */
  targets: FocusTarget[];
  /** Elements of the sequential focus order found on the page (targets may be fewer: cap). */
  total: number;
  /** Focus removal check (RGAA 7.3.2); absent from snapshots taken before it existed. */
  removal?: FocusRemovalFacts;
  /** Keyboard trap walk (RGAA 12.9.1); absent from snapshots taken before it existed. */
  trap?: KeyboardTrapFacts;
  /** Time spent in the page, ms (for the benchmark). */
  durationMs: number;
}
