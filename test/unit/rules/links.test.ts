// Unit tests of the link rules (RGAA 6.1): generic names, contexts, duplicates, visible label in the name.

import { describe, expect, it } from 'vitest';
import linkPurposeUnclear, {
  genericName,
  normalizeLinkText,
} from '../../../src/audits/a11y/rules/link-purpose-unclear.js';
import linkVisibleLabelNotInName, {
  containsLabel,
} from '../../../src/audits/a11y/rules/link-visible-label-not-in-name.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { LinkFact } from '../../../src/core/facts/links.js';

let counter = 0;
function link(fields: Partial<LinkFact>): LinkFact {
  counter++;
  return {
    selector: `a:nth-of-type(${counter})`,
    snippet: `<a href="/${counter}">`,
    kind: 'text',
    name: '',
    nameSource: 'contents',
    visibleText: fields.name ?? '',
    imageText: '',
    title: null,
    description: '',
    href: `https://example.org/${counter}`,
    contexts: [],
    ...fields,
  };
}
const facts = (...links: LinkFact[]) => ({ links: { links, total: links.length } });

describe('generic link names', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalizeLinkText('  [Lire la SUITE...] ')).toBe('lire la suite');
    expect(normalizeLinkText('Détails »')).toBe('details');
  });
  it.each([
    ['Cliquez ici', 'generic'],
    ['En savoir +', 'generic'],
    ['>>', 'symbols'],
    ['-->;*', 'symbols'],
    ['DSC_0042.JPG', 'generic'],
    ['Plus d’infos sur le budget', null],
    ['contact@mairie.example', null],
    ['Suivant', null],
    ['2', null],
  ])('%s → %s', (name, expected) => {
    expect(genericName(name)).toBe(expected);
  });
});

describe('link-purpose-unclear', () => {
  it('fails a generic name without context, for the test of its kind', () => {
    const finding = runRule(linkPurposeUnclear, facts(link({ name: 'ici', kind: 'image' })));
    expect(finding.outcome).toBe('failed');
    expect(finding.byTest).toEqual({
      '6.1.1': 'inapplicable',
      '6.1.2': 'failed',
      '6.1.3': 'inapplicable',
      '6.1.4': 'inapplicable',
    });
  });
  it('leaves a generic name with a context or an informative title to a person', () => {
    const withHeading = link({ name: 'Lire la suite', contexts: [{ kind: 'heading', text: 'Budget 2024' }] });
    const withTitle = link({ name: 'cliquez ici', title: 'Télécharger le budget 2024' });
    const sameTitle = link({ name: 'cliquez ici', title: 'Cliquez ici' });
    const finding = runRule(linkPurposeUnclear, facts(withHeading, withTitle, sameTitle));
    expect(finding.counts).toEqual({ passed: 0, failed: 1, cantTell: 2 });
    expect(finding.evidence.find((e) => e.outcome === 'failed')?.selector).toBe(sameTitle.selector);
  });
  it('asks about short identical names leading to different pages, not anchors of one page', () => {
    const a = link({ name: 'Rapport', href: 'https://example.org/a' });
    const b = link({ name: 'rapport !', href: 'https://example.org/b' });
    const c = link({ name: 'Agenda', href: 'https://example.org/p#e1' });
    const d = link({ name: 'Agenda', href: 'https://example.org/p#e2' });
    const finding = runRule(linkPurposeUnclear, facts(a, b, c, d));
    expect(finding.counts).toEqual({ passed: 2, failed: 0, cantTell: 2 });
  });
  it('is inapplicable without named links, so the tests are NA', () => {
    const finding = runRule(linkPurposeUnclear, facts(link({ name: '' })));
    expect(finding.outcome).toBe('inapplicable');
    expect(finding.inapplicableMeansNA).toBe(true);
  });
});

describe('visible label in the name', () => {
  it.each([
    ['Rapport annuel 2023 (PDF)', 'Rapport annuel 2023', true],
    ['rapport annuel', 'Rapport annuel !', true],
    ['Événements à venir', 'Evenements a venir', true],
    ['Nous contacter', 'Contact', false],
    ['Rapport annuel 2023', 'Rapport annuel 20…', true],
    ['Documents', 'Télécharger', false],
  ])('%s contains %s: %s', (name, label, expected) => {
    expect(containsLabel(name, label)).toBe(expected);
  });

  const judge = (fields: Partial<LinkFact>) =>
    runRule(linkVisibleLabelNotInName, facts(link({ name: 'x', ...fields }))).outcome;
  it('passes a name from the content, fails a title that does not repeat the label', () => {
    expect(judge({ name: 'Accueil', visibleText: 'Accueil' })).toBe('passed');
    expect(judge({ name: 'Rapport', visibleText: 'Rapport', title: 'Rapport (nouvelle fenêtre)' })).toBe(
      'passed',
    );
    expect(judge({ name: 'Rapport', visibleText: 'Rapport', title: 'Nouvelle fenêtre' })).toBe('failed');
  });
  it('fails an aria-label without the label, asks for symbols, reordered words and images', () => {
    expect(judge({ name: 'Documents', nameSource: 'aria-label', visibleText: 'Télécharger' })).toBe('failed');
    expect(judge({ name: 'Page suivante', nameSource: 'aria-label', visibleText: '>' })).toBe('cantTell');
    expect(judge({ name: 'Panier, 3 articles', nameSource: 'aria-label', visibleText: '3 Panier' })).toBe(
      'cantTell',
    );
    expect(judge({ name: 'Accueil', nameSource: 'aria-label', visibleText: '', imageText: 'Logo' })).toBe(
      'cantTell',
    );
    expect(
      judge({ name: 'Accueil Logo', nameSource: 'aria-label', visibleText: '', imageText: 'Logo' }),
    ).toBe('passed');
  });
  it('does not apply to a link without visible text or image', () => {
    expect(judge({ name: 'Facebook', nameSource: 'aria-label', visibleText: '' })).toBe('inapplicable');
  });
});
