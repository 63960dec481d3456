// The campaign bookkeeping and its job queue, without a browser: enqueueing (idempotent, a new job only for
// a site whose job ended without a result), exactly-once site results, host leases, dead workers, and
// scheduled campaigns. On PGlite, and on PostgreSQL when DATABASE_URL is set.

import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCron } from '../../../src/cli/commands/schedule.js';
import { campaignQueue, startBoss } from '../../../src/jobs/boss.js';
import {
  completeIfFinished,
  enqueueMissingJobs,
  liveJobCount,
  siteJobId,
  startCampaign,
} from '../../../src/jobs/campaign.js';
import {
  listSchedules,
  registerSchedule,
  removeSchedule,
  runScheduledCampaign,
  scheduleKey,
} from '../../../src/jobs/schedule.js';
import {
  campaignCounts,
  claimSite,
  listCampaignSites,
  spreadByHost,
} from '../../../src/store/campaign-sites.repository.js';
import { type SiteResult, storeSiteResult } from '../../../src/store/site-results.repository.js';
import {
  heartbeat,
  leaseHolder,
  orphanedSites,
  registerWorker,
  releaseHost,
  tryLeaseHost,
} from '../../../src/store/workers.repository.js';
import { type TestDatabase, testEngines } from './engines.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

describe('pure helpers', () => {
  it('spreads the sites of one host apart, keeping input order within a host', () => {
    const sites = ['http://a.fr/x', 'http://a.fr/y', 'http://a.fr/z', 'http://b.fr/', 'http://c.fr/'].map(
      (url) => ({ url }),
    );
    expect(spreadByHost(sites).map((site) => site.url)).toEqual([
      'http://a.fr/x',
      'http://b.fr/',
      'http://c.fr/',
      'http://a.fr/y',
      'http://a.fr/z',
    ]);
  });

  it('derives one stable UUID per campaign, site and generation', () => {
    const id = siteJobId(3, 42, 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(siteJobId(3, 42, 0)).toBe(id);
    expect(new Set([id, siteJobId(3, 42, 1), siteJobId(3, 43, 0), siteJobId(4, 42, 0)]).size).toBe(4);
  });

  it('accepts 5-field cron expressions and names the bad ones', () => {
    expect(checkCron('0 3 1 * *')).toBe('0 3 1 * *');
    expect(checkCron(' */15  8-18 * * 1-5 ')).toBe('*/15 8-18 * * 1-5');
    expect(() => checkCron('0 3 1 *')).toThrow(/« 0 3 1 \* » n'est pas une expression cron/);
    expect(() => checkCron('chaque mois')).toThrow(/--cron/);
    expect(scheduleKey('Campagne mensuelle — Été')).toBe('campagne-mensuelle-ete');
  });
});

describe.each(testEngines())('campaign jobs on $name', (engine) => {
  let test: TestDatabase;
  let boss: PgBoss;
  const siteIds: number[] = [];

  beforeAll(async () => {
    test = await engine.open();
    boss = await startBoss(test.handle, { supervise: false });
    const rows = await test.handle.db
      .insertInto('sites')
      .values(
        ['a', 'b', 'c', 'd'].map((name) => ({
          normalized_url: `${name}.example/`,
          url: `http://${name}.example/`,
          domain: `${name}.example`,
          kind: name === 'd' ? 'epci' : 'commune',
        })),
      )
      .returning('id')
      .execute();
    siteIds.push(...rows.map((row) => row.id));
  }, 180_000);
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true });
    await test?.dispose();
  });

  const start = async (campaignInput: Parameters<typeof startCampaign>[2]) => {
    const started = await startCampaign(test.handle, boss, campaignInput);
    if (!started.campaign) throw new Error('no campaign created');
    return { ...started, campaign: started.campaign };
  };
  const input = (name: string) => ({
    name,
    audit: {},
    allowPrivateNetwork: false,
    filter: { kind: 'commune' },
    limit: null,
  });

  it('creates no campaign when no site matches', async () => {
    expect(await startCampaign(test.handle, boss, { ...input('none'), filter: { kind: 'region' } })).toEqual({
      campaign: null,
      sites: 0,
      jobs: 0,
    });
  });

  it('enqueues one job per selected site, and nothing more when asked again', async () => {
    const { campaign, sites, jobs } = await start(input('enqueue'));
    expect(sites).toBe(3);
    expect(jobs).toBe(3);
    expect(campaign.status).toBe('running');
    expect(await liveJobCount(test.handle, campaign.id)).toBe(3);
    expect(await enqueueMissingJobs(test.handle, boss, campaign.id)).toBe(0);
    const rows = await listCampaignSites(test.handle.db, campaign.id);
    expect(rows.map((row) => row.job_id)).toEqual(rows.map((row) => siteJobId(campaign.id, row.site_id, 0)));

    // A job that ended without a result (cancelled here; a killed process does the same) gets a successor.
    await boss.cancel(campaignQueue(campaign.id), rows[0]!.job_id!);
    expect(await enqueueMissingJobs(test.handle, boss, campaign.id)).toBe(1);
    const again = await listCampaignSites(test.handle.db, campaign.id);
    expect(again[0]!.generation).toBe(1);
    expect(again[0]!.job_id).toBe(siteJobId(campaign.id, again[0]!.site_id, 1));
    expect(await liveJobCount(test.handle, campaign.id)).toBe(3);
  });

  it('stores a site result once, whatever runs it twice', async () => {
    const { campaign } = await start({ ...input('once'), filter: {} });
    const siteId = siteIds[0]!;
    expect(await claimSite(test.handle.db, campaign.id, siteId, 'w1')).not.toBeNull();
    const result: SiteResult = {
      campaignId: campaign.id,
      siteId,
      state: 'done',
      error: null,
      visits: [
        {
          url: 'http://a.example/',
          role: 'home',
          startedAt: new Date(),
          finishedAt: new Date(),
          finalUrl: 'http://a.example/',
          httpStatus: 200,
          error: null,
          snapshot: null,
          snapshotGz: null,
          metrics: { requests: 3 },
          ruleResults: [
            {
              ruleId: 'image-alt',
              ruleVersion: '4.14.1',
              source: 'axe-core',
              family: 'a11y',
              outcome: 'failed',
              impact: 'critical',
              counts: { passed: 0, failed: 2, cantTell: 0 },
              evidence: [],
            },
          ],
        },
      ],
      summary: {
        pageCount: 1,
        errorPageCount: 0,
        scores: { homeFailedRules: 1 },
        grades: {},
        errors: {},
        rgaa: null,
      },
    };
    expect(await storeSiteResult(test.handle.db, result)).toBe(true);
    expect(await storeSiteResult(test.handle.db, result)).toBe(false);
    const visits = await test.handle.db
      .selectFrom('page_visits')
      .select('id')
      .where('campaign_id', '=', campaign.id)
      .execute();
    expect(visits).toHaveLength(1);
    const rules = await test.handle.db
      .selectFrom('rule_results')
      .selectAll()
      .where('page_visit_id', '=', visits[0]!.id)
      .execute();
    expect(rules.map((rule) => [rule.rule_id, rule.outcome, rule.failed_count])).toEqual([
      ['image-alt', 'failed', 2],
    ]);
    // A finished site is not claimed again.
    expect(await claimSite(test.handle.db, campaign.id, siteId, 'w2')).toBeNull();
    const counts = await campaignCounts(test.handle.db, campaign.id);
    expect(counts).toMatchObject({ total: 4, done: 1, pending: 3, pagesAudited: 1 });
    expect(await completeIfFinished(test.handle, campaign.id)).toBe(false);
  });

  it('lends a host to one holder at a time, with a pause after each', async () => {
    const db = test.handle.db;
    const a = leaseHolder('wa', 'job1');
    const b = leaseHolder('wb', 'job2');
    expect(await tryLeaseHost(db, 'x.example', a, 60_000)).toEqual({ acquired: true });
    const denied = await tryLeaseHost(db, 'x.example', b, 60_000);
    expect(denied.acquired).toBe(false);
    await releaseHost(db, 'x.example', a, 400);
    // Free, but the pause since the last page has not passed yet.
    const paused = await tryLeaseHost(db, 'x.example', b, 60_000);
    expect(paused).toMatchObject({ acquired: false });
    expect((paused as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(400);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await tryLeaseHost(db, 'x.example', b, 60_000)).toEqual({ acquired: true });
    // A holder that stops renewing loses the host when its lease lapses.
    expect(await tryLeaseHost(db, 'y.example', a, 100)).toEqual({ acquired: true });
    expect((await tryLeaseHost(db, 'y.example', b, 60_000)).acquired).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await tryLeaseHost(db, 'y.example', b, 60_000)).toEqual({ acquired: true });
  });

  it('finds the sites of dead workers: silent ones on a server, every other one on PGlite', async () => {
    const db = test.handle.db;
    const { campaign } = await start({ ...input('orphans'), filter: {} });
    await registerWorker(db, { id: 'alive', hostname: 'h', pid: 1, concurrency: 1 });
    await registerWorker(db, { id: 'silent', hostname: 'h', pid: 2, concurrency: 1 });
    await db
      .updateTable('workers')
      .set({ heartbeat_at: new Date(Date.now() - 120_000) })
      .where('id', '=', 'silent')
      .execute();
    await heartbeat(db, 'alive', 60_000);
    await claimSite(db, campaign.id, siteIds[0]!, 'alive');
    await claimSite(db, campaign.id, siteIds[1]!, 'silent');
    await claimSite(db, campaign.id, siteIds[2]!, 'never-registered');
    const mine = (rows: { campaign_id: number; site_id: number }[]) =>
      rows
        .filter((row) => row.campaign_id === campaign.id)
        .map((row) => row.site_id)
        .sort((x, y) => x - y);
    expect(mine(await orphanedSites(db, { workerId: 'me', staleMs: 60_000, allOthers: false }))).toEqual(
      [siteIds[1]!, siteIds[2]!].sort((x, y) => x - y),
    );
    expect(mine(await orphanedSites(db, { workerId: 'me', staleMs: 60_000, allOthers: true }))).toEqual(
      [siteIds[0]!, siteIds[1]!, siteIds[2]!].sort((x, y) => x - y),
    );
    expect(mine(await orphanedSites(db, { workerId: 'alive', staleMs: 60_000, allOthers: true }))).toEqual(
      [siteIds[1]!, siteIds[2]!].sort((x, y) => x - y),
    );
  });

  it('registers, lists and removes a recurring campaign, and starts it when its job comes', async () => {
    const data = { name: 'Mensuelle communes', input: { ...input('x'), limit: 2 } };
    const queue = await registerSchedule(boss, {
      name: 'Mensuelle communes',
      cron: '0 3 1 * *',
      timezone: 'Europe/Paris',
      data,
    });
    expect(queue).toBe('vigie-schedule-mensuelle-communes');
    expect(await listSchedules(boss)).toEqual([
      { key: 'mensuelle-communes', cron: '0 3 1 * *', timezone: 'Europe/Paris', data },
    ]);
    const started = await runScheduledCampaign(test.handle, boss, data, new Date('2026-12-01T02:00:00Z'));
    expect(started.campaign?.name).toBe('Mensuelle communes 2026-12-01');
    expect(started.sites).toBe(2);
    expect(await removeSchedule(boss, 'Mensuelle communes')).toBe(true);
    expect(await listSchedules(boss)).toEqual([]);
    expect(await removeSchedule(boss, 'Mensuelle communes')).toBe(false);
  });
});
