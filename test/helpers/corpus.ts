// Generates and serves a small corpus of realistic public-site pages with ../shared/corpus (each site on its own
// origin, with robots.txt and sitemap.xml). The manifest is the answer key.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = resolve(
  process.env.VIGIE_SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url)),
);
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const hasCorpus = existsSync(join(CORPUS_DIR, 'serve.mjs'));

export interface CorpusPage {
  url: string;
  role: string;
  robotsAllowed: boolean;
  elements: number;
  elementsWithJs: number;
  transfer: { gzip: { requests: number; bytes: number } };
}

export interface CorpusSite {
  id: string;
  portOffset: number;
  robots: string;
  kind: string;
  name: string;
  pages: CorpusPage[];
}

export interface ServedCorpus {
  dir: string;
  sites: CorpusSite[];
  mainOrigin: string;
  siteOrigin(site: CorpusSite): string;
  close(): Promise<void>;
}

export function makeCorpus(sites: number, seed = 42): { dir: string; sites: CorpusSite[] } {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-corpus-'));
  const made = spawnSync(
    process.execPath,
    [
      join(CORPUS_DIR, 'make-corpus.mjs'),
      '--out',
      dir,
      '--sites',
      String(sites),
      '--seed',
      String(seed),
      '--pool',
      '16',
      '--quiet',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`make-corpus failed: ${made.stderr}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { sites: CorpusSite[] };
  return { dir, sites: manifest.sites };
}

export async function serveCorpus(
  corpus: { dir: string; sites: CorpusSite[] },
  extra: string[] = [],
): Promise<ServedCorpus> {
  const base = 20_000 + Math.floor(Math.random() * 20_000);
  const main = base + corpus.sites.length + 50;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(CORPUS_DIR, 'serve.mjs'),
      '--root',
      corpus.dir,
      '--port',
      String(main),
      '--multi-port',
      String(base),
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((ready, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('"ready":true')) ready();
    });
    child.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    ...corpus,
    mainOrigin: `http://127.0.0.1:${main}`,
    siteOrigin: (site) => `http://127.0.0.1:${base + site.portOffset}`,
    close: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
