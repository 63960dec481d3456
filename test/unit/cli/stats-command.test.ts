// `vigie stats` through the CLI entry point on the seeded database (test/helpers/stats-seed.ts): text, JSON
// and CSV forms, --by, the default campaign, and bad input.

import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { openDatabase } from '../../../src/store/db.js';
import { seedStats } from '../../helpers/stats-seed.js';
import { freshDataDir } from '../store/engines.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

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

describe('vigie stats', () => {
  let dataDir: string;
  let emptyDir: string;
  beforeAll(async () => {
    dataDir = await freshDataDir();
    emptyDir = await freshDataDir();
    const handle = await openDatabase({ dataDir });
    await seedStats(handle);
    await handle.close();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(emptyDir, { recursive: true, force: true });
  });

  it('prints the latest finished campaign as a French table', async () => {
    const { code, stdout } = await run('stats', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Statistiques de la campagne 2 « Campagne 2 » \(2026-06-01\)\n/);
    expect(stdout).toContain('par rapport à la campagne 1 « Campagne 1 » (2025-06-01)');
    expect(stdout).toMatch(
      /Part des sites avec la note A \(note brute RGAA\) +33,3\u202f% +6 +\+33,3\u202fpts\n/,
    );
    expect(stdout).toMatch(/Poids des pages transférées : médiane +1,8\u202fko +6 +−0,2\u202fko\n/);
    expect(stdout).toMatch(/Taux de conformité RGAA automatisé : médiane +65\u202f% +6 +=\n/);
    expect(stdout).not.toContain('Conseils départementaux');
  });

  it('groups by kind of organisation', async () => {
    const { code, stdout } = await run('stats', '--data-dir', dataDir, '--by', 'kind', '--campaign', '2');
    expect(code).toBe(0);
    expect(stdout).toContain("## Par type d'organisme");
    expect(stdout).toMatch(
      /Part des conseils départementaux avec la note A \(note brute RGAA\) +0\u202f% +1 +=\n/,
    );
    expect(stdout).not.toContain('Ensemble des sites');
  });

  it('writes every row as CSV and JSON', async () => {
    const csv = await run('stats', '--data-dir', dataDir, '--format', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'campaign_id,campaign_date,dimension,group_code,group_label,indicator,value,unit,sites,previous_value,change',
    );
    expect(lines[1]).toBe('2,2026-06-01,ensemble,,Ensemble des sites,sites_audites,6,sites,6,,');
    expect(lines).toContain('2,2026-06-01,ensemble,,Ensemble des sites,part_note_a,33.3,pourcent,6,0,33.3');
    expect(lines).toContain('2,2026-06-01,departement,2A,Corse-du-Sud (2A),sites_en_erreur,1,sites,1,,');
    const json = await run('stats', '--data-dir', dataDir, '--format', 'json', '--by', 'population');
    const parsed = JSON.parse(json.stdout);
    expect(parsed.campaign).toEqual({ id: 2, name: 'Campagne 2', date: '2026-06-01' });
    expect(parsed.previous.id).toBe(1);
    expect(new Set(parsed.statistics.map((row: { group_code: string }) => row.group_code))).toEqual(
      new Set(['moins-de-500', '500-1999', '50000-et-plus']),
    );
    expect(
      parsed.statistics.find(
        (row: { group_code: string; indicator: string }) =>
          row.group_code === '500-1999' && row.indicator === 'taux_rgaa_mediane',
      ),
    ).toMatchObject({
      value: 70,
      unit: 'pourcent',
      sites: 1,
      label: 'Taux de conformité RGAA automatisé : médiane',
    });
    expect(lines.length - 1).toBe(
      (await run('stats', '--data-dir', dataDir, '--format', 'json')).stdout.match(/"indicator"/g)?.length,
    );
  });

  it('puts every finished campaign side by side with --all-campaigns', async () => {
    const { code, stdout } = await run('stats', '--data-dir', dataDir, '--all-campaigns');
    expect(code).toBe(0);
    expect(stdout).toContain('Évolution sur 2 campagnes terminées');
    // Campaign 1: s1 s3 s4 audited (grades E C F, rates 40 80 60); campaign 2: see stats.test.ts.
    expect(stdout).toMatch(/n°1 2025-06-01 +n°2 2026-06-01\n/);
    expect(stdout).toMatch(/Sites audités +3 +6\n/);
    expect(stdout).toMatch(/Part des sites avec la note A \(note brute RGAA\) +0\u202f% +33,3\u202f%\n/);
    expect(stdout).toMatch(/Taux de conformité RGAA automatisé : médiane +60\u202f% +65\u202f%\n/);
    const csv = await run('stats', '--data-dir', dataDir, '--all-campaigns', '--format', 'csv');
    const lines = csv.stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('campaign_id,'))).toHaveLength(1);
    expect(lines).toContain('1,2025-06-01,ensemble,,Ensemble des sites,taux_rgaa_mediane,60,pourcent,3,,');
    expect(lines).toContain('2,2026-06-01,ensemble,,Ensemble des sites,taux_rgaa_mediane,65,pourcent,6,60,0');
    expect(await run('stats', '--all-campaigns', '--campaign', '1')).toMatchObject({ code: 2 });
  });

  it('rejects bad options and unknown campaigns', async () => {
    expect(await run('stats', '--by', 'canton')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/« canton »/),
    });
    expect(await run('stats', '--format', 'xml')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/« xml »/),
    });
    expect(await run('stats', '--campaign', 'x')).toMatchObject({ code: 2 });
    expect(await run('stats', '--data-dir', dataDir, '--campaign', '9')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/campagne 9 introuvable/),
    });
    expect(await run('stats', '--data-dir', emptyDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/aucune campagne terminée/),
    });
  });
});
