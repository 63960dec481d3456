// Pure logic of the markup and media rules (RGAA 10.1.3, 10.1.1, 4.3.2, 4.10.1, 13.8), on facts built by hand.

import { describe, expect, it } from 'vitest';
import autoplay from '../../../src/audits/a11y/rules/autoplay-audio-uncontrolled.js';
import { looksLikeWord } from '../../../src/audits/a11y/rules/letters-spaced-with-spaces.js';
import moving from '../../../src/audits/a11y/rules/moving-content-uncontrolled.js';
import presentationalTag from '../../../src/audits/a11y/rules/presentational-tag-used.js';
import trackKind from '../../../src/audits/a11y/rules/track-kind-not-captions.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import type { DocumentFacts } from '../../../src/core/facts/document.js';
import type { MarkupFacts } from '../../../src/core/facts/markup.js';
import type { MediaElementFact, MediaFacts } from '../../../src/core/facts/media.js';

const root = { selector: 'html', snippet: '<html>' };
const document: DocumentFacts = { root, doctype: null, lang: 'fr', xmlLang: null, title: 'Titre' };
const markup = (more: Partial<MarkupFacts>): MarkupFacts => ({
  root,
  presentationalTags: [],
  presentationalAttributes: [],
  presentationMarkup: [],
  spacedLetters: [],
  dir: [],
  ...more,
});
const video = (more: Partial<MediaElementFact>): MediaElementFact => ({
  selector: 'video',
  snippet: '<video>',
  tag: 'video',
  controls: false,
  autoplay: false,
  muted: false,
  paused: true,
  loop: false,
  duration: null,
  visible: true,
  tracks: [],
  ...more,
});
const media = (more: Partial<MediaFacts>): MediaFacts => ({
  root,
  media: [],
  players: [],
  marquees: [],
  blinks: [],
  animations: [],
  interactiveCount: 3,
  ...more,
});

describe('spaced letters (10.1.3)', () => {
  it('tells words from alphabet runs and variables', () => {
    expect(looksLikeWord('B I E N V E N U E')).toBe(true);
    expect(looksLikeWord('É T É S')).toBe(false);
    expect(looksLikeWord('A B C D E F')).toBe(false);
    expect(looksLikeWord('x y z t')).toBe(false);
    expect(looksLikeWord('M R B T S')).toBe(false);
  });
});

describe('presentational tags (10.1.1)', () => {
  const u = { selector: 'u', snippet: '<u>', tag: 'u' };
  it('counts <u> only when the doctype is not HTML5', () => {
    const html5 = { ...document, doctype: { name: 'html', publicId: '', systemId: '', beforeHtml: true } };
    expect(
      runRule(presentationalTag, { markup: markup({ presentationalTags: [u] }), document: html5 }).outcome,
    ).toBe('passed');
    const xhtml = { ...html5, doctype: { ...html5.doctype, publicId: '-//W3C//DTD XHTML 1.0 Strict//EN' } };
    expect(
      runRule(presentationalTag, { markup: markup({ presentationalTags: [u] }), document: xhtml }).outcome,
    ).toBe('failed');
  });
});

describe('media', () => {
  it('4.3.2: same-language subtitles fail, other languages stay uncertain, captions pass', () => {
    const run = (tracks: MediaElementFact['tracks']) =>
      runRule(trackKind, { media: media({ media: [video({ tracks })] }), document }).outcome;
    expect(run([{ kind: 'subtitles', srclang: 'fr-FR' }])).toBe('failed');
    expect(run([{ kind: 'subtitles', srclang: 'en' }])).toBe('cantTell');
    expect(
      run([
        { kind: 'captions', srclang: 'fr' },
        { kind: 'subtitles', srclang: 'fr' },
      ]),
    ).toBe('passed');
    expect(run([{ kind: 'chapters', srclang: 'fr' }])).toBe('inapplicable');
  });
  it('4.10.1: a short sound or native controls pass; muted or paused media do not apply', () => {
    const run = (element: MediaElementFact, interactiveCount = 3) =>
      runRule(autoplay, { media: media({ media: [element], interactiveCount }) }).outcome;
    expect(run(video({ autoplay: true, duration: 2.5 }))).toBe('passed');
    expect(run(video({ autoplay: true, duration: 2.5, loop: true }))).toBe('cantTell');
    expect(run(video({ autoplay: true, controls: true }))).toBe('passed');
    expect(run(video({ autoplay: true, controls: true, visible: false }), 0)).toBe('failed');
    expect(run(video({ autoplay: true, muted: true }))).toBe('inapplicable');
    expect(run(video({ paused: false }))).toBe('cantTell');
  });
  it('13.8: marquee fails 13.8.1 only, blink 13.8.2 only; short animations pass, long ones stay uncertain', () => {
    const marquee = runRule(moving, { media: media({ marquees: [root] }) });
    expect(marquee.byTest).toEqual({ '13.8.1': 'failed', '13.8.2': 'inapplicable' });
    const blink = runRule(moving, { media: media({ blinks: [root] }) });
    expect(blink.byTest).toEqual({ '13.8.1': 'inapplicable', '13.8.2': 'failed' });
    const animation = (activeMs: number | null, infinite = false) => ({
      ...root,
      infinite,
      activeMs,
      name: 'a',
    });
    expect(runRule(moving, { media: media({ animations: [animation(5000)] }) }).outcome).toBe('passed');
    expect(runRule(moving, { media: media({ animations: [animation(8000)] }) }).outcome).toBe('cantTell');
    expect(runRule(moving, { media: media({ animations: [animation(null, true)] }) }).outcome).toBe(
      'cantTell',
    );
    expect(runRule(moving, { media: media({}) }).outcome).toBe('passed');
  });
});
