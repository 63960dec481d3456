// Runs the schema migrations (./migrations) with Kysely's Migrator: each run is one transaction under a
// migration lock, so a failed migration leaves the schema as it was and two processes never migrate at once.

import { type Kysely, type MigrationInfo, Migrator, sql } from 'kysely';
import { causeText, StoreError } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

/**
 * The migration tables live in the connection's current schema, named explicitly: without it Kysely
 * looks for them in every schema and, on a server shared with other schemas, finds someone else's.
 */
async function migrator(db: Kysely<Database>): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableSchema: rows[0]!.schema,
  });
}

/** Applies pending migrations; returns the names applied by this call (empty when up to date). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await (await migrator(db)).migrateToLatest();
  if (error) {
    const message = causeText(error);
    if (/previously executed migration .* is missing/.test(message))
      throw new StoreError(
        'NEWER_SCHEMA',
        `La base a été mise à jour par une version plus récente de Vigie (${message}). ` +
          `Mettez Vigie à jour pour l'utiliser.`,
        { cause: error },
      );
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new StoreError(
      'MIGRATION',
      `La migration du schéma${failed ? ` « ${failed} »` : ''} a échoué, la base est restée inchangée : ${message}`,
      { cause: error },
    );
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

/** Every known migration, with the time it was applied (null when pending). */
export async function migrationStatus(db: Kysely<Database>): Promise<readonly MigrationInfo[]> {
  return (await migrator(db)).getMigrations();
}
