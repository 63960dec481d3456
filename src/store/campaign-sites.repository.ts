// The sites of a campaign and where each stands (pending → running → done | failed). A site's results are
// written by site-results.repository.ts; workers and host leases live in workers.repository.ts.

import { type Kysely, sql } from 'kysely';
import type { CampaignSiteRow, CampaignSiteState, Database } from './schema.js';

export interface CampaignSiteInput {
  siteId: number;
  url: string;
}

/** host[:port] of a URL, lower case: the unit of politeness. */
export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}

/**
 * Orders sites so that sites of one host are spread apart (round robin over hosts, in input order), which
 * keeps the per-host lease from making workers wait on each other.
 */
export function spreadByHost<T extends { url: string }>(sites: readonly T[]): T[] {
  const byHost = new Map<string, T[]>();
  for (const site of sites) {
    const host = hostOf(site.url);
    const list = byHost.get(host);
    if (list) list.push(site);
    else byHost.set(host, [site]);
  }
  const queues = [...byHost.values()];
  const out: T[] = [];
  for (let round = 0; out.length < sites.length; round++)
    for (const queue of queues) if (round < queue.length) out.push(queue[round]!);
  return out;
}

/** Adds sites to a campaign (idempotent: a site already there is kept as it is). */
export async function addCampaignSites(
  db: Kysely<Database>,
  campaignId: number,
  sites: readonly CampaignSiteInput[],
): Promise<number> {
  const ordered = spreadByHost(sites);
  let added = 0;
  for (let i = 0; i < ordered.length; i += 1000) {
    const rows = ordered.slice(i, i + 1000).map((site, j) => ({
      campaign_id: campaignId,
      site_id: site.siteId,
      position: i + j,
      url: site.url,
      host: hostOf(site.url),
    }));
    const inserted = await db
      .insertInto('campaign_sites')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['campaign_id', 'site_id']).doNothing())
      .returning('site_id')
      .execute();
    added += inserted.length;
  }
  return added;
}

export async function listCampaignSites(
  db: Kysely<Database>,
  campaignId: number,
  states?: readonly CampaignSiteState[],
): Promise<CampaignSiteRow[]> {
  let query = db.selectFrom('campaign_sites').selectAll().where('campaign_id', '=', campaignId);
  if (states) query = query.where('state', 'in', [...states]);
  return query.orderBy('position').execute();
}

/** Records the job that now carries a site (after a send). */
export async function setSiteJob(
  db: Kysely<Database>,
  campaignId: number,
  siteId: number,
  jobId: string,
  generation: number,
): Promise<void> {
  await db
    .updateTable('campaign_sites')
    .set({ job_id: jobId, generation })
    .where('campaign_id', '=', campaignId)
    .where('site_id', '=', siteId)
    .execute();
}

/**
 * A worker starts on a site: running, one more attempt. Returns null when the site is already finished
 * (its job ran again after the result was stored): the caller then does nothing.
 */
export async function claimSite(
  db: Kysely<Database>,
  campaignId: number,
  siteId: number,
  workerId: string,
): Promise<CampaignSiteRow | null> {
  const row = await db
    .updateTable('campaign_sites')
    .set((eb) => ({
      state: 'running',
      worker_id: workerId,
      attempts: eb('attempts', '+', 1),
      started_at: new Date(),
    }))
    .where('campaign_id', '=', campaignId)
    .where('site_id', '=', siteId)
    .where('state', 'in', ['pending', 'running'])
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** The site goes back to pending (its job will be retried), with the error that stopped this attempt. */
export async function unclaimSite(
  db: Kysely<Database>,
  campaignId: number,
  siteId: number,
  workerId: string,
  error: { code: string; message: string } | null,
): Promise<void> {
  await db
    .updateTable('campaign_sites')
    .set({
      state: 'pending',
      worker_id: null,
      error_code: error?.code ?? null,
      error_message: error?.message ?? null,
    })
    .where('campaign_id', '=', campaignId)
    .where('site_id', '=', siteId)
    .where('state', '=', 'running')
    .where('worker_id', '=', workerId)
    .execute();
}

export interface CampaignCounts {
  total: number;
  pending: number;
  running: number;
  done: number;
  failed: number;
  pagesAudited: number;
  pagesInError: number;
  errorsByCode: Record<string, number>;
}

export async function campaignCounts(db: Kysely<Database>, campaignId: number): Promise<CampaignCounts> {
  const states = await db
    .selectFrom('campaign_sites')
    .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('state')
    .execute();
  const counts: CampaignCounts = {
    total: 0,
    pending: 0,
    running: 0,
    done: 0,
    failed: 0,
    pagesAudited: 0,
    pagesInError: 0,
    errorsByCode: {},
  };
  for (const row of states) {
    counts[row.state] = Number(row.n);
    counts.total += Number(row.n);
  }
  const pages = await db
    .selectFrom('page_visits')
    .select(['status', 'error_code', (eb) => eb.fn.countAll<string>().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy(['status', 'error_code'])
    .execute();
  for (const row of pages) {
    if (row.status === 'done') counts.pagesAudited += Number(row.n);
    else {
      counts.pagesInError += Number(row.n);
      const code = row.error_code ?? 'UNKNOWN';
      counts.errorsByCode[code] = (counts.errorsByCode[code] ?? 0) + Number(row.n);
    }
  }
  return counts;
}

/** Campaigns with sites still to audit (pending or running), oldest first. */
export async function unfinishedCampaignIds(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('campaign_sites')
    .select('campaign_id')
    .where('state', 'in', ['pending', 'running'])
    .groupBy('campaign_id')
    .orderBy('campaign_id')
    .execute();
  return rows.map((row) => row.campaign_id);
}

export interface CampaignSiteStatus {
  siteId: number;
  url: string;
  state: CampaignSiteState;
  attempts: number;
  errorCode: string | null;
  errorMessage: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  summary: {
    pageCount: number;
    errorPageCount: number;
    scores: Record<string, number | null>;
    grades: Record<string, string | null>;
    errors: Record<string, number>;
    /** The home page's accessibility mention (legal checks), null before migration 004. */
    mention: string | null;
  } | null;
}

/** Every site of the campaign, in queue order, with its summary when it has one. */
export async function campaignSiteStatuses(
  db: Kysely<Database>,
  campaignId: number,
): Promise<CampaignSiteStatus[]> {
  const rows = await db
    .selectFrom('campaign_sites as cs')
    .leftJoin('site_summaries as ss', (join) =>
      join.onRef('ss.campaign_id', '=', 'cs.campaign_id').onRef('ss.site_id', '=', 'cs.site_id'),
    )
    .select([
      'cs.site_id',
      'cs.url',
      'cs.state',
      'cs.attempts',
      'cs.error_code',
      'cs.error_message',
      'cs.started_at',
      'cs.finished_at',
      'ss.page_count',
      'ss.error_page_count',
      'ss.scores',
      'ss.grades',
      'ss.errors',
      sql<string | null>`ss.legal->'mention'->>'level'`.as('mention_level'),
    ])
    .where('cs.campaign_id', '=', campaignId)
    .orderBy('cs.position')
    .execute();
  return rows.map((row) => ({
    siteId: row.site_id,
    url: row.url,
    state: row.state,
    attempts: row.attempts,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    summary:
      row.page_count === null
        ? null
        : {
            pageCount: row.page_count,
            errorPageCount: row.error_page_count ?? 0,
            scores: row.scores ?? {},
            grades: row.grades ?? {},
            errors: row.errors ?? {},
            mention: row.mention_level ?? null,
          },
  }));
}
