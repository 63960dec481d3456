// `vigie sites import|list` and `vigie db migrate` through the CLI entry point: summaries, FILE:LINE
// reports, exit codes (0 imported, 1 database unavailable, 2 bad file or usage).

import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { openDatabase } from '../../../src/store/db.js';
import { freshDataDir } from '../store/engines.js';

// Databases and the COG are slow to load on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('vigie sites and vigie db', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await freshDataDir();
  }, 120_000);
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('imports valid lines, reports the others as FILE:LINE : reason, and is idempotent', async () => {
    const file = join(FIXTURES, 'organisations.csv');
    const first = await run('sites', 'import', file, '--data-dir', dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('9 ajoutés, 0 mis à jour, 0 inchangés, 6 rejetés');
    expect(first.stdout).toContain('Organisations : 9 ajoutées');
    expect(first.stdout).toContain('Colonnes ignorées : note');
    expect(first.stderr).toContain(`${file}:9 : code INSEE « 99999 » inconnu du COG 2026`);
    expect(first.stderr).toContain(`${file}:13 : adresse manquante`);

    const second = await run('sites', 'import', file, '--data-dir', dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 ajoutés, 0 mis à jour, 9 inchangés, 6 rejetés');
  }, 120_000);

  it('lists the stored sites with filters', async () => {
    const result = await run(
      'sites',
      'list',
      '--filter',
      'kind=commune',
      '--limit',
      '2',
      '--data-dir',
      dataDir,
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('id\turl\ttype\torganisation\tinsee\tsiren\tdepartement\tregion\tpopulation');
    expect(lines).toHaveLength(3);
    expect(result.stderr).toContain('3 sites (2 affichés)');
    expect((await run('sites', 'list', '--filter', 'bogus=1', '--data-dir', dataDir)).code).toBe(2);
  }, 60_000);

  it('migrates explicitly', async () => {
    const result = await run('db', 'migrate', '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Schéma déjà à jour');
    expect(result.stdout).toMatch(/001-initial {2}\d{4}-/);
  }, 60_000);

  it('exits with 1 and a clear message when the folder is in use', async () => {
    const holder = await openDatabase({ dataDir });
    try {
      const result = await run('sites', 'import', join(FIXTURES, 'dinum-typed.csv'), '--data-dir', dataDir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Le dossier de données ${dataDir} est déjà utilisé`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await holder.close();
    }
  }, 60_000);

  it('exits with 2 for an unreadable file, an unknown format, a file without url column or without valid line', async () => {
    expect((await run('sites', 'import', join(FIXTURES, 'absent.csv'), '--data-dir', dataDir)).code).toBe(2);
    const format = await run('sites', 'import', join(FIXTURES, 'latin1.csv'), '--format', 'xlsx');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format : « xlsx » inconnu');
    const noUrl = join(dataDir, 'sans-url.csv');
    await writeFile(noUrl, 'nom,type\nMairie,commune\n');
    const header = await run('sites', 'import', noUrl, '--data-dir', dataDir);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain("en-tête sans colonne d'adresse");
    const garbage = join(dataDir, 'garbage.txt');
    await writeFile(garbage, 'rien\nde valide\n');
    const nothing = await run('sites', 'import', garbage, '--data-dir', dataDir);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain(`${garbage}:1 : nom de domaine sans extension`);
    expect((await run('sites', 'frobnicate')).code).toBe(2);
  });
});
