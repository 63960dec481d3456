import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/core/result.js';
import type { PageSnapshot } from '../../src/core/snapshot.js';
import { reportFromSnapshot } from '../../src/runner/page-report.js';
import { runCli } from '../helpers/cli.js';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.js';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer(root, { gzip: true });
  dir = await mkdtemp(join(tmpdir(), 'vigie-cli-'));
});
afterAll(async () => {
  await server?.close();
});

const FAST = ['--allow-private-network', '--settle-max-ms', '1000'];

describe('vigie audit: usage errors exit with 2 and name the bad input', () => {
  it('without any URL', async () => {
    const result = await runCli(['audit']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('aucune adresse');
  });

  it('with a malformed URL argument', async () => {
    const result = await runCli(['audit', 'http://127.0.0.1:1/', 'pas-une-url']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('argument 2');
    expect(result.stderr).toContain('pas-une-url');
  });

  it('with an unreadable --urls file', async () => {
    const result = await runCli(['audit', '--urls', join(dir, 'absent.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('absent.txt');
    expect(result.stderr).toContain('ENOENT');
  });

  it('with a bad line in the --urls file, named by file and line', async () => {
    const file = join(dir, 'urls.txt');
    await writeFile(file, '\uFEFF# liste\nhttp://127.0.0.1:1/\n\nftp://example.fr/\n');
    const result = await runCli(['audit', '--urls', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:4`);
  });

  it('with an unknown format, option or bad number', async () => {
    expect((await runCli(['audit', 'http://127.0.0.1:1/', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['audit', 'http://127.0.0.1:1/', '--bogus'])).code).toBe(2);
    const zero = await runCli(['audit', 'http://127.0.0.1:1/', '--concurrency', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--concurrency');
  });
});

describe('vigie audit on local pages', () => {
  it('writes JSON with the documented fields, and exits 3 when a page could not be audited', async () => {
    const out = join(dir, 'report.json');
    const snapshots = join(dir, 'snapshots');
    const result = await runCli([
      'audit',
      server.url('/site/index.html'),
      server.url('/hostile/404'),
      '--format',
      'json',
      '--out',
      out,
      '--save-snapshots',
      snapshots,
      ...FAST,
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('HTTP_STATUS');
    const reports = JSON.parse(await readFile(out, 'utf8')) as PageReport[];
    expect(reports).toHaveLength(2);
    const [page, missing] = reports as [PageReport, PageReport];
    expect(page).toMatchObject({ url: server.url('/site/index.html'), status: 200, error: null });
    expect(page.versions).toMatchObject({
      vigie: expect.any(String),
      axe: '4.14.1',
      browser: expect.any(String),
    });
    const imageAlt = page.a11y!.findings.find((finding) => finding.rule === 'image-alt')!;
    expect(imageAlt).toMatchObject({ outcome: 'failed', rgaa: ['1.1.1'], wcag: ['1.1.1'], act: ['23a2a8'] });
    expect(imageAlt.targets).toContain('#photo-no-alt');
    expect(page.eco).toMatchObject({ ecoindex: { grade: expect.stringMatching(/^[A-G]$/) } });
    expect([6, 7]).toContain(page.eco!.requests);
    // gzip'ed text resources: fewer bytes on the wire than decoded.
    expect(page.eco!.transferBytes).toBeGreaterThan(30_000);
    // The frugality part: percentiles, CO2 with its model, weight split, third parties, truncation flag.
    const eco = page.eco!;
    expect(eco.percentiles!.requests).toBeGreaterThan(0);
    expect(eco.co2).toMatchObject({
      model: 'sustainable-web-design',
      modelVersion: 4,
      libraryVersion: '0.19.0',
    });
    expect(eco.co2!.grams).toBeCloseTo((eco.transferBytes * 148.2) / 1e9, 3);
    expect(eco.weight!.byType.image.requests).toBeGreaterThanOrEqual(2);
    expect(eco.weight!.byType.stylesheet.requests).toBe(1);
    const split = Object.values(eco.weight!.byType);
    expect(split.reduce((sum, kind) => sum + kind.bytes, 0)).toBe(eco.transferBytes);
    expect(split.reduce((sum, kind) => sum + kind.requests, 0)).toBe(eco.requests);
    expect(eco.weight!.thirdParty).toMatchObject({ requests: 0, domains: [] });
    expect(eco.measurementTruncated).toBe(false);
    expect(missing.error).toMatchObject({ code: 'HTTP_STATUS', status: 404 });
    expect(missing.a11y).toBeNull();
    expect(missing.ecoRules).toBeNull();
    // The eco findings: the fixture server caches for an hour, sends no validator, and the page has no print style.
    const ecoRules = page.ecoRules!;
    expect(ecoRules.findings.every((finding) => finding.family === 'eco' && finding.error === null)).toBe(
      true,
    );
    const outcome = (rule: string) => ecoRules.findings.find((finding) => finding.rule === rule)?.outcome;
    expect(outcome('cache-headers-missing')).toBe('passed');
    expect(outcome('cache-validator-missing')).toBe('failed');
    expect(outcome('http2-missing')).toBe('cantTell');
    expect(ecoRules.score.rate).toBe(
      Math.round((ecoRules.score.passed / (ecoRules.score.passed + ecoRules.score.failed)) * 1000) / 10,
    );

    // The stored snapshot re-judges to the same report.
    const files = await readdir(snapshots);
    expect(files).toHaveLength(1);
    const snapshot = JSON.parse(
      gunzipSync(await readFile(join(snapshots, files[0]!))).toString(),
    ) as PageSnapshot;
    expect(reportFromSnapshot(snapshot)).toEqual(page);
  });

  it('prints the French text report with themes, worst findings and the EcoIndex', async () => {
    const result = await runCli([
      'audit',
      server.url('/site/index.html'),
      server.url('/site/about.html'),
      ...FAST,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(1/2)');
    expect(result.stdout).toMatch(/1\. Images : \d+ règle/);
    expect(result.stdout).toContain('Constats les plus graves');
    expect(result.stdout).toContain('#photo-no-alt');
    expect(result.stdout).toMatch(/EcoIndex \(ecoindex\.fr\) \d+\/100, note [A-G]/);
    expect(result.stdout).toMatch(/Règles d’écoconception : \d+ respectée\(s\), \d+ en échec/);
    expect(result.stdout).toContain('✗ cache-validator-missing');
    expect(result.stdout).toMatch(/Centile parmi les pages de référence EcoIndex .* requêtes [\d,]+/);
    expect(result.stdout).toMatch(/Répartition \(octets transférés, requêtes\) : documents [\d,]+ ko \(\d\)/);
    expect(result.stdout).toContain('Tiers : 0 requête(s) (0 %)');
    expect(result.stdout).toMatch(
      /CO2 : [\d,]+ gCO2e par vue, note A\+? \(Sustainable Web Design v4 \(@tgwf\/co2 0\.19\.0\)/,
    );
    expect(result.stdout).not.toContain('Mesure tronquée');
    expect(result.stderr).toContain('2/2');
    expect(result.stderr).toContain('2 page(s) auditée(s) sur 2');
  });

  it('writes EARL-like assertions, one per rule per page', async () => {
    const result = await runCli(['audit', server.url('/site/about.html'), '--format', 'earl', ...FAST]);
    expect(result.code).toBe(0);
    const assertions = JSON.parse(result.stdout) as {
      url: string;
      rule: string;
      outcome: string;
      act: string[];
    }[];
    expect(assertions.length).toBeGreaterThan(50);
    expect(new Set(assertions.map((a) => a.rule)).size).toBe(assertions.length);
    expect(assertions.find((a) => a.rule === 'document-title')).toMatchObject({
      url: server.url('/site/about.html'),
      outcome: 'passed',
      act: ['2779a5'],
      wcag: ['2.4.2'],
    });
  });
});
