// Unit tests of the site-level rules on navigation (RGAA 12.2.1, 12.4, 12.5, 12.7.2) and of their place and
// order comparisons, on hand-built site facts.

import { describe, expect, it } from 'vitest';
import { runSiteRule } from '../../../src/audits/a11y/run-site-rules.js';
import { comparePlace, matchMenus, sameRelativeOrder } from '../../../src/audits/a11y/site-rules/compare.js';
import navigationMenuInconsistent from '../../../src/audits/a11y/site-rules/navigation-menu-inconsistent.js';
import searchInconsistent from '../../../src/audits/a11y/site-rules/search-inconsistent.js';
import sitemapLinkInconsistent from '../../../src/audits/a11y/site-rules/sitemap-link-inconsistent.js';
import skipLinkInconsistent from '../../../src/audits/a11y/site-rules/skip-link-inconsistent.js';
import type { SitePage } from '../../../src/core/rule.js';
import { item, menu, searchForm, sitemapLink, sitePage, skip } from './site-helpers.js';

const facts = (pageHeight = 3000, width = 1280) =>
  sitePage('x', {}, { pageHeight, viewport: { width, height: 720 } }).facts;
const box = (x: number, y: number, width = 200, height = 30) => ({ x, y, width, height });
const outcomes = (verdicts: { outcome: string; rgaa?: readonly string[] }[]) =>
  verdicts.map((v) => `${v.outcome}${v.rgaa ? ` ${v.rgaa.join(',')}` : ''}`).sort();

describe('place and order comparisons', () => {
  it('same place within 32 px from the top, or from the bottom of pages of different heights', () => {
    expect(comparePlace({ box: box(100, 80), facts: facts() }, { box: box(120, 100), facts: facts() })).toBe(
      'same',
    );
    expect(
      comparePlace({ box: box(100, 2900), facts: facts(3000) }, { box: box(100, 4900), facts: facts(5000) }),
    ).toBe('same');
  });

  it('different only when plain: first screen against last screen, or left third against right third', () => {
    expect(
      comparePlace(
        { box: box(100, 80), facts: facts(3000), order: 10 },
        { box: box(100, 2900), facts: facts(3000), order: 900 },
      ),
    ).toBe('different');
    // A footer that follows short content, on a page made taller by something else: the source says footer.
    expect(
      comparePlace(
        { box: box(100, 500), facts: facts(3000), order: 900 },
        { box: box(100, 2900), facts: facts(3000), order: 900 },
      ),
    ).toBe('unknown');
    // Off the page (a closed off-canvas panel).
    expect(comparePlace({ box: box(-500, 80), facts: facts() }, { box: box(1000, 80), facts: facts() })).toBe(
      'unknown',
    );
    expect(comparePlace({ box: box(20, 80), facts: facts() }, { box: box(1000, 80), facts: facts() })).toBe(
      'different',
    );
  });

  it('unknown: a shift within the same region, another viewport, an empty box, a short page', () => {
    expect(comparePlace({ box: box(100, 80), facts: facts() }, { box: box(100, 200), facts: facts() })).toBe(
      'unknown',
    );
    expect(
      comparePlace({ box: box(100, 80), facts: facts() }, { box: box(100, 80), facts: facts(3000, 375) }),
    ).toBe('unknown');
    expect(
      comparePlace({ box: box(100, 80, 0, 0), facts: facts() }, { box: box(300, 80), facts: facts() }),
    ).toBe('unknown');
    // 1000 px page, 720 px screen: at y = 300 a box is in both the first and the last screen.
    expect(
      comparePlace({ box: box(100, 80), facts: facts(1000) }, { box: box(100, 300), facts: facts(1000) }),
    ).toBe('unknown');
  });

  it('relative order of the common items, first occurrences only', () => {
    expect(sameRelativeOrder(['/a', '/x', '/b', '/c'], ['/a', '/b', '/y', '/c', '/a'])).toBe(true);
    expect(sameRelativeOrder(['/a', '/b', '/c'], ['/b', '/a', '/c'])).toBe(false);
  });

  it('matches menus one to one, by unique name, else by shared links', () => {
    const main = menu();
    const renamed = menu({ name: 'menu  principal', links: [] });
    expect(matchMenus([main], [renamed])).toEqual([[main, renamed]]);
    const other = menu({ name: '', links: ['/b', '/c', '/d', '/z'] });
    const unnamed = menu({ name: '' });
    expect(matchMenus([unnamed], [other])).toEqual([[unnamed, other]]);
    expect(matchMenus([unnamed], [menu({ name: '', links: ['/w', '/x', '/y', '/z'] })])).toEqual([]);
    // Quick links repeating the main menu's links are not the main menu a second time.
    const quick = menu({ name: 'Accès rapides', links: ['/a', '/b', '/c'] });
    expect(matchMenus([main, quick], [main])).toEqual([[main, main]]);
  });
});

describe('navigation-menu-inconsistent (12.2.1)', () => {
  const run = (pages: SitePage[]) => navigationMenuInconsistent.evaluate(pages);
  const home = sitePage('/', { menus: [menu({ box: box(0, 600, 1280, 60) })] }, { role: 'home' });

  it('passes when the inner pages have their menu at the same place, the home page left out', () => {
    const pages = [
      home,
      sitePage('/a', { menus: [menu()] }),
      sitePage('/b', { menus: [menu({ box: box(110, 90, 1000, 50) })] }),
    ];
    expect(outcomes(run(pages))).toEqual(['passed']);
    expect(runSiteRule(navigationMenuInconsistent, pages).byTest).toEqual({ '12.2.1': 'passed' });
  });

  it('fails when the menu moves to the bottom of the page, or its links change order', () => {
    expect(
      outcomes(
        run([
          sitePage('/a', { menus: [menu()] }),
          sitePage('/b', { menus: [menu({ box: box(100, 2900, 1000, 50), order: 900 })] }),
        ]),
      ),
    ).toEqual(['failed']);
    expect(
      outcomes(
        run([
          sitePage('/a', { menus: [menu()] }),
          sitePage('/b', { menus: [menu({ links: ['/b', '/a', '/c'] })] }),
        ]),
      ),
    ).toEqual(['failed']);
  });

  it('fails when two common menus swap in the source order', () => {
    const services = (order: number) => menu({ name: 'Services', links: ['/s1', '/s2', '/s3'], order });
    const a = sitePage('/a', { menus: [menu({ order: 20 }), services(40)] });
    const b = sitePage('/b', { menus: [menu({ order: 60 }), services(40)] });
    expect(run([a, b])[0]?.message).toContain('même ordre');
  });

  it('cannot tell for a shift in the header (a banner), or pages without a common menu', () => {
    expect(
      outcomes(
        run([
          sitePage('/a', { menus: [menu()] }),
          sitePage('/b', { menus: [menu({ box: box(100, 220, 1000, 50) })] }),
        ]),
      ),
    ).toEqual(['cantTell']);
    const local = menu({ name: 'Dans cette rubrique', links: ['/x', '/y', '/z'] });
    expect(outcomes(run([sitePage('/a', { menus: [menu()] }), sitePage('/b', { menus: [local] })]))).toEqual([
      'cantTell',
    ]);
  });

  it('inapplicable (not tested) with fewer than two inner pages with a menu; cantTell without facts', () => {
    expect(run([home, sitePage('/a', { menus: [menu()] }), sitePage('/b')])).toEqual([]);
    expect(outcomes(run([sitePage('/a', { menus: [menu()] }), sitePage('/b', null)]))).toEqual(['cantTell']);
  });
});

describe('sitemap-link-inconsistent (12.4.1, 12.4.2, 12.4.3)', () => {
  const run = (pages: SitePage[]) => runSiteRule(sitemapLinkInconsistent, pages).byTest;
  const footer = (pageHeight: number) =>
    sitePage(
      `/p${pageHeight}`,
      { menus: [menu()], sitemapLinks: [sitemapLink({ box: box(100, pageHeight - 100), order: 900 })] },
      { pageHeight },
    );

  it('passes when every page has the same link in the footer (pages of different heights)', () => {
    expect(run([footer(3000), footer(5000)])).toEqual({
      '12.4.1': 'passed',
      '12.4.2': 'passed',
      '12.4.3': 'passed',
    });
  });

  it('cannot tell when a page has no sitemap link or another destination', () => {
    expect(run([footer(3000), sitePage('/b', { menus: [menu()] })])['12.4.1']).toBe('cantTell');
    const other = footer(5000);
    other.facts.navigation!.sitemapLinks[0]!.href = 'https://ex.fr/autre';
    expect(run([footer(3000), other])['12.4.1']).toBe('cantTell');
  });

  it('fails when the link moves from the footer to the header, or from after the menu to before it', () => {
    const header = sitePage('/h', {
      menus: [menu()],
      sitemapLinks: [sitemapLink({ box: box(100, 10), order: 5 })],
    });
    expect(run([footer(3000), header])).toMatchObject({ '12.4.2': 'failed', '12.4.3': 'failed' });
  });

  it('not tested when no page has a sitemap link', () => {
    expect(run([sitePage('/a'), sitePage('/b')])).toEqual({
      '12.4.1': 'inapplicable',
      '12.4.2': 'inapplicable',
      '12.4.3': 'inapplicable',
    });
    expect(sitemapLinkInconsistent.inapplicableMeansNA).toBe(false);
  });

  it('without a common landmark, the order passes only in the same half of the document', () => {
    const at = (order: number) =>
      sitePage(`/${order}`, { sitemapLinks: [sitemapLink({ box: box(100, 2900), order })] });
    expect(run([at(900), at(950)])['12.4.3']).toBe('passed');
    expect(run([at(900), at(100)])['12.4.3']).toBe('cantTell');
  });
});

describe('search-inconsistent (12.5.1, 12.5.2, 12.5.3)', () => {
  const run = (pages: SitePage[]) => runSiteRule(searchInconsistent, pages).byTest;
  it('passes with the same search form at the same place, before the menu', () => {
    const page = (url: string) => sitePage(url, { menus: [menu()], searches: [searchForm()] });
    expect(run([page('/a'), page('/b')])).toEqual({
      '12.5.1': 'passed',
      '12.5.2': 'passed',
      '12.5.3': 'passed',
    });
  });

  it('does not take the home page’s quick links for the main menu when ordering the search', () => {
    const quick = menu({ name: 'Accès rapides', links: ['/a', '/b', '/c'], order: 300 });
    const home = sitePage(
      '/',
      { menus: [menu(), quick], searches: [searchForm({ order: 25 })] },
      { role: 'home' },
    );
    const inner = sitePage('/a', { menus: [menu()], searches: [searchForm({ order: 25 })] });
    expect(run([home, inner])['12.5.3']).toBe('passed');
  });

  it('cannot tell when one page has a form and another a link to the search page', () => {
    const link = item({ tag: 'a', href: 'https://ex.fr/recherche', box: box(900, 20), order: 10 });
    const result = run([sitePage('/a', { searches: [searchForm()] }), sitePage('/b', { searches: [link] })]);
    expect(result['12.5.1']).toBe('cantTell');
    expect(result['12.5.2']).toBe('passed');
  });

  it('fails when the search moves from the right to the left of the header', () => {
    const left = searchForm({ box: box(20, 20, 250, 40) });
    expect(
      run([sitePage('/a', { searches: [searchForm()] }), sitePage('/b', { searches: [left] })])['12.5.2'],
    ).toBe('failed');
  });
});

describe('skip-link-inconsistent (12.7.2)', () => {
  const run = (pages: SitePage[]) => skipLinkInconsistent.evaluate(pages);
  it('passes when every page has the same link at the same tab position, shown on focus', () => {
    expect(
      outcomes(
        run([
          sitePage('/a', { skipLinks: [skip()] }),
          sitePage('/b', { skipLinks: [skip({ visible: true })] }),
        ]),
      ),
    ).toEqual(['passed']);
  });

  it('fails when the link stays hidden on focus on a page', () => {
    expect(
      outcomes(
        run([
          sitePage('/a', { skipLinks: [skip()] }),
          sitePage('/b', { skipLinks: [skip({ visibleOnFocus: false })] }),
        ]),
      ),
    ).toEqual(['failed', 'passed']);
  });

  it('cannot tell for another tab position, another name, a page without it, or an unobserved focus', () => {
    const a = sitePage('/a', { skipLinks: [skip()] });
    expect(outcomes(run([a, sitePage('/b', { skipLinks: [skip({ focusIndex: 3 })] })]))).toEqual([
      'cantTell',
    ]);
    expect(outcomes(run([a, sitePage('/b', { skipLinks: [skip({ name: 'Menu' })] })]))).toEqual(['cantTell']);
    expect(outcomes(run([a, sitePage('/b')]))).toEqual(['cantTell']);
    expect(outcomes(run([a, sitePage('/b', { skipLinks: [skip({ visibleOnFocus: null })] })]))).toEqual([
      'cantTell',
      'passed',
    ]);
  });

  it('inapplicable when no page has a link to the main content (12.7.1 decides)', () => {
    expect(run([sitePage('/a', { skipLinks: [skip({ reachesMain: false })] }), sitePage('/b')])).toEqual([]);
  });
});
