// Serves the legal fixture sites (test/fixtures/legal/sites.ts) on 127.0.0.1: each site under /<id>/, one
// robots.txt for all (with each site's forbidden paths), redirects, PDFs, images and oversized pages.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LEGAL_SITES, type LegalSite } from '../fixtures/legal/sites.js';

export interface LegalServer {
  origin: string;
  home(site: LegalSite): string;
  close(): Promise<void>;
}

export async function startLegalServer(sites: readonly LegalSite[] = LEGAL_SITES): Promise<LegalServer> {
  const robots = [
    'User-agent: *',
    ...sites.flatMap((site) => (site.disallow ?? []).map((path) => `Disallow: /${site.id}${path}`)),
    '',
  ].join('\n');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
    const [, id = '', ...rest] = url.pathname.split('/');
    const site = sites.find((s) => s.id === id);
    const served = site?.pages[`/${rest.join('/')}`];
    if (served === undefined) {
      return void res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html lang="fr"><title>404</title><h1>Page introuvable</h1></html>');
    }
    if (typeof served === 'string')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(served);
    if (served.location) return void res.writeHead(served.status ?? 302, { location: served.location }).end();
    if (served.bytes) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!DOCTYPE html><html lang="fr"><body><h1>Déclaration d’accessibilité</h1>');
      const chunk = `<p>${'Texte de la déclaration. '.repeat(40)}</p>\n`;
      let sent = 0;
      const write = (): void => {
        while (sent < served.bytes!) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end('</body></html>');
      };
      res.on('close', () => {
        sent = Number.POSITIVE_INFINITY;
      });
      return write();
    }
    res
      .writeHead(served.status ?? 200, { 'content-type': served.type ?? 'text/html' })
      .end(served.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: (site) => `${origin}/${site.id}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
