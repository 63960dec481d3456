// Campaign bookkeeping for the job queue: which sites a campaign covers and where each stands, the worker
// processes with their heartbeat (to find the jobs of a dead worker), and per-host leases (politeness across
// workers and machines). Frozen once released.

import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaign_sites')
    .addColumn('campaign_id', 'integer', (col) =>
      col.notNull().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', (col) => col.notNull().references('sites.id').onDelete('restrict'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('host', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) =>
      col.notNull().defaultTo('pending').check(sql`state in ('pending', 'running', 'done', 'failed')`),
    )
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('generation', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('job_id', 'text')
    .addColumn('worker_id', 'text')
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addPrimaryKeyConstraint('campaign_sites_pkey', ['campaign_id', 'site_id'])
    .execute();
  await db.schema
    .createIndex('campaign_sites_campaign_state_idx')
    .on('campaign_sites')
    .columns(['campaign_id', 'state'])
    .execute();
  await db.schema.createIndex('campaign_sites_worker_idx').on('campaign_sites').column('worker_id').execute();

  await db.schema
    .createTable('workers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('hostname', 'text', (col) => col.notNull())
    .addColumn('pid', 'integer', (col) => col.notNull())
    .addColumn('concurrency', 'integer', (col) => col.notNull())
    .addColumn('started_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('heartbeat_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('stopped_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('host_leases')
    .addColumn('host', 'text', (col) => col.primaryKey())
    .addColumn('holder', 'text')
    .addColumn('leased_until', 'timestamptz', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['host_leases', 'workers', 'campaign_sites'])
    await db.schema.dropTable(table).ifExists().execute();
}
