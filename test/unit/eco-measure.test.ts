import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CO2_LABEL, CO2_LIBRARY_VERSION, co2PerView } from '../../src/audits/eco/co2.js';
import { measureEco } from '../../src/audits/eco/measure.js';
import { ecoindexPercentiles, percentileOf } from '../../src/audits/eco/percentiles.js';
import { registrableDomain, resourceKind, weightSplit } from '../../src/audits/eco/weight.js';
import type { NetworkEntry, PageSnapshot } from '../../src/core/snapshot.js';

function entry(partial: Partial<NetworkEntry> & { url: string }): NetworkEntry {
  return {
    type: 'Other',
    method: 'GET',
    status: 200,
    mimeType: null,
    protocol: 'http/1.1',
    transferBytes: 0,
    headerBytes: 0,
    bodyBytes: 0,
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
    ...partial,
  };
}

// A page of https://www.mairie-test.fr/ with its own resources, a CDN and a font service.
const network: NetworkEntry[] = [
  entry({ url: 'https://www.mairie-test.fr/', type: 'Document', transferBytes: 10_000 }),
  entry({ url: 'https://www.mairie-test.fr/app.js', type: 'Script', transferBytes: 20_000 }),
  entry({ url: 'https://cdn.example.com/lib.js', type: 'Script', transferBytes: 30_000, thirdParty: true }),
  entry({ url: 'https://img.cdn.example.com/a.png', type: 'Image', transferBytes: 15_000, thirdParty: true }),
  entry({ url: 'https://fonts.gstatic.com/f.woff2', type: 'Font', transferBytes: 5_000, thirdParty: true }),
  entry({ url: 'https://www.mairie-test.fr/api', type: 'Fetch', transferBytes: 1_000 }),
  entry({ url: 'https://www.mairie-test.fr/beacon', type: 'Ping', transferBytes: 500 }),
  entry({ url: 'https://www.mairie-test.fr/logo.png', type: 'Image', transferBytes: 0, fromCache: true }),
  entry({
    url: 'https://www.mairie-test.fr/favicon.ico',
    type: 'Other',
    transferBytes: 400,
    browserFavicon: true,
  }),
];

describe('EcoIndex percentiles against the reference quantiles', () => {
  it('places a value by linear interpolation between vigintiles, 5 points per step', () => {
    // dom: 674 (55th) < 700 < 753 (60th): 5 × (11 + 26/79) = 56.65 → 56.6.
    expect(percentileOf([0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753], 700)).toBe(56.6);
    expect(ecoindexPercentiles({ domNodes: 700, requests: 25, transferBytes: 1_448_320 })).toEqual({
      domNodes: 56.6,
      requests: 15,
      transferBytes: 50,
    });
  });
  it('is 0 at zero and 100 past the largest reference page', () => {
    expect(ecoindexPercentiles({ domNodes: 0, requests: 0, transferBytes: 0 })).toEqual({
      domNodes: 0,
      requests: 0,
      transferBytes: 0,
    });
    expect(ecoindexPercentiles({ domNodes: 10_000_000, requests: 5000, transferBytes: 1e12 })).toEqual({
      domNodes: 100,
      requests: 100,
      transferBytes: 100,
    });
  });
});

describe('CO2 per page view (Sustainable Web Design v4)', () => {
  it('is 0.3 kWh/GB × 494 g/kWh = 148.2 g per 10⁹ bytes, labelled with model and version', () => {
    expect(co2PerView(1_000_000)).toEqual({
      grams: 0.148,
      rating: 'C',
      model: 'sustainable-web-design',
      modelVersion: 4,
      library: '@tgwf/co2',
      libraryVersion: '0.19.0',
      greenHosting: false,
      label: 'Sustainable Web Design v4 (@tgwf/co2 0.19.0)',
    });
    // 2,117,986 B × 148.2 / 10⁹ = 0.31388… g.
    expect(co2PerView(2_117_986).grams).toBe(0.314);
    expect(co2PerView(0).grams).toBe(0);
    expect(CO2_LABEL).toContain('Sustainable Web Design');
    expect(() => co2PerView(Number.NaN)).toThrow(RangeError);
  });
  it('names the installed library version', () => {
    const installed = JSON.parse(
      readFileSync(new URL('../../node_modules/@tgwf/co2/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe(CO2_LIBRARY_VERSION);
  });
});

describe('weight split and third parties', () => {
  it('groups Chromium types into kinds', () => {
    expect(resourceKind('Fetch')).toBe('xhr');
    expect(resourceKind('XHR')).toBe('xhr');
    expect(resourceKind('Ping')).toBe('other');
    expect(resourceKind('Font')).toBe('font');
    expect(registrableDomain('https://img.cdn.example.com/a.png')).toBe('example.com');
    expect(registrableDomain('http://127.0.0.1:9001/')).toBe('127.0.0.1');
    expect(registrableDomain('pas une adresse')).toBeNull();
  });
  it('sums requests and bytes per kind and to third parties', () => {
    const counted = network.filter((item) => !item.fromCache && !item.browserFavicon);
    const weight = weightSplit(counted);
    expect(weight.byType).toEqual({
      document: { requests: 1, bytes: 10_000 },
      script: { requests: 2, bytes: 50_000 },
      stylesheet: { requests: 0, bytes: 0 },
      image: { requests: 1, bytes: 15_000 },
      font: { requests: 1, bytes: 5_000 },
      media: { requests: 0, bytes: 0 },
      xhr: { requests: 1, bytes: 1_000 },
      other: { requests: 1, bytes: 500 },
    });
    // 3 of 7 requests = 42.9 %; 50,000 of 81,500 bytes = 61.3 %; example.com and gstatic.com.
    expect(weight.thirdParty).toEqual({
      requests: 3,
      bytes: 50_000,
      requestShare: 42.9,
      byteShare: 61.3,
      domains: ['example.com', 'gstatic.com'],
    });
  });
  it('gives zero shares for a page without requests', () => {
    expect(weightSplit([]).thirdParty).toMatchObject({ requestShare: 0, byteShare: 0, domains: [] });
  });
});

describe('measureEco', () => {
  const snapshot = {
    dom: { elementsExcludingSvg: 700 },
    network,
    measurement: {
      version: 2,
      viewport: { width: 1920, height: 1080 },
      settleQuietMs: 500,
      settleMaxMs: 3000,
      scrolled: true,
      loadTimedOut: false,
      measurementTruncated: true,
      truncatedBy: ['scroll'],
    },
  } as unknown as PageSnapshot;

  it('counts the protocol requests and bytes, and carries percentiles, CO2, split and truncation', () => {
    const eco = measureEco(snapshot);
    expect(eco.requests).toBe(7);
    expect(eco.transferBytes).toBe(81_500);
    // q(dom) = 11 + 26/79 = 11.329; q(req) = 1 + (7−2)/(15−2) = 1.385; q(kB) = 1 + (81.5−1.37)/(144.7−1.37)
    // = 1.559; 100 − 5 × (3·11.329 + 2·1.385 + 1.559)/6 = 68.07 → 68, C; GHG 2 + 2·(50−68)/100 = 1.64 g,
    // water 3 + 3·(50−68)/100 = 2.46 cl. Percentiles 5 × q: 56.6, 6.9, 7.8.
    expect(eco.ecoindex).toEqual({ score: 68, grade: 'C', ghg: 1.64, water: 2.46 });
    expect(eco.percentiles).toEqual({ domNodes: 56.6, requests: 6.9, transferBytes: 7.8 });
    // 81,500 × 148.2 / 10⁹ = 0.01208 g.
    expect(eco.co2?.grams).toBe(0.012);
    expect(eco.weight?.thirdParty.domains).toEqual(['example.com', 'gstatic.com']);
    expect(eco.measurementTruncated).toBe(true);
    expect(eco.truncatedBy).toEqual(['scroll']);
    expect(eco.protocolVersion).toBe(2);
  });

  it('never throws on malformed byte counts (NaN, negative): they count as zero', () => {
    const bad = {
      ...snapshot,
      network: [
        entry({ url: 'https://www.mairie-test.fr/', type: 'Document', transferBytes: Number.NaN }),
        entry({ url: 'https://www.mairie-test.fr/x', type: 'Script', transferBytes: -5 }),
      ],
    } as unknown as PageSnapshot;
    const eco = measureEco(bad);
    expect(eco.requests).toBe(2);
    expect(eco.transferBytes).toBe(0);
    expect(eco.weight?.byType.document).toEqual({ requests: 1, bytes: 0 });
  });

  it('reads a protocol 1 snapshot (no version, no truncatedBy)', () => {
    const old = {
      ...snapshot,
      measurement: {
        ...snapshot.measurement,
        version: undefined,
        truncatedBy: undefined,
        loadTimedOut: true,
      },
    } as unknown as PageSnapshot;
    expect(measureEco(old)).toMatchObject({ protocolVersion: 1, truncatedBy: ['load'] });
  });
});
