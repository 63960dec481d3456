import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../../src/core/snapshot.js';
import { reportFromSnapshot } from '../../src/runner/page-report.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.js';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
let server: FixtureServer;
let engine: TestEngine;

beforeAll(async () => {
  server = await startFixtureServer(root);
  engine = await startEngine();
});
afterAll(async () => {
  await engine?.close();
  await server?.close();
});

async function snapshotOf(path: string): Promise<PageSnapshot> {
  const result = await engine.visit(server.url(path));
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
  return result.snapshot;
}

describe('a page visit', () => {
  it('collects the snapshot: status, title, lang, DOM facts, network log, axe results', async () => {
    server.reset();
    const snapshot = await snapshotOf('/site/index.html');
    expect(snapshot.status).toBe(200);
    expect(snapshot.finalUrl).toBe(server.url('/site/index.html'));
    expect(snapshot.title).toBe('Mairie de Test — Accueil');
    expect(snapshot.lang).toBe('fr');
    expect(snapshot.dom.doctype).toBe('<!DOCTYPE html>');
    // The script-made paragraph is counted; the 3 elements inside the <svg> are not.
    expect(snapshot.html.content).toContain('added-by-script');
    expect(snapshot.dom.svgDescendants).toBe(3);
    expect(snapshot.dom.elementsExcludingSvg).toBe(snapshot.dom.elements - 3);
    expect(snapshot.dom.iframes).toBe(1);
    // Network: the page, its stylesheet, script, two pictures and the frame. The frame's copy of the logo usually
    // comes from Blink's memory cache (logged, no HTTP request), unless both requests race. Chromium's own
    // /favicon.ico request (once per tab and origin) is flagged and not counted by the EcoIndex.
    for (const entry of snapshot.network.filter((item) => item.fromCache))
      expect(entry.transferBytes).toBe(0);
    for (const entry of snapshot.network.filter((item) => item.browserFavicon)) {
      expect(entry.url).toBe(server.url('/favicon.ico'));
    }
    const sent = snapshot.network.filter((entry) => !entry.fromCache && !entry.browserFavicon);
    const paths = new Set(sent.map((entry) => new URL(entry.url).pathname));
    expect([...paths].sort()).toEqual(
      [
        '/site/app.js',
        '/site/frame.html',
        '/site/index.html',
        '/site/logo.png',
        '/site/photo.png',
        '/site/style.css',
      ].sort(),
    );
    const served = server.stats();
    expect(sent.length).toBe(served.requests);
    const document = snapshot.network.find((entry) => entry.type === 'Document')!;
    expect(document.bodyBytes).toBe(1283);
    expect(document.transferBytes).toBeGreaterThan(document.bodyBytes); // headers included
    expect(document.cacheControl).toBe('public, max-age=3600');
    expect(document.thirdParty).toBe(false);
    const body = sent.reduce((sum, entry) => sum + entry.bodyBytes, 0);
    expect(body).toBe(served.bodyBytes);
    expect(snapshot.axe?.engineVersion).toBe('4.14.1');
    expect(snapshot.axe?.locale).toBe('fr');
    expect(snapshot.versions.browser).toMatch(/^\d+\./);
    expect(snapshot.measurement).toMatchObject({ viewport: { width: 1920, height: 1080 }, scrolled: true });
  });

  it('judges the snapshot: known failures with selectors, in French, and an EcoIndex', async () => {
    const report = reportFromSnapshot(await snapshotOf('/site/index.html'));
    const failed = new Map(
      report.a11y!.findings.filter((finding) => finding.outcome === 'failed').map((f) => [f.rule, f]),
    );
    expect(failed.get('image-alt')?.targets).toEqual(
      expect.arrayContaining([
        '#photo-no-alt',
        'img[src$="logo.png"]',
        '#frame-no-title >>> #frame-img-no-alt',
      ]),
    );
    expect(failed.get('image-alt')?.rgaa).toContain('1.1.1');
    expect(failed.get('image-alt')?.act).toContain('23a2a8');
    expect(failed.get('link-name')?.targets).toContain('#empty-link');
    expect(failed.get('frame-title')?.targets).toContain('#frame-no-title');
    expect(failed.get('label')?.targets).toContain('#no-label');
    expect(failed.get('label')?.title).toMatch(/étiquette/);
    const passed = report.a11y!.findings.find((finding) => finding.rule === 'html-has-lang');
    expect(passed?.outcome).toBe('passed');
    // The page's own requests (6, or 7 when the frame's logo is fetched again): no favicon.
    expect([6, 7]).toContain(report.eco!.requests);
    expect(report.eco!.ecoindex.grade).toMatch(/^[A-G]$/);
  });

  it('scrolls to the bottom so that lazy pictures are loaded and counted', async () => {
    const snapshot = await snapshotOf('/site/lazy.html');
    expect(snapshot.network.some((entry) => entry.url.endsWith('photo.png?lazy=1'))).toBe(true);
    const noScroll = await engine.visit(server.url('/site/lazy.html'), { scroll: false });
    expect(noScroll.ok && noScroll.snapshot.network.some((entry) => entry.url.endsWith('?lazy=1'))).toBe(
      false,
    );
  });

  it('records redirects and the final URL', async () => {
    const snapshot = await snapshotOf('/redirect/once');
    expect(snapshot.finalUrl).toBe(server.url('/site/index.html'));
    expect(snapshot.redirects).toEqual([{ url: server.url('/redirect/once'), status: 301 }]);
    expect(snapshot.network[0]).toMatchObject({ redirect: true, status: 301 });
  });

  it('follows a client-side redirect (meta refresh) and audits the page it leads to', async () => {
    const snapshot = await snapshotOf('/redirect/meta-once');
    expect(snapshot.finalUrl).toBe(server.url('/site/about.html'));
    expect(snapshot.title).toBe('La mairie — Mairie de Test');
    expect(snapshot.redirects).toEqual([{ url: server.url('/redirect/meta-once'), status: 200 }]);
  });

  it('isolates visits: no cookie or storage carried over, no cache', async () => {
    await snapshotOf('/site/set-storage.html');
    const read = await snapshotOf('/site/read-storage.html');
    expect(read.title).toBe('stockage:vide');
    server.reset();
    await snapshotOf('/site/about.html');
    await snapshotOf('/site/about.html');
    expect(server.stats().byPath['/site/about.html']).toBe(2);
  });
});

describe('bad pages end as coded errors, and the pool goes on', () => {
  it.each([
    ['/hostile/hang', 'TIMEOUT'],
    ['/hostile/redirect-loop', 'REDIRECT_LOOP'],
    ['/hostile/not-html', 'NOT_HTML'],
    ['/hostile/json', 'NOT_HTML'],
    ['/hostile/download', 'NOT_HTML'],
    ['/hostile/500', 'HTTP_STATUS'],
    ['/hostile/404', 'HTTP_STATUS'],
    ['/hostile/js-loop', 'TIMEOUT'],
    ['/hostile/meta-refresh-loop', 'REDIRECT_LOOP'],
    ['/hostile/bad-gzip', 'BAD_RESPONSE'],
  ])('%s → %s', async (path, code) => {
    const result = await engine.visit(server.url(path));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      if (code === 'HTTP_STATUS') expect(result.error.status).toBe(path.endsWith('500') ? 500 : 404);
    }
    // The next page in the same pool is audited normally.
    expect((await engine.visit(server.url('/site/about.html'))).ok).toBe(true);
  });

  it('measures a document that never finishes arriving at the navigation budget, flagged as truncated', async () => {
    const result = await engine.visit(server.url('/hostile/slow'));
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
    expect(result.snapshot.measurement.measurementTruncated).toBe(true);
    expect(result.snapshot.measurement.truncatedBy).toContain('load');
    expect((await engine.visit(server.url('/site/about.html'))).ok).toBe(true);
  });

  it('stops a huge page at the size budget', async () => {
    const result = await engine.visit(server.url('/hostile/huge'), { maxDocumentBytes: 2 * 1024 * 1024 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('TOO_LARGE');
  });

  it('refuses the private network unless allowed', async () => {
    const result = await engine.visit(server.url('/site/about.html'), { allowPrivateNetwork: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BLOCKED_TARGET');
  });

  it('reports a closed port as a connection error', async () => {
    const result = await engine.visit('http://127.0.0.1:9/');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CONNECTION');
  });

  it('audits pages with dialogs, popups, or a script that loops after load', async () => {
    for (const path of ['/hostile/alert', '/hostile/popup']) {
      const result = await engine.visit(server.url(path));
      expect(result.ok, path).toBe(true);
    }
    const loop = await engine.visit(server.url('/hostile/js-loop-at-load'));
    // The document arrived and was parsed, then the page hung: a coded error, never an exception.
    expect(loop.ok).toBe(false);
    if (!loop.ok) expect(loop.error.code).toBe('TIMEOUT');
    expect((await engine.visit(server.url('/site/about.html'))).ok).toBe(true);
  });
});
