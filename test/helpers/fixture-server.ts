// A local HTTP server for browser tests: static fixtures plus hostile endpoints (hang, endless stream, huge
// page, redirect loop, non-HTML, download, error statuses, script loop, dialogs, popups, refresh loop).

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Requests and body bytes served since the last reset, by path (/favicon.ico not counted). */
  stats(): { requests: number; bodyBytes: number; byPath: Record<string, number> };
  reset(): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

const html = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;

const hostile: Record<string, Handler> = {
  '/hostile/hang': () => {},
  '/hostile/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write(`<!DOCTYPE html><html lang="fr"><head><title>Lent</title></head><body><p>début</p>`);
    const timer = setInterval(() => res.write('<!-- encore -->'), 200);
    res.on('close', () => clearInterval(timer));
  },
  '/hostile/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(1020)}</p>\n`.repeat(64);
    let sent = 0;
    const write = (): void => {
      while (sent < 40 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
      res.end('</body></html>');
    };
    res.on('close', () => {
      sent = Number.POSITIVE_INFINITY;
    });
    write();
  },
  '/hostile/redirect-loop': (_req, res) => {
    res.writeHead(302, { location: '/hostile/redirect-loop-2' }).end();
  },
  '/hostile/redirect-loop-2': (_req, res) => {
    res.writeHead(302, { location: '/hostile/redirect-loop' }).end();
  },
  '/hostile/not-html': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'application/pdf' })
      .end('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
  },
  '/hostile/json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
  },
  '/hostile/download': (_req, res) => {
    res
      .writeHead(200, {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="a.zip"',
      })
      .end(Buffer.alloc(100_000));
  },
  '/hostile/500': (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/html' }).end(html('<h1>Erreur</h1>'));
  },
  '/hostile/404': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' }).end(html('<h1>Introuvable</h1>'));
  },
  '/hostile/js-loop': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(html('<p>avant</p><script>while(true){}</script>'));
  },
  '/hostile/js-loop-at-load': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(html('<h1>Boucle</h1><script>addEventListener("load",()=>{while(true){}})</script>'));
  },
  '/hostile/alert': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        html(
          '<h1>Alertes</h1><script>alert("a");document.addEventListener("DOMContentLoaded",()=>confirm("b"));addEventListener("load",()=>{prompt("c");alert("d")})</script>',
        ),
      );
  },
  '/hostile/popup': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        html(
          '<h1>Popups</h1><script>for(let i=0;i<5;i++)window.open("/site/index.html");let n=0;const t=setInterval(()=>{window.open("/site/index.html");if(++n>20)clearInterval(t)},100)</script>',
        ),
      );
  },
  '/hostile/meta-refresh-loop': (_req, res, url) => {
    const n = Number(url.searchParams.get('n') ?? '0');
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        html(
          `<p>${n}</p>`,
          `<meta http-equiv="refresh" content="0; url=/hostile/meta-refresh-loop?n=${n + 1}">`,
        ),
      );
  },
  '/hostile/bad-gzip': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      .end(html('<p>pas du gzip</p>'));
  },
  '/redirect/meta-once': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(html('<p>Redirection…</p>', '<meta http-equiv="refresh" content="0; url=/site/about.html">'));
  },
  '/redirect/once': (_req, res) => {
    res.writeHead(301, { location: '/site/index.html' }).end();
  },
};

export async function startFixtureServer(
  root: string,
  options: { gzip?: boolean } = {},
): Promise<FixtureServer> {
  let requests = 0;
  let bodyBytes = 0;
  let byPath: Record<string, number> = {};
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Chromium's own favicon request is left out of the counters, as the EcoIndex leaves it out.
    if (url.pathname === '/favicon.ico')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('');
    requests++;
    byPath[url.pathname] = (byPath[url.pathname] ?? 0) + 1;
    const handler = hostile[url.pathname];
    if (handler) return handler(req, res, url);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      let body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': 'public, max-age=3600',
      };
      if (
        options.gzip &&
        /text|javascript|svg|json/.test(type) &&
        /gzip/.test(String(req.headers['accept-encoding']))
      ) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      bodyBytes += body.length;
      res.writeHead(200, headers).end(body);
    } catch {
      const body = html('<h1>404</h1>');
      bodyBytes += Buffer.byteLength(body);
      res.writeHead(404, { 'content-type': 'text/html' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    stats: () => ({ requests, bodyBytes, byPath: { ...byPath } }),
    reset: () => {
      requests = 0;
      bodyBytes = 0;
      byPath = {};
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
