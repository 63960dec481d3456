// First schema: organisations and their sites (the registry), campaigns, page visits with their snapshot,
// rule results per page and summaries per site. Migrations are frozen once released: change the schema in a
// new file, never here.

import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('org_key', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('insee_code', 'text')
    .addColumn('siren', 'text')
    .addColumn('departement', 'text')
    .addColumn('region', 'text')
    .addColumn('population', 'integer')
    .addColumn('sources', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('organisations_kind_idx').on('organisations').column('kind').execute();
  await db.schema.createIndex('organisations_siren_idx').on('organisations').column('siren').execute();
  await db.schema
    .createIndex('organisations_insee_code_idx')
    .on('organisations')
    .column('insee_code')
    .execute();

  await db.schema
    .createTable('sites')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('normalized_url', 'text', (col) => col.notNull().unique())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('domain', 'text', (col) => col.notNull())
    .addColumn('kind', 'text')
    .addColumn('source_category', 'text')
    .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id').onDelete('set null'))
    .addColumn('sources', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('sites_domain_idx').on('sites').column('domain').execute();
  await db.schema.createIndex('sites_kind_idx').on('sites').column('kind').execute();
  await db.schema.createIndex('sites_organisation_id_idx').on('sites').column('organisation_id').execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'running', 'done', 'failed', 'cancelled')`),
    )
    .addColumn('vigie_version', 'text', (col) => col.notNull())
    .addColumn('axe_version', 'text', (col) => col.notNull())
    .addColumn('rgaa_version', 'text', (col) => col.notNull())
    .addColumn('config_hash', 'text', (col) => col.notNull())
    .addColumn('config', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('rule_versions', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('judged_at', 'timestamptz')
    .addColumn('error', 'text')
    .execute();

  await db.schema
    .createTable('page_visits')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('campaign_id', 'integer', (col) =>
      col.notNull().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', (col) => col.notNull().references('sites.id').onDelete('restrict'))
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('final_url', 'text')
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('pending').check(sql`status in ('pending', 'done', 'error')`),
    )
    .addColumn('http_status', 'integer')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('retryable', 'boolean')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('duration_ms', 'integer')
    .addColumn('timings', 'jsonb')
    .addColumn('metrics', 'jsonb')
    .addColumn('snapshot_gz', 'bytea')
    .addColumn('snapshot_path', 'text')
    .addColumn('snapshot_schema_version', 'integer')
    .addUniqueConstraint('page_visits_campaign_site_url_key', ['campaign_id', 'site_id', 'url'])
    .execute();
  await db.schema.createIndex('page_visits_site_id_idx').on('page_visits').column('site_id').execute();
  await db.schema
    .createIndex('page_visits_campaign_status_idx')
    .on('page_visits')
    .columns(['campaign_id', 'status'])
    .execute();

  await db.schema
    .createTable('rule_results')
    .addColumn('page_visit_id', 'integer', (col) =>
      col.notNull().references('page_visits.id').onDelete('cascade'),
    )
    .addColumn('rule_id', 'text', (col) => col.notNull())
    .addColumn('rule_version', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('family', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) =>
      col.notNull().check(sql`outcome in ('passed', 'failed', 'cantTell', 'inapplicable', 'error')`),
    )
    .addColumn('impact', 'text')
    .addColumn('passed_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('cant_tell_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('evidence', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('error', 'text')
    .addColumn('judged_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('rule_results_pkey', ['page_visit_id', 'rule_id'])
    .execute();
  await db.schema
    .createIndex('rule_results_rule_outcome_idx')
    .on('rule_results')
    .columns(['rule_id', 'outcome'])
    .execute();

  await db.schema
    .createTable('site_summaries')
    .addColumn('campaign_id', 'integer', (col) =>
      col.notNull().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', (col) => col.notNull().references('sites.id').onDelete('restrict'))
    .addColumn('page_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('error_page_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('scores', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('grades', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('errors', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('computed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('site_summaries_pkey', ['campaign_id', 'site_id'])
    .execute();
  await db.schema.createIndex('site_summaries_site_id_idx').on('site_summaries').column('site_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'site_summaries',
    'rule_results',
    'page_visits',
    'campaigns',
    'sites',
    'organisations',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
