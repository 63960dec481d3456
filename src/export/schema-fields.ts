// Building blocks of the export schemas: the descriptor metadata every Vigie table shares and small field
// constructors, so that each schema file reads as a list of columns.

import type { FieldConstraints, TableField, TableSchema } from './table-schema.js';

/** Version of the export schemas: bump the minor for an added column, the major for a changed or removed one. */
export const EXPORT_SCHEMA_VERSION = '1.0.0';
const SCHEMA_DATE = '2026-11-29';
export const VIGIE_HOMEPAGE = 'https://github.com/vigie-observatoire/vigie';

export function tableSchema(
  name: string,
  title: string,
  description: string,
  fields: TableField[],
  primaryKey?: string[],
): TableSchema {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name,
    title,
    description,
    version: EXPORT_SCHEMA_VERSION,
    homepage: VIGIE_HOMEPAGE,
    created: SCHEMA_DATE,
    lastModified: SCHEMA_DATE,
    countryCode: 'FR',
    licenses: [
      {
        name: 'etalab-2.0',
        title: 'Licence Ouverte / Open Licence version 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      },
    ],
    contributors: [{ title: 'Observatoire Vigie', role: 'author', path: VIGIE_HOMEPAGE }],
    fields,
    missingValues: [''],
    ...(primaryKey ? { primaryKey } : {}),
  };
}

type Extra = Partial<Pick<TableField, 'format' | 'example'>> & FieldConstraints;

function field(type: TableField['type'], name: string, title: string, description: string, extra: Extra) {
  const { format, example, ...constraints } = extra;
  return {
    name,
    title,
    description,
    type,
    ...(format ? { format } : {}),
    ...(example !== undefined ? { example } : {}),
    ...(type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  } satisfies TableField;
}

export const text = (name: string, title: string, description: string, extra: Extra = {}) =>
  field('string', name, title, description, extra);
export const integer = (name: string, title: string, description: string, extra: Extra = {}) =>
  field('integer', name, title, description, extra);
export const number = (name: string, title: string, description: string, extra: Extra = {}) =>
  field('number', name, title, description, extra);
export const boolean = (name: string, title: string, description: string, extra: Extra = {}) =>
  field('boolean', name, title, description, extra);
export const date = (name: string, title: string, description: string, extra: Extra = {}) =>
  field('date', name, title, description, { format: 'default', ...extra });

export const percent: Extra = { minimum: 0, maximum: 100 };

/** Columns that open every per-campaign table. */
export const campaignFields = (): TableField[] => [
  integer('campaign_id', 'Campagne', 'Identifiant de la campagne de mesure dans la base Vigie.', {
    required: true,
    minimum: 1,
    example: '12',
  }),
  date('campaign_date', 'Date de la campagne', 'Jour de début de la campagne (AAAA-MM-JJ).', {
    required: true,
    example: '2026-11-02',
  }),
];
