// A PGlite data folder is used by one process at a time; a locked, stale or damaged folder gives a clear
// French message and no write.

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, PGDATA_DIR } from '../../../src/store/db.js';
import { StoreError } from '../../../src/store/errors.js';
import { LOCK_FILE } from '../../../src/store/lock.js';
import { freshDataDir } from './engines.js';

// Databases and the COG are slow to load on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

async function dataDir(): Promise<string> {
  const dir = await freshDataDir();
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function openError(dir: string): Promise<StoreError> {
  const error = await openDatabase({ dataDir: dir }).then(
    async (handle) => {
      await handle.close();
      throw new Error('expected the folder to be refused');
    },
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('data folder lock', () => {
  it('refuses a second opening of a folder in use, and allows it once closed', async () => {
    const dir = await dataDir();
    const first = await openDatabase({ dataDir: dir });
    const error = await openError(dir);
    expect(error.code).toBe('LOCKED');
    expect(error.message).toContain(dir);
    expect(error.message).toContain(`processus ${process.pid}`);
    await first.close();
    expect(await readdir(dir)).not.toContain(LOCK_FILE);
    const second = await openDatabase({ dataDir: dir });
    await second.close();
  }, 120_000);

  it('refuses a folder locked by another live process, takes it over once that process is gone', async () => {
    const dir = await dataDir();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    cleanup.push(async () => child.kill());
    const owner = { pid: child.pid, hostname: hostname(), since: new Date().toISOString() };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(owner));

    const error = await openError(dir);
    expect(error.code).toBe('LOCKED');
    expect(error.message).toMatch(
      new RegExp(`Le dossier de données .* est déjà utilisé par le processus ${child.pid}`),
    );

    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
    const handle = await openDatabase({ dataDir: dir });
    await handle.close();
  }, 120_000);

  it('reports a folder that is not a PostgreSQL cluster as damaged, without writing to it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vigie-test-corrupt-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const pgdata = join(dir, PGDATA_DIR);
    await rm(pgdata, { recursive: true, force: true });
    await writeFile(join(dir, 'notes.txt'), 'pas une base');
    await import('node:fs/promises').then((fs) => fs.mkdir(pgdata));
    await writeFile(join(pgdata, 'fichier.txt'), 'pas une base');
    const error = await openError(dir);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toContain(dir);
    expect(await readdir(pgdata)).toEqual(['fichier.txt']);
    expect(await readdir(dir)).not.toContain(LOCK_FILE);
  });

  it('reports a damaged cluster as such', async () => {
    const dir = await dataDir();
    await rm(join(dir, PGDATA_DIR, 'global', 'pg_control'));
    const error = await openError(dir);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/illisible ou endommagé/);
    await expect(stat(join(dir, LOCK_FILE))).rejects.toThrow();
  }, 120_000);
});
