// The statistics of a campaign, stored once computed (when the campaign ends, or on the first `vigie stats` that
// computes every grouping), with the stamp of the data they were computed from: a later read uses them only
// while the stamp still matches (no summary added or re-judged, no registry change).

import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaign_statistics')
    .addColumn('campaign_id', 'integer', (col) =>
      col.primaryKey().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('stamp', 'text', (col) => col.notNull())
    .addColumn('statistics', 'jsonb', (col) => col.notNull())
    .addColumn('computed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('campaign_statistics').ifExists().execute();
}
