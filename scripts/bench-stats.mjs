#!/usr/bin/env node
// Statistics benchmark: a synthetic PGlite database of N sites (default 35,742, the DINUM list) × C campaigns
// (default 12), built with multi-row INSERT … SELECT generate_series, then `vigie stats` for the last campaign
// timed as a whole command (process start, PGlite open, query, output) and in process (the statistics alone,
// every grouping, paired with the previous campaign). Target: under 2 s for one campaign.
//
//   node scripts/bench-stats.mjs [--sites 35742] [--campaigns 12] [--runs 3] [--keep DIR] [--reuse DIR] [--out FILE]
//
// --keep DIR builds the database there and keeps it; --reuse DIR measures a database built so, without building.
// Times are wall-clock and CPU (the process's: PGlite runs in it), as the machine may be shared.
//
// Needs dist/ (npm run build). Exits 0 once it has measured: a missed target is reported, not failed.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo } from './lib/machine.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[bench-stats] ${message}\n`);
const TARGET_MS = 2000;

const { values: flags } = parseArgs({
  options: {
    sites: { type: 'string', default: '35742' },
    campaigns: { type: 'string', default: '12' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'string' },
    reuse: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (flags.help) {
  process.stdout.write(
    'node scripts/bench-stats.mjs [--sites 35742] [--campaigns 12] [--runs 3] [--keep DIR]\n',
  );
  process.exit(0);
}
const sites = Number(flags.sites);
const campaigns = Number(flags.campaigns);
const runs = Number(flags.runs);

const { openDatabase } = await import(join(repoRoot, 'dist/store/db.js'));
const { campaignStatistics } = await import(join(repoRoot, 'dist/stats/rows.js'));
const { RGAA_412_CRITERIA, RGAA_412_TESTS } = await import(join(repoRoot, 'dist/core/rgaa-412.js'));

// 32 RGAA result patterns, picked per site and campaign: a few criteria and tests fail often, most rarely.
function pattern(length, seed) {
  let out = '';
  for (let i = 0; i < length; i++) {
    const x = Math.sin(seed * 97 + i * 13) * 10_000;
    const r = x - Math.floor(x);
    out += r < 0.25 + 0.5 / (1 + i / 5) ? (r < 0.12 ? 'N' : 'C') : r < 0.9 ? 'A' : 'T';
  }
  return out;
}
const literal = (list) => `array[${list.map((item) => `'${item}'`).join(',')}]`;
const criteriaPatterns = literal(Array.from({ length: 32 }, (_, s) => pattern(RGAA_412_CRITERIA.length, s)));
const testPatterns = literal(Array.from({ length: 32 }, (_, s) => pattern(RGAA_412_TESTS.length, s)));

const dataDir = resolve(flags.reuse ?? flags.keep ?? mkdtempSync(join(tmpdir(), 'vigie-bench-stats-')));
const handle = await openDatabase({ dataDir, onProgress: log });
const exec = (text) => handle.executeSql(text);
let buildMs = null;
const perCampaignMs = [];
if (!flags.reuse) await build();

async function build() {
  log(`building ${sites} sites × ${campaigns} campaigns in ${dataDir}`);
  const buildStart = performance.now();

  // Kinds in roughly the DINUM proportions; 101 départements over 18 régions; commune populations spread over
  // the five bands.
  await exec(`insert into organisations (org_key, name, kind, insee_code, departement, region, population)
    select 'bench:' || i, 'Organisme ' || i,
      case when i % 100 < 62 then 'commune' when i % 100 < 70 then 'epci' when i % 100 < 71 then 'departement'
        when i % 100 < 72 then 'region' when i % 100 < 76 then 'prefecture' when i % 100 < 80 then 'etat'
        when i % 100 < 84 then 'hopital' when i % 100 < 86 then 'universite'
        when i % 100 < 92 then 'etablissement-scolaire' when i % 100 < 96 then 'collectivite' else 'autre' end,
      lpad((i % 95 + 1)::text, 5, '0'), lpad((i % 95 + 1)::text, 2, '0'), (11 + i % 18)::text,
      (array[120, 800, 4000, 20000, 90000])[1 + (i * 7) % 5] + i % 97
    from generate_series(1, ${sites}) i`);
  await exec(`insert into sites (normalized_url, url, domain, kind, organisation_id)
    select 'site' || o.id || '.example.fr', 'https://site' || o.id || '.example.fr/', 'site' || o.id || '.example.fr',
      o.kind, o.id from organisations o`);
  log(`registry built in ${Math.round(performance.now() - buildStart)} ms`);

  for (let c = 1; c <= campaigns; c++) {
    const start = performance.now();
    const { rows } = await handle.executeSql(
      `insert into campaigns (name, status, vigie_version, axe_version, rgaa_version, config_hash, started_at)
       values ('Campagne ${c}', 'done', 'bench', 'bench', '4.1.2', 'bench', '2025-01-01'::timestamptz + interval '${c} month')
       returning id`,
    );
    const id = rows[0].id;
    // 4 % of the sites fail (home page unreachable); a site's grade drifts a little from one campaign to the next.
    await exec(`insert into campaign_sites (campaign_id, site_id, position, url, host, state)
      select ${id}, s.id, s.id, s.url, s.domain, case when (s.id * 31 + ${c} * 7) % 25 = 0 then 'failed' else 'done' end
      from sites s`);
    await exec(`insert into site_summaries (campaign_id, site_id, page_count, error_page_count, scores, grades, errors, rgaa, legal)
      select ${id}, cs.site_id, 5, 0,
        case when cs.state = 'failed' then '{}'::jsonb else jsonb_build_object(
          'rgaaRate', round((30 + v.r * 60)::numeric, 1), 'rawMark', round((40 + v.r * 60)::numeric, 1),
          'failedElements', floor(v.r2 * 80), 'sampleTransferBytesMedian', floor(300000 + v.r2 * 3000000),
          'sampleRequestsMedian', floor(20 + v.r * 100), 'sampleEcoindexMedian', round((20 + v.r2 * 70)::numeric, 1),
          'sampleCo2GramsMedian', round((0.2 + v.r * 2)::numeric, 3)) end,
        case when cs.state = 'failed' then '{}'::jsonb else jsonb_build_object(
          'rawMark', (array['A','B','C','D','E','F'])[1 + floor(v.r * 6)::int],
          'sampleEcoindex', (array['A','B','C','D','E','F','G'])[1 + floor(v.r2 * 7)::int]) end,
        case when cs.state = 'failed' then '{"DNS": 1}'::jsonb else '{}'::jsonb end,
        case when cs.state = 'failed' then null else jsonb_build_object('version', '4.1.2',
          'criteria', (${criteriaPatterns})[1 + (cs.site_id + ${c}) % 32],
          'tests', (${testPatterns})[1 + (cs.site_id * 3 + ${c}) % 32]) end,
        case when cs.state = 'failed' then null else jsonb_build_object(
          'mention', jsonb_build_object('level', (array['totalement','partiellement','non','absente','absente'])[1 + (cs.site_id + ${c}) % 5]),
          'statement', jsonb_build_object('url', case when v.r < 0.4 then null else 'https://x/acc' end,
            'stale', v.r2 < 0.3, 'unreadable', case when v.r2 > 0.95 then 'pdf' end),
          'plans', jsonb_build_object('schema', jsonb_build_object('valid', v.r > 0.7), 'action', null),
          'contradictions', case when v.r2 < 0.1 then '[{"kind":"x"}]'::jsonb else '[]'::jsonb end) end
      from campaign_sites cs
      cross join lateral (select ((cs.site_id * 7919 + ${c} * 104729) % 1000) / 1000.0 as r,
                                 ((cs.site_id * 6007 + ${c} * 7) % 997) / 997.0 as r2) v
      where cs.campaign_id = ${id}`);
    perCampaignMs.push(Math.round(performance.now() - start));
    log(`campaign ${c}/${campaigns}: ${perCampaignMs.at(-1)} ms`);
  }
  await exec('analyze');
  buildMs = Math.round(performance.now() - buildStart);
  log(`database built in ${(buildMs / 1000).toFixed(1)} s`);
}

const last = (await handle.executeSql('select max(id) as id from campaigns')).rows[0].id;
const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
};
async function measure(dimensions, fresh) {
  const out = { wallMs: [], cpuMs: [], rows: 0 };
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await campaignStatistics(handle, last, dimensions, { fresh });
    out.wallMs.push(Math.round(performance.now() - start));
    out.cpuMs.push(cpuMs(cpu));
    out.rows = result.statistics.length;
  }
  return out;
}
// Computing: `vigie stats` (text) the whole campaign only; CSV, JSON and the export every grouping. Computing
// every grouping also stores them, as the end of a campaign does; then a read of the stored statistics.
const inProcess = {
  ensemble: await measure(['ensemble'], true),
  all: await measure(undefined, true),
  stored: await measure(['ensemble'], false),
};
log(
  `statistics in process, whole campaign: wall ${inProcess.ensemble.wallMs.join(', ')} ms, CPU ${inProcess.ensemble.cpuMs.join(', ')} ms`,
);
log(
  `statistics in process, every grouping (${inProcess.all.rows} rows): wall ${inProcess.all.wallMs.join(', ')} ms, CPU ${inProcess.all.cpuMs.join(', ')} ms`,
);
log(`stored statistics read in process, whole campaign: wall ${inProcess.stored.wallMs.join(', ')} ms`);
await handle.close();

// The commands read the statistics stored above (a campaign stores them when it ends).
const commandMs = [];
const commandCsvMs = [];
function timeCommand(args, list) {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [join(repoRoot, 'bin/vigie.js'), 'stats', '--data-dir', dataDir, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  );
  list.push(Math.round(performance.now() - start));
  if (child.status !== 0) log(`vigie stats exited with ${child.status}: ${child.stderr}`);
}
for (let run = 0; run < runs; run++) {
  timeCommand([], commandMs);
  timeCommand(['--format', 'csv'], commandCsvMs);
}
const openStart = performance.now();
spawnSync(process.execPath, [join(repoRoot, 'bin/vigie.js'), 'db', 'migrate', '--data-dir', dataDir]);
const openOnlyMs = Math.round(performance.now() - openStart);
log(
  `vigie stats (whole command): ${commandMs.join(', ')} ms; --format csv: ${commandCsvMs.join(', ')} ms; ` +
    `vigie db migrate (open only): ${openOnlyMs} ms`,
);

const best = (list) => Math.min(...list);
const result = {
  date: new Date().toISOString(),
  machine: machineInfo(),
  sites,
  campaigns,
  buildMs,
  perCampaignMs,
  loadAverage: loadavg(),
  inProcess,
  commandMs,
  commandCsvMs,
  openOnlyMs,
  target: {
    ms: TARGET_MS,
    commandMet: best(commandMs) < TARGET_MS,
    inProcessMet: best(inProcess.ensemble.wallMs) < TARGET_MS,
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (flags.out) writeFileSync(flags.out, `${JSON.stringify(result, null, 2)}\n`);
if (!flags.keep && !flags.reuse) rmSync(dataDir, { recursive: true, force: true });
