// A local server for the eco rule fixtures (test/fixtures/eco/*.html): it serves each page and the resources it
// asks for in one of two modes, chosen by the first path segment. `/good/…`: text compressed (gzip), static
// files cached for a day with an ETag. `/bad/…`: nothing compressed, `Cache-Control: no-store`, no validator,
// and the page sets a 1.5 kB cookie. Resources are generated from their address:
// `/<mode>/res/<name>.<ext>?kb=N&w=W&h=H&min=0|1&status=N&redirect=1&syntax=bad&delay=MS`.
// It listens on 127.0.0.1, 127.0.0.2 and 127.0.0.3 (all loopback) so that a page can reach several hosts.

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';

export const ECO_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'eco');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css',
  js: 'text/javascript',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  woff2: 'font/woff2',
  mp4: 'video/mp4',
  avi: 'video/x-msvideo',
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid grey PNG of width × height, padded with a text chunk to at least `bytes`. */
export function png(width: number, height: number, bytes = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
  ];
  const size = parts.reduce((sum, part) => sum + part.length, 0) + 12;
  if (bytes > size + 12) parts.push(chunk('tEXt', Buffer.from(`pad\0${'x'.repeat(bytes - size - 17)}`)));
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

function text(ext: string, bytes: number, minified: boolean, badSyntax: boolean): string {
  const unit =
    ext === 'css'
      ? minified
        ? '.a{color:#123;margin:0}'
        : '/* block */\n.a {\n    color: #123;\n    margin: 0;\n}\n'
      : ext === 'svg'
        ? minified
          ? '<rect width="1" height="1"/>'
          : '\n    <!-- shape -->\n    <rect width="1" height="1" />'
        : minified
          ? 'var a=1;a+=1;'
          : '// step\nvar a = 1;\n    a += 1;\n';
  let body = unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
  if (ext === 'svg') body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">${body}</svg>`;
  if (badSyntax) body += '\nfunction (';
  return body;
}

function resource(ext: string, params: URLSearchParams): Buffer {
  const bytes = Number(params.get('kb') ?? '2') * 1000;
  // A PNG body under a WebP or JPEG type: Blink sniffs image bodies, so it decodes (Chromium stops downloading
  // an image it cannot decode: a garbage body would be cut short).
  if (ext === 'png' || ext === 'webp' || ext === 'jpg')
    return png(Number(params.get('w') ?? '10'), Number(params.get('h') ?? '10'), bytes);
  if (['css', 'js', 'svg'].includes(ext))
    return Buffer.from(text(ext, bytes, params.get('min') !== '0', params.get('syntax') === 'bad'));
  return Buffer.alloc(bytes, 7);
}

export interface EcoFixtureServer {
  /** `http://127.0.0.1:port`, and the same port on 127.0.0.2 and 127.0.0.3. */
  origins: [string, string, string];
  url(path: string): string;
  close(): Promise<void>;
}

/** Placeholders of the fixture pages: the other loopback hosts (same port), and generated bulk content. */
function fill(page: string, port: number): string {
  return page
    .replaceAll('{{O2}}', `http://127.0.0.2:${port}`)
    .replaceAll('{{O3}}', `http://127.0.0.3:${port}`)
    .replaceAll('{{LOCAL}}', `http://localhost:${port}`)
    .replaceAll('{{INLINE_CSS}}', '.x{color:red}'.repeat(200))
    .replaceAll('{{INLINE_JS}}', 'var x=1;'.repeat(300))
    .replaceAll('{{MANY_ELEMENTS}}', '<span></span>'.repeat(1600))
    .replaceAll('{{FILLER}}', 'Texte de remplissage de la page. '.repeat(40));
}

async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, mode, kind, file = ''] = url.pathname.split('/');
  if (mode !== 'good' && mode !== 'bad') return void res.writeHead(404).end();
  const good = mode === 'good';
  const ext = file.split('.').pop() ?? '';
  const status = Number(url.searchParams.get('status') ?? '200');
  // `delay=MS`: answer late (keeps a page loading, e.g. so that a carousel is watched long enough).
  const delay = Number(url.searchParams.get('delay') ?? '0');
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
  if (url.searchParams.get('redirect') === '1') {
    url.searchParams.delete('redirect');
    return void res.writeHead(301, { location: `${url.pathname}?${url.searchParams}` }).end();
  }
  let body: Buffer;
  if (kind === 'page') {
    try {
      body = Buffer.from(
        fill(await readFile(join(ECO_FIXTURES, file.replace(/[^a-z0-9.-]/gi, '')), 'utf8'), port),
      );
    } catch {
      return void res.writeHead(404).end();
    }
  } else body = resource(ext, url.searchParams);
  const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
  if (kind === 'res') {
    if (good) {
      headers['cache-control'] = 'public, max-age=86400';
      headers.etag = `"${body.length}"`;
    } else headers['cache-control'] = 'no-store';
  } else if (!good) {
    headers['set-cookie'] = `session=${'c'.repeat(1500)}; Path=/`;
  }
  if (good && /text|javascript|svg/.test(headers['content-type']!)) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(status, headers).end(body);
}

export async function startEcoFixtureServer(): Promise<EcoFixtureServer> {
  const servers: Server[] = [];
  let port = 0;
  for (const host of ['127.0.0.1', '127.0.0.2', '127.0.0.3']) {
    const server = createServer((req, res) => void handle(req, res, port));
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  const origins = ['127.0.0.1', '127.0.0.2', '127.0.0.3'].map((host) => `http://${host}:${port}`) as [
    string,
    string,
    string,
  ];
  return {
    origins,
    url: (path) => `${origins[0]}${path}`,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
