// Page visits with their gzip-compressed snapshot, the rule results judged from it, and per-site summaries.
// Snapshots stay in the database so `vigie rejudge` can recompute every judgement without a browser.

import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { VisitError } from '../core/errors.js';
import type { Evidence, Outcome } from '../core/result.js';
import type { PageSnapshot } from '../core/snapshot.js';
import { type Database, json, type PageVisitRow, type RuleResultRow, type StoredRgaa } from './schema.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export interface VisitRecord {
  campaignId: number;
  siteId: number;
  url: string;
  role: string;
  startedAt: Date;
  finishedAt: Date;
  attempts: number;
  /** Exactly one of snapshot and error. */
  snapshot: PageSnapshot | null;
  error: VisitError | null;
  metrics?: Record<string, unknown> | null;
}

/** Stores a visit; a page is stored once per campaign and site, a new attempt replaces the previous one. */
export async function recordVisit(db: Kysely<Database>, visit: VisitRecord): Promise<number> {
  const snapshot = visit.snapshot;
  const values = {
    final_url: snapshot?.finalUrl ?? null,
    status: visit.error ? ('error' as const) : ('done' as const),
    http_status: snapshot?.status ?? visit.error?.status ?? null,
    error_code: visit.error?.code ?? null,
    error_message: visit.error?.message ?? null,
    retryable: visit.error?.retryable ?? null,
    attempts: visit.attempts,
    started_at: visit.startedAt,
    finished_at: visit.finishedAt,
    duration_ms: visit.finishedAt.getTime() - visit.startedAt.getTime(),
    timings: snapshot ? json(snapshot.timings) : null,
    metrics: visit.metrics ? json(visit.metrics) : null,
    snapshot_gz: snapshot ? new Uint8Array(await gzipAsync(JSON.stringify(snapshot))) : null,
    snapshot_path: null,
    snapshot_schema_version: snapshot?.schemaVersion ?? null,
  };
  const row = await db
    .insertInto('page_visits')
    .values({
      campaign_id: visit.campaignId,
      site_id: visit.siteId,
      url: visit.url,
      role: visit.role,
      ...values,
    })
    .onConflict((conflict) => conflict.columns(['campaign_id', 'site_id', 'url']).doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function loadSnapshot(db: Kysely<Database>, visitId: number): Promise<PageSnapshot | null> {
  const row = await db
    .selectFrom('page_visits')
    .select(['snapshot_gz'])
    .where('id', '=', visitId)
    .executeTakeFirst();
  if (!row?.snapshot_gz) return null;
  return JSON.parse((await gunzipAsync(row.snapshot_gz)).toString('utf8')) as PageSnapshot;
}

export async function listVisits(
  db: Kysely<Database>,
  campaignId: number,
): Promise<Omit<PageVisitRow, 'snapshot_gz'>[]> {
  return db
    .selectFrom('page_visits')
    .select([
      'id',
      'campaign_id',
      'site_id',
      'url',
      'final_url',
      'role',
      'status',
      'http_status',
      'error_code',
      'error_message',
      'retryable',
      'attempts',
      'started_at',
      'finished_at',
      'duration_ms',
      'timings',
      'metrics',
      'snapshot_path',
      'snapshot_schema_version',
    ])
    .where('campaign_id', '=', campaignId)
    .orderBy('id')
    .execute();
}

export interface RuleResultInput {
  ruleId: string;
  ruleVersion: string;
  source: string;
  family: string;
  outcome: Outcome | 'error';
  impact: string | null;
  counts: { passed: number; failed: number; cantTell: number };
  evidence: Evidence[];
  error?: string | null;
}

/** Replaces every rule result of a visit (a judgement or a re-judgement), in one transaction. */
export async function replaceRuleResults(
  db: Kysely<Database>,
  visitId: number,
  results: readonly RuleResultInput[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('rule_results').where('page_visit_id', '=', visitId).execute();
    await insertRuleResults(trx, visitId, results);
  });
}

/** Inserts a visit's rule results, 500 rows per statement (inside the caller's transaction). */
export async function insertRuleResults(
  db: Kysely<Database>,
  visitId: number,
  results: readonly RuleResultInput[],
): Promise<void> {
  const judgedAt = new Date();
  for (let i = 0; i < results.length; i += 500) {
    await db
      .insertInto('rule_results')
      .values(
        results.slice(i, i + 500).map((result) => ({
          page_visit_id: visitId,
          rule_id: result.ruleId,
          rule_version: result.ruleVersion,
          source: result.source,
          family: result.family,
          outcome: result.outcome,
          impact: result.impact,
          passed_count: result.counts.passed,
          failed_count: result.counts.failed,
          cant_tell_count: result.counts.cantTell,
          evidence: json(result.evidence),
          error: result.error ?? null,
          judged_at: judgedAt,
        })),
      )
      .execute();
  }
}

export async function listRuleResults(db: Kysely<Database>, visitId: number): Promise<RuleResultRow[]> {
  return db
    .selectFrom('rule_results')
    .selectAll()
    .where('page_visit_id', '=', visitId)
    .orderBy('rule_id')
    .execute();
}

export interface SiteSummaryInput {
  campaignId: number;
  siteId: number;
  pageCount: number;
  errorPageCount: number;
  scores: Record<string, number | null>;
  grades: Record<string, string | null>;
  errors: Record<string, number>;
  rgaa: StoredRgaa | null;
  /** The legal checks (LegalResult); null when the site could not be judged. */
  legal?: object | null;
}

export async function upsertSiteSummary(db: Kysely<Database>, summary: SiteSummaryInput): Promise<void> {
  const values = {
    page_count: summary.pageCount,
    error_page_count: summary.errorPageCount,
    scores: json(summary.scores),
    grades: json(summary.grades),
    errors: json(summary.errors),
    rgaa: summary.rgaa ? json(summary.rgaa) : null,
    legal: summary.legal ? json(summary.legal) : null,
    computed_at: new Date(),
  };
  await db
    .insertInto('site_summaries')
    .values({ campaign_id: summary.campaignId, site_id: summary.siteId, ...values })
    .onConflict((conflict) => conflict.columns(['campaign_id', 'site_id']).doUpdateSet(values))
    .execute();
}
