#!/usr/bin/env node
// Export benchmark: builds a synthetic PGlite database (N sites × C campaigns, with organisations, campaign
// sites and site summaries holding RGAA, legal and frugality results like a real campaign's), then times
// `vigie export` of the latest campaign in a child process with the peak RSS of its process tree, and checks
// the files (row counts; sites.csv validated against its schema).
//
//   node scripts/bench-export.mjs [--sites 35742] [--campaigns 12] [--data-dir DIR (kept, reused)] [--out FILE]
//   npm run bench -- --export [--export-sites N] [--export-campaigns C]
//
// Needs `npm run build`. Always exits 0 once it has measured: missed targets are reported, not failed.

import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo } from './lib/machine.mjs';
import { runMeasured } from './lib/proc-tree.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[bench-export] ${message}\n`);
const { values: flags } = parseArgs({
  options: {
    sites: { type: 'string', default: '35742' },
    campaigns: { type: 'string', default: '12' },
    'data-dir': { type: 'string' },
    out: { type: 'string' },
  },
});
const sites = Number(flags.sites);
const campaigns = Number(flags.campaigns);
const keep = flags['data-dir'] !== undefined;
const dataDir = resolve(flags['data-dir'] ?? mkdtempSync(join(tmpdir(), 'vigie-bench-export-db-')));
const outDir = mkdtempSync(join(tmpdir(), 'vigie-bench-export-out-'));
const { openDatabase } = await import(join(repoRoot, 'dist/store/db.js'));
const { SITES_SCHEMA } = await import(join(repoRoot, 'dist/export/schema-sites.js'));
const { parseCsv } = await import(join(repoRoot, 'dist/export/csv.js'));
const { validateRows } = await import(join(repoRoot, 'dist/export/table-schema.js'));

const marker = join(dataDir, `synthetic-${sites}x${campaigns}.done`);
let buildS = null;
if (!existsSync(marker)) {
  log(`building ${sites} sites × ${campaigns} campaigns in ${dataDir}`);
  const t0 = performance.now();
  const handle = await openDatabase({ dataDir, onProgress: log });
  const run = (text) => handle.executeSql(text);
  await run(`
    insert into organisations (org_key, name, kind, insee_code, siren, departement, region, population)
    select 'synthetic:' || g, 'Organisation ' || g || ', « test »',
      (array['commune','epci','departement','region','prefecture','hopital','universite','autre'])[g % 8 + 1],
      case when g % 500 = 0 then '2A' || lpad((g % 1000)::text, 3, '0') else lpad((g % 95000 + 1000)::text, 5, '0') end,
      lpad(g::text, 9, '0'), case when g % 500 = 0 then '2A' else lpad((g % 95 + 1)::text, 2, '0') end,
      lpad((g % 18 + 1)::text, 2, '0'), (g * 37) % 120000
    from generate_series(1, ${sites}) g`);
  await run(`
    insert into sites (normalized_url, url, domain, organisation_id)
    select 'https://site-' || g || '.example.fr/', 'https://www.site-' || g || '.example.fr/',
      'site-' || g || '.example.fr', o.id
    from generate_series(1, ${sites}) g join organisations o on o.org_key = 'synthetic:' || g`);
  await run(`
    insert into campaigns (name, status, vigie_version, axe_version, rgaa_version, config_hash, config,
      rule_versions, started_at)
    select 'Synthétique ' || c, 'done', '0.1.0', '4.14.1', '4.1.2', 'synthetic', '{}', '{}',
      timestamptz '2026-01-05' + (c - 1) * interval '1 month'
    from generate_series(1, ${campaigns}) c`);
  const campaignIds = (await run('select id from campaigns order by id')).rows.map((row) => row.id);
  for (const [index, campaignId] of campaignIds.entries()) {
    const started = performance.now();
    await run(`
      insert into campaign_sites (campaign_id, site_id, position, url, host, state, finished_at, error_code)
      select ${campaignId}, s.id, s.id, s.url, s.domain, case when s.id % 50 = 0 then 'failed' else 'done' end,
        c.started_at + interval '1 day', case when s.id % 50 = 0 then 'DNS' end
      from sites s, campaigns c where c.id = ${campaignId}`);
    await run(`
      insert into site_summaries (campaign_id, site_id, page_count, error_page_count, scores, grades, errors,
        rgaa, legal)
      select ${campaignId}, s.id, 5, s.id % 2,
        jsonb_build_object('pagesAudited', 5 - s.id % 2, 'rgaaRate', (s.id * 7 + ${index}) % 1000 / 10.0,
          'rawMark', (s.id * 13) % 1000 / 10.0, 'failedTests', s.id % 40, 'failedCriteria', s.id % 20,
          'failedElements', s.id % 300, 'homeEcoindex', (s.id * 3) % 1000 / 10.0,
          'sampleTransferBytesMean', 500000 + (s.id * 997) % 3000000, 'sampleRequestsMean', 20 + s.id % 100 + 0.25,
          'sampleCo2GramsMean', ((s.id % 900) + 100) / 1000.0),
        jsonb_build_object('rawMark', (array['A','B','C','D','E','F'])[s.id % 6 + 1],
          'homeEcoindex', (array['A','B','C','D','E','F','G'])[s.id % 7 + 1]),
        '{}',
        jsonb_build_object('version', '4.1.2', 'tests', substr(repeat('CNAT', 70), s.id % 4 + 1, 258),
          'criteria', substr(repeat('CNAT', 30), s.id % 4 + 1, 106)),
        jsonb_build_object('campaignDate', to_char(c.started_at, 'YYYY-MM-DD'),
          'mention', jsonb_build_object('level', (array['totalement','partiellement','non','absente'])[s.id % 4 + 1]),
          'statement', jsonb_build_object('url', 'https://www.site-' || s.id || '.example.fr/accessibilite',
            'declaredStatus', 'partiellement', 'declaredRate', s.id % 100, 'date', '2024-03-12', 'stale', false),
          'plans', jsonb_build_object('schema', jsonb_build_object('valid', s.id % 3 = 0), 'action', null),
          'contradictions', case when s.id % 5 = 0 then '[{"code":"status-vs-rate","message":"…"}]'::jsonb
            else '[]'::jsonb end)
      from sites s, campaigns c where c.id = ${campaignId} and s.id % 50 <> 0`);
    log(`  campaign ${campaignId}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await handle.close();
  buildS = (performance.now() - t0) / 1000;
  writeFileSync(marker, `${buildS}\n`);
  log(`built in ${buildS.toFixed(0)} s`);
} else log(`reusing ${dataDir}`);

const dbBytes = folderBytes(join(dataDir, 'pgdata'));
log('exporting the latest campaign');
const measure = await runMeasured({
  command: process.execPath,
  args: [join(repoRoot, 'bin/vigie.js'), 'export', '--out', outDir, '--data-dir', dataDir],
  stderrFile: join(outDir, '..', `vigie-bench-export-${process.pid}.log`),
});
const stderrLog = join(outDir, '..', `vigie-bench-export-${process.pid}.log`);
if (measure.exitCode !== 0)
  log(`vigie export failed (${measure.exitCode}): ${readFileSync(stderrLog, 'utf8')}`);
rmSync(stderrLog, { force: true });
const files = {};
for (const name of ['sites', 'criteres', 'statistiques']) {
  const path = join(outDir, `${name}.csv`);
  files[name] = { rows: (await countLines(path)) - 1, mb: statSync(path).size / 1048576 };
}
const sitesReport = validateRows(SITES_SCHEMA, parseCsv(readFileSync(join(outDir, 'sites.csv'), 'utf8')));
const result = {
  date: new Date().toISOString(),
  machine: machineInfo(null),
  sites,
  campaigns,
  buildS,
  databaseMb: dbBytes / 1048576,
  export: {
    exitCode: measure.exitCode,
    wallS: measure.wallS,
    cpuS: measure.cpuS,
    peakRssMb: measure.peakRssMb,
    peakPssMb: measure.peakPssMb,
  },
  files,
  sitesValid: sitesReport.valid,
  sitesErrors: sitesReport.errors.slice(0, 5),
  targets: {
    wallUnder120s: measure.wallS < 120,
    rssUnder1GB: measure.peakRssMb < 1024,
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (flags.out) writeFileSync(flags.out, `${JSON.stringify(result, null, 2)}\n`);
rmSync(outDir, { recursive: true, force: true });
if (!keep) rmSync(dataDir, { recursive: true, force: true });

function folderBytes(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of readdirSyncSafe(path)) total += folderBytes(join(path, entry));
  return total;
}
function readdirSyncSafe(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
async function countLines(path) {
  let lines = 0;
  for await (const chunk of createReadStream(path)) for (const byte of chunk) if (byte === 10) lines++;
  return lines;
}
