// `vigie audit --site` end to end on legal fixture sites, with the real visit (axe, facts, legal text): the
// statement found in two clicks (extra pages visited outside the sample), through a meta refresh, and the bad
// inputs as the real visit reports them (PDF served without extension, 11 MB page, robots.txt).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeVersion } from '../../src/audits/a11y/axe-meta.js';
import { formatSiteTable } from '../../src/cli/format/campaign-text.js';
import { formatSiteText } from '../../src/cli/format/site-text.js';
import { loadAxeBundle } from '../../src/crawl/collectors/axe.js';
import type { VisitResult } from '../../src/crawl/visit.js';
import { rejudgeCampaign } from '../../src/jobs/rejudge.js';
import { campaignDateOf, storedVisitsOf, summaryRow } from '../../src/jobs/site-job.js';
import { auditSite, type SiteReport } from '../../src/runner/audit-site.js';
import { campaignSiteStatuses } from '../../src/store/campaign-sites.repository.js';
import { createCampaign } from '../../src/store/campaigns.repository.js';
import { storeSiteResult } from '../../src/store/site-results.repository.js';
import { importSites } from '../../src/store/sites.repository.js';
import { LEGAL_SITES } from '../fixtures/legal/sites.js';
import { startEngine, type TestEngine } from '../helpers/engine.js';
import { type LegalServer, startLegalServer } from '../helpers/legal-server.js';
import { testEngines } from '../unit/store/engines.js';

let engine: TestEngine;
let server: LegalServer;
const reports = new Map<string, SiteReport>();
const visitsOf = new Map<string, Map<string, { result: VisitResult; finishedAt: Date }>>();
const IDS = [
  'deux-clics',
  'redirection-meta',
  'declaration-servie-pdf',
  'declaration-enorme',
  'declaration-robots',
];

describe('audit --site: legal checks with the real visit', () => {
  beforeAll(async () => {
    [engine, server] = await Promise.all([
      startEngine({ concurrency: 3, pagesPerSite: 2, hostDelayMs: 0 }),
      startLegalServer(),
    ]);
    const axe = loadAxeBundle();
    await Promise.all(
      IDS.map(async (id) => {
        const site = LEGAL_SITES.find((s) => s.id === id)!;
        const visits = new Map<string, { result: VisitResult; finishedAt: Date }>();
        visitsOf.set(id, visits);
        const report = await auditSite(server.home(site), {
          pool: engine.pool,
          axe,
          config: engine.config,
          versions: { vigie: 'test', axe: axeVersion() },
          campaignDate: '2025-06-01',
          onVisit: ({ url, result }) => {
            visits.set(url, { result, finishedAt: new Date() });
          },
        });
        reports.set(id, report);
      }),
    );
  }, 85_000);
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });

  it('finds the statement two clicks away, visiting pages outside the sample', () => {
    const report = reports.get('deux-clics')!;
    const path = (url: string | null) => (url ? new URL(url).pathname : null);
    expect(report.legal!.statement).toMatchObject({
      declaredStatus: 'partiellement',
      declaredRate: 64.5,
      date: '2024-11-05',
      stale: false,
      rgaaVersion: '4.1.2',
      articleReference: true,
      missingSections: [],
      contact: true,
      remedies: true,
      unreadable: null,
    });
    expect(path(report.legal!.statement.url)).toBe('/deux-clics/declaration.html');
    // The accessibility page is in the sample (its role); the statement is a legal-only visit.
    expect(report.pages.map((p) => [p.role, path(p.url)])).toContainEqual([
      'accessibility',
      '/deux-clics/accessibilite.html',
    ]);
    expect(report.legalVisits.map((v) => path(v.url))).toEqual(['/deux-clics/declaration.html']);
    expect(report.summary.pagesPlanned).toBe(report.pages.length);
    const text = formatSiteText(report);
    expect(text).toContain('Mention en page d’accueil : absente');
    expect(text).toContain('taux 64,5 %');
  });

  it('reads the mention of a home page reached by a meta refresh', () => {
    const report = reports.get('redirection-meta')!;
    expect(report.legal!.mention.level).toBe('partiellement');
    expect(new URL(report.legal!.mention.href!).pathname).toBe('/redirection-meta/declaration.html');
    expect(report.legal!.statement.declaredRate).toBe(72.5);
  });

  it.each([
    ['declaration-servie-pdf', 'pdf'],
    ['declaration-enorme', 'too-large'],
    ['declaration-robots', 'robots'],
  ])('%s: unreadable (%s), never a guess', (id, reason) => {
    const statement = reports.get(id)!.legal!.statement;
    expect(statement.unreadable).toBe(reason);
    expect(statement.unreadableDetail).toBeTruthy();
    expect(statement.declaredRate).toBeNull();
    expect(statement.declaredStatus).toBeNull();
    expect(formatSiteText(reports.get(id)!)).toContain('Déclaration d’accessibilité : non lue');
  });

  it('stores the legal result per site and campaign; rejudge gives the same from the stored snapshots', async () => {
    const test = await testEngines()[0]!.open();
    try {
      const { db } = test.handle;
      const ids = ['deux-clics', 'declaration-robots'];
      await importSites(
        db,
        ids.map((id, i) => ({
          normalizedUrl: `legal-${id}`,
          url: `https://${id}.example.fr/`,
          domain: `${id}.example.fr`,
          kind: 'commune',
          sourceCategory: null,
          organisation: null,
          line: i + 1,
        })),
        'test',
      );
      const campaign = await createCampaign(db, {
        name: 'Campagne légale',
        vigieVersion: 'test',
        axeVersion: axeVersion(),
        rgaaVersion: '4.1.2',
        configHash: 'sha256:legal',
        config: {},
      });
      // The campaign's own date, not the clock's, is the legal checks' date.
      await db
        .updateTable('campaigns')
        .set({ started_at: new Date('2025-06-01T08:00:00Z') })
        .where('id', '=', campaign.id)
        .execute();
      expect(campaignDateOf({ started_at: new Date('2025-06-01T08:00:00Z'), created_at: new Date() })).toBe(
        '2025-06-01',
      );
      const siteIds = await db.selectFrom('sites').select(['id', 'normalized_url']).orderBy('id').execute();
      for (const [i, id] of ids.entries()) {
        await db
          .insertInto('campaign_sites')
          .values({
            campaign_id: campaign.id,
            site_id: siteIds[i]!.id,
            position: i,
            url: `https://x/${i}`,
            host: `h${i}`,
          })
          .execute();
        const report = reports.get(id)!;
        const saved = await storeSiteResult(db, {
          campaignId: campaign.id,
          siteId: siteIds[i]!.id,
          state: 'done',
          error: null,
          visits: await storedVisitsOf(report, visitsOf.get(id)!),
          summary: { ...summaryRow(report.summary), legal: report.legal },
        });
        expect(saved).toBe(true);
      }
      const stored = async () =>
        (
          await db
            .selectFrom('site_summaries')
            .select(['site_id', 'legal', 'page_count'])
            .where('campaign_id', '=', campaign.id)
            .orderBy('site_id')
            .execute()
        ).map((row) => ({
          ...row,
          legal: typeof row.legal === 'string' ? JSON.parse(row.legal) : row.legal,
        }));
      const before = await stored();
      expect(before.map((row) => row.legal)).toEqual(
        ids.map((id) => JSON.parse(JSON.stringify(reports.get(id)!.legal))),
      );
      const roles = await db
        .selectFrom('page_visits')
        .select('role')
        .where('role', '=', 'statement')
        .execute();
      expect(roles.length).toBeGreaterThan(0);
      // Wipe the legal column, then rejudge: the same result comes back from the stored snapshots alone.
      await db.updateTable('site_summaries').set({ legal: null }).execute();
      await rejudgeCampaign(test.handle, campaign.id);
      expect(await stored()).toEqual(before);
      // Campaign status shows the home page's mention level.
      const statuses = await campaignSiteStatuses(db, campaign.id);
      expect(statuses.map((s) => s.summary?.mention)).toEqual(['absente', 'partiellement']);
      expect(formatSiteTable(statuses)[0]).toContain('mention');
    } finally {
      await test.dispose();
    }
  }, 60_000);
});
