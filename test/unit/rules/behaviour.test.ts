// Pure logic of the behaviour rules (RGAA 7.3.1, 7.3.2, 13.1.3, 13.2.1, 13.9.1), on facts built by hand.

import { describe, expect, it } from 'vitest';
import focusRemoved from '../../../src/audits/a11y/rules/focus-removed-by-script.js';
import orientationLocked from '../../../src/audits/a11y/rules/orientation-locked.js';
import handlerRule from '../../../src/audits/a11y/rules/script-handler-not-keyboard-accessible.js';
import redirectRule from '../../../src/audits/a11y/rules/script-redirect-delayed.js';
import windowRule from '../../../src/audits/a11y/rules/window-opened-without-user-action.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { BehaviourFacts, PointerHandlerFact } from '../../../src/core/facts/behaviour.js';
import type { FocusFacts, FocusRemoval } from '../../../src/core/facts/focus.js';

const root = { selector: 'html', snippet: '<html>' };
const facts = (more: Partial<BehaviourFacts>): { behaviour: BehaviourFacts } => ({
  behaviour: {
    root,
    pointerHandlers: [],
    delegatedPointerHandlers: false,
    pointerLooking: [],
    focusHandlers: [],
    windowOpenCalls: [],
    windowOpens: [],
    navigations: [],
    orientationLocks: [],
    orientationCssRules: [],
    ...more,
  },
});
const handler = (more: Partial<PointerHandlerFact>): PointerHandlerFact => ({
  selector: '#x',
  snippet: '<div id="x">',
  tag: 'div',
  types: ['click'],
  visible: true,
  nativeControl: false,
  disabled: false,
  tabindex: null,
  role: null,
  ownKeyHandler: false,
  inheritedKeyHandler: false,
  focusHandler: false,
  focusableAncestor: false,
  focusableDescendants: 0,
  cursorPointer: true,
  labelOfControl: false,
  sameTextAsControl: false,
  ...more,
});
const outcome = (rule: Parameters<typeof runRule>[0], behaviour: { behaviour: BehaviourFacts }) =>
  runRule(rule, behaviour, {}).outcome;

describe('script handlers and the keyboard (7.3.1)', () => {
  it('fails a clickable element that is neither focusable nor near a focusable one', () => {
    expect(outcome(handlerRule, facts({ pointerHandlers: [handler({})] }))).toBe('failed');
  });
  it('fails a focusable element with a click handler and no key handler anywhere', () => {
    expect(outcome(handlerRule, facts({ pointerHandlers: [handler({ tabindex: 0 })] }))).toBe('failed');
  });
  it('passes native controls and focusable elements with their own key handler', () => {
    const pointerHandlers = [handler({ nativeControl: true }), handler({ tabindex: 0, ownKeyHandler: true })];
    expect(outcome(handlerRule, facts({ pointerHandlers }))).toBe('passed');
  });
  it('leaves to a person what may be fine: no pointer cursor, mousedown only, same text, key delegation', () => {
    for (const more of [
      { cursorPointer: false },
      { types: ['mousedown'] },
      { sameTextAsControl: true },
      { tabindex: 0, inheritedKeyHandler: true },
      { tabindex: -1 },
      { focusableAncestor: true },
      { focusableDescendants: 1 },
    ]) {
      expect(outcome(handlerRule, facts({ pointerHandlers: [handler(more)] })), JSON.stringify(more)).toBe(
        'cantTell',
      );
    }
  });
  it('ignores hidden and disabled elements and containers of several focusable elements (delegation)', () => {
    const pointerHandlers = [
      handler({ visible: false }),
      handler({ disabled: true }),
      handler({ focusableDescendants: 5 }),
    ];
    expect(outcome(handlerRule, facts({ pointerHandlers }))).toBe('inapplicable');
  });
  it('judges hover handlers by their focus twin, never as a failure', () => {
    const hover = { types: ['mouseover'], focusableDescendants: 1 };
    expect(
      outcome(handlerRule, facts({ pointerHandlers: [handler({ ...hover, focusHandler: true })] })),
    ).toBe('passed');
    expect(outcome(handlerRule, facts({ pointerHandlers: [handler(hover)] }))).toBe('cantTell');
    // A delegation container (React root) with focusin: its hover part passes, its click part is ignored.
    const root = handler({ types: ['click', 'mouseover'], focusableDescendants: 10, focusHandler: true });
    expect(outcome(handlerRule, facts({ pointerHandlers: [root] }))).toBe('passed');
  });
  it('asks for a check of elements that look clickable when clicks are delegated', () => {
    expect(outcome(handlerRule, facts({ pointerLooking: [{ selector: '.card', snippet: '<div>' }] }))).toBe(
      'cantTell',
    );
  });
});

describe('script redirects (13.1.3)', () => {
  const nav = { from: 'https://a.fr/', to: 'https://a.fr/b', reason: 'scriptInitiated', delayMs: 0 };
  it('passes an immediate redirect and fails a timed one', () => {
    expect(outcome(redirectRule, facts({ navigations: [nav] }))).toBe('passed');
    expect(outcome(redirectRule, facts({ navigations: [{ ...nav, delayMs: 1000 }] }))).toBe('passed');
    expect(outcome(redirectRule, facts({ navigations: [{ ...nav, delayMs: 3200 }] }))).toBe('failed');
    // Between 1 and 3 s: maybe a loading page that leaves once its data arrived.
    expect(outcome(redirectRule, facts({ navigations: [{ ...nav, delayMs: 2000 }] }))).toBe('cantTell');
  });
  it('leaves meta refresh, reloads and fragment changes out', () => {
    const navigations = [
      { ...nav, reason: 'metaTagRefresh', delayMs: 5000 },
      { ...nav, reason: 'reload', delayMs: 5000 },
      { ...nav, to: 'https://a.fr/#top', delayMs: 5000 },
    ];
    expect(outcome(redirectRule, facts({ navigations }))).toBe('inapplicable');
  });
});

describe('new windows (13.2.1)', () => {
  it('fails a window opened without a user gesture, by DevTools or window.open records', () => {
    expect(outcome(windowRule, facts({}))).toBe('passed');
    expect(outcome(windowRule, facts({ windowOpens: [{ url: 'https://pub.fr', userGesture: false }] }))).toBe(
      'failed',
    );
    expect(outcome(windowRule, facts({ windowOpenCalls: [{ url: '', userGesture: false }] }))).toBe('failed');
    expect(outcome(windowRule, facts({ windowOpens: [{ url: 'https://aide.fr', userGesture: true }] }))).toBe(
      'passed',
    );
  });
});

describe('orientation (13.9.1) and focus removal (7.3.2)', () => {
  const clean = { scripts: [], hidingRules: [], unreadable: [] };
  it('fails a lock, asks for a check of anything orientation-dependent, passes only a clean page', () => {
    expect(outcome(orientationLocked, facts({ orientationLocks: ['landscape'], orientation: clean }))).toBe(
      'failed',
    );
    expect(
      outcome(
        orientationLocked,
        facts({ orientationCssRules: ['body { display: none }'], orientation: clean }),
      ),
    ).toBe('cantTell');
    for (const more of [
      { hidingRules: ['.note { display: none; }'] },
      { scripts: ['orientationchange'] },
      { unreadable: ['https://cdn.example/site.css'] },
    ])
      expect(outcome(orientationLocked, facts({ orientation: { ...clean, ...more } }))).toBe('cantTell');
    expect(outcome(orientationLocked, facts({ orientationLocks: ['any'], orientation: clean }))).toBe(
      'passed',
    );
    // A snapshot taken before the orientation scripts and styles were recorded cannot pass.
    expect(outcome(orientationLocked, facts({}))).toBe('cantTell');
  });

  const focus = (removal: FocusFacts['removal'], total = 2): { focus: FocusFacts } => ({
    focus: {
      root,
      targets: [
        {
          ...root,
          selector: '#a',
          visible: true,
          focusVisible: true,
          changes: [],
          mutations: [],
          surroundingBackground: null,
          ownBackground: null,
        },
        {
          ...root,
          selector: '#b',
          visible: true,
          focusVisible: true,
          changes: [],
          mutations: [],
          surroundingBackground: null,
          ownBackground: null,
        },
      ],
      total,
      ...(removal ? { removal } : {}),
      durationMs: 1,
    },
  });
  const removal = (removed: FocusRemoval[], checked = 3, candidates = 3) => ({
    candidates,
    checked,
    removed,
  });
  const judge = (more: Partial<BehaviourFacts>, focusFacts: { focus: FocusFacts }) =>
    runRule(focusRemoved, { ...facts(more), ...focusFacts }, {});
  it('fails an element that lost the focus it received, passes when every element kept it', () => {
    const lost = { selector: '#c', snippet: '<input id="c">', movedTo: null };
    expect(judge({}, focus(removal([]))).outcome).toBe('passed');
    const finding = judge({}, focus(removal([lost])));
    expect(finding.outcome).toBe('failed');
    expect(finding.counts).toEqual({ passed: 2, failed: 1, cantTell: 0 });
    expect(
      judge({}, focus(removal([{ ...lost, movedTo: { selector: '#a', snippet: '<a>' } }]))).outcome,
    ).toBe('cantTell');
    // Elements beyond the cap were not tried: the page cannot pass.
    expect(judge({}, focus(removal([], 3, 2000))).outcome).toBe('cantTell');
  });
  it('without the focus walk (older snapshots), judges the handlers only and never passes', () => {
    const focusHandlers = [{ ...root, visible: true, blur: 'self' as const }];
    expect(judge({ focusHandlers }, focus(undefined)).outcome).toBe('failed');
    expect(
      judge({ focusHandlers: [{ ...focusHandlers[0]!, blur: 'other' }] }, focus(undefined)).outcome,
    ).toBe('cantTell');
    expect(judge({}, focus(undefined)).outcome).toBe('cantTell');
  });
});
