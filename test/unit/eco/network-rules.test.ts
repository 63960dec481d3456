// The eco rules over the network log, on hand-built snapshots: one case per verdict plus inapplicable, and the
// header parsing edge cases (cache lifetimes, protocols, trackers, cookies).

import { describe, expect, it } from 'vitest';
import { ECO_RULES } from '../../../src/audits/eco/rules/index.js';
import { ecoInputsOf, runEcoRule } from '../../../src/audits/eco/run-rules.js';
import type { EcoFacts } from '../../../src/core/facts/eco.js';
import type { NetworkEntry } from '../../../src/core/snapshot.js';
import { ecoFacts, entry, PAGE, snapshot } from './build.js';

function judge(rule: string, network: NetworkEntry[], eco: EcoFacts | null = ecoFacts()) {
  const found = ECO_RULES.find((candidate) => candidate.id === rule);
  if (!found) throw new Error(`no rule ${rule}`);
  return runEcoRule(found, ecoInputsOf(snapshot(network, eco)));
}

const css = (more: Partial<NetworkEntry> = {}) =>
  entry(`${PAGE}style.css`, { type: 'Stylesheet', mimeType: 'text/css', bodyBytes: 10_000, ...more });

describe('text-compression-missing', () => {
  it('fails an uncompressed first-party text resource, with 70 % saved', () => {
    const finding = judge('text-compression-missing', [css()]);
    expect(finding.outcome).toBe('failed');
    expect(finding.evidence[0]).toMatchObject({
      resource: `${PAGE}style.css`,
      sizeBytes: 10_000,
      saving: { bytes: 7000 },
    });
    expect(finding.saving).toEqual({ bytes: 7000, requests: 0 });
    expect(finding.rgesn).toEqual(['6.3']);
    expect(finding.practices).toEqual(['CompressHttp']);
  });
  it('passes brotli; small, third-party and binary responses are not targets', () => {
    expect(judge('text-compression-missing', [css({ contentEncoding: 'br' })]).outcome).toBe('passed');
    expect(
      judge('text-compression-missing', [
        css({ bodyBytes: 500 }),
        css({ thirdParty: true }),
        entry(`${PAGE}a.png`, { type: 'Image', mimeType: 'image/png', bodyBytes: 50_000 }),
      ]).outcome,
    ).toBe('inapplicable');
  });
});

describe('cache-headers-missing', () => {
  const verdict = (more: Partial<NetworkEntry>) => judge('cache-headers-missing', [css(more)]).outcome;
  it('reads Cache-Control and Expires against the visit time', () => {
    expect(verdict({ cacheControl: 'public, max-age=3600' })).toBe('passed');
    expect(verdict({ cacheControl: 'max-age=31536000, immutable' })).toBe('passed');
    expect(verdict({ cacheControl: 'max-age=0' })).toBe('failed');
    expect(verdict({ cacheControl: 'no-cache, max-age=3600' })).toBe('failed');
    expect(verdict({ cacheControl: 'private, no-store' })).toBe('failed');
    expect(verdict({ expires: 'Mon, 01 Mar 2027 10:00:00 GMT' })).toBe('passed');
    expect(verdict({ expires: 'Thu, 01 Jan 1970 00:00:00 GMT' })).toBe('failed');
    // A malformed header never throws: it means "expired".
    expect(verdict({ expires: '0' })).toBe('failed');
    expect(verdict({ cacheControl: 'max-age=abc' })).toBe('failed');
  });
  it('the saving is the bytes of every repeat view', () => {
    const finding = judge('cache-headers-missing', [css({ transferBytes: 4321 })]);
    expect(finding.evidence[0]!.saving).toEqual({ bytes: 4321, requests: 1 });
  });
  it('the document itself is not a target', () => {
    expect(
      judge('cache-headers-missing', [entry(PAGE, { type: 'Document', mimeType: 'text/html' })]).outcome,
    ).toBe('inapplicable');
  });
});

describe('cache-validator-missing', () => {
  it('accepts ETag or Last-Modified', () => {
    expect(judge('cache-validator-missing', [css({ etag: '"a"' })]).outcome).toBe('passed');
    expect(judge('cache-validator-missing', [css({ lastModified: 'x' })]).outcome).toBe('passed');
    expect(judge('cache-validator-missing', [css()]).outcome).toBe('failed');
  });
});

describe('http2-missing', () => {
  it('one target per origin: h2 passes, HTTP/1.1 fails on a public host, local hosts cannot tell', () => {
    const finding = judge('http2-missing', [
      entry(`${PAGE}a`, { protocol: 'h2' }),
      entry('https://cdn.example.com/b', { protocol: 'http/1.1', transferBytes: 5000 }),
      entry('https://cdn.example.com/c', { protocol: 'http/1.1', transferBytes: 5000 }),
      entry('http://127.0.0.1:8080/d', { protocol: 'http/1.1' }),
    ]);
    expect(finding.counts).toEqual({ passed: 1, failed: 1, cantTell: 1 });
    expect(finding.evidence[0]).toMatchObject({ resource: 'https://cdn.example.com', sizeBytes: 10_000 });
    expect(finding.evidence[1]!.message).toMatch(/local/);
  });
});

describe('tracker-loaded and social-button-script', () => {
  it('fails a tracker host, passes other third parties', () => {
    const finding = judge('tracker-loaded', [
      entry('https://www.googletagmanager.com/gtm.js', { thirdParty: true, transferBytes: 90_000 }),
      entry('https://www.google-analytics.com/g/collect', { thirdParty: true, transferBytes: 100 }),
      entry('https://cdn.jsdelivr.net/x.js', { thirdParty: true }),
    ]);
    expect(finding.counts).toEqual({ passed: 1, failed: 2, cantTell: 0 });
    expect(finding.saving).toEqual({ bytes: 90_100, requests: 2 });
  });
  it('a page without third party passes on its root', () => {
    expect(judge('tracker-loaded', [entry(PAGE)])).toMatchObject({
      outcome: 'passed',
      counts: { passed: 1 },
    });
  });
  it('fails the official share scripts', () => {
    const finding = judge('social-button-script', [
      entry('https://connect.facebook.net/fr_FR/sdk.js', { thirdParty: true }),
      entry('https://platform.twitter.com/widgets.js', { thirdParty: true }),
    ]);
    expect(finding.counts.failed).toBe(2);
    expect(judge('social-button-script', [entry(PAGE)]).outcome).toBe('passed');
  });
});

describe('request rules', () => {
  it('redirect-used fails each 3xx hop', () => {
    const finding = judge('redirect-used', [
      entry(`${PAGE}old`, { status: 301, redirect: true }),
      entry(PAGE),
    ]);
    expect(finding.counts).toEqual({ passed: 1, failed: 1, cantTell: 0 });
  });
  it('request-failed: 4xx and network errors fail, cancelled requests are not targets', () => {
    const finding = judge('request-failed', [
      entry(`${PAGE}a`, { status: 404 }),
      entry('https://gone.example/x', { status: 0, failed: 'net::ERR_NAME_NOT_RESOLVED' }),
      entry(`${PAGE}b`, { status: 0, failed: 'canceled: net::ERR_ABORTED' }),
      entry(PAGE),
    ]);
    expect(finding.counts).toEqual({ passed: 1, failed: 2, cantTell: 0 });
  });
  it('requests-too-many fails from 30 requests; memory-cache hits do not count', () => {
    const many = Array.from({ length: 30 }, (_, i) => entry(`${PAGE}${i}`));
    expect(judge('requests-too-many', many).evidence[0]!.saving).toEqual({ requests: 1 });
    many[0]!.fromCache = true;
    expect(judge('requests-too-many', many).outcome).toBe('passed');
  });
  it('page-weight-too-heavy fails over 1 MB with the excess as saving', () => {
    const finding = judge('page-weight-too-heavy', [entry(PAGE, { transferBytes: 1_250_000 })]);
    expect(finding.evidence[0]!.saving).toEqual({ bytes: 250_000 });
  });
  it('domains-too-many counts hostnames, saving the requests beyond the three busiest', () => {
    const hosts = ['a', 'b', 'c', 'd', 'e'].map((host, i) =>
      Array.from({ length: 5 - i }, () => entry(`https://${host}.example.org/x`)),
    );
    const finding = judge('domains-too-many', hosts.flat());
    expect(finding.outcome).toBe('failed');
    expect(finding.evidence[0]!.saving).toEqual({ requests: 3 });
  });
  it('script-too-heavy fails over 150 kB transferred', () => {
    const script = (bytes: number) =>
      entry(`${PAGE}${bytes}.js`, { type: 'Script', mimeType: 'text/javascript', transferBytes: bytes });
    const finding = judge('script-too-heavy', [script(100_000), script(400_000)]);
    expect(finding.counts).toEqual({ passed: 1, failed: 1, cantTell: 0 });
    expect(finding.evidence[0]!.saving).toEqual({ bytes: 250_000 });
  });
  it('image-format-not-modern: JPEG fails with 30 %, WebP passes, small images are not targets', () => {
    const image = (name: string, mimeType: string, transferBytes: number) =>
      entry(`${PAGE}${name}`, { type: 'Image', mimeType, transferBytes });
    const finding = judge('image-format-not-modern', [
      image('a.jpg', 'image/jpeg', 100_000),
      image('b.webp', 'image/webp', 60_000),
      image('c.png', 'image/png', 5_000),
      image('d.bmp', 'image/bmp', 100_000),
    ]);
    expect(finding.counts).toEqual({ passed: 1, failed: 2, cantTell: 0 });
    expect(finding.saving!.bytes).toBe(30_000 + 90_000);
  });
});

describe('cookies', () => {
  const cookies = [
    { domain: '.example.fr', path: '/', bytes: 900 },
    { domain: 'www.mairie.example.fr', path: '/', bytes: 400 },
    { domain: 'autre.fr', path: '/', bytes: 5000 },
  ];
  it('cookies-too-large: the Cookie header of the page’s host, saving (size − 512) per request to it', () => {
    const finding = judge('cookies-too-large', [entry(PAGE), entry(`${PAGE}a.css`)], ecoFacts({ cookies }));
    expect(finding.evidence[0]).toMatchObject({ sizeBytes: 1302, saving: { bytes: (1302 - 512) * 2 } });
    expect(judge('cookies-too-large', [entry(PAGE)], ecoFacts({ cookies: [cookies[1]!] })).outcome).toBe(
      'passed',
    );
  });
  it('static-resource-with-cookies: a cookie path that does not match is not sent', () => {
    const image = entry(`${PAGE}img/a.png`, { type: 'Image', mimeType: 'image/png' });
    const onPath = [{ domain: 'www.mairie.example.fr', path: '/admin', bytes: 40 }];
    expect(judge('static-resource-with-cookies', [image], ecoFacts({ cookies: onPath })).outcome).toBe(
      'passed',
    );
    const finding = judge('static-resource-with-cookies', [image], ecoFacts({ cookies }));
    expect(finding.evidence[0]!.saving).toEqual({ bytes: 1302 + 8 });
  });
});

describe('runner', () => {
  it('a rule whose eco facts are missing is a RuleError, never a verdict', () => {
    const finding = judge('lazy-loading-missing', [entry(PAGE)], null);
    expect(finding.error).toMatch(/eco/);
    expect(finding.counts).toEqual({ passed: 0, failed: 0, cantTell: 0 });
  });
  it('a rule that throws is a RuleError', () => {
    const rule = {
      ...ECO_RULES[0]!,
      applicability: () => {
        throw new Error('boum');
      },
    };
    const finding = runEcoRule(rule, ecoInputsOf(snapshot([entry(PAGE)])));
    expect(finding.error).toBe('la règle a échoué : boum');
  });
});
