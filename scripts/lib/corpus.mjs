// The pages the benchmark audits: a synthetic corpus from ../shared/corpus (make-corpus.mjs), served on
// loopback by its serve.mjs on a free port, with its request counters (/__stats, /__reset).

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Ports another server of the project uses (corpus server at 8090, one origin per site from 9000). */
const RESERVED = (port) => port === 8090 || (port >= 9000 && port <= 9100);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => (RESERVED(port) ? freePort().then(resolve, reject) : resolve(port)));
    });
  });
}

/** Generates (or refreshes, reusing the picture pool) N sites into `outDir`; returns the summary line. */
export function makeCorpus(corpusScriptsDir, outDir, sites, seed = 42) {
  const stdout = execFileSync(
    process.execPath,
    [
      join(corpusScriptsDir, 'make-corpus.mjs'),
      '--out',
      outDir,
      '--sites',
      String(sites),
      '--seed',
      String(seed),
      '--quiet',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/** Home-page paths (/sNNN/) of the corpus, in order. */
export function homePaths(corpusDir) {
  return readFileSync(join(corpusDir, 'paths.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Starts serve.mjs and resolves once it printed its JSON ready line. */
export async function startServer(corpusScriptsDir, rootDir, { port, multiPort } = {}) {
  const chosen = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [
      join(corpusScriptsDir, 'serve.mjs'),
      '--root',
      rootDir,
      '--port',
      String(chosen),
      ...(multiPort ? ['--multi-port', String(multiPort)] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  await new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs not ready after 20 s: ${stderr}`)), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited (${code}): ${stderr}`));
    });
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        try {
          if (JSON.parse(line).ready) {
            clearTimeout(timer);
            child.removeAllListeners('exit');
            resolve();
            return;
          }
        } catch {}
      }
    });
  });
  const base = `http://127.0.0.1:${chosen}`;
  return {
    base,
    pid: child.pid,
    /** With multiPort: the origin of the site at this port offset (manifest's portOffset). */
    siteOrigin: (offset) => `http://127.0.0.1:${multiPort + offset}`,
    async reset() {
      await fetch(`${base}/__reset`);
    },
    async stats() {
      return (await fetch(`${base}/__stats`)).json();
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
