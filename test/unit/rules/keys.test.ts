// Unit tests of the keyboard trap, CSS state content and reading direction rules (RGAA 12.9.1, 10.14.1,
// 10.14.2, 8.10.1): facts built by hand.

import { describe, expect, it } from 'vitest';
import focusContentNotOnHover from '../../../src/audits/a11y/rules/focus-content-not-on-hover.js';
import hoverContentNotOnFocus from '../../../src/audits/a11y/rules/hover-content-not-on-focus.js';
import keyboardTrap from '../../../src/audits/a11y/rules/keyboard-trap.js';
import rtlTextDirMissing from '../../../src/audits/a11y/rules/rtl-text-dir-missing.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { KeyboardTrapFacts } from '../../../src/core/facts/focus.js';
import type { RenderingFacts, StateRevealFact } from '../../../src/core/facts/rendering.js';

const root = { selector: 'html', snippet: '<html>' };
const input = { selector: '#code', snippet: '<input id="code">' };

function trapOutcome(trap: Partial<KeyboardTrapFacts> | null) {
  const full: KeyboardTrapFacts = {
    expected: 4,
    checked: 4,
    suspects: [],
    presses: 0,
    trapped: false,
    cycle: [],
    backwardEscapes: false,
    inModal: false,
    inEditor: false,
    unreached: [],
    frames: 0,
    durationMs: 0,
    ...trap,
  };
  const focus = { root, targets: [], total: 0, durationMs: 0, ...(trap ? { trap: full } : {}) };
  return runRule(keyboardTrap, { focus }).outcome;
}

describe('keyboard-trap', () => {
  const trapped = { trapped: true, cycle: [input], unreached: [root], suspects: [input] };
  it('fails only a trap that Shift+Tab does not leave either, outside modals and editors', () => {
    expect(trapOutcome(trapped)).toBe('failed');
    expect(trapOutcome({ ...trapped, backwardEscapes: true })).toBe('cantTell');
    expect(trapOutcome({ ...trapped, inModal: true })).toBe('cantTell');
    expect(trapOutcome({ ...trapped, inEditor: true })).toBe('cantTell');
  });
  it('passes when no suspect is confirmed, unless frames or the cap leave part of the page unseen', () => {
    expect(trapOutcome({ suspects: [input], presses: 28 })).toBe('passed');
    expect(trapOutcome({ frames: 1 })).toBe('cantTell');
    expect(trapOutcome({ expected: 1200, checked: 1000 })).toBe('cantTell');
  });
  it('is inapplicable without focusable element, cantTell on an older snapshot', () => {
    expect(trapOutcome({ expected: 0, checked: 0 })).toBe('inapplicable');
    expect(trapOutcome(null)).toBe('cantTell');
  });
});

function rendering(more: Partial<RenderingFacts>): RenderingFacts {
  return {
    root,
    hasText: true,
    unreadableSheets: [],
    textColours: [],
    backgroundColours: [],
    backgroundImages: [],
    generatedContent: [],
    spacingClipped: [],
    zoomClipped: [],
    reflow: { width: 320, scrollWidth: 320, clientWidth: 320, overflowHidden: false, culprits: [] },
    durationMs: { colours: 0, spacing: 0, zoom: 0, reflow: 0 },
    ...more,
  };
}

const reveal = (more: Partial<StateRevealFact>): StateRevealFact => ({
  selector: '.sub',
  snippet: '<ul class="sub">',
  state: 'hover',
  cssSelector: '.menu:hover .sub',
  equivalent: false,
  hostFocusable: true,
  disclosure: false,
  clickFocuses: false,
  ...more,
});

describe('hover-content-not-on-focus / focus-content-not-on-hover', () => {
  const hover = (more: Partial<StateRevealFact>, sheets: string[] = []) =>
    runRule(hoverContentNotOnFocus, {
      rendering: rendering({ stateReveals: [reveal(more)], unreadableSheets: sheets }),
    }).outcome;
  const focus = (more: Partial<StateRevealFact>) =>
    runRule(focusContentNotOnHover, {
      rendering: rendering({ stateReveals: [reveal({ state: 'focus', ...more })] }),
    }).outcome;
  it('judges hover reveals', () => {
    expect(hover({ equivalent: true })).toBe('passed');
    expect(hover({})).toBe('failed');
    expect(hover({ disclosure: true })).toBe('cantTell');
    expect(hover({ hostFocusable: false })).toBe('cantTell');
    expect(hover({ equivalent: true }, ['https://cdn.example/x.css'])).toBe('cantTell');
    expect(hover({ state: 'focus' })).toBe('inapplicable');
  });
  it('judges focus reveals: a click that focuses is enough for pointer users', () => {
    expect(focus({ clickFocuses: true })).toBe('passed');
    expect(focus({ equivalent: true })).toBe('passed');
    expect(focus({})).toBe('failed');
    expect(focus({ hostFocusable: false })).toBe('cantTell');
  });
  it('cannot tell on an older snapshot', () => {
    expect(runRule(hoverContentNotOnFocus, { rendering: rendering({}) }).outcome).toBe('cantTell');
  });
});

describe('rtl-text-dir-missing', () => {
  const run = (dir: string | null, documentDirection: 'ltr' | 'rtl' = 'ltr') =>
    runRule(rtlTextDirMissing, {
      rendering: rendering({ documentDirection, rtlTexts: [{ ...input, text: 'مرحبا', dir }] }),
    }).outcome;
  it('needs dir rtl or auto around right-to-left text in a left-to-right page', () => {
    expect(run('rtl')).toBe('passed');
    expect(run('auto')).toBe('passed');
    expect(run(null)).toBe('failed');
    expect(run('ltr')).toBe('cantTell');
    expect(run(null, 'rtl')).toBe('cantTell');
    expect(
      runRule(rtlTextDirMissing, { rendering: rendering({ documentDirection: 'ltr', rtlTexts: [] }) })
        .outcome,
    ).toBe('inapplicable');
  });
});
