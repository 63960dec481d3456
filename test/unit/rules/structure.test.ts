// Structure rules on facts built by hand: heading hierarchy gaps, empty headings, the unique visible <main>.

import { describe, expect, it } from 'vitest';
import headingEmpty from '../../../src/audits/a11y/rules/heading-empty.js';
import levelSkipped from '../../../src/audits/a11y/rules/heading-level-skipped.js';
import landmarksMissing from '../../../src/audits/a11y/rules/landmarks-missing.js';
import pageStructure from '../../../src/audits/a11y/rules/page-structure-missing.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { HeadingFacts, LandmarkFact } from '../../../src/core/facts/headings.js';

const root = { selector: 'html', snippet: '<html>' };
const heading = (level: number, name = 'Titre', hiddenFromAT = false) => ({
  selector: `h${level}`,
  snippet: `<h${level}>`,
  tag: `h${level}`,
  level,
  name,
  hiddenFromAT,
});
const zone = (tag: string, role: LandmarkFact['role'], more: Partial<LandmarkFact> = {}): LandmarkFact => ({
  selector: tag,
  snippet: `<${tag}>`,
  tag,
  role,
  visible: true,
  hiddenFromAT: false,
  hiddenAttribute: false,
  links: 1,
  ...more,
});
const facts = (more: Partial<HeadingFacts>): { headings: HeadingFacts } => ({
  headings: {
    root,
    headings: [],
    landmarks: [],
    lists: [],
    fakeLists: [],
    searchForms: [],
    inPageLinks: 0,
    ...more,
  },
});
const html5 = {
  root,
  doctype: { name: 'html', publicId: '', systemId: '', beforeHtml: true },
  lang: 'fr',
  xmlLang: null,
  title: 't',
};

describe('structure rules', () => {
  it('9.1.1: a gap fails, going back up does not, hidden headings are skipped', () => {
    const finding = runRule(
      levelSkipped,
      facts({ headings: [heading(2), heading(3), heading(1), heading(3)] }),
    );
    expect(finding.counts).toEqual({ passed: 3, failed: 1, cantTell: 0 });
    const hidden = runRule(
      levelSkipped,
      facts({ headings: [heading(1), heading(2, 'x', true), heading(3)] }),
    );
    expect(hidden.counts.failed).toBe(1);
    expect(runRule(levelSkipped, facts({})).outcome).toBe('inapplicable');
  });

  it('9.1.2: punctuation only fails, digits pass', () => {
    const finding = runRule(
      headingEmpty,
      facts({ headings: [heading(1, '***'), heading(2, '2025'), heading(2, '')] }),
    );
    expect(finding.counts).toEqual({ passed: 1, failed: 2, cantTell: 0 });
  });

  it('9.2.1: one visible main with header, nav and footer passes; two visible mains fail', () => {
    const full = [
      zone('header', 'banner'),
      zone('nav', 'navigation'),
      zone('main', 'main'),
      zone('footer', 'contentinfo'),
    ];
    expect(runRule(pageStructure, { ...facts({ landmarks: full }), document: html5 }).outcome).toBe('passed');
    const two = [...full, zone('main', 'main', { selector: 'main:nth-of-type(2)' })];
    expect(runRule(pageStructure, { ...facts({ landmarks: two }), document: html5 }).outcome).toBe('failed');
    const hidden = [...full, zone('main', 'main', { visible: false, hiddenAttribute: true })];
    expect(runRule(pageStructure, { ...facts({ landmarks: hidden }), document: html5 }).outcome).toBe(
      'passed',
    );
  });

  it('12.6.1: a search form outside a search region is left to a person', () => {
    const full = [
      zone('header', 'banner'),
      zone('nav', 'navigation'),
      zone('main', 'main'),
      zone('footer', 'contentinfo'),
    ];
    expect(runRule(landmarksMissing, facts({ landmarks: full })).outcome).toBe('passed');
    const search = [{ selector: 'form', snippet: '<form>', inSearchLandmark: false }];
    expect(runRule(landmarksMissing, facts({ landmarks: full, searchForms: search })).outcome).toBe(
      'cantTell',
    );
  });
});
