// Keyboard trap check of the `focus` gatherer (RGAA 12.9.1, WCAG 2.1.2 No Keyboard Trap). Real key presses
// cost a frame each (~15–30 ms), so a synthetic Tab keydown on every focusable element first finds the scripts
// that take Tab over or pull the focus back; real Tab then Shift+Tab presses from those suspects confirm a trap.

import type { Page } from 'playwright-core';
import type { KeyboardTrapFacts } from '../../../core/facts/focus.js';
import type { VigieWindow } from './page-helpers.js';

/** Elements given a synthetic Tab, at most. */
export const MAX_TRAP_SCAN = 1000;
/** Suspects confirmed with real presses, at most; Tab presses per suspect. */
const MAX_CONFIRMED = 3;
const PRESSES_PER_SUSPECT = 24;

type TrapWindow = VigieWindow & { __vigieTrap?: { log: (Element | null)[]; stop(): void } };

const FOCUSABLE =
  'a[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [tabindex], [contenteditable]';

/** Synthetic Tab keydown on each expected element: selectors of the suspects. Restores focus and scroll. */
function scanTabHandlers({ max, focusable }: { max: number; focusable: string }): {
  expected: number;
  checked: number;
  suspects: string[];
  frames: number;
} {
  const v = (window as unknown as VigieWindow).__vigie;
  const expected = Array.from(document.querySelectorAll<HTMLElement>(focusable)).filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(':disabled, input[type="hidden" i], [inert], [inert] *') &&
      element.getClientRects().length > 0 &&
      v.isVisible(element),
  );
  const scroll = { x: window.scrollX, y: window.scrollY };
  const initial = document.activeElement;
  const suspects: string[] = [];
  const checked = expected.slice(0, max);
  const order = new Map(expected.map((element, index) => [element, index]));
  // No focusing here (a focus costs a style update per element): the event targets the element as if it had
  // the focus, which is what keydown handlers of the element, the document or a focus-trap library look at.
  for (const [index, element] of checked.entries()) {
    if (suspects.length >= 5) break;
    const event = new KeyboardEvent('keydown', {
      key: 'Tab',
      code: 'Tab',
      keyCode: 9,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit);
    element.dispatchEvent(event);
    if (!event.defaultPrevented) continue;
    // A script handles Tab: moving on (roving tabindex, custom order) is fine; staying put, or going back to an
    // earlier element (a cycle), is suspect.
    const after = document.activeElement;
    const position = after ? order.get(after as HTMLElement) : undefined;
    if (position === undefined || position <= index) suspects.push(v.selector(element));
  }
  if (document.activeElement !== initial) {
    (document.activeElement as HTMLElement | null)?.blur?.();
    if (initial instanceof HTMLElement && initial !== document.body) initial.focus({ preventScroll: true });
  }
  window.scrollTo(scroll.x, scroll.y);
  const frames = expected.filter((element) => element instanceof HTMLIFrameElement).length;
  return { expected: expected.length, checked: checked.length, suspects, frames };
}

/** Focuses `selector` and records the focused element at each Tab key release. */
function startRecording(selector: string): boolean {
  const w = window as unknown as TrapWindow;
  const start = document.querySelector<HTMLElement>(selector);
  if (!start) return false;
  const log: (Element | null)[] = [];
  const listener = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    log.push(!active || active === document.body || active === document.documentElement ? null : active);
  };
  window.addEventListener('keyup', listener, true);
  w.__vigieTrap = { log, stop: () => window.removeEventListener('keyup', listener, true) };
  start.focus({ preventScroll: true });
  log.push(document.activeElement === start ? start : null);
  return true;
}

/** Where focus went since recording started; `forward` presses were Tab, the rest Shift+Tab. */
function readRecording({
  forward,
  focusable,
}: {
  forward: number;
  focusable: string;
}): Omit<KeyboardTrapFacts, 'expected' | 'checked' | 'suspects' | 'presses' | 'frames' | 'durationMs'> {
  const w = window as unknown as TrapWindow;
  const v = w.__vigie;
  const state = w.__vigieTrap;
  w.__vigieTrap = undefined;
  state?.stop();
  const log = state?.log ?? [];
  const ahead = log.slice(0, forward + 1);
  const back = log.slice(forward + 1);
  const target = (element: Element) => ({ selector: v.selector(element), snippet: v.snippet(element) });
  // Trapped: never back to the document, and the last half of the presses only met elements already met (one
  // element, or a cycle), while focusable elements outside them exist (a whole small page wraps the same way).
  const half = Math.floor(ahead.length / 2);
  const tail = ahead.slice(half);
  const cycle = [...new Set(tail)]
    .filter((entry): entry is Element => entry !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const seen = new Set(ahead.slice(0, half));
  const looping = ahead.length > 4 && !ahead.includes(null) && cycle.every((entry) => seen.has(entry));
  const inside = (selector: string) => cycle.length > 0 && cycle.every((entry) => entry.closest(selector));
  const unreached = looping
    ? Array.from(document.querySelectorAll<HTMLElement>(focusable)).filter(
        (element) =>
          element.tabIndex >= 0 &&
          !cycle.includes(element) &&
          !element.matches(':disabled, input[type="hidden" i], [inert], [inert] *') &&
          element.getClientRects().length > 0 &&
          v.isVisible(element),
      )
    : [];
  const trapped = looping && unreached.length > 0;
  return {
    trapped,
    cycle: trapped ? cycle.slice(0, 20).map(target) : [],
    backwardEscapes: back.some((entry) => entry === null || !cycle.includes(entry)),
    inModal: trapped && inside('dialog:modal, [aria-modal="true" i]'),
    inEditor:
      trapped &&
      inside(
        'textarea, [contenteditable]:not([contenteditable="false" i]), [role="textbox" i], [role="application" i]',
      ),
    unreached: unreached.slice(0, 10).map(target),
  };
}

/** Checks the page for keyboard traps; restores focus and scroll. */
export async function checkKeyboardTraps(page: Page, bounced: readonly string[]): Promise<KeyboardTrapFacts> {
  const started = performance.now();
  const scan = await page.evaluate(scanTabHandlers, { max: MAX_TRAP_SCAN, focusable: FOCUSABLE });
  // Elements that took the focus back when blurred (seen by the focus gatherer) are suspects too.
  scan.suspects = [...new Set([...bounced, ...scan.suspects])].slice(0, 5);
  const state = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  let presses = 0;
  let found: ReturnType<typeof readRecording> | null = null;
  try {
    for (const selector of scan.suspects.slice(0, MAX_CONFIRMED)) {
      if (!(await page.evaluate(startRecording, selector))) continue;
      for (let index = 0; index < PRESSES_PER_SUSPECT; index++, presses++) await page.keyboard.press('Tab');
      for (let index = 0; index < 4; index++, presses++) await page.keyboard.press('Shift+Tab');
      const result = await page.evaluate(readRecording, {
        forward: PRESSES_PER_SUSPECT,
        focusable: FOCUSABLE,
      });
      if (result.trapped) {
        found = result;
        break;
      }
    }
  } finally {
    await page
      .evaluate(({ x, y }) => {
        (document.activeElement as HTMLElement | null)?.blur?.();
        window.scrollTo(x, y);
      }, state)
      .catch(() => undefined);
  }
  return {
    expected: scan.expected,
    checked: scan.checked,
    suspects: await page.evaluate(
      (selectors: string[]) =>
        selectors.flatMap((selector) => {
          const element = document.querySelector(selector);
          const v = (window as unknown as VigieWindow).__vigie;
          return element ? [{ selector, snippet: v.snippet(element) }] : [];
        }),
      scan.suspects,
    ),
    presses,
    trapped: found?.trapped ?? false,
    cycle: found?.cycle ?? [],
    backwardEscapes: found?.backwardEscapes ?? false,
    inModal: found?.inModal ?? false,
    inEditor: found?.inEditor ?? false,
    unreached: found?.unreached ?? [],
    frames: scan.frames,
    durationMs: Math.round(performance.now() - started),
  };
}
