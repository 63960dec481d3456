// The subset of Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) that Vigie's
// exports use, and a validator of CSV rows against it: types string (format uri), integer, number, boolean,
// date; constraints required, unique, pattern, enum, minimum, maximum; missingValues; primaryKey. No npm
// validator fits: `tableschema` 1.12.6 pins old majors (axios 0.21, moment 2.24, csv-parse 4). See ADR 005.

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  /** A regular expression the whole value must match (XML Schema semantics: implicitly anchored). */
  pattern?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}

export interface TableField {
  name: string;
  title: string;
  description: string;
  type: FieldType;
  /** `uri` for a string holding an absolute URL; `default` for dates (YYYY-MM-DD). */
  format?: 'default' | 'uri';
  example?: string;
  /** Booleans: the spellings written (Vigie writes `true` / `false`). */
  trueValues?: string[];
  falseValues?: string[];
  constraints?: FieldConstraints;
}

export interface TableSchema {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  homepage: string;
  path?: string;
  created: string;
  lastModified: string;
  countryCode: 'FR';
  licenses: { name: string; title: string; path: string }[];
  contributors: { title: string; role: string; path?: string }[];
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
}

export const FIELD_TYPES: readonly FieldType[] = ['string', 'integer', 'number', 'boolean', 'date'];

export interface ValidationError {
  /** Data row number, 1 for the first row after the header; 0 for the header itself. */
  row: number;
  field: string | null;
  message: string;
}

export interface ValidationReport {
  valid: boolean;
  rows: number;
  errors: ValidationError[];
}

/** Problems of the descriptor itself: duplicate names, unknown types, constraints that do not fit the type. */
export function checkSchema(schema: TableSchema): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const field of schema.fields) {
    if (!/^[a-z][a-z0-9_]*$/.test(field.name)) problems.push(`${field.name} : nom non snake_case`);
    if (names.has(field.name)) problems.push(`${field.name} : nom en double`);
    names.add(field.name);
    if (!FIELD_TYPES.includes(field.type)) problems.push(`${field.name} : type inconnu ${field.type}`);
    if (!field.title || !field.description) problems.push(`${field.name} : titre ou description manquant`);
    const c = field.constraints ?? {};
    if (c.pattern !== undefined && field.type !== 'string')
      problems.push(`${field.name} : pattern hors string`);
    if (
      (c.minimum !== undefined || c.maximum !== undefined) &&
      field.type !== 'integer' &&
      field.type !== 'number'
    )
      problems.push(`${field.name} : minimum/maximum hors nombre`);
    if (c.pattern !== undefined) {
      try {
        new RegExp(c.pattern);
      } catch {
        problems.push(`${field.name} : pattern invalide`);
      }
    }
  }
  for (const key of schema.primaryKey ?? [])
    if (!names.has(key)) problems.push(`primaryKey : champ inconnu ${key}`);
  return problems;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The value of a non-missing cell, or an error message when it is not of the field's type. */
function castCell(field: TableField, cell: string): { value: string | number | boolean } | { error: string } {
  switch (field.type) {
    case 'integer':
      return INTEGER.test(cell) ? { value: Number(cell) } : { error: `« ${cell} » n'est pas un entier` };
    case 'number':
      return NUMBER.test(cell) ? { value: Number(cell) } : { error: `« ${cell} » n'est pas un nombre` };
    case 'boolean': {
      if ((field.trueValues ?? ['true', 'True', 'TRUE', '1']).includes(cell)) return { value: true };
      if ((field.falseValues ?? ['false', 'False', 'FALSE', '0']).includes(cell)) return { value: false };
      return { error: `« ${cell} » n'est pas un booléen` };
    }
    case 'date': {
      const m = DATE.exec(cell);
      const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      if (!date || date.toISOString().slice(0, 10) !== cell)
        return { error: `« ${cell} » n'est pas une date AAAA-MM-JJ` };
      return { value: cell };
    }
    default: {
      if (field.format === 'uri') {
        try {
          new URL(cell);
        } catch {
          return { error: `« ${cell} » n'est pas une URL absolue` };
        }
      }
      return { value: cell };
    }
  }
}

export interface TableValidator {
  /** Checks one row; the first call is the header. */
  row(cells: readonly string[]): void;
  report(): ValidationReport;
}

/** Errors beyond this count are not kept (the count of rows still is). */
const MAX_ERRORS = 200;

export function createTableValidator(schema: TableSchema): TableValidator {
  const errors: ValidationError[] = [];
  const add = (error: ValidationError) => {
    if (errors.length < MAX_ERRORS) errors.push(error);
  };
  const patterns = schema.fields.map((f) =>
    f.constraints?.pattern === undefined ? null : new RegExp(`^(?:${f.constraints.pattern})$`),
  );
  const uniques = schema.fields.map((f) =>
    f.constraints?.unique ? new Set<string | number | boolean>() : null,
  );
  const keyIndexes = (schema.primaryKey ?? []).map((name) => schema.fields.findIndex((f) => f.name === name));
  const keys = keyIndexes.length > 0 ? new Set<string>() : null;
  let rows = -1;
  return {
    row(cells) {
      rows++;
      if (rows === 0) {
        const expected = schema.fields.map((f) => f.name).join(',');
        if (cells.join(',') !== expected)
          add({ row: 0, field: null, message: `en-tête « ${cells.join(',')} » ≠ « ${expected} »` });
        return;
      }
      if (cells.length !== schema.fields.length) {
        add({ row: rows, field: null, message: `${cells.length} champs au lieu de ${schema.fields.length}` });
        return;
      }
      schema.fields.forEach((field, i) => {
        const cell = cells[i]!;
        const c = field.constraints ?? {};
        if (schema.missingValues.includes(cell)) {
          if (c.required) add({ row: rows, field: field.name, message: 'valeur obligatoire manquante' });
          return;
        }
        const cast = castCell(field, cell);
        if ('error' in cast) {
          add({ row: rows, field: field.name, message: cast.error });
          return;
        }
        const { value } = cast;
        const fail = (message: string) => add({ row: rows, field: field.name, message });
        if (patterns[i] && !patterns[i].test(cell)) fail(`« ${cell} » ne suit pas le motif ${c.pattern}`);
        if (c.enum && !c.enum.includes(cell)) fail(`« ${cell} » hors des valeurs permises`);
        if (typeof value === 'number' && c.minimum !== undefined && value < c.minimum)
          fail(`${cell} < minimum ${c.minimum}`);
        if (typeof value === 'number' && c.maximum !== undefined && value > c.maximum)
          fail(`${cell} > maximum ${c.maximum}`);
        const seen = uniques[i];
        if (seen) {
          if (seen.has(value)) fail(`« ${cell} » en double (unique)`);
          seen.add(value);
        }
      });
      if (keys) {
        const key = JSON.stringify(keyIndexes.map((i) => cells[i]));
        if (keys.has(key)) add({ row: rows, field: null, message: `clé primaire en double ${key}` });
        keys.add(key);
      }
    },
    report() {
      if (rows < 0) add({ row: 0, field: null, message: 'fichier vide (pas d’en-tête)' });
      return { valid: errors.length === 0, rows: Math.max(rows, 0), errors };
    },
  };
}

/** Validates parsed CSV rows (header first) against a schema. */
export function validateRows(schema: TableSchema, rows: Iterable<readonly string[]>): ValidationReport {
  const validator = createTableValidator(schema);
  for (const row of rows) validator.row(row);
  return validator.report();
}
