// Unit tests of the pure image and frame-title rules on hand-built facts: the routing of each verdict to its RGAA
// test (1.1.x informative vs 1.2.x decorative), the relevance patterns and the frame-title twins.

import { describe, expect, it } from 'vitest';
import canvasRule from '../../../src/audits/a11y/rules/canvas-image-alternative-missing.js';
import decorativeRule from '../../../src/audits/a11y/rules/decorative-image-not-ignored.js';
import figureRule from '../../../src/audits/a11y/rules/figure-caption-not-linked.js';
import frameRule from '../../../src/audits/a11y/rules/frame-title-not-relevant.js';
import { irrelevance } from '../../../src/audits/a11y/rules/image-alternative-not-relevant.js';
import svgRule from '../../../src/audits/a11y/rules/svg-image-alternative-missing.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { FrameFact } from '../../../src/core/facts/frames.js';
import type { FigureFact, ImageFact } from '../../../src/core/facts/images.js';

const image = (overrides: Partial<ImageFact>): ImageFact => ({
  selector: '#i',
  snippet: '<img>',
  kind: 'img',
  visible: true,
  ariaHidden: null,
  role: null,
  alt: null,
  title: null,
  ariaLabel: null,
  ariaLabelledby: null,
  labelledbyText: '',
  ariaDescribedby: null,
  describedbyIds: 0,
  describedbyResolved: 0,
  describedbyText: '',
  name: '',
  nameLength: 0,
  src: null,
  type: null,
  href: false,
  fallbackText: '',
  svgTitle: '',
  svgDesc: '',
  svgDescendantAlternative: false,
  adjacentControl: false,
  inControlWithText: false,
  captioned: false,
  ...overrides,
});

const facts = (images: ImageFact[], figures: FigureFact[] = []) => ({
  images: { images, figures, truncated: false },
});

describe('svg-image-alternative-missing', () => {
  const svg = (overrides: Partial<ImageFact>) => image({ kind: 'svg', ...overrides });

  it('a clean hidden svg passes 1.2.4 and leaves 1.1.5 inapplicable (NA)', () => {
    const finding = runRule(svgRule, facts([svg({ ariaHidden: 'self' })]));
    expect(finding.byTest).toEqual({ '1.1.5': 'inapplicable', '1.2.4': 'passed' });
  });

  it('an unhidden icon in a link with text fails 1.2.4, an unhidden lone svg fails 1.1.5', () => {
    expect(runRule(svgRule, facts([svg({ inControlWithText: true })])).byTest).toEqual({
      '1.1.5': 'inapplicable',
      '1.2.4': 'failed',
    });
    expect(runRule(svgRule, facts([svg({})])).byTest).toEqual({ '1.1.5': 'failed', '1.2.4': 'inapplicable' });
  });

  it('a hidden svg with a <title> is uncertain for both tests', () => {
    const finding = runRule(svgRule, facts([svg({ ariaHidden: 'ancestor', svgTitle: 'Facebook' })]));
    expect(finding.byTest).toEqual({ '1.1.5': 'cantTell', '1.2.4': 'cantTell' });
  });

  it('role="img" needs a <title>, aria-label or resolved aria-labelledby', () => {
    expect(svgRule.expectation(svg({ role: 'img', svgTitle: 'Carte' }), facts([])).outcome).toBe('passed');
    expect(svgRule.expectation(svg({ role: 'img', ariaLabelledby: 'x' }), facts([])).outcome).toBe('failed');
  });
});

describe('canvas-image-alternative-missing', () => {
  const canvas = (overrides: Partial<ImageFact>) => image({ kind: 'canvas', ...overrides });
  it('content between the tags counts without role="img", not with it', () => {
    expect(canvasRule.expectation(canvas({ fallbackText: 'Courbe' }), facts([])).outcome).toBe('passed');
    expect(canvasRule.expectation(canvas({ role: 'img', fallbackText: 'Courbe' }), facts([])).outcome).toBe(
      'failed',
    );
  });
  it('an adjacent link or button makes it uncertain, never failed', () => {
    expect(canvasRule.expectation(canvas({ adjacentControl: true }), facts([])).outcome).toBe('cantTell');
  });
});

describe('decorative-image-not-ignored', () => {
  it('targets only images the markup declares decorative, without caption', () => {
    const targets = decorativeRule.applicability(
      facts([
        image({ alt: '' }),
        image({ alt: 'Logo de la ville' }),
        image({}),
        image({ alt: '', captioned: true }),
        image({ kind: 'area', href: true, alt: '' }),
        image({ kind: 'area', alt: '' }),
      ]),
    );
    expect(targets).toHaveLength(2);
  });
  it('aria-hidden with an alt is met (the RGAA forbids only aria-label, aria-labelledby and title)', () => {
    expect(decorativeRule.expectation(image({ ariaHidden: 'self', alt: 'Texte' }), facts([])).outcome).toBe(
      'passed',
    );
    expect(decorativeRule.expectation(image({ alt: '', title: 'Texte' }), facts([])).outcome).toBe(
      'cantTell',
    );
  });
});

describe('image-alternative-not-relevant: irrelevance()', () => {
  it.each([
    ['photo.jpg', null],
    ['IMG_1234', null],
    ['DSC01234', null],
    ['P1010001', null],
    ['Capture d’écran 2023-05-01 à 10.22.33', null],
    ['Image', null],
    ['Icône', null],
    ['LOGO', null],
    ['***', null],
    ['plan-ville.png', 'https://exemple.fr/medias/plan-ville.png'],
    ['https://exemple.fr/a.png', null],
  ])('« %s » is not relevant', (name, src) => {
    expect(irrelevance(name, src)).not.toBeNull();
  });

  it.each([
    'Logo de la mairie',
    'Photo de classe, 1998',
    'Icône PDF',
    'P2023 rapport annuel',
    'Image de synthèse du futur pont',
    '3',
  ])('« %s » may be relevant', (name) => {
    expect(irrelevance(name, 'https://exemple.fr/medias/plan.png')).toBeNull();
  });
});

describe('figure-caption-not-linked', () => {
  const figure = (overrides: Partial<FigureFact>): FigureFact => ({
    selector: 'figure',
    snippet: '<figure>',
    role: 'figure',
    ariaLabel: 'Vue du port',
    ariaLabelledby: null,
    labelledbyCaption: false,
    caption: 'Vue du port',
    kinds: ['img'],
    ...overrides,
  });
  it('ignores case, spacing and end punctuation in « identique »', () => {
    expect(figureRule.expectation(figure({ ariaLabel: 'vue  du port.' }), facts([])).outcome).toBe('passed');
  });
  it('routes the verdict to the tests of the image kinds it holds', () => {
    const verdict = figureRule.expectation(
      figure({ role: null, kinds: ['svg', 'img', 'canvas'] }),
      facts([]),
    );
    expect(verdict).toMatchObject({ outcome: 'failed', rgaa: ['1.9.1', '1.9.4', '1.9.5'] });
  });
});

describe('frame-title-not-relevant', () => {
  const frame = (title: string | null, src: string | null): FrameFact => ({
    selector: 'iframe',
    snippet: '<iframe>',
    tag: 'iframe',
    title,
    name: title ?? '',
    hidden: false,
    src,
  });
  it('fails twins with different addresses, not twins showing the same address', () => {
    const frames = [frame('Vidéo', '/a'), frame('vidéo', '/b'), frame('Carte', '/c'), frame('Carte', '/c')];
    const outcomes = frames.map((item) => frameRule.expectation(item, { frames }).outcome);
    expect(outcomes).toEqual(['failed', 'failed', 'passed', 'passed']);
  });
});
