// The audited tools: Vigie (full protocol, and without scroll and settle) and the peers of ../shared/bench
// (bare Playwright + axe loop, pa11y-ci with its axe runner). Each tool says how to run it on a URL file and
// how to read its per-page outcome back. The peers are installed once into a cache under the OS temp folder,
// because ../shared is read-only.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PEER_TOOLS = ['pw-axe', 'pa11y-ci'];

function makeWritable(path) {
  const stat = statSync(path);
  chmodSync(path, stat.mode | 0o200);
  if (stat.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/**
 * Copies ../shared/bench and ../shared/corpus side by side into a cache folder (reused while the tools' lock
 * files do not change) and runs `npm ci` in the peer tools that have no node_modules yet. Returns the copied
 * bench folder.
 */
export function preparePeers(sharedDir, log) {
  const hash = createHash('sha256');
  for (const tool of PEER_TOOLS)
    hash.update(readFileSync(join(sharedDir, 'bench/tools', tool, 'package-lock.json')));
  const cacheDir = join(tmpdir(), `vigie-bench-peers-${hash.digest('hex').slice(0, 12)}`);
  for (const part of ['bench', 'corpus']) {
    // Scripts are refreshed on every run; node_modules (absent from ../shared) stay.
    cpSync(join(sharedDir, part), join(cacheDir, part), { recursive: true, force: true });
    makeWritable(join(cacheDir, part));
  }
  const benchDir = join(cacheDir, 'bench');
  for (const tool of PEER_TOOLS) {
    const dir = join(benchDir, 'tools', tool);
    if (existsSync(join(dir, 'node_modules', '.package-lock.json'))) continue;
    log(`npm ci in ${dir} (once; cached under ${cacheDir})`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    });
  }
  return benchDir;
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Tool definitions. `command(ctx)` returns { command, args, env, stdoutToResult }; `read(resultFile)` returns
 * { ok, failed, pageMs: number[] | null, steps: object[] | null }.
 */
export function toolDefinitions({ repoRoot, benchDir, chromiumPath }) {
  const vigie = (extraArgs) => ({
    kind: 'vigie',
    command: ({ urlsFile, concurrency, resultFile }) => ({
      command: process.execPath,
      args: [
        join(repoRoot, 'bin/vigie.js'),
        'audit',
        '--urls',
        urlsFile,
        '--concurrency',
        String(concurrency),
        '--allow-private-network',
        '--format',
        'json',
        '--out',
        resultFile,
        ...extraArgs,
      ],
      env: { ...process.env, VIGIE_CHROMIUM_PATH: chromiumPath },
    }),
    read(resultFile) {
      const reports = readJson(resultFile);
      const ok = reports.filter((report) => !report.error);
      return {
        ok: ok.length,
        failed: reports.length - ok.length,
        pageMs: ok.map((report) => report.timings.totalMs),
        steps: ok.map((report) => report.timings),
      };
    },
  });
  const peerEnv = {
    ...process.env,
    CHROME_PATH: chromiumPath,
    PUPPETEER_EXECUTABLE_PATH: chromiumPath,
    PUPPETEER_SKIP_DOWNLOAD: '1',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  return {
    vigie: { label: 'Vigie (full audit: a11y + frugality protocol)', ...vigie([]) },
    'vigie-noprotocol': {
      label: 'Vigie --no-scroll --settle-max-ms 0',
      ...vigie(['--no-scroll', '--settle-max-ms', '0']),
    },
    bare: {
      label: 'bare Playwright + axe loop (shared/bench pw-axe)',
      kind: 'peer',
      command: ({ urlsFile, concurrency, resultFile }) => ({
        command: process.execPath,
        args: [
          join(benchDir, 'tools/pw-axe/pw-axe.mjs'),
          '--urls',
          urlsFile,
          '--concurrency',
          String(concurrency),
          '--out',
          resultFile,
        ],
        env: peerEnv,
      }),
      read(resultFile) {
        const { results } = readJson(resultFile);
        const ok = results.filter((result) => !result.error);
        return {
          ok: ok.length,
          failed: results.length - ok.length,
          pageMs: ok.map((result) => result.ms.total),
          steps: null,
        };
      },
    },
    pa11y: {
      label: 'pa11y-ci 4 (axe runner, WCAG2AA)',
      kind: 'peer',
      command: ({ urlsFile, concurrency, runDir }) => {
        // Same configuration as ../shared/bench/run-baselines.sh (lib/pa11y-config.mjs).
        const config = execFileSync(
          process.execPath,
          [join(benchDir, 'lib/pa11y-config.mjs'), urlsFile, 'axe', String(concurrency)],
          { encoding: 'utf8', env: peerEnv },
        );
        const configFile = join(runDir, 'pa11yci.json');
        writeFileSync(configFile, config);
        return {
          command: join(benchDir, 'tools/pa11y-ci/node_modules/.bin/pa11y-ci'),
          args: ['--config', configFile, '--json'],
          env: peerEnv,
          stdoutToResult: true,
        };
      },
      read(resultFile) {
        const { results } = readJson(resultFile);
        let ok = 0;
        let failed = 0;
        // An issue without a type is pa11y-ci's record of a page it could not test.
        for (const issues of Object.values(results)) {
          if (issues.some((issue) => !issue.type)) failed++;
          else ok++;
        }
        return { ok, failed, pageMs: null, steps: null };
      },
    },
  };
}
