// The results of one site of a campaign, written in one transaction. The exactly-once rule lives here: a site's
// pages and summary are written together, and only if the site has no summary yet in the campaign, so a job
// that runs twice (expired, or its worker thought dead) never stores anything twice.

import type { Kysely, Transaction } from 'kysely';
import type { PageSnapshot } from '../core/snapshot.js';
import { type Database, json } from './schema.js';
import { insertRuleResults, type RuleResultInput, type SiteSummaryInput } from './visits.repository.js';

export interface StoredVisit {
  url: string;
  role: string;
  startedAt: Date;
  finishedAt: Date;
  finalUrl: string | null;
  httpStatus: number | null;
  error: { code: string; message: string; retryable: boolean } | null;
  snapshot: PageSnapshot | null;
  /** The snapshot as gzip'ed JSON, compressed before the transaction. */
  snapshotGz: Uint8Array | null;
  metrics: Record<string, unknown> | null;
  ruleResults: RuleResultInput[];
}

export interface SiteResult {
  campaignId: number;
  siteId: number;
  state: 'done' | 'failed';
  error: { code: string; message: string } | null;
  visits: StoredVisit[];
  summary: Omit<SiteSummaryInput, 'campaignId' | 'siteId'>;
}

/**
 * Stores a site's visits, rule results and summary, and marks it done or failed, in one transaction.
 * Returns false, writing nothing, when the site already has a summary in this campaign.
 */
export async function storeSiteResult(db: Kysely<Database>, result: SiteResult): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const summary = await trx
      .insertInto('site_summaries')
      .values({
        campaign_id: result.campaignId,
        site_id: result.siteId,
        page_count: result.summary.pageCount,
        error_page_count: result.summary.errorPageCount,
        scores: json(result.summary.scores),
        grades: json(result.summary.grades),
        errors: json(result.summary.errors),
        rgaa: result.summary.rgaa ? json(result.summary.rgaa) : null,
        legal: result.summary.legal ? json(result.summary.legal) : null,
      })
      .onConflict((conflict) => conflict.columns(['campaign_id', 'site_id']).doNothing())
      .returning('site_id')
      .executeTakeFirst();
    if (!summary) return false;
    for (const visit of result.visits) await insertVisit(trx, result, visit);
    await trx
      .updateTable('campaign_sites')
      .set({
        state: result.state,
        finished_at: new Date(),
        error_code: result.error?.code ?? null,
        error_message: result.error?.message ?? null,
      })
      .where('campaign_id', '=', result.campaignId)
      .where('site_id', '=', result.siteId)
      .execute();
    return true;
  });
}

async function insertVisit(trx: Transaction<Database>, site: SiteResult, visit: StoredVisit): Promise<void> {
  const row = await trx
    .insertInto('page_visits')
    .values({
      campaign_id: site.campaignId,
      site_id: site.siteId,
      url: visit.url,
      role: visit.role,
      final_url: visit.finalUrl,
      status: visit.error ? 'error' : 'done',
      http_status: visit.httpStatus,
      error_code: visit.error?.code ?? null,
      error_message: visit.error?.message ?? null,
      retryable: visit.error?.retryable ?? null,
      attempts: 1,
      started_at: visit.startedAt,
      finished_at: visit.finishedAt,
      duration_ms: visit.finishedAt.getTime() - visit.startedAt.getTime(),
      timings: visit.snapshot ? json(visit.snapshot.timings) : null,
      metrics: visit.metrics ? json(visit.metrics) : null,
      snapshot_gz: visit.snapshotGz,
      snapshot_schema_version: visit.snapshot?.schemaVersion ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertRuleResults(trx, row.id, visit.ruleResults);
}
