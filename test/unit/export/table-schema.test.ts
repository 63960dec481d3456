// The Table Schema validator of src/export/table-schema.ts: every type and constraint Vigie's schemas use, on
// valid and invalid cells, and the checks of the descriptors themselves.

import { describe, expect, it } from 'vitest';
import { boolean, date, integer, number, tableSchema, text } from '../../../src/export/schema-fields.js';
import { EXPORT_TABLES } from '../../../src/export/schemas.js';
import { checkSchema, type TableSchema, validateRows } from '../../../src/export/table-schema.js';

const schema: TableSchema = tableSchema(
  'test',
  'Test',
  'Table de test.',
  [
    integer('id', 'Id', 'Identifiant.', { required: true, minimum: 1 }),
    text('insee', 'INSEE', 'Code commune.', { pattern: '\\d{5}|2[AB]\\d{3}' }),
    text('grade', 'Note', 'Lettre.', { enum: ['A', 'B'] }),
    number('rate', 'Taux', 'Pourcentage.', { minimum: 0, maximum: 100 }),
    boolean('flag', 'Drapeau', 'Vrai ou faux.'),
    date('day', 'Jour', 'Date.'),
    text('url', 'Adresse', 'URL.', { format: 'uri', unique: true }),
  ],
  ['id'],
);
const header = schema.fields.map((f) => f.name);
const validRow = ['1', '2A004', 'A', '99.5', 'true', '2026-02-28', 'https://a.fr/'];

const errorsOf = (...rows: string[][]) => validateRows(schema, [header, ...rows]).errors;

describe('Table Schema validator', () => {
  it('accepts valid rows and missing optional values', () => {
    const report = validateRows(schema, [header, validRow, ['2', '', '', '', '', '', '']]);
    expect(report).toEqual({ valid: true, rows: 2, errors: [] });
  });

  it('rejects a wrong header, a short row and an empty file', () => {
    expect(validateRows(schema, [['id', 'x']]).errors[0]?.message).toMatch(/en-tête/);
    expect(errorsOf(['1', '2'])[0]?.message).toBe('2 champs au lieu de 7');
    expect(validateRows(schema, []).valid).toBe(false);
  });

  it.each([
    [0, '', 'id', 'valeur obligatoire manquante'],
    [0, '1.5', 'id', "« 1.5 » n'est pas un entier"],
    [0, '0', 'id', '0 < minimum 1'],
    [1, '2C004', 'insee', 'ne suit pas le motif'],
    [1, '750560', 'insee', 'ne suit pas le motif'],
    [2, 'C', 'grade', 'hors des valeurs permises'],
    [3, '100.1', 'rate', '> maximum 100'],
    [3, '12,5', 'rate', "n'est pas un nombre"],
    [4, 'oui', 'flag', "n'est pas un booléen"],
    [4, '1', 'flag', "n'est pas un booléen"],
    [5, '2026-02-30', 'day', "n'est pas une date"],
    [5, '28/02/2026', 'day', "n'est pas une date"],
    [6, 'a.fr', 'url', "n'est pas une URL absolue"],
  ])('column %i: « %s » is invalid', (index, cell, field, message) => {
    const row = [...validRow];
    row[index] = cell;
    const errors = errorsOf(row);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 1, field });
    expect(errors[0]!.message).toContain(message);
  });

  it('accepts both Corsican and mainland INSEE codes, anchored', () => {
    for (const code of ['2A004', '2B033', '75056', '01001']) {
      const row = [...validRow];
      row[1] = code;
      expect(errorsOf(row)).toEqual([]);
    }
  });

  it('reports a duplicate unique value and a duplicate primary key', () => {
    const second = [...validRow];
    second[6] = 'https://b.fr/';
    const errors = errorsOf(validRow, [...validRow.slice(0, 6), 'https://c.fr/'], second);
    expect(errors.map((e) => e.message)).toEqual([
      'clé primaire en double ["1"]',
      'clé primaire en double ["1"]',
    ]);
    const dupUrl = [...validRow];
    dupUrl[0] = '9';
    expect(errorsOf(validRow, dupUrl)[0]).toMatchObject({ row: 2, field: 'url' });
  });

  it('finds problems in a descriptor', () => {
    const bad = tableSchema('bad', 'Bad', 'Bad.', [
      integer('n', 'N', 'N.', { pattern: '\\d+' }),
      text('n', 'N', 'N.', { minimum: 1 }),
      text('Camel', 'C', 'C.'),
    ]);
    expect(checkSchema(bad)).toEqual([
      'n : pattern hors string',
      'n : nom en double',
      'n : minimum/maximum hors nombre',
      'Camel : nom non snake_case',
    ]);
  });

  it('the export schemas are well formed', () => {
    for (const { schema: exported } of EXPORT_TABLES) {
      expect(checkSchema(exported)).toEqual([]);
      expect(exported).toMatchObject({ version: '1.0.0', missingValues: [''] });
      expect(exported.contributors.length).toBeGreaterThan(0);
    }
  });
});
