// Campaigns end to end through the `vigie` command, on corpus sites served each on its own origin: a campaign
// on PGlite with an unreachable site retried then recorded; rejudge; a campaign killed with SIGKILL mid-run
// and resumed (every site ends with exactly one summary, no page stored twice); and, on PostgreSQL, two
// `vigie worker` processes sharing one campaign.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { BIN, runCli } from '../helpers/cli.js';
import { type CorpusSite, hasCorpus, makeCorpus, type ServedCorpus, serveCorpus } from '../helpers/corpus.js';

const DATABASE_URL = process.env.DATABASE_URL || undefined;

/** Direct children of a process, from /proc. */
function childPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}
const KINDS: Record<string, string> = { etablissement: 'autre', syndicat: 'collectivite' };

function writeSiteList(served: ServedCorpus, sites: CorpusSite[], extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-sites-'));
  const file = join(dir, 'sites.csv');
  const lines = sites.map(
    (site) =>
      `"${site.name.replace(/"/g, '""')}",${KINDS[site.kind] ?? site.kind},${served.siteOrigin(site)}/`,
  );
  writeFileSync(file, ['name,kind,url', ...lines, ...extra].join('\n'));
  return file;
}

interface StatusJson {
  campaign: { id: number; status: string };
  counts: {
    total: number;
    done: number;
    failed: number;
    pending: number;
    running: number;
    pagesAudited: number;
  };
  sites: {
    siteId: number;
    url: string;
    state: string;
    attempts: number;
    errorCode: string | null;
    summary: { pageCount: number; errorPageCount: number; scores: Record<string, number | null> } | null;
  }[];
}

async function status(args: string[], env: NodeJS.ProcessEnv = {}): Promise<StatusJson> {
  const result = await runCli(['campaign', 'status', '--format', 'json', ...args], { env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as StatusJson;
}

/** Page visits per site, and any URL stored twice for a site. */
async function storedVisits(
  options: { dataDir?: string; databaseUrl?: string; schema?: string },
  campaignId: number,
) {
  const handle = await openDatabase(options);
  try {
    const rows = await handle.db
      .selectFrom('page_visits')
      .select(['site_id', 'url', 'status'])
      .where('campaign_id', '=', campaignId)
      .execute();
    const perSite = new Map<number, number>();
    const seen = new Set<string>();
    let duplicates = 0;
    for (const row of rows) {
      perSite.set(row.site_id, (perSite.get(row.site_id) ?? 0) + 1);
      const key = `${row.site_id} ${row.url}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
    }
    const summaries = await handle.db
      .selectFrom('site_summaries')
      .select(['site_id', 'scores', 'grades', 'rgaa'])
      .where('campaign_id', '=', campaignId)
      .orderBy('site_id')
      .execute();
    const ruleRows = await handle.db
      .selectFrom('rule_results')
      .innerJoin('page_visits', 'page_visits.id', 'rule_results.page_visit_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('page_visits.campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    const workers = await handle.db
      .selectFrom('campaign_sites')
      .select('worker_id')
      .distinct()
      .where('campaign_id', '=', campaignId)
      .execute();
    return {
      perSite,
      duplicates,
      total: rows.length,
      summaries,
      ruleResults: Number(ruleRows.n),
      workers: workers.map((row) => row.worker_id),
    };
  } finally {
    await handle.close();
  }
}

describe.skipIf(!hasCorpus)('vigie campaign on corpus sites', () => {
  let served: ServedCorpus;
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-campaign-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    served = await serveCorpus(makeCorpus(10, 11), ['--hostile']);
  }, 120_000);
  afterAll(async () => {
    await served?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('audits every site once, retries an unreachable site and one that hangs the browser, rejudges the same', async () => {
    const dataDir = tempDir();
    const list = writeSiteList(served, served.sites.slice(0, 4), [
      'Commune fermée,commune,http://127.0.0.1:9/',
      // A script loop while parsing: the page never loads; its visit is killed at the navigation budget.
      `Commune bloquée,commune,${served.mainOrigin}/hostile/js-loop`,
    ]);
    const imported = await runCli(['sites', 'import', list, '--format', 'csv', '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    const run = await runCli(
      [
        'campaign',
        'run',
        '--name',
        'Essai',
        '--data-dir',
        dataDir,
        '--allow-private-network',
        '--pages-per-site',
        '3',
        '--retries',
        '1',
        '--retry-delay',
        '1',
        '--navigation-timeout-ms',
        '5000',
      ],
      { timeoutMs: 600_000 },
    );
    // 3: the campaign is complete, with sites in error.
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/Campagne 1 terminée/);
    const report = await status(['1', '--data-dir', dataDir]);
    expect(report.campaign.status).toBe('done');
    expect(report.counts).toMatchObject({ total: 6, done: 4, failed: 2, pending: 0, running: 0 });
    const closed = report.sites.find((site) => site.url.includes(':9/'))!;
    expect(closed).toMatchObject({ state: 'failed', errorCode: 'CONNECTION', attempts: 2 });
    expect(closed.summary).toMatchObject({ pageCount: 1, errorPageCount: 1 });
    const hung = report.sites.find((site) => site.url.includes('/hostile/js-loop'))!;
    expect(hung).toMatchObject({ state: 'failed', errorCode: 'TIMEOUT', attempts: 2 });

    const stored = await storedVisits({ dataDir }, 1);
    expect(stored.duplicates).toBe(0);
    for (const site of report.sites) {
      expect(site.summary, site.url).not.toBeNull();
      expect(stored.perSite.get(site.siteId) ?? 0, site.url).toBe(site.summary!.pageCount);
      // Three pages, or more when the RGAA sample's required pages (contact, legal notice…) exceed it.
      if (site.state === 'done') expect(site.summary!.pageCount).toBeGreaterThanOrEqual(3);
    }
    const audited = report.counts.pagesAudited;
    expect(audited).toBe(stored.total - 2);
    expect(stored.ruleResults).toBeGreaterThan(audited * 50);
    // Every audited site has its RGAA results stored, one character per test and criterion.
    const withRgaa = stored.summaries.filter((summary) => summary.rgaa !== null);
    expect(withRgaa).toHaveLength(4);
    for (const summary of withRgaa) {
      expect(summary.rgaa).toMatchObject({ version: '4.1.2' });
      expect(summary.rgaa!.tests).toMatch(/^[CNAT]{258}$/);
      expect(summary.rgaa!.criteria).toMatch(/^[CNAT]{106}$/);
      expect(summary.scores.rawMark).not.toBeNull();
      // The eco-design rules rate, beside the EcoIndex (docs/methodology.md).
      expect(summary.scores.ecoRulesRate).toEqual(expect.any(Number));
      expect(summary.scores.homeEcoRulesRate).toEqual(expect.any(Number));
      // The frugality aggregates, in the same jsonb (docs/output.md).
      expect(summary.scores.sampleCo2GramsMean).toBeGreaterThan(0);
      expect(summary.scores.sampleRequestsMedian).toBeGreaterThan(0);
      expect(summary.scores.thirdPartyDomains).toBe(0);
      expect(summary.scores.truncatedPages).toBe(0);
      expect(summary.scores.byteShareImage).toBeGreaterThan(0);
      expect(summary.grades.sampleEcoindex).toMatch(/^[A-G]$/);
      expect(summary.grades.co2Model).toBe('Sustainable Web Design v4 (@tgwf/co2 0.19.0)');
    }

    const rejudged = await runCli(['rejudge', '--campaign', '1', '--data-dir', dataDir]);
    expect(rejudged.code, rejudged.stderr).toBe(0);
    expect(rejudged.stderr).toContain(`6 sites, ${audited} pages depuis leur instantané, 2 pages en erreur`);
    const after = await storedVisits({ dataDir }, 1);
    expect(after.summaries).toEqual(stored.summaries);
    expect(after.ruleResults).toBe(stored.ruleResults);
    const text = await runCli(['campaign', 'status', '--data-dir', dataDir]);
    expect(text.stdout).toMatch(/Campagne 1 « Essai » — terminée/);
    expect(text.stdout).toMatch(/Erreurs par code : (CONNECTION 1, TIMEOUT 1|TIMEOUT 1, CONNECTION 1)/);
  }, 600_000);

  it('resumes a campaign killed with SIGKILL: one summary per site, no page stored twice', async () => {
    const dataDir = tempDir();
    const sites = served.sites.slice(0, 8);
    const list = writeSiteList(served, sites);
    expect((await runCli(['sites', 'import', list, '--format', 'csv', '--data-dir', dataDir])).code).toBe(0);
    const child: ChildProcess = spawn(
      process.execPath,
      [BIN, 'campaign', 'run', '--data-dir', dataDir, '--allow-private-network', '--pages-per-site', '3'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no progress in time:\n${log}`)), 300_000);
      child.stderr!.on('data', (chunk) => {
        log += chunk;
        // Kill once two sites are stored, while others are in progress.
        if ((log.match(/ sites · /g) ?? []).length >= 2) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    await exited;
    const before = await status(['1', '--data-dir', dataDir]);
    expect(before.counts.done).toBeGreaterThanOrEqual(2);
    expect(before.counts.done).toBeLessThan(8);

    const resumed = await runCli(
      ['campaign', 'resume', '1', '--data-dir', dataDir, '--allow-private-network'],
      {
        timeoutMs: 600_000,
      },
    );
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = await status(['1', '--data-dir', dataDir]);
    expect(after.counts).toMatchObject({ total: 8, done: 8, failed: 0, pending: 0, running: 0 });
    const stored = await storedVisits({ dataDir }, 1);
    expect(stored.summaries).toHaveLength(8);
    expect(stored.duplicates).toBe(0);
    for (const site of after.sites)
      expect(stored.perSite.get(site.siteId), site.url).toBe(site.summary!.pageCount);
    // Sites stored before the kill kept their first result.
    for (const site of before.sites.filter((s) => s.state === 'done'))
      expect(after.sites.find((s) => s.siteId === site.siteId)!.summary).toEqual(site.summary);
  }, 900_000);

  it('goes on when the browser is killed mid-campaign: the sites it had in progress are audited again', async () => {
    const dataDir = tempDir();
    const list = writeSiteList(served, served.sites.slice(0, 6));
    expect((await runCli(['sites', 'import', list, '--format', 'csv', '--data-dir', dataDir])).code).toBe(0);
    const child: ChildProcess = spawn(
      process.execPath,
      [
        BIN,
        'campaign',
        'run',
        '--data-dir',
        dataDir,
        '--allow-private-network',
        '--pages-per-site',
        '3',
        '--retry-delay',
        '1',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let log = '';
    let killed: number[] = [];
    child.stderr!.on('data', (chunk) => {
      log += chunk;
      if (killed.length === 0 && / sites · /.test(log)) {
        // The browser's main process: the child of the vigie process whose command line names Chromium.
        killed = childPids(child.pid!).filter((pid) => /chrom/i.test(commandLine(pid)));
        for (const pid of killed) process.kill(pid, 'SIGKILL');
      }
    });
    const code = await exited;
    expect(killed.length, log).toBeGreaterThan(0);
    expect(code, log).toBe(0);
    const report = await status(['1', '--data-dir', dataDir]);
    expect(report.counts).toMatchObject({ total: 6, done: 6, failed: 0, pending: 0, running: 0 });
    const stored = await storedVisits({ dataDir }, 1);
    expect(stored.duplicates).toBe(0);
    for (const site of report.sites)
      expect(stored.perSite.get(site.siteId), site.url).toBe(site.summary!.pageCount);
    // The sites the dead browser was working on were audited again.
    expect(
      report.sites.some((site) => site.attempts > 1),
      log,
    ).toBe(true);
  }, 600_000);

  it.skipIf(!DATABASE_URL)(
    'shares a campaign between two vigie worker processes on PostgreSQL',
    async () => {
      const schema = `vigie_test_${randomBytes(5).toString('hex')}`;
      const env = { DATABASE_URL, VIGIE_DB_SCHEMA: schema, VIGIE_DATA_DIR: '' };
      try {
        const list = writeSiteList(served, served.sites.slice(0, 10));
        const imported = await runCli(['sites', 'import', list, '--format', 'csv'], { env });
        expect(imported.code, imported.stderr).toBe(0);
        const start = await runCli(
          ['campaign', 'start', '--allow-private-network', '--pages-per-site', '3', '--name', 'Partagée'],
          { env },
        );
        expect(start.code, start.stderr).toBe(0);
        const id = Number(start.stdout.trim());
        const started = performance.now();
        const [a, b] = await Promise.all([
          runCli(['worker', '--once', '--concurrency', '1'], { env, timeoutMs: 600_000 }),
          runCli(['worker', '--once', '--concurrency', '1'], { env, timeoutMs: 600_000 }),
        ]);
        const minutes = (performance.now() - started) / 60_000;
        expect(a.code, a.stderr).toBe(0);
        expect(b.code, b.stderr).toBe(0);
        const report = await status([String(id)], env);
        expect(report.campaign.status).toBe('done');
        expect(report.counts).toMatchObject({ total: 10, done: 10, pending: 0, running: 0 });
        const stored = await storedVisits({ databaseUrl: DATABASE_URL, schema }, id);
        expect(stored.summaries).toHaveLength(10);
        expect(stored.duplicates).toBe(0);
        for (const site of report.sites)
          expect(stored.perSite.get(site.siteId)).toBe(site.summary!.pageCount);
        // Both workers took sites.
        expect(new Set(stored.workers).size).toBe(2);
        const audited =
          (a.stderr.match(/: audité/g) ?? []).length + (b.stderr.match(/: audité/g) ?? []).length;
        expect(audited).toBe(10);
        console.log(
          `two workers (concurrency 1 each): ${report.counts.pagesAudited} pages in ${(minutes * 60).toFixed(0)} s = ` +
            `${(report.counts.pagesAudited / minutes).toFixed(1)} pages/min`,
        );
      } finally {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.query(`drop schema if exists "${schema}_jobs" cascade`);
        await client.end();
      }
    },
    900_000,
  );
});
