// Worker processes with their heartbeat (to find the sites of a dead worker) and per-host leases (one site of
// a host at a time across every worker and machine, with a pause between sites). See docs/campaigns.md.

import { type Kysely, sql } from 'kysely';
import type { CampaignSiteRow, Database } from './schema.js';

export async function registerWorker(
  db: Kysely<Database>,
  worker: { id: string; hostname: string; pid: number; concurrency: number },
): Promise<void> {
  await db.insertInto('workers').values(worker).execute();
}

export async function heartbeat(db: Kysely<Database>, workerId: string, leaseMs: number): Promise<void> {
  await db.updateTable('workers').set({ heartbeat_at: sql`now()` }).where('id', '=', workerId).execute();
  await db
    .updateTable('host_leases')
    .set({ leased_until: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where('holder', 'like', holderPrefix(workerId))
    .execute();
}

/** A lease holder is `<worker id>:<job>`: one worker may hold several hosts, one per site in progress. */
export function leaseHolder(workerId: string, job: string): string {
  return `${workerId}:${job}`;
}

function holderPrefix(workerId: string): string {
  return `${workerId.replace(/[\\%_]/g, '\\$&')}:%`;
}

export async function stopWorker(db: Kysely<Database>, workerId: string): Promise<void> {
  await db.updateTable('workers').set({ stopped_at: sql`now()` }).where('id', '=', workerId).execute();
  await db
    .updateTable('host_leases')
    .set({ holder: null, leased_until: sql`now()` })
    .where('holder', 'like', holderPrefix(workerId))
    .execute();
}

/**
 * Running sites whose worker is gone: stopped, silent for `staleMs`, or unknown. With `allOthers` (an
 * embedded database, which one process holds at a time) every site running under another worker is orphaned.
 */
export async function orphanedSites(
  db: Kysely<Database>,
  options: { workerId: string; staleMs: number; allOthers: boolean },
): Promise<CampaignSiteRow[]> {
  let query = db
    .selectFrom('campaign_sites')
    .leftJoin('workers', 'workers.id', 'campaign_sites.worker_id')
    .selectAll('campaign_sites')
    .where('campaign_sites.state', '=', 'running')
    .where((eb) =>
      eb.or([
        eb('campaign_sites.worker_id', 'is', null),
        eb('campaign_sites.worker_id', '!=', options.workerId),
      ]),
    );
  if (!options.allOthers)
    query = query.where((eb) =>
      eb.or([
        eb('workers.id', 'is', null),
        eb('workers.stopped_at', 'is not', null),
        eb('workers.heartbeat_at', '<', sql<Date>`now() - ${`${options.staleMs} milliseconds`}::interval`),
      ]),
    );
  return query.execute();
}

/** Frees the host leases of workers that are gone (same test as orphanedSites). */
export async function releaseStaleLeases(
  db: Kysely<Database>,
  options: { workerId: string; allOthers: boolean },
): Promise<void> {
  if (options.allOthers) {
    await db
      .updateTable('host_leases')
      .set({ holder: null, leased_until: sql`now()` })
      .where('holder', 'is not', null)
      .where('holder', 'not like', holderPrefix(options.workerId))
      .execute();
  }
  // On a shared server a dead worker's leases lapse by themselves: nobody renews them.
}

/**
 * Takes the host if it is free and its pause since the last page has passed (or its holder's lease lapsed).
 * Returns null when taken, else the time to wait before asking again.
 */
export async function tryLeaseHost(
  db: Kysely<Database>,
  host: string,
  holder: string,
  leaseMs: number,
): Promise<{ acquired: true } | { acquired: false; retryInMs: number }> {
  const row = await db
    .insertInto('host_leases')
    .values({ host, holder, leased_until: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .onConflict((conflict) =>
      conflict
        .column('host')
        .doUpdateSet({ holder, leased_until: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
        .where((eb) =>
          eb.or([
            eb('host_leases.leased_until', '<=', sql<Date>`now()`),
            eb('host_leases.holder', '=', holder),
          ]),
        ),
    )
    .returning('host')
    .executeTakeFirst();
  if (row) return { acquired: true };
  const current = await db
    .selectFrom('host_leases')
    .select([sql<number>`extract(epoch from (leased_until - now())) * 1000`.as('ms'), 'holder'])
    .where('host', '=', host)
    .executeTakeFirst();
  const ms = current ? Math.ceil(Number(current.ms)) : 0;
  return { acquired: false, retryInMs: Math.max(50, Math.min(ms, 5_000)) };
}

/** Gives the host back; the next page on it may start after `pauseMs`. */
export async function releaseHost(
  db: Kysely<Database>,
  host: string,
  holder: string,
  pauseMs: number,
): Promise<void> {
  await db
    .updateTable('host_leases')
    .set({ holder: null, leased_until: sql`now() + ${`${pauseMs} milliseconds`}::interval` })
    .where('host', '=', host)
    .where('holder', '=', holder)
    .execute();
}
