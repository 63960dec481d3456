// The eco rules on real pages in Chromium: three fixture pages (test/fixtures/eco) served by a server that sets
// the headers, sizes and compression each case needs (test/helpers/eco-fixture-server.ts), visited with the
// campaign pipeline, every eco rule judged on the snapshot. Each rule's outcome on each page is listed below:
// `good` (everything done right), `bad` (everything wrong), `empty` (nothing to judge: inapplicable).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECO_RULES } from '../../src/audits/eco/rules/index.js';
import { judgeEcoRules } from '../../src/audits/judge-page.js';
import type { Finding } from '../../src/core/result.js';
import type { PageSnapshot } from '../../src/core/snapshot.js';
import { type EcoFixtureServer, startEcoFixtureServer } from '../helpers/eco-fixture-server.js';
import { ECO_EXPECTED as EXPECTED, type EcoFixturePage as Page } from '../helpers/eco-fixtures.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
let server: EcoFixtureServer;
const snapshots = new Map<Page, PageSnapshot>();
const findings = new Map<Page, Finding[]>();

beforeAll(async () => {
  [engine, server] = await Promise.all([startEngine({ concurrency: 3 }), startEcoFixtureServer()]);
  await Promise.all(
    (['good', 'bad', 'empty'] as const).map(async (page) => {
      const result = await engine.visit(server.url(`/${page === 'bad' ? 'bad' : 'good'}/page/${page}.html`));
      if (!result.ok) throw new Error(`${page}: ${result.error.code} ${result.error.message}`);
      snapshots.set(page, result.snapshot);
      findings.set(page, judgeEcoRules(result.snapshot).findings);
    }),
  );
});

afterAll(async () => {
  await Promise.all([engine?.close(), server?.close()]);
});

describe('eco rules on fixture pages', () => {
  it('every eco rule is listed', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(ECO_RULES.map((rule) => rule.id).sort());
  });

  it('the eco facts were collected', () => {
    for (const snapshot of snapshots.values()) expect(snapshot.factErrors?.eco).toBeUndefined();
  });

  it.each(Object.entries(EXPECTED))('%s', (rule, [good, bad, empty]) => {
    const outcome = (page: Page) => {
      const finding = findings.get(page)!.find((candidate) => candidate.rule === rule)!;
      expect(finding.error, `${rule} on ${page}`).toBeNull();
      return { outcome: finding.outcome, evidence: finding.evidence.slice(0, 3) };
    };
    expect(outcome('good').outcome, JSON.stringify(outcome('good'))).toBe(good);
    expect(outcome('bad').outcome, JSON.stringify(outcome('bad'))).toBe(bad);
    expect(outcome('empty').outcome, JSON.stringify(outcome('empty'))).toBe(empty);
  });
});

describe('eco evidence and rate on the fixture pages', () => {
  const find = (page: Page, rule: string) => findings.get(page)!.find((finding) => finding.rule === rule)!;

  it('a failed resource names the resource, its size and the saving', () => {
    const compression = find('bad', 'text-compression-missing');
    const css = compression.evidence.find((item) => item.resource?.endsWith('/bad/res/a.css?kb=3&min=0'));
    expect(css).toMatchObject({ outcome: 'failed', sizeBytes: expect.any(Number) });
    // 3 kB of CSS decoded, 70 % saved.
    expect(css!.sizeBytes).toBeGreaterThanOrEqual(3000);
    expect(css!.saving!.bytes).toBe(Math.round(css!.sizeBytes! * 0.7));
    expect(compression.saving!.bytes).toBeGreaterThan(css!.saving!.bytes!);
  });

  it('an image 4× too wide saves about 15/16 of its bytes', () => {
    const resized = find('bad', 'image-resized-in-browser');
    expect(resized.counts.failed).toBe(1);
    const [item] = resized.evidence;
    expect(item!.selector).toMatch(/img/);
    expect(item!.saving!.bytes).toBe(Math.round(item!.sizeBytes! * (1 - 1 / 16)));
  });

  it('counts the targets: redirect hop, 404, fonts, cookies', () => {
    expect(find('bad', 'redirect-used').counts.failed).toBe(1);
    expect(find('bad', 'request-failed').counts.failed).toBe(1);
    expect(find('bad', 'web-fonts-excessive').evidence[0]!.saving!.requests).toBe(1);
    expect(find('bad', 'cookies-too-large').evidence[0]!.sizeBytes).toBe('session='.length + 1500);
    expect(find('bad', 'domains-too-many').evidence[0]!.message).toMatch(/4 domaines/);
  });

  it('the eco rules rate: passed ÷ (passed + failed)', () => {
    const good = judgeEcoRules(snapshots.get('good')!).score;
    const bad = judgeEcoRules(snapshots.get('bad')!).score;
    expect(good).toMatchObject({ rate: 100, failed: 0, cantTell: 3, errors: 0 });
    expect(bad.rate).toBe(Math.round((bad.passed / (bad.passed + bad.failed)) * 1000) / 10);
    expect(bad.passed).toBe(2); // no tracker, no share button
    expect(bad.failed).toBe(36);
  });
});
