import { describe, expect, it } from 'vitest';
import { findContradictions, statusOfRate } from '../../../src/audits/legal/contradictions.js';
import { addYears } from '../../../src/audits/legal/dates.js';
import { judgeLegal, type LegalPage, locateStatement } from '../../../src/audits/legal/index.js';
import { MENTION_ABSENT } from '../../../src/audits/legal/mention.js';
import { findPlans } from '../../../src/audits/legal/plans.js';
import type { LegalText } from '../../../src/core/legal-text.js';
import { RGAA_412_TESTS } from '../../../src/core/rgaa-412.js';
import type { PageLink, PageSnapshot } from '../../../src/core/snapshot.js';
import { block, legalText } from './helpers.js';

const O = 'https://ville.fr';

function snapshot(path: string, text: LegalText, links: [string, string][] = [], lang = 'fr'): PageSnapshot {
  const pageLinks: PageLink[] = links.map(([href, t]) => ({
    href: new URL(href, O).href,
    text: t,
    label: null,
    rel: null,
    inFooter: true,
  }));
  return {
    requestedUrl: `${O}${path}`,
    finalUrl: `${O}${path}`,
    lang,
    links: pageLinks,
    legalText: text,
  } as PageSnapshot;
}

const page = (s: PageSnapshot): LegalPage => ({ url: s.requestedUrl, snapshot: s, error: null });

const STATEMENT_BLOCKS = (date: string, rate: string, status = 'partiellement conforme') => [
  block('Déclaration d’accessibilité', { heading: 1 }),
  block('État de conformité', { heading: 2 }),
  `Le site est ${status} avec le RGAA version 4.1.`,
  block('Résultats des tests', { heading: 2 }),
  `${rate} des critères du RGAA sont respectés.`,
  block('Établissement de cette déclaration d’accessibilité', { heading: 2 }),
  `Cette déclaration a été établie le ${date}.`,
  block('Schéma pluriannuel 2024-2026', {
    links: [{ text: 'Schéma pluriannuel 2024-2026', href: `${O}/schema.pdf` }],
  }),
  block('Plan d’actions 2025', { links: [{ text: 'Plan d’actions 2025', href: `${O}/plan-2025.pdf` }] }),
];

const homeText = (mention: string) =>
  legalText([block(mention, { inFooter: true, links: [{ text: mention, href: `${O}/accessibilite` }] })]);

describe('locateStatement', () => {
  const home = snapshot('/', homeText('Accessibilité : partiellement conforme'), [
    ['/accessibilite', 'Accessibilité : partiellement conforme'],
  ]);
  it('asks for the mention’s page, then the statement linked from it (two clicks)', () => {
    const pages = new Map<string, LegalPage>();
    expect(locateStatement(home, pages, false)).toEqual({ kind: 'visit', url: `${O}/accessibilite` });
    const a11y = snapshot('/accessibilite', legalText(['Accessibilité', 'Notre engagement.']), [
      ['/accessibilite/declaration', 'Déclaration d’accessibilité'],
    ]);
    pages.set(a11y.requestedUrl, page(a11y));
    expect(locateStatement(home, pages, false)).toEqual({
      kind: 'visit',
      url: `${O}/accessibilite/declaration`,
    });
    const statement = snapshot(
      '/accessibilite/declaration',
      legalText(STATEMENT_BLOCKS('4 avril 2023', '75 %')),
    );
    pages.set(statement.requestedUrl, page(statement));
    const done = locateStatement(home, pages, true);
    expect(done.kind === 'done' && done.url).toBe(`${O}/accessibilite/declaration`);
  });
  it('records why a statement could not be read: PDF link, robots, English, too large', () => {
    const pdfHome = snapshot('/', legalText([]), [['/declaration.pdf', 'Déclaration d’accessibilité']]);
    const pdf = locateStatement(pdfHome, new Map(), true);
    expect(pdf).toMatchObject({ kind: 'done', url: `${O}/declaration.pdf`, unreadable: { reason: 'pdf' } });

    const robots = new Map<string, LegalPage>([
      [
        `${O}/accessibilite`,
        { url: `${O}/accessibilite`, snapshot: null, error: { code: 'ROBOTS', message: 'x' } },
      ],
    ]);
    expect(locateStatement(home, robots, true)).toMatchObject({ unreadable: { reason: 'robots' } });

    const english = snapshot('/accessibilite', legalText(STATEMENT_BLOCKS('4 avril 2023', '75 %')), [], 'en');
    expect(locateStatement(home, new Map([[english.requestedUrl, page(english)]]), true)).toMatchObject({
      unreadable: { reason: 'language' },
    });
    const huge = snapshot('/accessibilite', { ...legalText(['x']), truncated: true });
    expect(locateStatement(home, new Map([[huge.requestedUrl, page(huge)]]), true)).toMatchObject({
      unreadable: { reason: 'too-large' },
    });
    const image = snapshot('/accessibilite', { ...legalText(['Déclaration']), largeImages: 1 });
    expect(locateStatement(home, new Map([[image.requestedUrl, page(image)]]), true)).toMatchObject({
      unreadable: { reason: 'image' },
    });
  });
  it('not found when nothing speaks of accessibility', () => {
    const bare = snapshot('/', legalText(['Bienvenue']), [['/actualites', 'Actualités']]);
    expect(locateStatement(bare, new Map(), true)).toMatchObject({
      url: null,
      unreadable: { reason: 'not-found' },
    });
  });
});

describe('judgeLegal', () => {
  const home = snapshot('/', homeText('Accessibilité : totalement conforme'), [
    ['/accessibilite', 'Accessibilité : totalement conforme'],
  ]);
  const statement = snapshot('/accessibilite', legalText(STATEMENT_BLOCKS('4 avril 2021', '45 %')));
  const pages = new Map([[statement.requestedUrl, page(statement)]]);
  const failing = RGAA_412_TESTS.map((t) => (t.id === '1.1.1' ? 'N' : 'A')).join('');

  it('reads the statement, plans and every contradiction at the campaign date', () => {
    const result = judgeLegal({ home, pages, campaignDate: '2025-06-01', rgaaTests: failing })!;
    expect(result.mention.level).toBe('totalement');
    expect(result.statement).toMatchObject({
      url: `${O}/accessibilite`,
      declaredStatus: 'partiellement',
      declaredRate: 45,
      date: '2021-04-04',
      stale: true,
      unreadable: null,
    });
    expect(result.plans).toEqual({
      schema: { url: `${O}/schema.pdf`, years: [2024, 2026], valid: true },
      action: { url: `${O}/plan-2025.pdf`, year: 2025, valid: true },
    });
    expect(result.contradictions.map((c) => c.code)).toEqual([
      'mention-vs-statement',
      'status-vs-rate',
      'full-conformance-vs-measured',
      'stale-statement',
    ]);
    expect(result.contradictions[3]!.message).toContain('2021-04-04');
  });
  it('compares with the campaign date, not the clock', () => {
    const early = judgeLegal({ home, pages, campaignDate: '2024-04-03', rgaaTests: null })!;
    expect(early.statement.stale).toBe(false);
    expect(judgeLegal({ home, pages, campaignDate: '2024-04-04', rgaaTests: null })!.statement.stale).toBe(
      true,
    );
    expect(early.plans.schema?.valid).toBe(true);
    expect(judgeLegal({ home, pages, campaignDate: '2027-01-01', rgaaTests: null })!.plans).toMatchObject({
      schema: { valid: false },
      action: { valid: false },
    });
  });
  it('a home page without collected text (an older snapshot): not judged', () => {
    const old = { ...home, legalText: undefined } as PageSnapshot;
    expect(judgeLegal({ home: old, pages, campaignDate: '2025-01-01', rgaaTests: null })).toBeNull();
  });
  it('without a home page: nothing read, never a guess', () => {
    expect(judgeLegal({ home: null, pages, campaignDate: '2025-01-01', rgaaTests: null })).toMatchObject({
      mention: MENTION_ABSENT,
      statement: { url: null, unreadable: 'unreachable', declaredRate: null },
    });
  });
});

describe('plans and contradictions', () => {
  it('years of plans from text or address; a schema over more than three years is not valid', () => {
    const text = legalText([
      block('Documents', {
        links: [
          { text: 'Schéma pluriannuel de mise en accessibilité 2020 - 2025', href: `${O}/s.pdf` },
          { text: 'Télécharger', href: `${O}/docs/plan-annuel-2024.pdf` },
        ],
      }),
    ]);
    expect(findPlans([{ url: `${O}/a`, text }], 2024)).toEqual({
      schema: { url: `${O}/s.pdf`, years: [2020, 2025], valid: false },
      action: { url: `${O}/docs/plan-annuel-2024.pdf`, year: 2024, valid: true },
    });
    const byPath = legalText([block('x', { links: [{ text: '', href: `${O}/plan-actions-2023.pdf` }] })]);
    expect(findPlans([{ url: `${O}/a`, text: byPath }], 2025).action).toEqual({
      url: `${O}/plan-actions-2023.pdf`,
      year: 2023,
      valid: false,
    });
  });
  it('status implied by a rate', () => {
    expect([statusOfRate(100), statusOfRate(99.9), statusOfRate(50), statusOfRate(49.9)]).toEqual([
      'totalement',
      'partiellement',
      'partiellement',
      'non',
    ]);
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });
  it('a consistent site has no contradiction', () => {
    expect(
      findContradictions({
        mention: { level: 'partiellement', text: 'x', href: null },
        statementUrl: `${O}/a`,
        statementRead: true,
        declaredStatus: 'partiellement',
        declaredRate: 72,
        date: '2024-01-01',
        stale: false,
        staleSince: '2027-01-01',
        failedTests: ['1.1.1'],
      }),
    ).toEqual([]);
  });
});
