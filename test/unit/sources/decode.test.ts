// Decoding registry files: UTF-8 with or without BOM, Latin-1, UTF-16, and mixed files line by line.

import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../../src/sources/csv.js';
import { decodeLines } from '../../../src/sources/decode.js';

const texts = (bytes: Uint8Array) =>
  decodeLines(bytes).lines.map((line) => ('text' in line ? line.text : `ERREUR ${line.error}`));

describe('decodeLines', () => {
  it('reads UTF-8, strips the BOM and CR', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Sète\r\nÉvian\r\n')]);
    expect(decodeLines(bytes)).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(texts(bytes)).toEqual(['Sète', 'Évian']);
  });

  it('reads a Latin-1 file as Windows-1252', () => {
    const bytes = new Uint8Array([0x53, 0xe8, 0x74, 0x65, 0x0a, 0x80, 0x0a]); // "Sète\n€\n"
    expect(decodeLines(bytes).encoding).toBe('windows-1252');
    expect(texts(bytes)).toEqual(['Sète', '€']);
  });

  it('reports the lines of a UTF-8 file that are not UTF-8 instead of guessing', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Sète\n'),
      0x42,
      0xe9,
      0x0a, // "Bé" in Latin-1
      ...new TextEncoder().encode('Évian'),
    ]);
    const decoded = decodeLines(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.lines[1]).toEqual({ line: 2, error: expect.stringMatching(/encodage invalide/) });
    expect(texts(bytes)).toEqual(['Sète', expect.stringMatching(/^ERREUR/), 'Évian']);
  });

  it('reads UTF-16 with a BOM', () => {
    const body = Buffer.from('url\nhttps://sète.fr\n', 'utf16le');
    expect(texts(new Uint8Array([0xff, 0xfe, ...body]))).toEqual(['url', 'https://sète.fr']);
  });
});

describe('parseRecord', () => {
  it('splits quoted fields with separators, doubled quotes and line breaks', () => {
    expect(parseRecord('a,"b, c","d ""e""",', ',')).toEqual(['a', 'b, c', 'd "e"', '']);
    expect(parseRecord('"deux\nlignes";x', ';')).toEqual(['deux\nlignes', 'x']);
    expect(parseRecord('"ouvert,x', ',')).toBeNull();
  });
});
