// The shipped DINUM list (data/sites, 35,742 URLs) imported into PGlite: counts, and the time it takes
// reported (not asserted: CI machines vary). A second import changes nothing.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../../src/sources/registry.js';
import { importSites } from '../../../src/store/sites.repository.js';
import { type TestDatabase, testEngines } from './engines.js';

const DINUM = join(import.meta.dirname, '../../../data/sites/etalab-nddosp-urls-2024-12.txt');

describe('the shipped DINUM list on PGlite', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await testEngines()[0]!.open();
  }, 180_000);
  afterAll(async () => {
    await test?.dispose();
  });

  it('imports 35,742 lines as 31,900 distinct sites, then finds them unchanged', async () => {
    const started = performance.now();
    const read = await readRegistry(await readFile(DINUM), { fileName: DINUM });
    const readMs = performance.now() - started;
    expect(read.lineCount).toBe(35_742);
    expect(read.rejected).toEqual([]);
    expect(read.entries).toHaveLength(31_900);
    expect(read.duplicates).toHaveLength(3_842);

    const first = await importSites(test.handle.db, read.entries, 'dinum');
    const firstMs = performance.now() - started;
    expect(first.sites).toEqual({ added: 31_900, updated: 0, unchanged: 0 });
    const again = await importSites(test.handle.db, read.entries, 'dinum');
    const secondMs = performance.now() - started - firstMs;
    expect(again.sites).toEqual({ added: 0, updated: 0, unchanged: 31_900 });
    console.info(
      `DINUM : lecture ${Math.round(readMs)} ms, lecture + premier import ${Math.round(firstMs)} ms, ` +
        `réimport ${Math.round(secondMs)} ms (PGlite)`,
    );
  }, 600_000);
});
