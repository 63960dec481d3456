// Importing sites: added / updated / unchanged counts, idempotent re-import, changed rows, organisations,
// all-or-nothing transactions; listing with filters. On PGlite, and on PostgreSQL when DATABASE_URL is set.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SiteEntry } from '../../../src/core/site.js';
import { readRegistry } from '../../../src/sources/registry.js';
import { countSites, importSites, listSites } from '../../../src/store/sites.repository.js';
import { type TestDatabase, testEngines } from './engines.js';

// Databases and the COG are slow to load on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites');

async function entriesOf(name: string): Promise<SiteEntry[]> {
  return (await readRegistry(await readFile(join(FIXTURES, name)), { fileName: name })).entries;
}

function site(normalizedUrl: string, more: Partial<SiteEntry> = {}): SiteEntry {
  return {
    normalizedUrl,
    url: `https://${normalizedUrl}/`,
    domain: normalizedUrl.split('/')[0]!,
    kind: null,
    sourceCategory: null,
    organisation: null,
    line: 1,
    ...more,
  };
}

describe.each(testEngines())('importSites on $name', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await engine.open();
  }, 180_000);
  afterAll(async () => {
    await test?.dispose();
  });

  it('adds, then finds everything unchanged on a second import of the same file', async () => {
    const { db } = test.handle;
    const entries = await entriesOf('organisations.csv');
    const first = await importSites(db, entries, 'organisations');
    expect(first.sites).toEqual({ added: entries.length, updated: 0, unchanged: 0 });
    expect(first.organisations).toEqual({ added: entries.length, updated: 0, unchanged: 0 });
    const again = await importSites(db, await entriesOf('organisations.csv'), 'organisations');
    expect(again.sites).toEqual({ added: 0, updated: 0, unchanged: entries.length });
    expect(again.organisations).toEqual({ added: 0, updated: 0, unchanged: entries.length });

    const [annecy] = await listSites(db, { inseeCode: '74010' });
    expect(annecy).toMatchObject({
      url: 'https://www.annecy.fr/',
      kind: 'commune',
      organisationName: 'Annecy',
      departement: '74',
      region: '84',
    });
    expect(annecy?.population).toBeGreaterThan(100_000);
  });

  it('updates the site and organisation of a changed row only', async () => {
    const { db } = test.handle;
    const entries = await entriesOf('organisations.csv');
    const changed = entries.map((entry) =>
      entry.organisation?.inseeCode === '73065'
        ? {
            ...entry,
            url: 'https://chambery.fr/',
            organisation: { ...entry.organisation, population: 71_000 },
          }
        : entry,
    );
    const result = await importSites(db, changed, 'organisations');
    expect(result.sites).toEqual({ added: 0, updated: 1, unchanged: entries.length - 1 });
    expect(result.organisations).toEqual({ added: 0, updated: 1, unchanged: entries.length - 1 });
    const [chambery] = await listSites(db, { inseeCode: '73065' });
    expect(chambery).toMatchObject({ url: 'https://chambery.fr/', population: 71_000 });
  });

  it('never erases with an unknown field, and records each source once', async () => {
    const { db } = test.handle;
    expect(
      (await importSites(db, [site('merge.fr', { kind: 'commune', sourceCategory: 'communes' })], 'typed'))
        .sites,
    ).toEqual({ added: 1, updated: 0, unchanged: 0 });
    // The plain URL list knows nothing of the kind: the site changes only by gaining a source.
    expect((await importSites(db, [site('merge.fr')], 'plain')).sites.updated).toBe(1);
    expect((await importSites(db, [site('merge.fr')], 'plain')).sites.unchanged).toBe(1);
    const [row] = await db.selectFrom('sites').selectAll().where('normalized_url', '=', 'merge.fr').execute();
    expect(row).toMatchObject({ kind: 'commune', source_category: 'communes', sources: ['typed', 'plain'] });
  });

  it('writes nothing when the import fails half-way', async () => {
    const { db } = test.handle;
    const before = await countSites(db);
    const entries = [site('atomic-1.fr'), site('atomic-2.fr'), site('atomic-2.fr')];
    await expect(importSites(db, entries, 'broken')).rejects.toThrow();
    expect(await countSites(db)).toBe(before);
  });

  it('lists and counts with filters', async () => {
    const { db } = test.handle;
    expect(await countSites(db, { kind: 'commune' })).toBe(4);
    expect(await countSites(db, { departement: '01' })).toBe(4);
    expect(await countSites(db, { region: '84', kind: 'epci' })).toBe(1);
    expect(await countSites(db, { source: 'plain' })).toBe(1);
    expect((await listSites(db, { domain: 'bourg' })).map((item) => item.domain).sort()).toEqual([
      'bourgenbresse.fr',
      'grandbourg.fr',
    ]);
    const page = await listSites(db, {}, { limit: 2, offset: 1 });
    expect(page).toHaveLength(2);
  });
});
