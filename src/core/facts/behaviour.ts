// Facts about what the page's scripts did during the visit (RGAA 7.3, 13.1.3, 13.2.1, 13.9.1): event handlers,
// windows opened, client-side navigations, orientation locks. Recorded by an init script installed before any
// page script (src/crawl/collectors/facts/behaviour-recorder.ts) and by the tab (src/crawl/tab.ts).

import type { RuleTarget } from './target.js';

/** An element with a pointer (click, mouse, pointer, touch) or hover handler set by script or inline. */
export interface PointerHandlerFact extends RuleTarget {
  tag: string;
  /** Event types handled on the element itself (addEventListener, on* property or attribute): click, dblclick,
   *  mousedown, mouseup, pointerdown, touchstart, mouseover, mouseenter. */
  types: string[];
  visible: boolean;
  /** Natively focusable and activable: a[href], area[href], button, input, select, textarea, summary… */
  nativeControl: boolean;
  /** Disabled form control (neither focusable nor activable by anyone). */
  disabled: boolean;
  /** Parsed `tabindex` attribute, null when absent or invalid. */
  tabindex: number | null;
  role: string | null;
  /** A keydown/keyup/keypress handler on the element itself. */
  ownKeyHandler: boolean;
  /** A key handler on an ancestor, the document or the window (may handle this element by delegation). */
  inheritedKeyHandler: boolean;
  /** A focus/focusin handler on the element, or focusin on an ancestor (a keyboard twin of a hover effect). */
  focusHandler: boolean;
  /** The closest focusable ancestor is a link, a control or has tabindex ≥ 0. */
  focusableAncestor: boolean;
  /** Focusable descendants (tabindex ≥ 0 or native), capped at 10. */
  focusableDescendants: number;
  /** Computed `cursor: pointer` (the element looks clickable); only computed (else false) for a visible element
   *  that is not focusable and has nothing focusable around it. */
  cursorPointer: boolean;
  /** A `<label>` tied to a form control (a click on it is the control's). */
  labelOfControl: boolean;
  /** Its visible text is also the text of a link or button of the page (maybe the same action). */
  sameTextAsControl: boolean;
}

/** An element with a focus handler whose source calls `blur()`. */
export interface FocusHandlerFact extends RuleTarget {
  visible: boolean;
  /** `self`: blurs the focused element itself (`this.blur()`, `event.target.blur()`); `other`: some blur() call;
   *  `none`: no blur() in the handlers' source (or the source could not be read). */
  blur: 'self' | 'other' | 'none';
}

/** A visible element that looks clickable (cursor: pointer) but is neither focusable nor handled itself. */
export type PointerLookingFact = RuleTarget;

export interface WindowOpenFact {
  url: string;
  /** A user gesture (activation) was under way: always false during a visit, nobody clicks. */
  userGesture: boolean;
}

/** A navigation of the top document requested by the page (not by Vigie), seen by the tab. */
export interface ClientNavigationFact {
  from: string;
  to: string;
  /** DevTools reason: scriptInitiated, metaTagRefresh, httpHeaderRefresh, anchorClick, formSubmissionGet… */
  reason: string;
  /**
   * Time between the moment the page was ready (its load event, or DOMContentLoaded when the navigation came
   * before load) and the navigation request, in ms; 0 when requested before DOMContentLoaded.
   */
  delayMs: number;
}

export interface BehaviourFacts {
  /** The top document's root (for page-level verdicts). */
  root: RuleTarget;
  /** Elements with pointer handlers (html and body excluded: delegation), at most 500. */
  pointerHandlers: PointerHandlerFact[];
  /** Pointer handlers on the window, document, html or body (delegation: their targets are unknown). */
  delegatedPointerHandlers: boolean;
  /** Computed only when handlers are delegated (here or on a container of several focusable elements): elements that look clickable with no handler of their own. */
  pointerLooking: PointerLookingFact[];
  /** Elements with focus handlers, at most 500, of which at most 50 without blur() (they only give passes). */
  focusHandlers: FocusHandlerFact[];
  /** `window.open()` calls seen in the final document. */
  windowOpenCalls: WindowOpenFact[];
  /** New windows requested during the whole visit (DevTools Page.windowOpen: window.open, target=_blank…). */
  windowOpens: WindowOpenFact[];
  /** Top-document navigations requested by the page during the visit, at most 20. */
  navigations: ClientNavigationFact[];
  /** `screen.orientation.lock()` calls with their orientation argument. */
  orientationLocks: string[];
  /** Stylesheet rules under an orientation media query that hide or rotate html, body or a child of body. */
  orientationCssRules: string[];
  /**
   * RGAA 13.9.1, everything else that can make a page depend on the orientation; absent from snapshots taken
   * before it was recorded. `scripts`: matchMedia orientation/aspect-ratio queries, orientationchange and
   * screen.orientation change handlers. `hidingRules`: rules under an orientation or aspect-ratio media query
   * that hide or replace content (display, visibility, content, opacity 0) on any element. `unreadable`:
   * stylesheets the page could not read (cross-origin) and DevTools could not give either.
   */
  orientation?: { scripts: string[]; hidingRules: string[]; unreadable: string[] };
}
