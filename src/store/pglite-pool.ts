// PGlite seen as a one-connection `pg` pool, so Kysely's own PostgresDialect (compiler, transactions,
// savepoints, migration lock) drives it unchanged. A mutex hands the single connection to one user at a
// time: a Kysely transaction and a pg-boss call never interleave their statements.

import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

export interface SqlExecutor {
  /** pg-boss's `db` contract. Parameterless text may hold several statements (PGlite: exec()). */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number }>;
}

export function pglitePool(pglite: PGlite): { pool: PostgresPool; executor: SqlExecutor } {
  let tail: Promise<void> = Promise.resolve();
  /** Waits for the connection, returns the function that hands it back. */
  const acquire = async (): Promise<() => void> => {
    let release!: () => void;
    const previous = tail;
    tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  const query = async <R>(text: string, parameters: ReadonlyArray<unknown>) => {
    const result = await pglite.query<R>(text, [...parameters]);
    const command = (result.command ?? 'SELECT').toUpperCase();
    return {
      command,
      rowCount: result.affectedRows ?? result.rows.length,
      rows: result.rows,
    } as PostgresQueryResult<R>;
  };

  const pool: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      const release = await acquire();
      return { query, release } as unknown as PostgresPoolClient;
    },
    async end(): Promise<void> {
      const release = await acquire();
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        release();
      }
    },
  };

  const executor: SqlExecutor = {
    async executeSql(text, values) {
      const release = await acquire();
      try {
        if (values && values.length > 0) {
          const result = await pglite.query(text, values);
          return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
        }
        const results = await pglite.exec(text);
        const last = results.at(-1);
        return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      } finally {
        release();
      }
    },
  };
  return { pool, executor };
}
