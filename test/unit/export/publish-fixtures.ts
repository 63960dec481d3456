// Shared setup of the `vigie publish` tests: an export folder on disk and the command run in-process with
// its standard output and error captured.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../../src/cli/main.js';

export const KEY = 'cle-secrete-0123456789abcdef';

export const SITES_SCHEMA = {
  name: 'vigie-sites',
  title: 'Résultats par site',
  description: 'Une ligne par site et par campagne.',
  version: '1.0.0',
  fields: [
    { name: 'site_id', type: 'string' },
    { name: 'grade', type: 'string' },
  ],
};

export const FILES = {
  'schema-sites.json': JSON.stringify(SITES_SCHEMA),
  'criteres.csv': `site_id,critere,resultat\n${'1,1.1,C\n'.repeat(400)}`,
  'sites.csv': 'site_id,grade\n1,A\n2,F\n',
  'statistiques.csv': 'indicateur,valeur\nsites,2\n',
};

export async function makeExportDir(files: Record<string, string> = FILES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-publish-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Every output of every run, to check that the key never appears in any of them. */
export const allOutputs: string[] = [];

export async function runPublish(args: string[], env: { key?: string | null } = {}): Promise<Run> {
  vi.stubEnv('VIGIE_DATAGOUV_API_KEY', env.key === null ? '' : (env.key ?? KEY));
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['publish', ...args]);
    allOutputs.push(stdout, stderr);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    vi.unstubAllEnvs();
  }
}
