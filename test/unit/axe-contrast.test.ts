// axe-core's contrast finding split into RGAA 3.2.1–3.2.4 and completed with the image facts (text in images).

import { describe, expect, it } from 'vitest';
import { splitContrast } from '../../src/audits/a11y/axe-contrast.js';
import { rgaaTestVerdicts } from '../../src/audits/a11y/rgaa-verdicts.js';
import type { ImageFact, ImageFacts } from '../../src/core/facts/images.js';
import type { Evidence, Finding } from '../../src/core/result.js';

const finding = (more: Partial<Finding> = {}): Finding => ({
  rule: 'color-contrast',
  source: 'axe-core',
  family: 'a11y',
  outcome: 'passed',
  impact: null,
  title: 'Contraste',
  rgaa: ['3.2.1', '3.2.2', '3.2.3', '3.2.4'],
  wcag: ['1.4.3'],
  act: [],
  level: 'AA',
  experimental: false,
  bestPractice: false,
  counts: { passed: 12, failed: 0, cantTell: 0 },
  coverage: 'full',
  inapplicableMeansNA: true,
  error: null,
  targets: [],
  evidence: [],
  ...more,
});
const sizes = { normal: 10, bold: 2, large: 0, largeBold: 1 };
const image = (more: Partial<ImageFact>): ImageFact =>
  ({
    selector: 'img',
    snippet: '<img>',
    kind: 'img',
    visible: true,
    ariaHidden: null,
    role: null,
    alt: 'Vue du marché',
    name: 'Vue du marché',
    src: '/marche.jpg',
    ...more,
  }) as ImageFact;
const facts = (
  images: ImageFact[],
  more: Partial<NonNullable<ImageFacts['textContrast']>> = {},
): ImageFacts => ({
  images,
  figures: [],
  truncated: false,
  textContrast: { textSizes: sizes, backgroundImageBoxes: [], scannedAll: true, ...more },
});
const verdicts = (split: Finding) => rgaaTestVerdicts([split]).tests;

describe('contrast tests completed with the image facts', () => {
  it('validates the classes of text the page shows when nothing may be text in an image', () => {
    const logo = image({ alt: 'Logo de la commune', name: 'Logo de la commune' });
    const decorative = image({ alt: '', name: '' });
    const tests = verdicts(splitContrast(finding(), facts([logo, decorative])));
    expect([tests['3.2.1'], tests['3.2.2'], tests['3.2.3'], tests['3.2.4']]).toEqual(['C', 'C', 'NA', 'C']);
  });

  it('leaves the tests to check when an informative image or a CSS background box may hold text', () => {
    const split = splitContrast(finding(), facts([image({})]));
    expect(split.outcome).toBe('cantTell');
    expect(split.evidence.map((item: Evidence) => item.selector)).toEqual(['img']);
    expect(verdicts(split)['3.2.1']).toBe('NT');
    expect(verdicts(split)['3.2.3']).toBe('NT');
    const box = { selector: '.bandeau', snippet: '<div class="bandeau">' };
    expect(verdicts(splitContrast(finding(), facts([], { backgroundImageBoxes: [box] })))['3.2.1']).toBe(
      'NT',
    );
  });

  it('never validates without the image facts (older snapshots) or when the scan was cut', () => {
    expect(verdicts(splitContrast(finding(), undefined))['3.2.1']).toBe('NT');
    expect(verdicts(splitContrast(finding(), facts([], { scannedAll: false })))['3.2.1']).toBe('NT');
  });

  it('keeps failures per size class, whatever the images', () => {
    const failure: Evidence = {
      selector: 'h2',
      snippet: '<h2>',
      message:
        'L’élément a un contraste de couleurs insuffisant de 2.5 (couleur d’avant plan : #777777, couleur d’arrière plan : #ffffff, taille de police : 14.0pt (18.6667px), graisse : bold). Contraste de couleur attendu : 3:1',
      outcome: 'failed',
    };
    const failing = finding({
      outcome: 'failed',
      counts: { passed: 3, failed: 1, cantTell: 0 },
      evidence: [failure],
    });
    const tests = verdicts(splitContrast(failing, facts([])));
    expect([tests['3.2.1'], tests['3.2.4']]).toEqual(['C', 'NC']);
    expect(verdicts(splitContrast(failing, facts([image({})])))['3.2.4']).toBe('NC');
  });

  it('is not applicable on a page without text nor image', () => {
    const none = finding({ outcome: 'inapplicable', counts: { passed: 0, failed: 0, cantTell: 0 } });
    const empty = { normal: 0, bold: 0, large: 0, largeBold: 0 };
    expect(verdicts(splitContrast(none, facts([], { textSizes: empty })))['3.2.1']).toBe('NA');
  });
});
