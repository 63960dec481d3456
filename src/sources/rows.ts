// The three registry formats, line by line → raw rows (URL, kind, category, organisation fields) or a
// per-line error. No checks beyond the file's structure here: registry.ts validates and enriches.
// Formats and headers: docs/sites.md.

import type { OrganisationKind } from '../core/site.js';
import { type CsvRecord, csvRecords, detectDelimiter } from './csv.js';
import type { DecodedLine } from './decode.js';
import { DINUM_CATEGORY_KINDS, kindFromLabel, slugKind } from './kinds.js';

export const REGISTRY_FORMATS = ['dinum-urls', 'dinum-csv', 'csv'] as const;
export type RegistryFormat = (typeof REGISTRY_FORMATS)[number];

export interface RawRow {
  line: number;
  url: string;
  kind: OrganisationKind | null;
  sourceCategory: string | null;
  /** Organisation fields as written; null when the row names no organisation. */
  organisation: {
    name: string | null;
    inseeCode: string | null;
    siren: string | null;
    departement: string | null;
    region: string | null;
    population: string | null;
  } | null;
}

export type RowResult = RawRow | { line: number; error: string };

/** A file that cannot be read as the format at all (no header, no url column): nothing is imported. */
export class RegistryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryFormatError';
  }
}

/** Column of the generic CSV → accepted header names (compared lowercase, without accents). */
export const CSV_COLUMNS = {
  url: ['url', 'site', 'site_internet', 'site_web', 'adresse', 'website'],
  name: ['name', 'nom', 'organisation', 'libelle'],
  kind: ['kind', 'type', 'pivot'],
  insee: ['insee', 'code_insee', 'insee_code', 'code_commune', 'cog'],
  siren: ['siren'],
  departement: ['departement', 'code_departement', 'dep'],
  region: ['region', 'code_region', 'reg'],
  population: ['population'],
  category: ['category', 'categorie', 'source_category'],
} as const;
type Column = keyof typeof CSV_COLUMNS;

/** The format a file most likely has: `.txt` or a first line that is a URL → dinum-urls. */
export function detectFormat(fileName: string, firstLine: string | undefined): RegistryFormat {
  const header = (firstLine ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
  if (/\.txt$/i.test(fileName) || /^(https?:\/\/|www\.)/.test(header)) return 'dinum-urls';
  if (/^url[,;]domain[,;]type[,;]category$/.test(header)) return 'dinum-csv';
  return 'csv';
}

export interface ParsedRows {
  rows: RowResult[];
  /** Header names that map to no Vigie column (worth a warning, not an error). */
  ignoredColumns: string[];
}

export function parseRows(lines: readonly DecodedLine[], format: RegistryFormat): ParsedRows {
  return format === 'dinum-urls'
    ? { rows: parseUrlList(lines), ignoredColumns: [] }
    : parseCsv(lines, format);
}

function parseUrlList(lines: readonly DecodedLine[]): RowResult[] {
  const rows: RowResult[] = [];
  for (const line of lines) {
    if ('error' in line) {
      rows.push(line);
      continue;
    }
    const text = line.text.trim();
    if (text === '' || text.startsWith('#')) continue;
    rows.push({ line: line.line, url: text, kind: null, sourceCategory: null, organisation: null });
  }
  return rows;
}

function parseCsv(lines: readonly DecodedLine[], format: 'dinum-csv' | 'csv'): ParsedRows {
  const headerIndex = lines.findIndex((line) => !('error' in line) && line.text.trim() !== '');
  const headerLine = lines[headerIndex];
  if (!headerLine || 'error' in headerLine) throw new RegistryFormatError('fichier vide ou sans en-tête');
  const delimiter = detectDelimiter(headerLine.text);
  const names: CsvRecord | undefined = csvRecords([headerLine], delimiter).next().value;
  if (!names || 'error' in names)
    throw new RegistryFormatError(`en-tête illisible (ligne ${headerLine.line})`);
  const columns = mapColumns(names.fields);
  if (columns.url === undefined)
    throw new RegistryFormatError(
      `en-tête sans colonne d'adresse (url) à la ligne ${headerLine.line} : « ${headerLine.text.slice(0, 120)} »`,
    );

  const rows: RowResult[] = [];
  for (const record of csvRecords(lines.slice(headerIndex + 1), delimiter)) {
    if ('error' in record) {
      rows.push(record);
      continue;
    }
    const { fields, line } = record;
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    if (fields.length === 1 && fields[0]!.trim().startsWith('#')) continue;
    if (
      fields.length > names.fields.length &&
      fields.slice(names.fields.length).some((f) => f.trim() !== '')
    ) {
      rows.push({ line, error: `${fields.length} champs pour ${names.fields.length} colonnes d'en-tête` });
      continue;
    }
    const get = (column: Column): string | null => {
      const index = columns[column];
      const value = index === undefined ? undefined : fields[index]?.trim();
      return value ? value : null;
    };
    const url = get('url');
    if (url === null) {
      rows.push({ line, error: 'adresse manquante (colonne url vide)' });
      continue;
    }
    const category = get('category');
    const typeLabel = get('kind');

    if (format === 'dinum-csv') {
      // DINUM: the category is the precise one; an unknown label is not an error, just an unknown kind.
      const kind =
        (category ? DINUM_CATEGORY_KINDS[category] : undefined) ?? kindFromLabel(typeLabel ?? '') ?? null;
      rows.push({ line, url, kind, sourceCategory: category ?? typeLabel, organisation: null });
      continue;
    }

    let kind = typeLabel === null ? null : kindFromLabel(typeLabel);
    if (kind === undefined) {
      rows.push({ line, error: `type d'organisation inconnu « ${typeLabel} » (voir docs/sites.md)` });
      continue;
    }
    if (kind === null && category !== null) kind = DINUM_CATEGORY_KINDS[category] ?? null;
    const organisation = {
      name: get('name'),
      inseeCode: get('insee'),
      siren: get('siren'),
      departement: get('departement'),
      region: get('region'),
      population: get('population'),
    };
    const namesOrganisation = organisation.name ?? organisation.inseeCode ?? organisation.siren;
    if (namesOrganisation !== null && kind === null) {
      rows.push({
        line,
        error: "type d'organisation manquant (colonne kind) pour une ligne qui nomme une organisation",
      });
      continue;
    }
    rows.push({
      line,
      url,
      kind,
      sourceCategory: category,
      organisation: namesOrganisation === null ? null : organisation,
    });
  }
  const ignored =
    format === 'csv' ? names.fields.filter((_, index) => !Object.values(columns).includes(index)) : [];
  return { rows, ignoredColumns: ignored };
}

function mapColumns(header: string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((name, index) => {
    const slug = slugKind(name.replace(/^\uFEFF/, '')).replace(/-/g, '_');
    for (const [column, aliases] of Object.entries(CSV_COLUMNS) as Array<[Column, readonly string[]]>) {
      if (columns[column] === undefined && aliases.includes(slug)) columns[column] = index;
    }
  });
  return columns;
}
