// Recurring campaigns: `vigie schedule --cron` registers a pg-boss schedule on its own queue; a running
// `vigie worker` (its pg-boss evaluates the cron expressions) receives the job and starts the campaign.

import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../store/db.js';
import { SCHEDULE_QUEUE_PREFIX } from './boss.js';
import { type StartCampaignInput, type StartedCampaign, startCampaign } from './campaign.js';

export interface ScheduleData {
  /** The campaign's name; the date of the run is appended. */
  name: string;
  input: Omit<StartCampaignInput, 'name'>;
}

export function scheduleQueue(key: string): string {
  return `${SCHEDULE_QUEUE_PREFIX}${key}`;
}

/** A schedule key from its name: lower case, letters, digits and dashes. */
export function scheduleKey(name: string): string {
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  if (!key) throw new Error(`nom de planification invalide : « ${name} »`);
  return key;
}

export async function registerSchedule(
  boss: PgBoss,
  options: { name: string; cron: string; timezone: string; data: ScheduleData },
): Promise<string> {
  const queue = scheduleQueue(scheduleKey(options.name));
  if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { name: queue, policy: 'short' });
  await boss.schedule(queue, options.cron, options.data, { tz: options.timezone, retryLimit: 1 });
  return queue;
}

export async function removeSchedule(boss: PgBoss, name: string): Promise<boolean> {
  const queue = scheduleQueue(scheduleKey(name));
  const exists = (await boss.getSchedules()).some((schedule) => schedule.name === queue);
  if (exists) await boss.unschedule(queue);
  return exists;
}

export interface ScheduleInfo {
  key: string;
  cron: string;
  timezone: string | null;
  data: ScheduleData;
}

export async function listSchedules(boss: PgBoss): Promise<ScheduleInfo[]> {
  return (await boss.getSchedules())
    .filter((schedule) => schedule.name.startsWith(SCHEDULE_QUEUE_PREFIX))
    .map((schedule) => ({
      key: schedule.name.slice(SCHEDULE_QUEUE_PREFIX.length),
      cron: schedule.cron,
      timezone: schedule.options?.tz ?? null,
      data: schedule.data as ScheduleData,
    }));
}

/** What a worker does with a schedule's job: start the campaign (its sites are then worked as usual). */
export async function runScheduledCampaign(
  handle: DatabaseHandle,
  boss: PgBoss,
  data: ScheduleData,
  now: Date = new Date(),
): Promise<StartedCampaign> {
  return startCampaign(handle, boss, {
    ...data.input,
    name: `${data.name} ${now.toISOString().slice(0, 10)}`,
  });
}
