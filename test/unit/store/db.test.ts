// Opening, migrating and closing the database on every engine; the pg-boss style executeSql adapter.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../../src/store/errors.js';
import { migrationStatus } from '../../../src/store/migrate.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { json } from '../../../src/store/schema.js';
import { type TestDatabase, testEngines } from './engines.js';

// Databases and the COG are slow to load on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

describe.each(testEngines())('database on $name', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await engine.open();
  }, 120_000);
  afterAll(async () => {
    await test?.dispose();
  });

  it('applies every migration on first open, none on the next', async () => {
    expect(test.handle.appliedMigrations).toEqual(Object.keys(MIGRATIONS));
    const again = await test.handle.db.transaction().execute(async (trx) => migrationStatus(trx));
    expect(again.every((migration) => migration.executedAt instanceof Date)).toBe(true);
  });

  it('applies nothing on reopen, and refuses a schema migrated by a newer Vigie', async () => {
    // Its own database: a PGlite folder cannot be opened twice at once.
    const own = await engine.open();
    try {
      await own.handle.close();
      const other = await own.reopen();
      try {
        expect(other.appliedMigrations).toEqual([]);
        await sql`insert into kysely_migration (name, timestamp) values ('999-future', '2099-01-01')`.execute(
          other.db,
        );
      } finally {
        await other.close();
      }
      const error = await own.reopen().then(
        async (handle) => {
          await handle.close();
          return null;
        },
        (error: unknown) => error,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('NEWER_SCHEMA');
      expect((error as StoreError).message).toMatch(/version plus récente de Vigie/);
    } finally {
      await own.dispose();
    }
  }, 180_000);

  it('creates the tables of the schema', async () => {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(test.handle.db);
    const tables = await test.handle.db.introspection.getTables();
    const names = tables.filter((table) => table.schema === rows[0]!.schema).map((table) => table.name);
    for (const table of [
      'organisations',
      'sites',
      'campaigns',
      'page_visits',
      'rule_results',
      'site_summaries',
    ])
      expect(names).toContain(table);
  });

  it('round-trips jsonb, text[], bytea and timestamptz identically', async () => {
    const { db } = test.handle;
    const campaign = await db
      .insertInto('campaigns')
      .values({
        name: 'essai',
        vigie_version: '0.1.0',
        axe_version: '4.14.1',
        rgaa_version: '4.1.2',
        config_hash: 'abc',
        config: json({ list: [1, 'deux'], nested: { a: true } }),
        rule_versions: json({}),
        started_at: new Date('2025-01-02T03:04:05Z'),
      })
      .returning(['id', 'config', 'started_at', 'status'])
      .executeTakeFirstOrThrow();
    expect(typeof campaign.id).toBe('number');
    expect(campaign.config).toEqual({ list: [1, 'deux'], nested: { a: true } });
    expect(campaign.started_at).toEqual(new Date('2025-01-02T03:04:05Z'));
    expect(campaign.status).toBe('pending');
  });

  it('runs several parameterless statements and parameterised ones through executeSql', async () => {
    await test.handle.executeSql(
      'create table if not exists exec_probe (n int); insert into exec_probe values (1)',
    );
    const result = await test.handle.executeSql('select n from exec_probe where n = $1', [1]);
    expect(result.rows).toEqual([{ n: 1 }]);
  });

  it('rolls a failed transaction back entirely', async () => {
    const { db } = test.handle;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('organisations')
          .values({ org_key: 'rollback:1', name: 'A', kind: 'autre', sources: [] })
          .execute();
        await trx
          .insertInto('organisations')
          .values({ org_key: 'rollback:1', name: 'B', kind: 'autre', sources: [] })
          .execute();
      }),
    ).rejects.toThrow();
    const rows = await db
      .selectFrom('organisations')
      .where('org_key', '=', 'rollback:1')
      .selectAll()
      .execute();
    expect(rows).toEqual([]);
  });
});
