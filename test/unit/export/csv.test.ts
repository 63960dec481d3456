// RFC 4180 writing and reading: quoting, line breaks, back-pressure on a large file.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, openCsvWriter, parseCsv } from '../../../src/export/csv.js';

describe('CSV', () => {
  it('quotes only what needs it, doubling quotes; null is empty', () => {
    expect(csvLine(['a', 1.5, true, null, undefined, ''])).toBe('a,1.5,true,,,\r\n');
    expect(csvField('Mairie, « la » "belle"')).toBe('"Mairie, « la » ""belle"""');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvField('012345678')).toBe('012345678');
    expect(csvLine([Number.NaN, Number.POSITIVE_INFINITY, 0])).toBe(',,0\r\n');
  });

  it('parses back what it writes, CRLF or LF', () => {
    const rows = [
      ['nom', 'code'],
      ['Mairie, « la » "belle"', '2A004'],
      ['deux\r\nlignes', ''],
    ];
    expect(parseCsv(rows.map(csvLine).join(''))).toEqual(rows);
    expect(parseCsv('a,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(() => parseCsv('a,"b\n')).toThrow(/guillemet/);
  });

  it('writes a large file through the stream, counting rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vigie-csv-'));
    try {
      const path = join(dir, 'big.csv');
      const writer = await openCsvWriter(path, ['i', 'text']);
      for (let i = 0; i < 50_000; i++) await writer.write([i, `ligne ${i}, « ok »`]);
      await writer.close();
      expect(writer.rows).toBe(50_000);
      const rows = parseCsv(await readFile(path, 'utf8'));
      expect(rows).toHaveLength(50_001);
      expect(rows[50_000]).toEqual(['49999', 'ligne 49999, « ok »']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
