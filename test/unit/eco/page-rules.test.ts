// The eco rules over the eco facts (images, media, carousels, code, print styles, fonts), on hand-built
// snapshots: one case per verdict plus inapplicable, and the estimated savings.

import { describe, expect, it } from 'vitest';
import { ECO_RULES } from '../../../src/audits/eco/rules/index.js';
import { ecoInputsOf, runEcoRule } from '../../../src/audits/eco/run-rules.js';
import type { EcoFacts, EcoImageFact, TextResourceFact } from '../../../src/core/facts/eco.js';
import type { NetworkEntry, PageSnapshot } from '../../../src/core/snapshot.js';
import { ecoFacts, entry, PAGE, snapshot } from './build.js';

function judge(
  rule: string,
  eco: Partial<EcoFacts>,
  network: NetworkEntry[] = [],
  page: Partial<PageSnapshot> = {},
) {
  const found = ECO_RULES.find((candidate) => candidate.id === rule)!;
  return runEcoRule(found, ecoInputsOf({ ...snapshot(network, ecoFacts(eco)), ...page }));
}

const img = (more: Partial<EcoImageFact>): EcoImageFact => ({
  selector: 'img',
  snippet: '<img>',
  tag: 'img',
  src: `${PAGE}a.png`,
  naturalWidth: 400,
  naturalHeight: 300,
  renderedWidth: 400,
  renderedHeight: 300,
  top: 100,
  loading: null,
  srcset: false,
  lazyScript: false,
  ...more,
});
const png = (transferBytes: number) =>
  entry(`${PAGE}a.png`, { type: 'Image', mimeType: 'image/png', transferBytes });

describe('images', () => {
  it('image-resized-in-browser: twice the pixels fails, the saving is the share of useless pixels', () => {
    const finding = judge(
      'image-resized-in-browser',
      { images: [img({ renderedWidth: 200, renderedHeight: 150 })] },
      [png(40_000)],
    );
    expect(finding.evidence[0]).toMatchObject({ sizeBytes: 40_000, saving: { bytes: 30_000 } });
    expect(judge('image-resized-in-browser', { images: [img({})] }).outcome).toBe('passed');
    // A 2× device pixel ratio needs twice the width.
    expect(
      judge('image-resized-in-browser', {
        devicePixelRatio: 2,
        images: [img({ renderedWidth: 200, renderedHeight: 150 })],
      }).outcome,
    ).toBe('passed');
    expect(judge('image-resized-in-browser', { images: [img({ src: `${PAGE}a.svg` })] }).outcome).toBe(
      'inapplicable',
    );
  });
  it('image-not-displayed: a decoded image with an empty box fails', () => {
    const hidden = img({ renderedWidth: 0, renderedHeight: 0 });
    expect(judge('image-not-displayed', { images: [hidden] }, [png(9000)]).saving).toEqual({
      bytes: 9000,
      requests: 0,
    });
    expect(
      judge('image-not-displayed', { images: [img({ naturalWidth: 50, naturalHeight: 50 })] }).outcome,
    ).toBe('inapplicable');
  });
  it('lazy-loading-missing: below the fold without loading=lazy fails; a lazy-loading script passes', () => {
    const below = img({ top: 2000 });
    expect(judge('lazy-loading-missing', { images: [below] }, [png(20_000)]).saving!.bytes).toBe(20_000);
    expect(judge('lazy-loading-missing', { images: [{ ...below, loading: 'lazy' }] }).outcome).toBe('passed');
    expect(judge('lazy-loading-missing', { images: [{ ...below, lazyScript: true }] }).outcome).toBe(
      'passed',
    );
    expect(judge('lazy-loading-missing', { images: [img({ top: 500 })] }).outcome).toBe('inapplicable');
  });
  it('bitmap-image-too-heavy: over 0.2 byte per pixel (at least 10 kB) plus 2 kB fails', () => {
    // 400 × 300 = 120 000 px → budget 24 000 bytes.
    expect(judge('bitmap-image-too-heavy', { images: [img({})] }, [png(25_000)]).outcome).toBe('passed');
    expect(judge('bitmap-image-too-heavy', { images: [img({})] }, [png(30_000)]).saving!.bytes).toBe(6000);
    expect(judge('bitmap-image-too-heavy', { images: [] }, [png(30_000)]).outcome).toBe('inapplicable');
  });
});

describe('media and carousels', () => {
  const video = { selector: 'video', snippet: '<video>', tag: 'video' as const, src: `${PAGE}v.mp4` };
  const media = { autoplay: false, preload: null, paused: true, muted: false };
  it('media-autoplay: autoplay or playing fails with the bytes received; a player with autoplay=1 fails', () => {
    const bytes = [
      entry(`${PAGE}v.mp4`, { transferBytes: 300_000 }),
      entry(`${PAGE}v.mp4`, { transferBytes: 200_000 }),
    ];
    const finding = judge('media-autoplay', { media: [{ ...video, ...media, autoplay: true }] }, bytes);
    expect(finding.evidence[0]!.saving).toEqual({ bytes: 500_000 });
    const player = {
      selector: 'iframe',
      snippet: '<iframe>',
      src: 'https://www.youtube.com/embed/x?autoplay=1',
    };
    expect(judge('media-autoplay', { players: [{ ...player, autoplay: true }] }).outcome).toBe('failed');
    expect(judge('media-autoplay', { media: [{ ...video, ...media }] }).outcome).toBe('passed');
    expect(judge('media-autoplay', {}).outcome).toBe('inapplicable');
  });
  it('media-preload-eager: preload=auto fails, metadata passes', () => {
    expect(judge('media-preload-eager', { media: [{ ...video, ...media, preload: 'auto' }] }).outcome).toBe(
      'failed',
    );
    expect(
      judge('media-preload-eager', { media: [{ ...video, ...media, preload: 'metadata' }] }).outcome,
    ).toBe('passed');
  });
  it('carousel-auto-rotating: two bursts or a marker fail, one burst cannot tell', () => {
    const carousel = {
      selector: '.slider',
      snippet: '<div>',
      autoplayMarker: null,
      rotations: 0,
      observedMs: 4000,
    };
    const outcome = (more: object) =>
      judge('carousel-auto-rotating', { carousels: [{ ...carousel, ...more }] }).outcome;
    expect(outcome({})).toBe('passed');
    expect(outcome({ rotations: 1 })).toBe('cantTell');
    expect(outcome({ rotations: 3 })).toBe('failed');
    expect(outcome({ autoplayMarker: 'data-bs-ride="carousel"' })).toBe('failed');
  });
});

describe('code', () => {
  const file = (more: Partial<TextResourceFact>): TextResourceFact => ({
    url: `${PAGE}app.js`,
    kind: 'js',
    chars: 10_000,
    lineBreaks: 0,
    collapsibleChars: 0,
    syntaxError: null,
    ...more,
  });
  it('js-not-minified: more than 10 % removable fails, saving those characters', () => {
    const finding = judge('js-not-minified', {
      textResources: [file({ collapsibleChars: 3000, lineBreaks: 400 })],
    });
    expect(finding.evidence[0]).toMatchObject({ resource: `${PAGE}app.js`, saving: { bytes: 3000 } });
    expect(judge('js-not-minified', { textResources: [file({ collapsibleChars: 500 })] }).outcome).toBe(
      'passed',
    );
    expect(judge('css-not-minified', { textResources: [file({})] }).outcome).toBe('inapplicable');
  });
  it('script-syntax-error fails a script that does not parse', () => {
    expect(
      judge('script-syntax-error', { textResources: [file({ syntaxError: 'Unexpected token' })] }).outcome,
    ).toBe('failed');
  });
  it('inline code: more than 2 000 characters fails', () => {
    const style = (chars: number) => ({ selector: 'style', snippet: '<style>', chars });
    expect(judge('inline-style-large', { inlineStyles: [style(300), style(5000)] }).counts).toEqual({
      passed: 1,
      failed: 1,
      cantTell: 0,
    });
  });
  it('empty-source, plugin-used: the elements fail, else the page passes', () => {
    const el = { selector: 'img', snippet: '<img src="">' };
    expect(judge('empty-source', { emptySources: [el], sourceElements: 3 }).outcome).toBe('failed');
    expect(judge('empty-source', { sourceElements: 3 }).outcome).toBe('passed');
    expect(judge('empty-source', {}).outcome).toBe('inapplicable');
    expect(judge('plugin-used', { plugins: [el] }).outcome).toBe('failed');
    expect(judge('plugin-used', {}).outcome).toBe('passed');
  });
  it('print-stylesheet-missing: unreadable cross-origin sheets make it cantTell', () => {
    expect(judge('print-stylesheet-missing', { printStyles: false }).outcome).toBe('failed');
    expect(judge('print-stylesheet-missing', { printStyles: false, unreadableStyleSheets: 2 }).outcome).toBe(
      'cantTell',
    );
  });
});

describe('page rules', () => {
  it('web-fonts-excessive: files, families and bytes', () => {
    const font = (i: number) =>
      entry(`${PAGE}f${i}.woff2`, { type: 'Font', mimeType: 'font/woff2', transferBytes: 20_000 });
    expect(judge('web-fonts-excessive', {}, [font(1), font(2)]).outcome).toBe('passed');
    const finding = judge('web-fonts-excessive', {}, [1, 2, 3, 4, 5, 6].map(font));
    expect(finding.evidence[0]).toMatchObject({ sizeBytes: 120_000, saving: { bytes: 40_000, requests: 2 } });
    const families = { fontFaces: ['Marianne 400 normal', 'Roboto 400 normal', 'Lato 700 italic'] };
    expect(judge('web-fonts-excessive', families, [font(1)]).evidence[0]!.message).toMatch(/3 familles/);
  });
  it('dom-too-large, viewport-meta-missing, https-missing read the page', () => {
    const dom = snapshot([]).dom;
    expect(judge('dom-too-large', {}, [], { dom: { ...dom, elementsExcludingSvg: 2000 } }).outcome).toBe(
      'failed',
    );
    expect(judge('viewport-meta-missing', {}, [], { dom: { ...dom, metaViewport: null } }).outcome).toBe(
      'failed',
    );
    expect(judge('https-missing', {}).outcome).toBe('passed');
    expect(judge('https-missing', {}, [], { finalUrl: 'http://www.mairie.example.fr/' }).outcome).toBe(
      'failed',
    );
    expect(judge('https-missing', {}, [], { finalUrl: 'http://localhost:3000/' }).outcome).toBe('cantTell');
  });
});
