// Unit tests of the pure rules on focus and rendering facts (RGAA 10.7.1, 10.11.1): facts built by hand.

import { describe, expect, it } from 'vitest';
import focusIndicatorMissing, { contrast } from '../../../src/audits/a11y/rules/focus-indicator-missing.js';
import reflowHorizontalScroll from '../../../src/audits/a11y/rules/reflow-horizontal-scroll.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { FocusStyleChange, FocusTarget } from '../../../src/core/facts/focus.js';
import type { ReflowFacts, RenderingFacts } from '../../../src/core/facts/rendering.js';

const root = { selector: 'html', snippet: '<html>' };

function focusOutcome(changes: FocusStyleChange[], more: Partial<FocusTarget> = {}) {
  const target: FocusTarget = {
    selector: 'a',
    snippet: '<a>',
    visible: true,
    focusVisible: true,
    changes,
    mutations: [],
    surroundingBackground: 'rgb(255, 255, 255)',
    ownBackground: 'rgb(255, 255, 255)',
    ...more,
  };
  return runRule(focusIndicatorMissing, { focus: { root, targets: [target], total: 1, durationMs: 0 } })
    .outcome;
}

const change = (property: string, before: string, after: string): FocusStyleChange => ({
  where: 'element',
  property,
  before,
  after,
});

describe('focus-indicator-missing', () => {
  it('contrast follows WCAG', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21);
    expect(contrast('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(contrast('oklch(0.5 0.1 20)', 'rgb(255, 255, 255)')).toBeNull();
  });
  it('passes the native ring and a contrasted author outline', () => {
    expect(focusOutcome([change('outline-style', 'none', 'auto'), change('outline-width', '-', '1px')])).toBe(
      'passed',
    );
    expect(
      focusOutcome([
        change('outline-style', 'none', 'solid'),
        change('outline-width', '-', '2px'),
        change('outline-color', '-', 'rgb(0, 0, 145)'),
      ]),
    ).toBe('passed');
  });
  it('fails when nothing changes, only when :focus-visible applied', () => {
    expect(focusOutcome([])).toBe('failed');
    expect(focusOutcome([], { focusVisible: false })).toBe('cantTell');
    expect(focusOutcome([], { visible: false })).toBe('cantTell');
  });
  it('never fails a change it cannot judge', () => {
    // Transparent outline (forced-colours trick), pale outline, text colour, change on a parent or by a script.
    expect(
      focusOutcome([
        change('outline-style', 'none', 'solid'),
        change('outline-width', '-', '2px'),
        change('outline-color', '-', 'rgba(0, 0, 0, 0)'),
      ]),
    ).toBe('cantTell');
    expect(
      focusOutcome([
        change('outline-style', 'none', 'solid'),
        change('outline-width', '-', '2px'),
        change('outline-color', '-', 'rgb(240, 240, 240)'),
      ]),
    ).toBe('cantTell');
    expect(focusOutcome([change('color', 'rgb(0, 0, 238)', 'rgb(192, 0, 0)')])).toBe('cantTell');
    expect(focusOutcome([{ ...change('border-top-color', '-', 'rgb(0, 0, 0)'), where: 'ancestor' }])).toBe(
      'cantTell',
    );
    expect(focusOutcome([], { mutations: ['attributes class #m'] })).toBe('cantTell');
  });
  it('says when the focus order was cut', () => {
    const facts = { focus: { root, targets: [], total: 200, durationMs: 0 } };
    expect(runRule(focusIndicatorMissing, facts).outcome).toBe('cantTell');
  });
});

function reflowOutcome(reflow: Partial<ReflowFacts>) {
  const rendering = {
    root,
    hasText: true,
    reflow: {
      width: 320,
      scrollWidth: 320,
      clientWidth: 320,
      overflowHidden: false,
      culprits: [],
      ...reflow,
    },
  } as unknown as RenderingFacts;
  return runRule(reflowHorizontalScroll, { rendering }).outcome;
}

const culprit = {
  selector: 'div',
  snippet: '<div>',
  left: 0,
  right: 900,
  twoDimensional: false,
  hidden: false,
};

describe('reflow-horizontal-scroll', () => {
  it('fails a visible element straddling the edge', () => {
    expect(reflowOutcome({ scrollWidth: 900, culprits: [culprit] })).toBe('failed');
  });
  it('leaves tables, hidden or off-screen content and small overflows to a person', () => {
    expect(reflowOutcome({ scrollWidth: 900, culprits: [{ ...culprit, twoDimensional: true }] })).toBe(
      'cantTell',
    );
    expect(reflowOutcome({ scrollWidth: 900, culprits: [{ ...culprit, hidden: true }] })).toBe('cantTell');
    expect(reflowOutcome({ scrollWidth: 900, culprits: [{ ...culprit, left: 330 }] })).toBe('cantTell');
    expect(reflowOutcome({ scrollWidth: 325, culprits: [{ ...culprit, right: 325 }] })).toBe('cantTell');
    expect(reflowOutcome({ scrollWidth: 900, culprits: [] })).toBe('cantTell');
    expect(reflowOutcome({ overflowHidden: true, culprits: [culprit] })).toBe('cantTell');
  });
  it('passes without overflow; cannot tell without a viewport', () => {
    expect(reflowOutcome({})).toBe('passed');
    expect(reflowOutcome({ width: null })).toBe('cantTell');
  });
});
