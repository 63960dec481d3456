// `vigie rejudge --campaign ID`: recomputes every judgement of a campaign from its stored snapshots, with
// the rules of this version of Vigie, without a browser: rule results, page measures and site summaries.

import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { sql } from 'kysely';
import { axeVersion } from '../audits/a11y/axe-meta.js';
import { judgeLegal, type LegalPage } from '../audits/legal/index.js';
import { summarizeSite } from '../audits/site-summary.js';
import { VIGIE_VERSION } from '../config/config.js';
import { type VisitErrorCode, visitError } from '../core/errors.js';
import type { PageReport } from '../core/result.js';
import type { PageSnapshot } from '../core/snapshot.js';
import type { VisitResult } from '../crawl/visit.js';
import { reportFromSnapshot, reportFromVisit } from '../runner/page-report.js';
import type { DatabaseHandle } from '../store/db.js';
import { json } from '../store/schema.js';
import { replaceRuleResults, upsertSiteSummary } from '../store/visits.repository.js';
import { campaignDateOf, pageMetrics, ruleResultsOf, summaryRow } from './site-job.js';

const gunzipAsync = promisify(gunzip);

export interface RejudgeCounts {
  sites: number;
  pages: number;
  /** Pages without a snapshot (visit errors): their report is rebuilt from the stored error. */
  errorPages: number;
}

export async function rejudgeCampaign(
  handle: DatabaseHandle,
  campaignId: number,
  onSite?: (done: number, total: number) => void,
): Promise<RejudgeCounts> {
  const db = handle.db;
  const campaign = await db
    .selectFrom('campaigns')
    .select(['started_at', 'created_at'])
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const campaignDate = campaignDateOf(campaign);
  const sites = await db
    .selectFrom('site_summaries')
    .select('site_id')
    .where('campaign_id', '=', campaignId)
    .orderBy('site_id')
    .execute();
  const counts: RejudgeCounts = { sites: 0, pages: 0, errorPages: 0 };
  for (const { site_id: siteId } of sites) {
    const visits = await db
      .selectFrom('page_visits')
      .select([
        'id',
        'url',
        'final_url',
        'role',
        'status',
        'http_status',
        'error_code',
        'error_message',
        'retryable',
        'started_at',
        'snapshot_gz',
      ])
      .where('campaign_id', '=', campaignId)
      .where('site_id', '=', siteId)
      .orderBy('id')
      .execute();
    if (visits.length === 0) continue; // a site that failed before any page: nothing to judge again
    const pages: { role: string; report: PageReport }[] = [];
    const legalPages = new Map<string, LegalPage>();
    let home: PageSnapshot | null = null;
    for (const visit of visits) {
      const snapshot = visit.snapshot_gz
        ? (JSON.parse((await gunzipAsync(visit.snapshot_gz)).toString('utf8')) as PageSnapshot)
        : null;
      const legalPage: LegalPage = {
        url: visit.url,
        snapshot,
        error: snapshot ? null : { code: visit.error_code ?? 'BROWSER', message: visit.error_message ?? '' },
      };
      legalPages.set(visit.url, legalPage);
      if (snapshot) legalPages.set(snapshot.finalUrl, legalPage);
      if (visit.role === 'home') home = snapshot;
      // Pages visited only for the statement search are not sample pages: no rule results, no summary.
      if (visit.role === 'statement') continue;
      if (snapshot) {
        const report = reportFromSnapshot(snapshot);
        await replaceRuleResults(db, visit.id, ruleResultsOf(report));
        const metrics = pageMetrics(report);
        await db
          .updateTable('page_visits')
          .set({ metrics: metrics ? json(metrics) : null })
          .where('id', '=', visit.id)
          .execute();
        pages.push({ role: visit.role, report });
        counts.pages++;
      } else {
        const error = visitError(
          (visit.error_code ?? 'BROWSER') as VisitErrorCode,
          undefined,
          visit.http_status ?? undefined,
        );
        const result: VisitResult = {
          ok: false,
          error: {
            ...error,
            message: visit.error_message ?? error.message,
            retryable: visit.retryable ?? error.retryable,
          },
          finalUrl: visit.final_url,
          status: visit.http_status,
          startedAt: (visit.started_at ?? new Date()).toISOString(),
        };
        pages.push({ role: visit.role, report: reportFromVisit(visit.url, result, {}) });
        counts.errorPages++;
      }
    }
    const summary = summarizeSite(pages);
    const legal = judgeLegal({
      home,
      pages: legalPages,
      campaignDate,
      rgaaTests: summary.rgaa?.tests ?? null,
    });
    await upsertSiteSummary(db, { campaignId, siteId, ...summaryRow(summary), legal });
    counts.sites++;
    onSite?.(counts.sites, sites.length);
  }
  await db
    .updateTable('campaigns')
    .set({
      judged_at: sql`now()`,
      rule_versions: json({ vigie: VIGIE_VERSION, axe: axeVersion() }),
    })
    .where('id', '=', campaignId)
    .execute();
  return counts;
}
