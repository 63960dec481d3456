// An exclusive lock on a PGlite data folder: PGlite is a single-process database, and two processes writing
// the same folder would corrupt it. The lock file holds the owner's pid and host; a lock whose process is
// gone (crash, kill -9) is taken over.

import { rmSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors.js';

export const LOCK_FILE = 'vigie.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  since: string;
}

/** Lock files held by this process: the same process opening a folder twice is refused too. */
const held = new Set<string>();
let exitHookInstalled = false;

export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  installExitHook();
  for (let attempt = 0; attempt < 3; attempt++) {
    const owner: LockOwner = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(owner)}\n`);
      } finally {
        await handle.close();
      }
      held.add(path);
      return () => releaseLock(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readOwner(path);
    if (current === 'fresh') throw lockedError(dataDir, path, null);
    if (current !== null && isAlive(current, path)) throw lockedError(dataDir, path, current);
    // Stale: its process is gone. Remove it and try again (another process may win the race: then we
    // see its live lock on the next turn).
    await rm(path, { force: true });
  }
  throw lockedError(dataDir, path, null);
}

async function releaseLock(path: string): Promise<void> {
  if (!held.delete(path)) return;
  const owner = await readOwner(path);
  if (owner !== null && owner !== 'fresh' && owner.pid === process.pid && owner.hostname === hostname())
    await rm(path, { force: true });
}

/** The owner, `fresh` for a lock still being written, or null when the file is gone or unreadable. */
async function readOwner(path: string): Promise<LockOwner | 'fresh' | null> {
  try {
    const text = await readFile(path, 'utf8');
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string')
      return { pid: value.pid, hostname: value.hostname, since: String(value.since ?? '') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  }
  // Empty or partial content: another process may be writing it right now.
  try {
    const info = await stat(path);
    return Date.now() - info.mtimeMs < 5_000 ? 'fresh' : null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner, path: string): boolean {
  // A pid on another machine (shared folder) cannot be checked: assume it is alive.
  if (owner.hostname !== hostname()) return true;
  if (owner.pid === process.pid) return held.has(path);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(dataDir: string, path: string, owner: LockOwner | null): StoreError {
  const who = owner
    ? ` par le processus ${owner.pid}${owner.hostname === hostname() ? '' : ` sur la machine ${owner.hostname}`}` +
      (owner.since ? ` depuis ${owner.since}` : '')
    : ' par un autre processus';
  return new StoreError(
    'LOCKED',
    `Le dossier de données ${dataDir} est déjà utilisé${who}. Attendez la fin de cette commande, ` +
      `ou supprimez ${path} si vous êtes sûr qu'aucun processus Vigie ne l'utilise.`,
  );
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const path of held) rmSync(path, { force: true });
  });
}
