#!/usr/bin/env node
// Campaign benchmark: N corpus sites (../shared/corpus, each on its own origin) imported into a fresh PGlite
// folder, then `vigie campaign run` at concurrency K (RGAA sample of P pages per site), measured as a process
// tree; then plain `vigie audit` on exactly the pages the campaign visited, same K. Reports pages/minute of
// both (target: campaign ≥ 90 % of plain audit), memory over the run (target: last quarter ≤ 120 % of the
// first), database growth per audited page (target: < 200 KB), and extrapolates to the DINUM list.
//
//   node scripts/bench-campaign.mjs [--sites 200] [--pages-per-site 5] [--concurrency 2] [--out FILE]
//
// Exits 0 once it has measured: missed targets are reported, not failed.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus, startServer } from './lib/corpus.mjs';
import { machineInfo } from './lib/machine.mjs';
import { runMeasured, waitQuiet } from './lib/proc-tree.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[bench-campaign] ${message}\n`);
const DINUM_SITES = 35_742;

const { values: flags } = parseArgs({
  options: {
    sites: { type: 'string', default: '200' },
    'pages-per-site': { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '2' },
    out: { type: 'string' },
    'keep-data': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (flags.help) {
  process.stdout.write(
    'node scripts/bench-campaign.mjs [--sites 200] [--pages-per-site 5] [--concurrency 2] [--out FILE]\n',
  );
  process.exit(0);
}
const nSites = Number(flags.sites);
const pagesPerSite = Number(flags['pages-per-site']);
const concurrency = Number(flags.concurrency);
const sharedDir = resolve(process.env.VIGIE_SHARED_DIR || join(repoRoot, '../shared'));
// The Chromium Vigie itself would use (VIGIE_CHROMIUM_PATH, a system one, else @sparticuz/chromium), for every tool.
const { resolveChromium } = await import(join(repoRoot, 'dist/crawl/chromium.js'));
const chromiumPath = (
  await resolveChromium({ chromiumPath: process.env.VIGIE_CHROMIUM_PATH, pathVariable: process.env.PATH })
).path;
const vigie = join(repoRoot, 'bin/vigie.js');

// 1. Corpus and its server, each site on its own port (per-host politeness applies per origin).
const corpusDir = join(tmpdir(), `vigie-bench-corpus-n${nSites}-seed42`);
log(`generating ${nSites} sites into ${corpusDir}`);
makeCorpus(join(sharedDir, 'corpus'), corpusDir, nSites);
const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8'));
const multiPort = 20_000 + Math.floor(Math.random() * 20_000);
const server = await startServer(join(sharedDir, 'corpus'), corpusDir, { multiPort });
const workDir = mkdtempSync(join(tmpdir(), 'vigie-bench-campaign-'));
const dataDir = join(workDir, 'data');
process.on('SIGINT', () => server.stop().then(() => process.exit(130)));

// 2. Registry: the corpus sites as a generic CSV, imported (not measured).
const KINDS = { etablissement: 'autre', syndicat: 'collectivite' };
const csv = [
  'name,kind,url',
  ...manifest.sites
    .slice(0, nSites)
    .map(
      (site) =>
        `"${site.name.replace(/"/g, '""')}",${KINDS[site.kind] ?? site.kind},${server.siteOrigin(site.portOffset)}/`,
    ),
].join('\n');
writeFileSync(join(workDir, 'sites.csv'), `${csv}\n`);
const imported = await runMeasured({
  command: process.execPath,
  args: [vigie, 'sites', 'import', join(workDir, 'sites.csv'), '--format', 'csv', '--data-dir', dataDir],
  cwd: repoRoot,
  stderrFile: join(workDir, 'import.log'),
  stdoutFile: join(workDir, 'import.out'),
});
if (imported.exitCode !== 0) throw new Error(`import failed, see ${workDir}/import.log`);

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
const bytesBefore = folderBytes(dataDir);

async function measured(name, args) {
  const quiet = await waitQuiet({ thresholdPct: 15, maxMs: 60_000 });
  if (quiet.busyPct >= 15) log(`machine still ${quiet.busyPct.toFixed(0)} % busy, measuring anyway`);
  const series = [];
  const runDir = join(workDir, name);
  mkdirSync(join(runDir, 'tmp'), { recursive: true });
  log(`${name}: ${args.join(' ')}`);
  const measure = await runMeasured({
    command: process.execPath,
    args: [vigie, ...args],
    cwd: repoRoot,
    env: { ...process.env, TMPDIR: join(runDir, 'tmp'), VIGIE_CHROMIUM_PATH: chromiumPath },
    stdoutFile: join(runDir, 'stdout.log'),
    stderrFile: join(runDir, 'stderr.log'),
    serverPid: server.pid,
    onSample: (sample) => series.push(sample),
  });
  log(
    `${name}: exit ${measure.exitCode}, ${measure.wallS.toFixed(1)} s, ${measure.cpuS.toFixed(0)} CPU-s, ` +
      `peak RSS ${measure.peakRssMb.toFixed(0)} MB, peak PSS ${measure.peakPssMb.toFixed(0)} MB, foreign CPU ${measure.foreignCpuS.toFixed(1)} s`,
  );
  return { measure, series, runDir };
}

/** Mean of a memory figure over the first and the last quarter of the run (after the first 5 %). */
function quarters(series, key, wallS) {
  const values = (from, to) =>
    series.filter((s) => s[key] !== null && s.t >= from * wallS && s.t < to * wallS).map((s) => s[key]);
  const mean = (list) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length / 1048576 : null);
  const first = mean(values(0.05, 0.25));
  const last = mean(values(0.75, 1.0));
  return { firstMb: first, lastMb: last, ratio: first && last ? last / first : null };
}

// 3. The campaign.
const campaign = await measured('campaign', [
  'campaign',
  'run',
  '--name',
  'bench',
  '--data-dir',
  dataDir,
  '--allow-private-network',
  '--pages-per-site',
  String(pagesPerSite),
  '--concurrency',
  String(concurrency),
]);
const bytesAfter = folderBytes(dataDir);

// 4. What it stored: pages, their URLs, the compressed snapshots.
const { openDatabase } = await import(join(repoRoot, 'dist/store/db.js'));
const handle = await openDatabase({ dataDir });
let visits;
let tables;
try {
  visits = await handle.db
    .selectFrom('page_visits')
    .select(['url', 'status', 'error_code', (eb) => eb.fn('octet_length', ['snapshot_gz']).as('gz')])
    .orderBy('id')
    .execute();
  const { rows } = await handle.executeSql(
    `select relname as name, pg_total_relation_size(c.oid)::bigint as bytes from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' order by 2 desc`,
    [],
  );
  tables = rows.map((row) => ({ name: row.name, mb: Number(row.bytes) / 1048576 }));
} finally {
  await handle.close();
}
const audited = visits.filter((visit) => visit.status === 'done');
const errors = visits.length - audited.length;
const gzBytes = audited.reduce((sum, visit) => sum + Number(visit.gz ?? 0), 0);
const urlsFile = join(workDir, 'urls.txt');
writeFileSync(urlsFile, `${visits.map((visit) => visit.url).join('\n')}\n`);

// 5. Plain `vigie audit` on the same pages.
const plain = await measured('plain-audit', [
  'audit',
  '--urls',
  urlsFile,
  '--concurrency',
  String(concurrency),
  '--allow-private-network',
  '--format',
  'json',
  '--out',
  join(workDir, 'plain.json'),
]);
const plainReports = JSON.parse(readFileSync(join(workDir, 'plain.json'), 'utf8'));
const plainOk = (Array.isArray(plainReports) ? plainReports : (plainReports.pages ?? [])).filter(
  (report) => !report.error,
).length;

// 6. Report.
const rate = (pages, run) => (pages / run.measure.wallS) * 60;
const campaignRate = rate(audited.length, campaign);
const plainRate = rate(plainOk, plain);
const rss = quarters(campaign.series, 'rssBytes', campaign.measure.wallS);
const pss = quarters(campaign.series, 'pssBytes', campaign.measure.wallS);
const growthPerPageKb = (bytesAfter - bytesBefore) / 1024 / Math.max(1, audited.length);
const cpuPerPage = campaign.measure.cpuS / Math.max(1, audited.length);
const pagesPerSiteMean = visits.length / nSites;
const hoursHere = (DINUM_SITES * pagesPerSiteMean) / campaignRate / 60;
const cores = cpus().length;
// A 16-core machine, CPU-bound at the CPU cost per page measured here (8 workers × concurrency 2, say).
const rate16 = (16 * 60) / cpuPerPage;
const hours16 = (DINUM_SITES * pagesPerSiteMean) / rate16 / 60;
const machine = machineInfo(chromiumPath);
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const mb = (value) => (value === null ? 'n/a' : `${value.toFixed(0)} MB`);
const text = [
  '',
  `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memGb} GB RAM, Node ${machine.node}, ${machine.chromium}`,
  `Campaign: ${nSites} corpus sites (seed 42, one origin each), ${pagesPerSite} pages per site, concurrency ${concurrency}, PGlite`,
  '',
  `campaign run : ${audited.length} pages audited + ${errors} in error in ${campaign.measure.wallS.toFixed(0)} s = ${campaignRate.toFixed(1)} pages/min, ${cpuPerPage.toFixed(2)} CPU-s/page`,
  `plain audit  : ${plainOk} pages in ${plain.measure.wallS.toFixed(0)} s = ${plainRate.toFixed(1)} pages/min, ${(plain.measure.cpuS / Math.max(1, plainOk)).toFixed(2)} CPU-s/page`,
  `  campaign / plain audit = ${((campaignRate / plainRate) * 100).toFixed(1)} % (target ≥ 90 %): ${verdict(campaignRate >= 0.9 * plainRate)}`,
  '',
  `memory of the campaign's process tree, mean over the first quarter → last quarter:`,
  `  RSS ${mb(rss.firstMb)} → ${mb(rss.lastMb)} (${rss.ratio ? ((rss.ratio - 1) * 100).toFixed(1) : 'n/a'} %), PSS ${mb(pss.firstMb)} → ${mb(pss.lastMb)} (${pss.ratio ? ((pss.ratio - 1) * 100).toFixed(1) : 'n/a'} %); peak RSS ${mb(campaign.measure.peakRssMb)}, peak PSS ${mb(campaign.measure.peakPssMb)}`,
  `  growth ≤ 20 %: ${verdict(rss.ratio !== null && rss.ratio <= 1.2)}`,
  '',
  `database: ${(bytesBefore / 1048576).toFixed(1)} MB after import → ${(bytesAfter / 1048576).toFixed(1)} MB after the campaign = ${growthPerPageKb.toFixed(0)} KB per audited page (target < 200 KB): ${verdict(growthPerPageKb < 200)}`,
  `  compressed snapshots: ${(gzBytes / 1024 / Math.max(1, audited.length)).toFixed(0)} KB per page; largest tables: ${tables
    .slice(0, 5)
    .map((t) => `${t.name} ${t.mb.toFixed(1)} MB`)
    .join(', ')}`,
  '',
  `extrapolation to the DINUM list (${DINUM_SITES} sites, ${pagesPerSiteMean.toFixed(2)} pages per site as here):`,
  `  this machine (${cores} cores, concurrency ${concurrency}): ${hoursHere.toFixed(0)} h (${(hoursHere / 24).toFixed(1)} days)`,
  `  16 cores, CPU-bound at ${cpuPerPage.toFixed(2)} CPU-s/page: ${rate16.toFixed(0)} pages/min, ${hours16.toFixed(0)} h — an upper bound on speed: real sites add network waits, which more concurrency hides`,
].join('\n');
process.stdout.write(`${text}\n`);
if (flags.out) {
  const thin = (run) => ({ ...run.measure, series: run.series.filter((_, i) => i % 10 === 0) });
  writeFileSync(
    flags.out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        sites: nSites,
        pagesPerSite,
        concurrency,
        campaign: { ...thin(campaign), pages: audited.length, errors, pagesPerMin: campaignRate },
        plain: { ...thin(plain), pages: plainOk, pagesPerMin: plainRate },
        memory: { rss, pss },
        database: {
          bytesBefore,
          bytesAfter,
          growthPerPageKb,
          snapshotGzKbPerPage: gzBytes / 1024 / audited.length,
          tables,
        },
        extrapolation: { sites: DINUM_SITES, hoursHere, rate16, hours16 },
      },
      null,
      1,
    )}\n`,
  );
  log(`results written to ${flags.out}`);
}
await server.stop();
if (!flags['keep-data']) rmSync(workDir, { recursive: true, force: true });
else log(`data kept in ${workDir}`);
