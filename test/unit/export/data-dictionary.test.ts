// docs/data-dictionary.md is generated from the export schemas: it must be current and name every column.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dataDictionary } from '../../../src/export/data-dictionary.js';
import { EXPORT_TABLES } from '../../../src/export/schemas.js';

describe('data dictionary', () => {
  it('docs/data-dictionary.md is up to date (npm run build && node scripts/gen-data-dictionary.mjs)', async () => {
    expect(await readFile('docs/data-dictionary.md', 'utf8')).toBe(dataDictionary());
  });

  it('describes every column of every table, with its pattern', () => {
    const text = dataDictionary();
    for (const { name, schema } of EXPORT_TABLES) {
      expect(text).toContain(`## ${name}.csv`);
      for (const field of schema.fields) expect(text).toContain(`| \`${field.name}\` |`);
    }
    expect(text).toContain('motif `^(\\d{5}|2[AB]\\d{3})$`'.replace('|', '\\|'));
    expect(text).toContain('motif `^\\d{9}$`');
  });
});
