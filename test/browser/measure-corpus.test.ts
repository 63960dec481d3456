// The measurement protocol against a server that knows what it served: ../shared/corpus's serve.mjs counts
// requests and body bytes (headers not included, gzip as sent). Vigie's requests and its bytes on the wire minus
// the response headers must match within 2 % per page (docs/methodology.md).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureEco } from '../../src/audits/eco/measure.js';
import { hasCorpus, makeCorpus, type ServedCorpus, serveCorpus } from '../helpers/corpus.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';

let corpus: ServedCorpus;
let engine: TestEngine;

interface ServerStats {
  requests: number;
  bytes: number;
  byPath: Record<string, { requests: number; bytes: number }>;
}

const within = (measured: number, expected: number, share: number): boolean =>
  Math.abs(measured - expected) <= share * expected;

describe.skipIf(!hasCorpus)('measured requests and bytes against the corpus server', () => {
  beforeAll(async () => {
    corpus = await serveCorpus(makeCorpus(3));
    engine = await startEngine({ concurrency: 1 });
  });
  afterAll(async () => {
    await engine?.close();
    await corpus?.close();
  });

  it('matches the server counters within 2 % on every page, one page at a time', async () => {
    const pages = corpus.sites.flatMap((site) =>
      site.pages.slice(0, 3).map((page) => ({ site, page, url: `${corpus.siteOrigin(site)}${page.url}` })),
    );
    const rows: string[] = [];
    for (const { page, url } of pages) {
      await fetch(`${corpus.mainOrigin}/__reset`);
      const result = await engine.visit(url);
      const stats = (await (await fetch(`${corpus.mainOrigin}/__stats?detail=1`)).json()) as ServerStats;
      expect(result.ok, url).toBe(true);
      if (!result.ok) continue;
      // Chromium's own /favicon.ico request is served and counted by the server, and left out by the protocol.
      const favicon = Object.entries(stats.byPath)
        .filter(([key]) => key.endsWith('/favicon.ico'))
        .reduce(
          (sum, [, value]) => ({ requests: sum.requests + value.requests, bytes: sum.bytes + value.bytes }),
          {
            requests: 0,
            bytes: 0,
          },
        );
      const served = { requests: stats.requests - favicon.requests, bytes: stats.bytes - favicon.bytes };
      const eco = measureEco(result.snapshot);
      const sent = result.snapshot.network.filter((entry) => !entry.fromCache && !entry.browserFavicon);
      const headers = sent.reduce((sum, entry) => sum + (entry.headerBytes ?? 0), 0);
      const bodyOnWire = eco.transferBytes - headers;
      rows.push(
        `${url}: requests ${eco.requests}/${served.requests}, body ${bodyOnWire}/${served.bytes}, headers ${headers}`,
      );
      expect(within(eco.requests, served.requests, 0.02), rows.at(-1)).toBe(true);
      expect(within(bodyOnWire, served.bytes, 0.02), rows.at(-1)).toBe(true);
      // The server's counters are the manifest's answer key too (every page loaded with an empty cache).
      expect(served).toEqual(page.transfer.gzip);
      // Headers are real bytes on the wire, a few hundred per response.
      expect(headers).toBeGreaterThan(150 * eco.requests);
      expect(headers).toBeLessThan(600 * eco.requests);
      expect(result.snapshot.measurement.measurementTruncated).toBe(false);
    }
    console.log(rows.join('\n'));
    expect(rows).toHaveLength(pages.length);
  });
});
