// pg-boss on Vigie's own database: the embedded PGlite through the handle's executeSql adapter, or the
// PostgreSQL server. Its tables live in their own schema (`pgboss`, or `<schema>_jobs` beside a named schema).

import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../store/db.js';

/** One queue per campaign, so `campaign run` works on its own campaign only. */
export function campaignQueue(campaignId: number): string {
  return `vigie-campaign-${campaignId}`;
}

/** One queue per recurring campaign: pg-boss keeps one schedule per queue name. */
export const SCHEDULE_QUEUE_PREFIX = 'vigie-schedule-';

export function bossSchema(handle: DatabaseHandle): string {
  return handle.schema ? `${handle.schema}_jobs` : 'pgboss';
}

export interface BossOptions {
  /** Run pg-boss maintenance (expiry of stuck jobs, archiving). Default true. */
  supervise?: boolean;
  /** Evaluate cron schedules in this process (workers do). Default false. */
  schedule?: boolean;
  onError?: (error: Error) => void;
}

export async function startBoss(handle: DatabaseHandle, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => handle.executeSql(text, values) },
    schema: bossSchema(handle),
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? false,
    // Workers poll every second when idle; a busy worker fetches its next job as soon as one ends.
    pollingIntervalSeconds: 1,
    maintenanceIntervalSeconds: 60,
  });
  // pg-boss reports background errors (maintenance, a failed poll) as events; without a listener
  // an EventEmitter 'error' would end the process.
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  return boss;
}

export async function ensureCampaignQueue(boss: PgBoss, campaignId: number): Promise<string> {
  const name = campaignQueue(campaignId);
  if (!(await boss.getQueue(name))) {
    // `stately`: at most one queued, one retrying and one active job per site (singleton key).
    await boss.createQueue(name, { name, policy: 'stately' }).catch(async (error: unknown) => {
      // Two processes creating it at once: the other one won.
      if (!(await boss.getQueue(name))) throw error;
    });
  }
  return name;
}
