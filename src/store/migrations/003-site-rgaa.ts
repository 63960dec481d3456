// The RGAA results of a site's sample, per test and per criterion, with the referential version: what the
// statistics and the open-data export (site × criterion) read. Null for summaries stored before them.

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_summaries').addColumn('rgaa', 'jsonb').execute();
}
