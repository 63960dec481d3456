// Unit tests of the navigation rules (RGAA 12.1.1, 12.7.1, 12.7.2, 12.8.1) on hand-built facts.

import { describe, expect, it } from 'vitest';
import navigationSystemsMissing from '../../../src/audits/a11y/rules/navigation-systems-missing.js';
import skipLinkMissing from '../../../src/audits/a11y/rules/skip-link-missing.js';
import skipLinkNotVisible from '../../../src/audits/a11y/rules/skip-link-not-visible.js';
import tabOrderPositiveTabindex from '../../../src/audits/a11y/rules/tab-order-positive-tabindex.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { NavigationFacts, SkipLinkFact } from '../../../src/core/facts/navigation.js';

const at = (selector: string) => ({ selector, snippet: `<${selector}>` });
function navigation(fields: Partial<NavigationFacts> = {}): { navigation: NavigationFacts } {
  return {
    navigation: {
      root: at('html'),
      main: at('main'),
      navigationBeforeMain: true,
      skipLinks: [],
      unresolvedSkipCandidate: false,
      menus: [],
      sitemapLinks: [],
      searches: [],
      positiveTabindex: [],
      ...fields,
    },
  };
}
function skip(fields: Partial<SkipLinkFact> = {}): SkipLinkFact {
  return {
    ...at('a.skip'),
    name: 'Aller au contenu',
    fragment: 'contenu',
    targetExists: true,
    reachesMain: true,
    rendered: true,
    focusIndex: 0,
    visible: false,
    visibleOnFocus: true,
    ...fields,
  };
}

describe('skip-link-missing (12.7.1)', () => {
  const outcome = (fields: Partial<NavigationFacts>) => runRule(skipLinkMissing, navigation(fields)).outcome;
  it('passes a link to main that shows, at least on focus', () => {
    expect(outcome({ skipLinks: [skip()] })).toBe('passed');
    expect(outcome({ skipLinks: [skip({ visible: true, visibleOnFocus: null })] })).toBe('passed');
  });
  it('fails only with navigation before main and nothing that could be a skip link', () => {
    expect(outcome({})).toBe('failed');
    expect(outcome({ navigationBeforeMain: false })).toBe('cantTell');
    expect(outcome({ unresolvedSkipCandidate: true })).toBe('cantTell');
    expect(outcome({ skipLinks: [skip({ reachesMain: false })] })).toBe('cantTell');
    expect(outcome({ skipLinks: [skip({ visibleOnFocus: false })] })).toBe('cantTell');
    expect(outcome({ main: null })).toBe('cantTell');
  });
});

describe('skip-link-not-visible (12.7.2)', () => {
  it('fails a link that stays hidden with the focus, asks when the focus could not be given', () => {
    const finding = runRule(
      skipLinkNotVisible,
      navigation({
        skipLinks: [
          skip(),
          skip({ visibleOnFocus: false }),
          skip({ visibleOnFocus: null }),
          skip({ reachesMain: false, visibleOnFocus: false }),
        ],
      }),
    );
    expect(finding.counts).toEqual({ passed: 1, failed: 1, cantTell: 1 });
    expect(finding.coverage).toBe('failuresOnly');
  });
});

describe('tab-order-positive-tabindex (12.8.1)', () => {
  it('fails an element that overtakes the natural order, asks about a positive-only reorder', () => {
    const finding = runRule(
      tabOrderPositiveTabindex,
      navigation({
        positiveTabindex: [
          { ...at('#a'), tabindex: 1, overtaken: 0, overtakenPositive: 0 },
          { ...at('#b'), tabindex: 2, overtaken: 0, overtakenPositive: 1 },
          { ...at('#c'), tabindex: 3, overtaken: 4, overtakenPositive: 0 },
        ],
      }),
    );
    expect(finding.counts).toEqual({ passed: 1, failed: 1, cantTell: 1 });
  });
});

const system = (selector: string, name: string) => ({
  ...at(selector),
  name,
  href: null,
  box: { x: 0, y: 0, width: 100, height: 20 },
  order: 1,
  links: [],
});

describe('navigation-systems-missing (12.1.1)', () => {
  const outcome = (fields: Partial<NavigationFacts>) =>
    runRule(navigationSystemsMissing, navigation(fields)).outcome;
  it('passes with two systems, never fails', () => {
    expect(outcome({ menus: [system('nav', 'Menu')], searches: [system('form', 'Recherche')] })).toBe(
      'passed',
    );
    expect(outcome({ menus: [system('nav', 'Menu')] })).toBe('cantTell');
    expect(outcome({})).toBe('cantTell');
  });
});
