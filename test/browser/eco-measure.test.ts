// The frugality measurement on pages that misbehave: pages that never stop loading (long polling, a streaming
// response, infinite scroll) are measured at the budget and flagged `measurementTruncated`, not dropped; garbage
// headers never throw. Also the node-counting rule with shadow roots and same-origin frames.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureEco } from '../../src/audits/eco/measure.js';
import type { PageSnapshot } from '../../src/core/snapshot.js';
import { reportFromSnapshot } from '../../src/runner/page-report.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';

const page = (body: string): string =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;

const PAGES: Record<string, string> = {
  '/long-poll.html': page(
    '<h1>Long polling</h1><script>function poll(){fetch("/poll").then(r=>r.text()).then(poll,poll)}poll()</script>',
  ),
  '/stream.html': page(
    '<h1>Flux</h1><script>fetch("/stream").then(async r=>{const rd=r.body.getReader();for(;;){const c=await rd.read();if(c.done)break}})</script>',
  ),
  // Loads a batch whenever the reader is within 500 px of the bottom, and checks again after each batch. Nothing
  // loads before the scroll; from the scroll on, every batch leaves the reader at the bottom (the batches go into
  // one line of constant height), so the page loads forever.
  '/infinite.html': page(
    '<h1>Défilement infini</h1><div style="height:3000px">contenu</div>' +
      '<p id="list" style="white-space:nowrap;overflow:hidden"></p>' +
      '<script>let n=0,busy=false;const list=document.getElementById("list");function check(){if(busy)return;' +
      'if(innerHeight+scrollY<document.documentElement.scrollHeight-500)return;busy=true;' +
      'fetch("/more?n="+(++n)).then(r=>r.text()).then(t=>{list.append(t+" ");busy=false;check()})}' +
      'addEventListener("scroll",check)</script>',
  ),
  '/shadow.html': page(
    '<h1>Ombre</h1><div id="host"></div><div id="closed"></div><iframe src="/frame.html" title="cadre"></iframe>' +
      '<script>const r=document.getElementById("host").attachShadow({mode:"open"});r.innerHTML="<p>a</p><p>b</p><span><i>c</i></span><div id=inner></div>";' +
      'r.getElementById("inner").attachShadow({mode:"open"}).innerHTML="<b>d</b><b>e</b>";' +
      'document.getElementById("closed").attachShadow({mode:"closed"}).innerHTML="<p>x</p><p>y</p><p>z</p>"</script>',
  ),
  '/frame.html': page('<p>un</p><p>deux</p><ul><li>trois</li></ul>'),
  '/bad-headers.html': page(
    '<h1>En-têtes invalides</h1><script src="/bad/cl.js"></script><link rel="stylesheet" href="/bad/cache.css"><img src="/bad/dup.png" alt="">',
  ),
};

let server: Server;
let origin: string;
let engine: TestEngine;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const html = PAGES[url.pathname];
    if (url.pathname === '/bad-headers.html') {
      // Garbage cache directives and dates on the document itself.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'max-age=abc, ,;; no-such-directive, max-age=-5',
        expires: 'pas une date',
        'last-modified': '32 Foo 99999 25:61:61 GMT',
        etag: '',
      });
      return void res.end(html);
    }
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    if (url.pathname === '/poll') {
      const timer = setTimeout(() => res.end('rien'), 20_000);
      return void res.on('close', () => clearTimeout(timer));
    }
    if (url.pathname === '/streamed-document.html') {
      // A document that never ends: its beginning, then a comment chunk every 100 ms.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(page('<h1>Document sans fin</h1><p>Début</p>').replace('</body></html>', ''));
      const timer = setInterval(() => res.write(`<!-- ${'x'.repeat(100)} -->`), 100);
      return void res.on('close', () => clearInterval(timer));
    }
    if (url.pathname === '/stream') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'.repeat(100)), 100);
      return void res.on('close', () => clearInterval(timer));
    }
    if (url.pathname === '/more') {
      const timer = setTimeout(() => res.end(`lot ${url.searchParams.get('n')}`), 50);
      return void res.on('close', () => clearTimeout(timer));
    }
    if (url.pathname === '/bad/cl.js') {
      // A Content-Length that is not a number: Chromium refuses the response.
      return void res
        .writeHead(200, { 'content-type': 'text/javascript', 'content-length': 'abc', connection: 'close' })
        .end('1');
    }
    if (url.pathname === '/bad/cache.css') {
      return void res
        .writeHead(200, { 'content-type': 'text/css', 'cache-control': '=,=;max-age', expires: '0' })
        .end('body{}');
    }
    if (url.pathname === '/bad/dup.png') {
      // Two different Content-Length headers.
      res.setHeader('content-length', ['10', '20']);
      return void res.writeHead(200, { 'content-type': 'image/png', connection: 'close' }).end('0123456789');
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('introuvable');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  engine = await startEngine({ settleQuietMs: 200, settleMaxMs: 1500 });
});
afterAll(async () => {
  await engine?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

async function snapshotOf(path: string): Promise<PageSnapshot> {
  const result = await engine.visit(`${origin}${path}`);
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
  return result.snapshot;
}

describe('pages that never stop loading are measured at the budget and flagged', () => {
  it('long polling: a request always in flight', async () => {
    const snapshot = await snapshotOf('/long-poll.html');
    expect(snapshot.measurement).toMatchObject({ measurementTruncated: true, loadTimedOut: false });
    // The page is no taller than the viewport: no scroll, so only the first wait ran out.
    expect(snapshot.measurement.truncatedBy).toEqual(['settle']);
    const poll = snapshot.network.find((entry) => entry.url.endsWith('/poll'))!;
    expect(poll.endMs).toBeNull();
    const eco = measureEco(snapshot);
    expect(eco.measurementTruncated).toBe(true);
    expect(eco.requests).toBe(2);
    expect(eco.weight?.byType.xhr.requests).toBe(1);
    // The wait ran its full budget (1.5 s).
    expect(snapshot.timings.settleMs).toBeGreaterThanOrEqual(1400);
  });

  it('a streaming response: the bytes received so far are counted', async () => {
    const snapshot = await snapshotOf('/stream.html');
    expect(snapshot.measurement.measurementTruncated).toBe(true);
    const stream = snapshot.network.find((entry) => entry.url.endsWith('/stream'))!;
    expect(stream.endMs).toBeNull();
    // About 10 chunks of 100 bytes a second for the 1.5 s budget and more, plus the headers.
    expect(stream.bodyBytes).toBeGreaterThan(1000);
    expect(stream.transferBytes).toBeGreaterThan(stream.bodyBytes);
    expect(stream.headerBytes).toBeGreaterThan(50);
  });

  it('a document that never finishes arriving: cut off at the navigation budget and measured as it stood', async () => {
    const result = await engine.visit(`${origin}/streamed-document.html`, { navigationTimeoutMs: 2000 });
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
    const { snapshot } = result;
    expect(snapshot.measurement.measurementTruncated).toBe(true);
    expect(snapshot.measurement.truncatedBy).toContain('load');
    expect(snapshot.title).toBe('Test');
    expect(snapshot.dom.elements).toBeGreaterThanOrEqual(6);
    const document = snapshot.network.find((entry) => entry.url.endsWith('/streamed-document.html'))!;
    expect(document.bodyBytes).toBeGreaterThan(1000);
  });

  it('infinite scroll: quiet until the scroll, then loading until the budget', async () => {
    const snapshot = await snapshotOf('/infinite.html');
    expect(snapshot.measurement.truncatedBy).toEqual(['scroll']);
    expect(snapshot.measurement.measurementTruncated).toBe(true);
    const batches = snapshot.network.filter((entry) => entry.url.includes('/more?n='));
    expect(batches.length).toBeGreaterThan(3);
    expect(measureEco(snapshot).requests).toBe(1 + batches.length);
  });

  it('a page that settles is not flagged, and the protocol is stored with it', async () => {
    const snapshot = await snapshotOf('/frame.html');
    // No taller than the viewport: not scrolled, no second wait.
    expect(snapshot.timings.scrollMs).toBeLessThan(150);
    expect(snapshot.measurement).toMatchObject({
      version: 2,
      rules: { cache: 'disabled', nodes: 'top-document-elements-minus-svg-descendants' },
      viewport: { width: 1920, height: 1080 },
      settleQuietMs: 200,
      settleMaxMs: 1500,
      scrollBudgetMs: 5000,
      scrolled: true,
      measurementTruncated: false,
      truncatedBy: [],
    });
  });
});

describe('node counting', () => {
  it('counts open shadow roots and same-origin frames apart, outside the EcoIndex input', async () => {
    const snapshot = await snapshotOf('/shadow.html');
    // html head meta title body h1 div div iframe script = 10 elements in the top document.
    expect(snapshot.dom.elementsExcludingSvg).toBe(10);
    // Open roots: p p span i div (5) + the nested root's b b (2); the closed root is out of reach.
    expect(snapshot.dom.shadowElements).toBe(7);
    // The frame: html head meta title body p p ul li = 9.
    expect(snapshot.dom.frameElements).toBe(9);
    expect(snapshot.dom.sameOriginFrames).toBe(1);
    expect(measureEco(snapshot).domNodes).toBe(10);
  });
});

describe('malformed headers never throw', () => {
  it('garbage Cache-Control, invalid dates, a non-numeric and a doubled Content-Length', async () => {
    const snapshot = await snapshotOf('/bad-headers.html');
    const document = snapshot.network.find((entry) => entry.type === 'Document')!;
    expect(document.cacheControl).toBe('max-age=abc, ,;; no-such-directive, max-age=-5');
    expect(document.expires).toBe('pas une date');
    const script = snapshot.network.find((entry) => entry.url.endsWith('/bad/cl.js'))!;
    const image = snapshot.network.find((entry) => entry.url.endsWith('/bad/dup.png'))!;
    expect(script.failed ?? image.failed).not.toBeNull();
    const report = reportFromSnapshot(snapshot);
    expect(report.error).toBeNull();
    expect(report.eco?.requests).toBe(4);
    expect(report.eco?.ecoindex.grade).toMatch(/^[A-G]$/);
  });
});
