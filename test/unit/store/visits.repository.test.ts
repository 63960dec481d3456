// Campaigns, page visits with their compressed snapshot, rule results and site summaries: what a later
// `vigie rejudge` reads back. On PGlite, and on PostgreSQL when DATABASE_URL is set.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { visitError } from '../../../src/core/errors.js';
import type { PageSnapshot } from '../../../src/core/snapshot.js';
import { createCampaign, getCampaign, setCampaignStatus } from '../../../src/store/campaigns.repository.js';
import { importSites } from '../../../src/store/sites.repository.js';
import {
  listRuleResults,
  listVisits,
  loadSnapshot,
  type RuleResultInput,
  recordVisit,
  replaceRuleResults,
  upsertSiteSummary,
} from '../../../src/store/visits.repository.js';
import { type TestDatabase, testEngines } from './engines.js';

// Databases and the COG are slow to load on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const snapshot = {
  schemaVersion: 1,
  requestedUrl: 'https://mairie.fr/',
  finalUrl: 'https://www.mairie.fr/',
  status: 200,
  title: 'Mairie — accueil « test »',
  timings: { navigationMs: 1200, settleMs: 300, scrollMs: 0, collectMs: 50, axeMs: 800, totalMs: 2400 },
  html: { content: `<html lang="fr">${'<p>é</p>'.repeat(5_000)}</html>`, truncated: false, length: 45_000 },
} as unknown as PageSnapshot;

const result = (ruleId: string, outcome: RuleResultInput['outcome']): RuleResultInput => ({
  ruleId,
  ruleVersion: '4.14.1',
  source: 'axe-core',
  family: 'a11y',
  outcome,
  impact: outcome === 'failed' ? 'serious' : null,
  counts: { passed: 1, failed: outcome === 'failed' ? 2 : 0, cantTell: 0 },
  evidence:
    outcome === 'failed'
      ? [
          {
            selector: 'img',
            snippet: '<img src="a.png">',
            message: 'Image sans alternative',
            outcome: 'failed',
          },
        ]
      : [],
});

describe.each(testEngines())('campaigns and visits on $name', (engine) => {
  let test: TestDatabase;
  let siteId: number;
  let campaignId: number;
  beforeAll(async () => {
    test = await engine.open();
    const { db } = test.handle;
    await importSites(
      db,
      [
        {
          normalizedUrl: 'mairie.fr',
          url: 'https://mairie.fr/',
          domain: 'mairie.fr',
          kind: 'commune',
          sourceCategory: null,
          organisation: null,
          line: 1,
        },
      ],
      'test',
    );
    siteId = (await db.selectFrom('sites').select('id').executeTakeFirstOrThrow()).id;
    const campaign = await createCampaign(db, {
      name: 'Campagne de test',
      vigieVersion: '0.1.0',
      axeVersion: '4.14.1',
      rgaaVersion: '4.1.2',
      configHash: 'sha256:abc',
      config: { concurrency: 2 },
    });
    campaignId = campaign.id;
  }, 180_000);
  afterAll(async () => {
    await test?.dispose();
  });

  it('stores a campaign with its versions and moves it through its statuses', async () => {
    const { db } = test.handle;
    await setCampaignStatus(db, campaignId, 'running');
    const running = await getCampaign(db, campaignId);
    expect(running).toMatchObject({ status: 'running', rgaa_version: '4.1.2', config: { concurrency: 2 } });
    expect(running?.started_at).toBeInstanceOf(Date);
    await setCampaignStatus(db, campaignId, 'done');
    expect((await getCampaign(db, campaignId))?.finished_at).toBeInstanceOf(Date);
  });

  it('keeps the snapshot compressed and gives it back identical', async () => {
    const { db } = test.handle;
    const startedAt = new Date('2025-03-01T10:00:00Z');
    const id = await recordVisit(db, {
      campaignId,
      siteId,
      url: 'https://mairie.fr/',
      role: 'home',
      startedAt,
      finishedAt: new Date(startedAt.getTime() + 2500),
      attempts: 1,
      snapshot,
      error: null,
    });
    expect(await loadSnapshot(db, id)).toEqual(snapshot);
    const row = await db
      .selectFrom('page_visits')
      .select(['snapshot_gz'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.snapshot_gz!.byteLength).toBeLessThan(JSON.stringify(snapshot).length / 10);
  });

  it('stores a page once per campaign: a new attempt replaces the previous one', async () => {
    const { db } = test.handle;
    const at = new Date();
    const record = {
      campaignId,
      siteId,
      url: 'https://mairie.fr/contact',
      role: 'contact',
      startedAt: at,
      finishedAt: at,
      snapshot: null,
    };
    const first = await recordVisit(db, { ...record, attempts: 1, error: visitError('TIMEOUT', '30 s') });
    const second = await recordVisit(db, {
      ...record,
      attempts: 2,
      error: visitError('HTTP_STATUS', '404', 404),
    });
    expect(second).toBe(first);
    const visits = await listVisits(db, campaignId);
    expect(visits).toHaveLength(2);
    expect(visits.find((visit) => visit.id === first)).toMatchObject({
      status: 'error',
      error_code: 'HTTP_STATUS',
      http_status: 404,
      retryable: false,
      attempts: 2,
    });
    expect(await loadSnapshot(db, first)).toBeNull();
  });

  it('replaces the rule results of a page on re-judgement', async () => {
    const { db } = test.handle;
    const [visit] = await listVisits(db, campaignId);
    await replaceRuleResults(db, visit!.id, [
      result('image-alt', 'failed'),
      result('html-has-lang', 'passed'),
    ]);
    await replaceRuleResults(db, visit!.id, [
      result('image-alt', 'passed'),
      result('region', 'inapplicable'),
    ]);
    const rows = await listRuleResults(db, visit!.id);
    expect(rows.map((row) => [row.rule_id, row.outcome])).toEqual([
      ['image-alt', 'passed'],
      ['region', 'inapplicable'],
    ]);
    await replaceRuleResults(db, visit!.id, [result('image-alt', 'failed')]);
    expect((await listRuleResults(db, visit!.id))[0]).toMatchObject({
      failed_count: 2,
      evidence: [{ selector: 'img', message: 'Image sans alternative' }],
    });
  });

  it('keeps one summary per site and campaign', async () => {
    const { db } = test.handle;
    const summary = {
      campaignId,
      siteId,
      pageCount: 2,
      errorPageCount: 1,
      grades: { ecoindex: 'C' },
      errors: {},
      rgaa: null,
    };
    const rgaa = { version: '4.1.2', tests: 'CNAT', criteria: 'NT' };
    await upsertSiteSummary(db, { ...summary, scores: { ecoindex: 55.5 } });
    await upsertSiteSummary(db, { ...summary, scores: { ecoindex: 60 }, errors: { HTTP_STATUS: 1 }, rgaa });
    const rows = await db.selectFrom('site_summaries').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      scores: { ecoindex: 60 },
      grades: { ecoindex: 'C' },
      errors: { HTTP_STATUS: 1 },
      rgaa,
    });
  });
});
