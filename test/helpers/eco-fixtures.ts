// The expected outcome of every eco rule on the three eco fixture pages (test/fixtures/eco): `good`
// (everything done right), `bad` (everything wrong), `empty` (nothing to judge). Used by the Chromium test and
// by the metadata test (every rule has a passed, a failed and, where it can, an inapplicable case).

import type { Outcome } from '../../src/core/result.js';

export type EcoFixturePage = 'good' | 'bad' | 'empty';
const P: Outcome = 'passed';
const F: Outcome = 'failed';
const I: Outcome = 'inapplicable';
const C: Outcome = 'cantTell';

/** Expected outcome per rule on the good, bad and empty pages. */
export const ECO_EXPECTED: Record<string, [Outcome, Outcome, Outcome]> = {
  'bitmap-image-too-heavy': [P, F, I],
  'cache-headers-missing': [P, F, I],
  'cache-validator-missing': [P, F, I],
  'carousel-auto-rotating': [P, F, I],
  'cookies-too-large': [P, F, P],
  'custom-widgets-majority': [P, F, I],
  'css-not-minified': [P, F, I],
  'document-format-legacy': [P, F, I],
  'dom-too-large': [P, F, P],
  'domains-too-many': [P, F, P],
  'empty-source': [P, F, I],
  'http2-missing': [C, C, C],
  'https-missing': [C, C, C],
  'image-format-not-modern': [P, F, I],
  'image-not-displayed': [P, F, I],
  'image-resized-in-browser': [P, F, I],
  'infinite-scroll': [P, C, I],
  'inline-script-large': [P, F, I],
  'inline-style-large': [P, F, I],
  'js-not-minified': [P, F, I],
  'lazy-loading-missing': [P, F, I],
  'media-autoplay': [P, F, I],
  'media-preload-eager': [P, F, I],
  'notification-request': [P, F, P],
  'page-weight-too-heavy': [P, F, P],
  'plugin-used': [P, F, P],
  'print-stylesheet-missing': [P, F, F],
  'redirect-used': [P, F, P],
  'request-failed': [P, F, P],
  'requests-too-many': [P, F, P],
  'script-syntax-error': [P, F, I],
  'script-too-heavy': [P, F, I],
  'social-button-script': [P, P, P],
  'static-resource-with-cookies': [P, F, I],
  'stylesheets-too-many': [P, F, I],
  'svg-not-optimised': [P, F, I],
  'text-compression-missing': [P, F, I],
  'tracker-loaded': [P, P, P],
  'video-codec-inefficient': [P, F, I],
  'video-definition-excessive': [C, C, I],
  'viewport-meta-missing': [P, F, P],
  'web-fonts-excessive': [P, F, P],
};
