// Small typed artifacts for the eco rule unit tests: a network entry, eco facts and a snapshot, each with
// defaults that every rule passes or ignores, overridden per test.

import type { EcoFacts } from '../../../src/core/facts/eco.js';
import type { NetworkEntry, PageSnapshot } from '../../../src/core/snapshot.js';

export function entry(url: string, more: Partial<NetworkEntry> = {}): NetworkEntry {
  return {
    url,
    type: 'Other',
    method: 'GET',
    status: 200,
    mimeType: null,
    protocol: 'h2',
    transferBytes: 1000,
    bodyBytes: 1000,
    contentEncoding: null,
    cacheControl: null,
    expires: null,
    etag: null,
    lastModified: null,
    thirdParty: false,
    redirect: false,
    fromCache: false,
    browserFavicon: false,
    failed: null,
    startMs: 0,
    endMs: 10,
    ...more,
  };
}

export function ecoFacts(more: Partial<EcoFacts> = {}): EcoFacts {
  return {
    root: { selector: 'html', snippet: '<html lang="fr">' },
    viewportHeight: 1080,
    devicePixelRatio: 1,
    images: [],
    media: [],
    players: [],
    carousels: [],
    inlineStyles: [],
    inlineScripts: [],
    emptySources: [],
    sourceElements: 0,
    plugins: [],
    printStyles: true,
    unreadableStyleSheets: 0,
    fontFaces: [],
    textResources: [],
    cookies: [],
    ...more,
  };
}

export const PAGE = 'https://www.mairie.example.fr/';

export function snapshot(network: NetworkEntry[], eco: EcoFacts | null = ecoFacts()): PageSnapshot {
  return {
    schemaVersion: 2,
    requestedUrl: PAGE,
    finalUrl: PAGE,
    redirects: [],
    status: 200,
    contentType: 'text/html',
    title: 'Mairie',
    lang: 'fr',
    startedAt: '2026-03-01T10:00:00.000Z',
    timings: { navigationMs: 0, settleMs: 0, scrollMs: 0, collectMs: 0, axeMs: 0, totalMs: 0 },
    measurement: {
      viewport: { width: 1920, height: 1080 },
      settleQuietMs: 500,
      settleMaxMs: 3000,
      scrolled: true,
      loadTimedOut: false,
      measurementTruncated: false,
    },
    dom: {
      elements: 100,
      svgDescendants: 0,
      elementsExcludingSvg: 100,
      iframes: 0,
      images: 0,
      links: 0,
      forms: 0,
      scripts: 0,
      stylesheets: 0,
      doctype: 'html',
      dir: null,
      metaViewport: 'width=device-width, initial-scale=1',
      metaRefresh: null,
      scrollHeight: 1000,
    },
    links: [],
    network,
    axe: null,
    axeError: null,
    facts: eco ? { eco } : {},
    factErrors: eco ? {} : { eco: 'délai dépassé' },
    html: { content: '', truncated: false, length: 0 },
    versions: { vigie: '0.1.0', axe: '4.14.1', browser: 'x', snapshot: 2 },
  };
}
