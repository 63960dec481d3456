// Which database a command uses, from its --data-dir flag and the environment, and a wrapper that opens it,
// runs the command and always closes it. A storage problem (locked or damaged folder, unreachable server)
// ends the command with its French message and exit code 1, not a stack trace.

import { readEnvironment } from '../config/config.js';
import { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from '../store/db.js';
import { StoreError } from '../store/errors.js';
import { EXIT } from './usage.js';

export const DEFAULT_DATA_DIR = 'vigie-data';

export const DATA_DIR_HELP = `  --data-dir DOSSIER          dossier de la base intégrée (défaut : $VIGIE_DATA_DIR ou ./${DEFAULT_DATA_DIR}) ;
                              sans cette option, DATABASE_URL désigne un serveur PostgreSQL`;

/** An explicit --data-dir wins; then DATABASE_URL (PostgreSQL); then VIGIE_DATA_DIR; then ./vigie-data. */
export function databaseOptions(dataDirFlag: string | undefined): OpenDatabaseOptions {
  if (dataDirFlag) return { dataDir: dataDirFlag };
  const env = readEnvironment();
  if (env.databaseUrl) return { databaseUrl: env.databaseUrl, schema: env.dbSchema };
  return { dataDir: env.dataDir ?? DEFAULT_DATA_DIR };
}

export async function withDatabase(
  dataDirFlag: string | undefined,
  run: (handle: DatabaseHandle) => Promise<number>,
  options: Partial<OpenDatabaseOptions> = {},
): Promise<number> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({
      ...databaseOptions(dataDirFlag),
      onProgress: (message) => process.stderr.write(`${message}\n`),
      ...options,
    });
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`vigie : ${error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  }
  try {
    return await run(handle);
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`vigie : ${error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

export function describeDatabase(handle: DatabaseHandle): string {
  return handle.kind === 'pglite' ? `PGlite (${handle.location})` : `PostgreSQL (${handle.location})`;
}
