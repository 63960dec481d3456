// The stored statistics of a campaign (table campaign_statistics, migration 005) and the stamp that says whether
// they still describe the data: summaries of the campaign and of the one its changes compare with (count and last
// computation), the campaign's site states, and the registry's last change.

import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export async function statsStamp(
  db: Kysely<Database>,
  campaignId: number,
  previousId: number | null,
): Promise<string> {
  const summaries = async (id: number) => {
    const row = await db
      .selectFrom('site_summaries')
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        sql<string | null>`max(computed_at)::text`.as('last'),
      ])
      .where('campaign_id', '=', id)
      .executeTakeFirstOrThrow();
    return `${row.n}@${row.last ?? '-'}`;
  };
  const states = await db
    .selectFrom('campaign_sites')
    .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('state')
    .orderBy('state')
    .execute();
  const registry = await sql<{ sites: string | null; organisations: string | null }>`
    select (select max(updated_at)::text from sites) as sites,
           (select max(updated_at)::text from organisations) as organisations`.execute(db);
  const reg = registry.rows[0];
  return [
    `c${campaignId}:${await summaries(campaignId)}`,
    `p${previousId ?? '-'}:${previousId === null ? '-' : await summaries(previousId)}`,
    `s:${states.map((row) => `${row.state}=${row.n}`).join(',')}`,
    `r:${reg?.sites ?? '-'}|${reg?.organisations ?? '-'}`,
  ].join(';');
}

export async function readStoredStatistics(
  db: Kysely<Database>,
  campaignId: number,
): Promise<{ stamp: string; statistics: unknown[] } | null> {
  const row = await db
    .selectFrom('campaign_statistics')
    .select(['stamp', 'statistics'])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  return row ? { stamp: row.stamp, statistics: row.statistics } : null;
}

export async function storeStatistics(
  db: Kysely<Database>,
  campaignId: number,
  stamp: string,
  statistics: unknown[],
): Promise<void> {
  const json = JSON.stringify(statistics);
  await db
    .insertInto('campaign_statistics')
    .values({ campaign_id: campaignId, stamp, statistics: json })
    .onConflict((oc) =>
      oc.column('campaign_id').doUpdateSet({ stamp, statistics: json, computed_at: new Date() }),
    )
    .execute();
}
