// Pure logic of the document rules (RGAA 8.1.2, 8.4.1, 8.6.1, 10.4.2, 13.1), on facts built by hand.

import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../src/audits/a11y/rules/data/languages.js';
import { parseRefresh } from '../../../src/audits/a11y/rules/data/meta.js';
import { doctypeProblem } from '../../../src/audits/a11y/rules/doctype-invalid.js';
import langCodeInvalid, { langCodeProblem } from '../../../src/audits/a11y/rules/lang-code-invalid.js';
import pageTitle from '../../../src/audits/a11y/rules/page-title-not-descriptive.js';
import { viewportProblem } from '../../../src/audits/a11y/rules/viewport-zoom-blocked.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { DocumentFacts } from '../../../src/core/facts/document.js';

const root = { selector: 'html', snippet: '<html>' };
const doc = (more: Partial<DocumentFacts>): { document: DocumentFacts } => ({
  document: { root, isHtml: true, doctype: null, lang: 'fr', xmlLang: null, title: 'Titre', ...more },
});

describe('doctype (8.1.2)', () => {
  it('accepts the HTML doctype, legacy-compat and the W3C recommended public identifiers', () => {
    expect(doctypeProblem({ name: 'html', publicId: '', systemId: '' })).toBeNull();
    expect(doctypeProblem({ name: 'html', publicId: '', systemId: 'about:legacy-compat' })).toBeNull();
    expect(doctypeProblem({ name: 'html', publicId: '-//W3C//DTD XHTML 1.1//EN', systemId: '' })).toBeNull();
    expect(
      doctypeProblem({
        name: 'math',
        publicId: '',
        systemId: 'http://www.w3.org/Math/DTD/mathml1/mathml.dtd',
      }),
    ).toBeNull();
  });
  it('rejects unknown names, public and system identifiers', () => {
    expect(doctypeProblem({ name: 'html', publicId: '-//W3C//DTD HTML 5//EN', systemId: '' })).not.toBeNull();
    expect(doctypeProblem({ name: 'site', publicId: '', systemId: '' })).not.toBeNull();
    expect(doctypeProblem({ name: 'html', publicId: '', systemId: 'my.dtd' })).not.toBeNull();
  });
});

describe('language code (8.4.1)', () => {
  it('judges the part before the hyphen (RGAA glossary) and reports ill-formed options', () => {
    expect(langCodeProblem('lang', 'fr-FR')).toBeNull();
    expect(langCodeProblem('lang', 'bre')).toBeNull();
    expect(langCodeProblem('lang', 'aq')?.outcome).toBe('failed');
    expect(langCodeProblem('lang', 'english')?.outcome).toBe('failed');
    expect(langCodeProblem('lang', 'en_US')?.outcome).toBe('failed');
    expect(langCodeProblem('lang', 'en;US')?.outcome).toBe('failed');
    expect(langCodeProblem('lang', 'en-U')?.outcome).toBe('cantTell');
    expect(langCodeProblem('lang', 'en-regioncanbeaslongasnecessary')?.outcome).toBe('cantTell');
    expect(langCodeProblem('lang', 'qzx')?.outcome).toBe('cantTell');
    expect(langCodeProblem('lang', 'en-u-ca-gregory')).toBeNull();
  });

  const french =
    'le service est ouvert et les usagers sont reçus sur rendez-vous pour une demande dans la mairie avec ' +
    'une pièce qui est demandée au guichet et les horaires sont affichés sur la porte avec le plan pour les ' +
    'personnes qui sont à mobilité réduite et nous vous invitons à appeler le standard';
  it('counts stop words', () => {
    const guess = guessLanguage(french.split(' '));
    expect(guess.language).toBe('fr');
    expect(guess.total).toBeGreaterThan(15);
  });
  it('fails a page declared in English whose text is clearly French, accepts it declared in French', () => {
    expect(runRule(langCodeInvalid, doc({ lang: 'en', textWords: french.split(' ') })).outcome).toBe(
      'failed',
    );
    expect(runRule(langCodeInvalid, doc({ lang: 'fr', textWords: french.split(' ') })).outcome).toBe(
      'passed',
    );
    expect(
      runRule(langCodeInvalid, doc({ lang: 'en', textWords: french.split(' ').slice(0, 12) })).outcome,
    ).toBe('passed');
  });
});

describe('page title (8.6.1, ACT c4a8a4)', () => {
  const words = (list: [string, boolean][]) => list.map(([word, inPage]) => ({ word, inPage }));
  const text = 'clementines will be ready to harvest from late october through february'.split(' ');
  it('fails a title none of whose words is in a page with enough text (ACT failed example 1)', () => {
    const facts = doc({
      title: 'Apple harvesting season',
      titleWords: words([
        ['apple', false],
        ['harvesting', false],
        ['season', false],
      ]),
      textWords: text,
      textWordCount: text.length,
    });
    expect(runRule(pageTitle, facts).outcome).toBe('failed');
  });
  it('stays uncertain on a loading screen, a short page, one word or shared words', () => {
    const base = {
      title: 'Apple harvesting season',
      titleWords: words([
        ['apple', false],
        ['harvesting', false],
      ]),
    };
    const loading = 'chargement en cours veuillez patienter pendant le chargement de la page'.split(' ');
    expect(runRule(pageTitle, doc({ ...base, textWords: loading, textWordCount: 12 })).outcome).toBe(
      'cantTell',
    );
    expect(runRule(pageTitle, doc({ ...base, textWords: text, textWordCount: 4 })).outcome).toBe('cantTell');
    expect(runRule(pageTitle, doc({ title: 'Accueil' })).outcome).toBe('cantTell');
    const shared = words([
      ['apple', true],
      ['season', false],
    ]);
    expect(
      runRule(pageTitle, doc({ ...base, titleWords: shared, textWords: text, textWordCount: 11 })).outcome,
    ).toBe('cantTell');
  });
  it('fails placeholders, file names and addresses; accepts a title containing the h1', () => {
    expect(runRule(pageTitle, doc({ title: '  ' })).outcome).toBe('failed');
    expect(runRule(pageTitle, doc({ title: 'Document sans titre' })).outcome).toBe('failed');
    expect(runRule(pageTitle, doc({ title: 'accueil.php' })).outcome).toBe('failed');
    expect(runRule(pageTitle, doc({ title: 'Horaires - Mairie', firstH1: 'Horaires' })).outcome).toBe(
      'cantTell',
    );
    expect(
      runRule(pageTitle, doc({ title: 'Horaires d’ouverture - Mairie', firstH1: 'Horaires d’ouverture' }))
        .outcome,
    ).toBe('passed');
    expect(runRule(pageTitle, doc({ title: null })).outcome).toBe('inapplicable');
    expect(runRule(pageTitle, doc({ title: 'Cercle', isHtml: false })).outcome).toBe('inapplicable');
  });
});

describe('meta viewport (10.4.2) and refresh (13.1)', () => {
  it('translates viewport values as CSS Device Adaptation does', () => {
    expect(viewportProblem('width=device-width, initial-scale=1')).toBeNull();
    expect(viewportProblem('maximum-scale=2.0')).toBeNull();
    expect(viewportProblem('maximum-scale=device-width; user-scalable=5')).toBeNull();
    expect(viewportProblem('user-scalable=no')).not.toBeNull();
    expect(viewportProblem('user-scalable=invalid')).not.toBeNull();
    expect(viewportProblem('user-scalable=-0.5')).not.toBeNull();
    expect(viewportProblem('maximum-scale=yes')).not.toBeNull();
    expect(viewportProblem('maximum-scale=1.5, user-scalable=yes')).not.toBeNull();
  });
  it('parses refresh contents as browsers do', () => {
    expect(parseRefresh('5')).toEqual({ delaySeconds: 5, url: null });
    expect(parseRefresh('0;URL:https://example.org')?.url).toBe('https://example.org');
    expect(parseRefresh('10; url = "/a.html"')).toEqual({ delaySeconds: 10, url: '/a.html' });
    expect(parseRefresh('3.9, http://x.fr/')).toEqual({ delaySeconds: 3, url: 'http://x.fr/' });
    expect(parseRefresh('; url=/x')).toBeNull();
  });
});
