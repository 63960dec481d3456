// Campaigns on the job queue: create one over a selection of the registry, enqueue one job per site, find
// sites left without a live job (after a crash or exhausted retries) and give them a new one, and close the
// campaign when every site has its result.

import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { axeVersion } from '../audits/a11y/axe-meta.js';
import { type AuditConfig, auditConfigSchema, parseAuditConfig, VIGIE_VERSION } from '../config/config.js';
import { RGAA_VERSION } from '../core/rgaa-themes.js';
import { MEASUREMENT_PROTOCOL_VERSION } from '../core/snapshot.js';
import { MAX_LEGAL_VISITS } from '../runner/legal-search.js';
import { campaignStatistics } from '../stats/rows.js';
import { addCampaignSites, listCampaignSites, setSiteJob } from '../store/campaign-sites.repository.js';
import { createCampaign, getCampaign } from '../store/campaigns.repository.js';
import type { DatabaseHandle } from '../store/db.js';
import type { CampaignRow } from '../store/schema.js';
import { listSites, type SiteFilter } from '../store/sites.repository.js';
import { bossSchema, campaignQueue, ensureCampaignQueue } from './boss.js';
import type { SiteJobData } from './site-job.js';

export interface JobSettings {
  /** Retries of a site after a retryable failure (pg-boss retryLimit). */
  retryLimit: number;
  /** First retry delay in seconds, doubled each time (pg-boss retryBackoff). */
  retryDelaySeconds: number;
  /** A job still active after this long is failed by pg-boss (and retried). */
  expireInSeconds: number;
}

/** What a campaign stores in campaigns.config: enough for any worker to audit its sites the same way. */
export interface CampaignConfig {
  audit: Omit<AuditConfig, 'concurrency' | 'allowPrivateNetwork'>;
  allowPrivateNetwork: boolean;
  selection: { filter: SiteFilter; limit: number | null };
  jobs: JobSettings;
}

export interface LoadedCampaign {
  row: CampaignRow;
  stored: CampaignConfig;
  /** The audit configuration for this worker (its concurrency, the campaign's protocol). */
  config: AuditConfig;
}

export const DEFAULT_JOB_SETTINGS = { retryLimit: 2, retryDelaySeconds: 60 } as const;

/** Long enough for a site's every page (the sample and the statement search) at its budget, with the pauses. */
export function defaultExpireInSeconds(audit: Pick<AuditConfig, 'pagesPerSite' | 'visitTimeoutMs'>): number {
  const pages = audit.pagesPerSite + MAX_LEGAL_VISITS;
  return Math.ceil((pages * (audit.visitTimeoutMs + 10_000) + 60_000) / 1000) + 120;
}

export interface StartCampaignInput {
  name: string;
  /** Flags given to the command (validated by the audit schema); concurrency is the worker's business. */
  audit: Record<string, unknown>;
  allowPrivateNetwork: boolean;
  filter: SiteFilter;
  limit: number | null;
  retryLimit?: number | undefined;
  retryDelaySeconds?: number | undefined;
}

export function campaignConfigOf(input: StartCampaignInput): CampaignConfig {
  const {
    concurrency: _c,
    allowPrivateNetwork: _a,
    ...audit
  } = parseAuditConfig({
    ...input.audit,
    allowPrivateNetwork: input.allowPrivateNetwork,
  });
  return {
    audit,
    allowPrivateNetwork: input.allowPrivateNetwork,
    selection: { filter: input.filter, limit: input.limit },
    jobs: {
      retryLimit: input.retryLimit ?? DEFAULT_JOB_SETTINGS.retryLimit,
      retryDelaySeconds: input.retryDelaySeconds ?? DEFAULT_JOB_SETTINGS.retryDelaySeconds,
      expireInSeconds: defaultExpireInSeconds(audit),
    },
  };
}

/** Hash of the measurement protocol: two campaigns with the same hash measured the same way. */
export function configHash(config: CampaignConfig): string {
  const sorted = Object.fromEntries(Object.entries(config.audit).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(
      JSON.stringify({
        audit: sorted,
        vigie: VIGIE_VERSION,
        axe: axeVersion(),
        protocol: MEASUREMENT_PROTOCOL_VERSION,
      }),
    )
    .digest('hex')
    .slice(0, 16);
}

export interface StartedCampaign {
  /** Null when no site matches the selection: no campaign is created then. */
  campaign: CampaignRow | null;
  sites: number;
  jobs: number;
}

/** Creates the campaign, adds the selected sites and enqueues one job per site. */
export async function startCampaign(
  handle: DatabaseHandle,
  boss: PgBoss,
  input: StartCampaignInput,
): Promise<StartedCampaign> {
  const config = campaignConfigOf(input);
  const selected = await listSites(
    handle.db,
    input.filter,
    input.limit === null ? {} : { limit: input.limit },
  );
  if (selected.length === 0) return { campaign: null, sites: 0, jobs: 0 };
  const campaign = await createCampaign(handle.db, {
    name: input.name,
    vigieVersion: VIGIE_VERSION,
    axeVersion: axeVersion(),
    rgaaVersion: RGAA_VERSION,
    configHash: configHash(config),
    config: config as unknown as Record<string, unknown>,
  });
  await addCampaignSites(
    handle.db,
    campaign.id,
    selected.map((site) => ({ siteId: site.id, url: site.url })),
  );
  await handle.db
    .updateTable('campaigns')
    .set({ status: 'running', started_at: new Date() })
    .where('id', '=', campaign.id)
    .execute();
  const jobs = await enqueueMissingJobs(handle, boss, campaign.id);
  return { campaign: (await getCampaign(handle.db, campaign.id))!, sites: selected.length, jobs };
}

export async function loadCampaign(
  handle: DatabaseHandle,
  id: number,
  worker: { concurrency: number; allowPrivateNetwork: boolean },
): Promise<LoadedCampaign | null> {
  const row = await getCampaign(handle.db, id);
  if (!row) return null;
  const stored = row.config as unknown as CampaignConfig;
  const audit = auditConfigSchema.partial().parse(stored.audit ?? {});
  const config = parseAuditConfig({
    ...audit,
    concurrency: worker.concurrency,
    allowPrivateNetwork: stored.allowPrivateNetwork || worker.allowPrivateNetwork,
  });
  return { row, stored, config };
}

/** A job id that depends only on campaign, site and generation: sending it twice enqueues it once. */
export function siteJobId(campaignId: number, siteId: number, generation: number): string {
  const hex = createHash('sha256').update(`vigie:${campaignId}:${siteId}:${generation}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const LIVE_JOB_STATES = new Set(['created', 'retry', 'active']);

/**
 * Gives every pending site of the campaign a live job: a site whose job is missing, or ended without a
 * result (failed after its retries, cancelled, completed by a process killed before it stored), gets a new
 * one. Running sites are left to their worker (or to the reaper when the worker is gone). Returns the number
 * of jobs sent.
 */
export async function enqueueMissingJobs(
  handle: DatabaseHandle,
  boss: PgBoss,
  campaignId: number,
): Promise<number> {
  const loaded = await getCampaign(handle.db, campaignId);
  if (!loaded) throw new Error(`campaign ${campaignId} not found`);
  const settings = (loaded.config as unknown as CampaignConfig).jobs;
  const queue = await ensureCampaignQueue(boss, campaignId);
  const pending = await listCampaignSites(handle.db, campaignId, ['pending']);
  if (pending.length === 0) return 0;
  const { rows } = await handle.executeSql(
    `select id::text as id, state from ${bossSchema(handle)}.job where name = $1`,
    [queue],
  );
  const jobStates = new Map((rows as { id: string; state: string }[]).map((row) => [row.id, row.state]));
  const jobs: PgBoss.JobInsert<SiteJobData>[] = [];
  const assigned: { siteId: number; id: string; generation: number }[] = [];
  for (const site of pending) {
    const state = site.job_id ? jobStates.get(site.job_id) : undefined;
    if (state && LIVE_JOB_STATES.has(state)) continue;
    const generation = site.job_id ? site.generation + 1 : site.generation;
    const id = siteJobId(campaignId, site.site_id, generation);
    jobs.push({
      id,
      name: queue,
      data: { campaignId, siteId: site.site_id, url: site.url },
      singletonKey: `site-${site.site_id}`,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.expireInSeconds,
    });
    assigned.push({ siteId: site.site_id, id, generation });
  }
  for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500));
  for (const job of assigned) await setSiteJob(handle.db, campaignId, job.siteId, job.id, job.generation);
  return jobs.length;
}

/** Number of jobs of the campaign still queued, retrying or running. */
export async function liveJobCount(handle: DatabaseHandle, campaignId: number): Promise<number> {
  const { rows } = await handle.executeSql(
    `select count(*)::int as n from ${bossSchema(handle)}.job where name = $1 and state < 'completed'`,
    [campaignQueue(campaignId)],
  );
  return Number((rows[0] as { n: number } | undefined)?.n ?? 0);
}

/** Marks the campaign done when no site is pending or running. Returns true when it is (now) done. */
export async function completeIfFinished(handle: DatabaseHandle, campaignId: number): Promise<boolean> {
  const open = await handle.db
    .selectFrom('campaign_sites')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('campaign_id', '=', campaignId)
    .where('state', 'in', ['pending', 'running'])
    .executeTakeFirstOrThrow();
  if (Number(open.n) > 0) return false;
  const updated = await handle.db
    .updateTable('campaigns')
    .set({ status: 'done', finished_at: new Date() })
    .where('id', '=', campaignId)
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  // The campaign's statistics, stored now so that `vigie stats` and `vigie export` read them at once. A failure
  // here never undoes the completion: the statistics are then computed on demand.
  if (Number(updated.numUpdatedRows) > 0)
    await campaignStatistics(handle, campaignId, undefined, { fresh: true }).catch(() => undefined);
  return true;
}

/** The most recent campaign, or null when there is none. */
export async function latestCampaignId(handle: DatabaseHandle): Promise<number | null> {
  const row = await handle.db
    .selectFrom('campaigns')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
