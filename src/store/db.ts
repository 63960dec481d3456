// Opens the database: embedded PGlite in a data folder by default, a PostgreSQL server when a connection
// URL is given. Both speak the same SQL through Kysely; migrations run on open. The handle also exposes an
// `executeSql` adapter over the same connection, for pg-boss (src/jobs/).

import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { causeText, StoreError } from './errors.js';
import { acquireDataDirLock } from './lock.js';
import { migrateToLatest } from './migrate.js';
import { pglitePool, type SqlExecutor } from './pglite-pool.js';
import type { Database } from './schema.js';

export type { SqlExecutor } from './pglite-pool.js';

/** PGlite keeps its PostgreSQL cluster in this sub-folder, so the data folder can hold other files. */
export const PGDATA_DIR = 'pgdata';

export interface OpenDatabaseOptions {
  /** PGlite data folder, created on first use. Ignored when `databaseUrl` is given. */
  dataDir?: string | undefined;
  /** postgres://… URL of a PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** Schema to work in (created if missing): isolates test runs on a shared server. */
  schema?: string | undefined;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /** Progress messages for slow steps (first creation of a PGlite folder takes seconds). */
  onProgress?: (message: string) => void;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Human-readable location: the data folder, or the server URL without password. */
  location: string;
  /** The schema worked in when one was asked for (else the connection's default, public). */
  schema: string | undefined;
  /** Migrations applied while opening. */
  appliedMigrations: string[];
  executeSql: SqlExecutor['executeSql'];
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema))
    throw new Error(`invalid schema name: ${options.schema}`);
  const opened = options.databaseUrl ? await openPostgres(options) : await openPglite(options);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: opened.pool }) });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await db.destroy();
    } finally {
      await opened.release();
    }
  };
  let appliedMigrations: string[] = [];
  if (options.migrate !== false) {
    try {
      appliedMigrations = await migrateToLatest(db);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return {
    db,
    kind: opened.kind,
    location: opened.location,
    schema: options.schema,
    appliedMigrations,
    executeSql: (text, values) => opened.executor.executeSql(text, values),
    close,
  };
}

interface OpenedEngine {
  kind: DatabaseHandle['kind'];
  location: string;
  pool: ConstructorParameters<typeof PostgresDialect>[0]['pool'];
  executor: SqlExecutor;
  release: () => Promise<void>;
}

async function openPglite(options: OpenDatabaseOptions): Promise<OpenedEngine> {
  const dataDir = resolve(options.dataDir ?? 'vigie-data');
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new StoreError(
      'CORRUPT',
      `Impossible de créer le dossier de données ${dataDir} : ${causeText(error)}`,
    );
  }
  const unlock = await acquireDataDirLock(dataDir);
  try {
    const pgdata = join(dataDir, PGDATA_DIR);
    const entries = await readdir(pgdata).catch(() => [] as string[]);
    if (entries.length > 0 && !entries.includes('PG_VERSION'))
      throw corrupt(dataDir, `${pgdata} n'est pas un dossier PostgreSQL`);
    if (entries.length === 0) options.onProgress?.(`Création de la base dans ${dataDir}…`);
    let pglite: PGlite;
    try {
      pglite = await PGlite.create({ dataDir: pgdata });
      await pglite.query('select 1');
    } catch (error) {
      throw corrupt(dataDir, causeText(error));
    }
    if (options.schema) {
      await pglite.exec(
        `create schema if not exists "${options.schema}"; set search_path to "${options.schema}"`,
      );
    }
    const { pool, executor } = pglitePool(pglite);
    return { kind: 'pglite', location: dataDir, pool, executor, release: unlock };
  } catch (error) {
    await unlock();
    throw error;
  }
}

function corrupt(dataDir: string, detail: string): StoreError {
  return new StoreError(
    'CORRUPT',
    `Le dossier de données ${dataDir} est illisible ou endommagé (${detail}). Rien n'y a été écrit. ` +
      `Restaurez une sauvegarde, ou choisissez un autre dossier avec --data-dir.`,
  );
}

async function openPostgres(options: OpenDatabaseOptions): Promise<OpenedEngine> {
  const url = options.databaseUrl!;
  const location = redactUrl(url);
  if (options.schema) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query(`create schema if not exists "${options.schema}"`);
    } catch (error) {
      throw unreachable(location, error);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unreachable(location, error);
  }
  const executor: SqlExecutor = {
    async executeSql(text, values) {
      // Several statements without parameters give one result each: pg-boss wants the last.
      const results = (await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[];
      const result = Array.isArray(results) ? results.at(-1) : results;
      return { rows: result?.rows ?? [], rowCount: result?.rowCount ?? result?.rows.length ?? 0 };
    },
  };
  return { kind: 'postgres', location, pool, executor, release: async () => undefined };
}

function unreachable(location: string, error: unknown): StoreError {
  return new StoreError(
    'UNREACHABLE',
    `Impossible de se connecter à PostgreSQL (${location}) : ${causeText(error)}. ` +
      `Vérifiez DATABASE_URL, ou retirez-la pour utiliser la base intégrée (--data-dir).`,
  );
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'DATABASE_URL';
  }
}
