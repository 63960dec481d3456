// A worker process: one browser, pg-boss workers on the current campaign's queue, a heartbeat, and a reaper
// that gives the sites of dead workers back to the queue. `vigie worker` runs one until stopped, working
// campaigns oldest first and starting scheduled ones; `vigie campaign run|resume` runs one on its campaign
// until every site has its result.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { Environment } from '../config/config.js';
import { parseAuditConfig } from '../config/config.js';
import { type AuditEngine, withAuditEngine } from '../runner/audit-urls.js';
import { unfinishedCampaignIds } from '../store/campaign-sites.repository.js';
import type { DatabaseHandle } from '../store/db.js';
import {
  heartbeat,
  orphanedSites,
  registerWorker,
  releaseStaleLeases,
  stopWorker,
} from '../store/workers.repository.js';
import { campaignQueue, SCHEDULE_QUEUE_PREFIX, startBoss } from './boss.js';
import {
  completeIfFinished,
  enqueueMissingJobs,
  type LoadedCampaign,
  liveJobCount,
  loadCampaign,
} from './campaign.js';
import { runScheduledCampaign, type ScheduleData } from './schedule.js';
import { RetrySiteError, runSiteJob, type SiteJobData, type SiteJobOutcome } from './site-job.js';

const HEARTBEAT_MS = 10_000;
/** A worker silent for this long is taken for dead: its running sites go back to the queue. */
const STALE_WORKER_MS = 60_000;
const HOST_LEASE_MS = 60_000;
const REAP_EVERY_MS = 30_000;

export interface SiteEvent {
  campaignId: number;
  siteId: number;
  url: string;
  outcome: SiteJobOutcome | { kind: 'retry'; code: string; message: string };
}

export interface WorkerOptions {
  env: Environment;
  /** Browser pages at once. */
  concurrency: number;
  /** Sites in progress at once (default 2 × concurrency: one site's pause or robots.txt fetch leaves its
   * browser slot to another site). */
  sitesInFlight?: number;
  allowPrivateNetwork: boolean;
  /** Work only this campaign and return when it is complete; else run until stop(). */
  campaignId?: number;
  /** Start scheduled campaigns (vigie worker). */
  runSchedules?: boolean;
  /** Without campaignId: return once no campaign has a site left to audit. */
  stopWhenIdle?: boolean;
  onSite?: (event: SiteEvent) => void;
  onMessage?: (message: string) => void;
}

export interface RunningWorker {
  id: string;
  /** Resolves when the campaign is complete (campaign mode) or the worker was stopped. */
  done: Promise<void>;
  /** Stops fetching, waits for the sites in progress (at most `graceMs`), then closes. */
  stop(graceMs?: number): Promise<void>;
}

export function newWorkerId(): string {
  return `${hostname().replace(/[^a-zA-Z0-9.-]/g, '-')}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export async function startWorker(handle: DatabaseHandle, options: WorkerOptions): Promise<RunningWorker> {
  const id = newWorkerId();
  const say = (message: string) => options.onMessage?.(message);
  const boss = await startBoss(handle, {
    schedule: options.runSchedules ?? false,
    onError: (error) => say(`file d’attente : ${error.message}`),
  });
  await registerWorker(handle.db, {
    id,
    hostname: hostname(),
    pid: process.pid,
    concurrency: options.concurrency,
  });
  let stopping = false;
  let stopRequested: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => {
    stopRequested = resolve;
  });
  const inFlight = new Set<Promise<unknown>>();
  let graceMs = 60_000;
  const settleInFlight = () =>
    Promise.race([
      Promise.allSettled([...inFlight]),
      new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
    ]);

  // An embedded database is held by one process at a time: any site still running under another worker id
  // was left by a process that died.
  const reap = async () => {
    const allOthers = handle.kind === 'pglite';
    await releaseStaleLeases(handle.db, { workerId: id, allOthers });
    const orphans = await orphanedSites(handle.db, { workerId: id, staleMs: STALE_WORKER_MS, allOthers });
    const campaigns = new Set<number>();
    for (const site of orphans) {
      // Its job is cancelled rather than failed (a failed job waits for its retry delay): the site gets a
      // fresh job at once below; campaign_sites.attempts still counts the lost attempt.
      if (site.job_id) await boss.cancel(campaignQueue(site.campaign_id), site.job_id).catch(() => undefined);
      await handle.db
        .updateTable('campaign_sites')
        .set({ state: 'pending', worker_id: null })
        .where('campaign_id', '=', site.campaign_id)
        .where('site_id', '=', site.site_id)
        .where('state', '=', 'running')
        .execute();
      campaigns.add(site.campaign_id);
    }
    if (orphans.length > 0) say(`${orphans.length} site(s) repris d’un processus arrêté`);
    for (const campaignId of campaigns) await enqueueMissingJobs(handle, boss, campaignId);
  };
  await reap();

  const beat = setInterval(() => {
    heartbeat(handle.db, id, HOST_LEASE_MS).catch(() => undefined);
  }, HEARTBEAT_MS);
  const reaper = setInterval(() => {
    if (!stopping) reap().catch((error: Error) => say(`reprise : ${error.message}`));
  }, REAP_EVERY_MS);
  beat.unref();
  reaper.unref();

  const scheduleQueues = new Set<string>();
  const watchSchedules = async () => {
    if (!options.runSchedules || stopping) return;
    for (const schedule of await boss.getSchedules()) {
      if (!schedule.name.startsWith(SCHEDULE_QUEUE_PREFIX) || scheduleQueues.has(schedule.name)) continue;
      scheduleQueues.add(schedule.name);
      await boss.work<ScheduleData>(schedule.name, { batchSize: 1 }, async ([job]) => {
        const started = await runScheduledCampaign(handle, boss, job!.data);
        if (started.campaign)
          say(`campagne ${started.campaign.id} « ${started.campaign.name} » lancée : ${started.sites} sites`);
        else say(`campagne planifiée « ${job!.data.name} » : aucun site ne correspond, rien n'est lancé`);
      });
    }
  };

  const sitesInFlight = options.sitesInFlight ?? options.concurrency * 2;
  const workCampaign = async (engine: AuditEngine, campaign: LoadedCampaign) => {
    const queue = campaignQueue(campaign.row.id);
    const handler = async (jobs: PgBoss.JobWithMetadata<SiteJobData>[]) => {
      for (const job of jobs) {
        // Fetched while stopping: back to the queue (this counts as one attempt).
        if (stopping) throw new RetrySiteError('arrêt du processus', 'STOPPING');
        const task = runSiteJob(
          {
            handle,
            engine,
            workerId: id,
            campaign,
            hostLeaseMs: HOST_LEASE_MS,
            hostWaitMs: Math.max(60_000, (job.expireInSeconds * 1000) / 2),
            isStopping: () => stopping,
          },
          job.data,
          { retryCount: job.retryCount, retryLimit: job.retryLimit, jobId: job.id },
        );
        inFlight.add(task);
        try {
          const outcome = await task;
          options.onSite?.({ ...job.data, outcome });
        } catch (error) {
          options.onSite?.({
            ...job.data,
            outcome: {
              kind: 'retry',
              code: error instanceof RetrySiteError ? error.code : 'INTERNAL',
              message: (error as Error).message,
            },
          });
          throw error;
        } finally {
          inFlight.delete(task);
        }
      }
    };
    for (let i = 0; i < sitesInFlight; i++)
      await boss.work<SiteJobData>(
        queue,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 },
        handler,
      );
    try {
      for (;;) {
        if (stopping) return;
        if (await completeIfFinished(handle, campaign.row.id)) return;
        // Pending sites with no job left (retries exhausted on an internal error, a job lost): new jobs.
        if ((await liveJobCount(handle, campaign.row.id)) === 0)
          await enqueueMissingJobs(handle, boss, campaign.row.id);
        await Promise.race([new Promise((resolve) => setTimeout(resolve, 1_000)), stopSignal]);
      }
    } finally {
      await boss.offWork(queue);
      await settleInFlight();
    }
  };

  const run = async () => {
    const auditDefaults = parseAuditConfig({
      concurrency: options.concurrency,
      allowPrivateNetwork: options.allowPrivateNetwork,
    });
    await withAuditEngine(auditDefaults, options.env, async (engine) => {
      for (;;) {
        if (stopping) return;
        await watchSchedules();
        const target = options.campaignId ?? (await unfinishedCampaignIds(handle.db))[0] ?? null;
        if (target === null) {
          if (options.stopWhenIdle) return;
          await Promise.race([new Promise((resolve) => setTimeout(resolve, 2_000)), stopSignal]);
          continue;
        }
        const campaign = await loadCampaign(handle, target, options);
        if (!campaign) throw new Error(`campagne ${target} introuvable`);
        if (campaign.row.status === 'cancelled') {
          if (options.campaignId !== undefined) return;
          continue;
        }
        await workCampaign(engine, campaign);
        if (options.campaignId !== undefined) return;
      }
    });
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(beat);
    clearInterval(reaper);
    await boss.stop({ graceful: true, wait: true, timeout: 2_000 }).catch(() => undefined);
    await stopWorker(handle.db, id).catch(() => undefined);
  };

  const done = run().finally(close);
  return {
    id,
    done,
    async stop(grace = 60_000) {
      graceMs = grace;
      stopping = true;
      stopRequested();
      for (const name of [...scheduleQueues]) await boss.offWork(name).catch(() => undefined);
      await done.catch(() => undefined);
    },
  };
}
