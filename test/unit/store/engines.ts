// Test databases: PGlite in a temp folder always, and the same tests against PostgreSQL when DATABASE_URL
// is set (each run in its own schema, dropped afterwards). A freshly initialised PGlite cluster is cached
// in node_modules/.cache and copied, because initdb takes ~10 s on a small machine.

import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  type DatabaseHandle,
  type OpenDatabaseOptions,
  openDatabase,
  PGDATA_DIR,
} from '../../../src/store/db.js';

const DATABASE_URL = process.env.DATABASE_URL || undefined;

export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated database; `dispose` closes it and removes its folder or schema. */
  open(options?: Partial<OpenDatabaseOptions>): Promise<TestDatabase>;
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The data folder (PGlite) or schema (PostgreSQL), to reopen the same database. */
  reopen(options?: Partial<OpenDatabaseOptions>): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: openTestPglite }];
  if (DATABASE_URL) engines.push({ name: 'postgres', open: openTestPostgres });
  return engines;
}

/** A data folder with an initialised (empty, unmigrated) cluster, ready to open. */
export async function freshDataDir(): Promise<string> {
  const template = await pgliteTemplate();
  const dataDir = await mkdtemp(join(tmpdir(), 'vigie-test-db-'));
  await cp(template, join(dataDir, PGDATA_DIR), { recursive: true });
  return dataDir;
}

async function openTestPglite(options: Partial<OpenDatabaseOptions> = {}): Promise<TestDatabase> {
  const dataDir = await freshDataDir();
  const handle = await openDatabase({ ...options, dataDir });
  return {
    handle,
    reopen: (more = {}) => openDatabase({ ...options, ...more, dataDir }),
    async dispose() {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function openTestPostgres(options: Partial<OpenDatabaseOptions> = {}): Promise<TestDatabase> {
  const schema = `vigie_test_${randomBytes(6).toString('hex')}`;
  const handle = await openDatabase({ ...options, databaseUrl: DATABASE_URL, schema });
  return {
    handle,
    reopen: (more = {}) => openDatabase({ ...options, ...more, databaseUrl: DATABASE_URL, schema }),
    async dispose() {
      await handle.close();
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
        // pg-boss keeps its tables beside it (src/jobs/boss.ts).
        await client.query(`drop schema if exists "${schema}_jobs" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

let templatePromise: Promise<string> | undefined;

function pgliteTemplate(): Promise<string> {
  templatePromise ??= buildTemplate();
  return templatePromise;
}

async function buildTemplate(): Promise<string> {
  const packageJson = resolve('node_modules/@electric-sql/pglite/package.json');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const cacheDir = resolve('node_modules/.cache/vigie-test');
  const template = join(cacheDir, `pglite-${version}`);
  if (await exists(join(template, 'PG_VERSION'))) return template;
  await mkdir(cacheDir, { recursive: true });
  const building = await mkdtemp(join(cacheDir, 'building-'));
  const pglite = await PGlite.create({ dataDir: join(building, 'pgdata') });
  await pglite.query('select 1');
  await pglite.close();
  try {
    await rename(join(building, 'pgdata'), template);
  } catch {
    // Another worker finished first: use its copy.
  }
  await rm(building, { recursive: true, force: true });
  return template;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
