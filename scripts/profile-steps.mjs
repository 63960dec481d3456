#!/usr/bin/env node
// CPU and wall time of each step of a Vigie visit, one page at a time (concurrency 1, so that the CPU of the
// whole process tree between two instants belongs to one step), plus the cost of alternative axe-core
// options measured on the same loaded pages. It replays the steps of src/crawl/visit.ts with the compiled
// collectors of dist/ (run `npm run build` first); the bench (scripts/bench.mjs) measures the real command.
//
//   node scripts/profile-steps.mjs [--pages 30] [--out profile.json]

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowserPool } from '../dist/crawl/browser.js';
import { injectAxe, loadAxeBundle, runAxe } from '../dist/crawl/collectors/axe.js';
import { collectDom } from '../dist/crawl/collectors/dom.js';
import { recordNetwork } from '../dist/crawl/collectors/network.js';
import { homePaths, makeCorpus, startServer } from './lib/corpus.mjs';
import { cpuSecondsBetween, treeCpuSnapshot } from './lib/proc-tree.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: { pages: { type: 'string', default: '30' }, out: { type: 'string' } },
});
const pages = Number(flags.pages);
const sharedDir = resolve(process.env.VIGIE_SHARED_DIR || join(repoRoot, '../shared'));
const corpusDir = join(tmpdir(), `vigie-bench-corpus-n${pages}-seed42`);
makeCorpus(join(sharedDir, 'corpus'), corpusDir, pages);
const server = await startServer(join(sharedDir, 'corpus'), corpusDir);
const urls = homePaths(corpusDir)
  .slice(0, pages)
  .map((path) => server.base + path);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Same rule as visit.ts: no request in flight for `quietMs`, at most `maxMs`. */
async function settle(network, quietMs, maxMs) {
  const end = performance.now() + maxMs;
  while (performance.now() < end) {
    if (network.inFlight() === 0 && performance.now() - network.lastActivity() >= quietMs) return;
    await sleep(Math.min(50, quietMs));
  }
}

/** axe.run option sets, run after Vigie's own run on the same page; only counts come back. */
const AXE_VARIANTS = {
  // Vigie's options again, page and JIT now warm: the reference for the variants below.
  vigieAgain: { experimental: true, options: { selectors: true } },
  // Vigie's options without the experimental rules.
  noExperimental: { experimental: false, options: { selectors: true } },
  // Selectors are computed for every node of every group, passes included; here for none.
  noSelectors: { experimental: true, options: { selectors: false } },
  // No selectors in the run, then a selector for the failed and cantTell nodes only (up to 200 per rule).
  selectorsForFindingsOnly: {
    experimental: true,
    options: { selectors: false, elementRef: true },
    selectFindings: true,
  },
  // What the peers run: WCAG A/AA tags only, violations only.
  peersConfig: {
    experimental: false,
    options: {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      resultTypes: ['violations'],
    },
  },
  noFrames: { experimental: true, options: { selectors: true, iframes: false } },
};

async function runAxeVariant(page, axe, variant) {
  return page.evaluate(
    async ({ experimental, options, selectFindings }) => {
      const rules = {};
      for (const id of experimental) rules[id] = { enabled: true };
      const result = await window.axe.run(document, {
        rules,
        iframes: true,
        ancestry: false,
        xpath: false,
        ...options,
        ...(options.elementRef ? {} : { elementRef: false }),
      });
      if (selectFindings) {
        // getSelector needs axe's flat tree and selector data, which axe.run tears down at its end.
        window.axe.setup(document);
        for (const group of [result.violations, result.incomplete]) {
          for (const rule of group) {
            for (const node of rule.nodes.slice(0, 200)) {
              if (node.element) node.target = [window.axe.utils.getSelector(node.element)];
            }
          }
        }
        window.axe.teardown();
      }
      return Object.fromEntries(
        ['passes', 'violations', 'incomplete', 'inapplicable'].map((k) => [k, result[k]?.length ?? 0]),
      );
    },
    {
      experimental: variant.experimental ? axe.experimentalRules : [],
      options: variant.options,
      selectFindings: !!variant.selectFindings,
    },
  );
}

const axe = loadAxeBundle();
const pool = await launchBrowserPool({
  executablePath: process.env.VIGIE_CHROMIUM_PATH || '/usr/bin/chromium',
  userAgentSuffix: 'Vigie-profile',
  viewport: { width: 1920, height: 1080 },
  concurrency: 1,
  recycleAfterVisits: 100,
  launchTimeoutMs: 60_000,
});
const records = [];
for (const url of urls) {
  const rec = { url, cpuS: {}, nodeCpuS: {}, wallMs: {} };
  let before = treeCpuSnapshot(process.pid, [server.pid]);
  let nodeBefore = process.cpuUsage();
  let t = performance.now();
  const step = async (name, work) => {
    const value = await work();
    const after = treeCpuSnapshot(process.pid, [server.pid]);
    const now = performance.now();
    const nodeUsage = process.cpuUsage(nodeBefore);
    rec.cpuS[name] = cpuSecondsBetween(before, after);
    rec.nodeCpuS[name] = (nodeUsage.user + nodeUsage.system) / 1e6;
    nodeBefore = process.cpuUsage();
    rec.wallMs[name] = now - t;
    before = after;
    t = now;
    return value;
  };
  await pool.withSlot(async (slot) => {
    const { page, cdp, network } = await step('openPage', async () => {
      const page = await slot.context.newPage();
      const cdp = await slot.context.newCDPSession(page);
      const tree = await cdp.send('Page.getFrameTree');
      return { page, cdp, network: await recordNetwork(cdp, tree.frameTree.frame.id) };
    });
    await step('navigation', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForLoadState('load');
    });
    await step('settle', () => settle(network, 500, 3000));
    await step('scroll', async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await settle(network, 500, 3000);
      await page.evaluate(() => window.scrollTo(0, 0));
    });
    rec.elements = (await step('collect', () => collectDom(page, 300_000))).dom.elements;
    network.freeze();
    rec.frames = page.frames().length;
    await step('axeInject', () => injectAxe(page, axe));
    await step('axeRun', () => runAxe(page, axe, { maxNodesPerRule: 200, maxPassNodesPerRule: 5 }));
    for (const [name, variant] of Object.entries(AXE_VARIANTS)) {
      await step(`axe.${name}`, () => runAxeVariant(page, axe, variant));
    }
    await step('cleanUp', async () => {
      for (const origin of network.documentOrigins()) {
        await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' }).catch(() => {});
      }
      await cdp.detach().catch(() => {});
      await page.close({ runBeforeUnload: false });
      await slot.context.clearCookies();
    });
  });
  records.push(rec);
  process.stderr.write(`[profile] ${records.length}/${urls.length} ${url}\n`);
}
await pool.close();
await server.stop();

const names = Object.keys(records[0].cpuS);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const lines = [
  `${records.length} pages, concurrency 1, mean per page (elements ${Math.round(mean(records.map((r) => r.elements)))}, frames ${mean(records.map((r) => r.frames)).toFixed(1)})`,
  '',
  '| step | CPU-s, whole tree (mean) | of which Node | wall ms (mean) |',
  '|---|---|---|---|',
  ...names.map(
    (name) =>
      `| ${name} | ${mean(records.map((r) => r.cpuS[name])).toFixed(3)} | ${mean(records.map((r) => r.nodeCpuS[name])).toFixed(3)} | ${Math.round(mean(records.map((r) => r.wallMs[name])))} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (flags.out)
  writeFileSync(flags.out, `${JSON.stringify({ date: new Date().toISOString(), records }, null, 1)}\n`);
