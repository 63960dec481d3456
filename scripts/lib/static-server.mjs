// A small static file server on 127.0.0.1 for the demo (gzip for text, like most real servers). With
// `rewriteOrigin`, `{{ORIGIN}}` in .html, .xml and .txt files becomes the server's origin at serve time, so that
// a sitemap or a robots.txt can hold absolute URLs although the port is only known once listening.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export const ORIGIN_PLACEHOLDER = '{{ORIGIN}}';
const REWRITTEN = new Set(['.html', '.xml', '.txt']);

export async function serveStatic(rootDir, { port = 0, rewriteOrigin = false } = {}) {
  const root = resolve(rootDir);
  let origin = '';
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(root, decodeURIComponent(pathname)));
    // `root + sep`: a bare prefix test would let `/..%2Fcommune-bis/` into a sibling folder.
    if (path !== root && !path.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      const file = pathname.endsWith('/') ? join(path, 'index.html') : path;
      let body = await readFile(file);
      if (rewriteOrigin && REWRITTEN.has(extname(file)))
        body = Buffer.from(body.toString('utf8').replaceAll(ORIGIN_PLACEHOLDER, origin));
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'public, max-age=600' };
      if (/text|xml|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><title>404</title>');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
