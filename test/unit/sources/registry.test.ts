// Reading registry files end to end (no database): formats, bad lines with their number and reason,
// encodings, duplicates (including a generated file of 100,000), COG enrichment.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readRegistry } from '../../../src/sources/registry.js';
import { RegistryFormatError } from '../../../src/sources/rows.js';

// Databases and the COG are slow to load on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites');

async function read(name: string, format?: 'dinum-urls' | 'dinum-csv' | 'csv') {
  return readRegistry(await readFile(join(FIXTURES, name)), { fileName: name, format });
}

describe('readRegistry, DINUM URL list', () => {
  it('keeps valid URLs, reports garbage with line numbers, merges duplicates', async () => {
    const result = await read('urls-garbage.txt');
    expect(result.format).toBe('dinum-urls');
    expect(result.entries.map((entry) => [entry.line, entry.normalizedUrl, entry.url])).toEqual([
      [2, 'mairie-exemple.fr', 'https://www.mairie-exemple.fr/'],
      [12, 'ville-test.fr/accueil', 'https://www.ville-test.fr/accueil/'],
      [16, '127.0.0.1:8080', 'https://127.0.0.1:8080/'],
    ]);
    expect(result.rejected.map((rejected) => rejected.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 14, 15]);
    expect(result.rejected.every((rejected) => rejected.reason.length > 5)).toBe(true);
    expect(result.duplicates).toEqual([
      { line: 3, firstLine: 2, normalizedUrl: 'mairie-exemple.fr' },
      { line: 13, firstLine: 12, normalizedUrl: 'ville-test.fr/accueil' },
    ]);
  });

  it('handles 100,000 duplicates of a few sites quickly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vigie-dup-'));
    try {
      const lines = ['https://www.a.fr'];
      for (let i = 0; i < 100_000; i++)
        lines.push(['http://a.fr/', 'https://b.fr', 'b.fr/', 'n’importe quoi'][i % 4]!);
      const file = join(dir, 'duplicates.txt');
      await writeFile(file, `${lines.join('\n')}\n`);
      const started = performance.now();
      const result = await readRegistry(await readFile(file), { fileName: file });
      const elapsedMs = performance.now() - started;
      expect(result.entries.map((entry) => entry.normalizedUrl)).toEqual(['a.fr', 'b.fr']);
      expect(result.duplicates).toHaveLength(100_000 - 25_000 - 1);
      expect(result.rejected).toHaveLength(25_000);
      console.info(`100 001 lignes lues en ${Math.round(elapsedMs)} ms`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readRegistry, DINUM typed CSV', () => {
  it('maps categories to kinds and prefers the https duplicate', async () => {
    const result = await read('dinum-typed.csv');
    expect(result.format).toBe('dinum-csv');
    expect(result.rejected).toEqual([]);
    expect(
      result.entries.map((entry) => [entry.normalizedUrl, entry.url, entry.kind, entry.sourceCategory]),
    ).toEqual([
      ['aspach-le-bas.alsace', 'https://www.aspach-le-bas.alsace/', 'commune', 'communes'],
      ['ain.fr', 'https://www.ain.fr/', 'departement', 'conseils-departementaux'],
      ['exemple.gouv.fr', 'https://www.exemple.gouv.fr/', 'etat', '(suffix .gouv.fr)'],
      ['inconnu.fr', 'https://inconnu.fr/', null, null],
      ['nouvelle-categorie.fr', 'https://nouvelle-categorie.fr/', null, 'categorie-future'],
    ]);
  });
});

describe('readRegistry, generic CSV', () => {
  it('imports organisations enriched from the COG and rejects bad rows with a reason', async () => {
    const result = await read('organisations.csv');
    expect(result.format).toBe('csv');
    expect(result.ignoredColumns).toEqual(['note']);
    const byLine = new Map(result.entries.map((entry) => [entry.line, entry.organisation]));
    expect(byLine.get(2)).toEqual({
      name: 'Mairie de Bourg-en-Bresse',
      kind: 'commune',
      inseeCode: '01053',
      siren: expect.stringMatching(/^\d{9}$/),
      departement: '01',
      region: '84',
      population: expect.any(Number),
    });
    expect(byLine.get(3)).toMatchObject({ name: 'Annecy', inseeCode: '74010', departement: '74' });
    expect(byLine.get(4)).toMatchObject({ siren: '200071751', departement: '01', region: '84' });
    expect(byLine.get(4)?.population).toBeGreaterThan(100_000);
    expect(byLine.get(5)).toMatchObject({ kind: 'departement', inseeCode: '01', region: '84' });
    expect(byLine.get(5)?.population).toBeGreaterThan(500_000);
    expect(byLine.get(6)).toMatchObject({ kind: 'region', inseeCode: '84' });
    expect(byLine.get(6)?.population).toBeGreaterThan(7_000_000);
    expect(byLine.get(7)).toMatchObject({ kind: 'prefecture', inseeCode: '01', departement: '01' });
    expect(byLine.get(8)).toMatchObject({
      name: 'Collège Jean Moulin, Paris',
      departement: '75',
      region: '11',
      population: null,
    });
    expect(byLine.get(15)).toMatchObject({ name: 'Note sur\ndeux lignes', kind: 'autre' });
    expect(byLine.get(17)).toMatchObject({ name: 'Commune population donnée', population: 70_000 });

    const reasons = Object.fromEntries(result.rejected.map((rejected) => [rejected.line, rejected.reason]));
    expect(reasons).toEqual({
      9: expect.stringMatching(/code INSEE « 99999 » inconnu/),
      10: expect.stringMatching(/code INSEE invalide « ABC12 »/),
      11: expect.stringMatching(/SIREN invalide/),
      12: expect.stringMatching(/type d'organisation inconnu « type-bizarre »/),
      13: expect.stringMatching(/adresse manquante/),
      14: expect.stringMatching(/champs/),
    });
  });

  it('reads a BOM, semicolons, CRLF and French header names', async () => {
    const result = await read('bom-semicolon.csv');
    expect(result.bom).toBe(true);
    expect(result.rejected).toEqual([]);
    expect(
      result.entries.map((entry) => [entry.url, entry.organisation?.name, entry.organisation?.inseeCode]),
    ).toEqual([
      ['https://www.valence.fr/', 'Mairie de Valence', '26362'],
      ['https://evian.fr/', 'Mairie d’Évian', '74119'],
    ]);
  });

  it('reads a Latin-1 file', async () => {
    const result = await read('latin1.csv');
    expect(result.encoding).toBe('windows-1252');
    expect(result.entries.map((entry) => entry.organisation?.name)).toEqual([
      'Mairie de Sète',
      'Mairie de Besançon',
    ]);
  });

  it('rejects the one badly encoded line of a UTF-8 file', async () => {
    const result = await read('mixed-encoding.csv');
    expect(result.encoding).toBe('utf-8');
    expect(result.rejected).toEqual([{ line: 3, reason: expect.stringMatching(/encodage invalide/) }]);
    expect(result.entries.map((entry) => entry.line)).toEqual([2, 4]);
  });

  it('refuses a CSV without a url column as a whole', async () => {
    await expect(
      readRegistry(new TextEncoder().encode('nom,type\nMairie,commune\n'), { fileName: 'x.csv' }),
    ).rejects.toThrow(RegistryFormatError);
  });
});
