// docs/data-dictionary.md, generated from the export Table Schemas so that the two never disagree:
// scripts/gen-data-dictionary.mjs writes it, test/unit/export/data-dictionary.test.ts checks it is current.

import { EXPORT_TABLES } from './schemas.js';
import type { TableField } from './table-schema.js';

const TYPE_LABEL: Record<TableField['type'], string> = {
  string: 'texte',
  integer: 'entier',
  number: 'nombre',
  boolean: 'booléen',
  date: 'date',
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function constraintsText(field: TableField): string {
  const c = field.constraints ?? {};
  const parts: string[] = [];
  if (c.required) parts.push('obligatoire');
  if (c.unique) parts.push('unique');
  if (field.format === 'uri') parts.push('URL');
  if (field.type === 'date') parts.push('AAAA-MM-JJ');
  if (field.type === 'boolean') parts.push('`true` / `false`');
  if (c.pattern) parts.push(`motif \`${c.pattern}\``);
  if (c.enum && c.enum.length <= 12) parts.push(`valeurs : ${c.enum.map((v) => `\`${v}\``).join(', ')}`);
  else if (c.enum) parts.push(`${c.enum.length} valeurs permises (voir le schéma)`);
  if (c.minimum !== undefined) parts.push(`min ${c.minimum}`);
  if (c.maximum !== undefined) parts.push(`max ${c.maximum}`);
  if (field.example) parts.push(`ex. \`${field.example}\``);
  return parts.join(' ; ');
}

export function dataDictionary(): string {
  const lines = [
    '# Dictionnaire des données',
    '',
    '<!-- Généré par scripts/gen-data-dictionary.mjs depuis src/export/schema-*.ts : ne pas modifier à la main. -->',
    '',
    'Fichiers écrits par `vigie export --out DOSSIER` et publiés par `vigie publish`. CSV en UTF-8 (sans BOM), ' +
      'séparateur virgule, guillemets doubles selon la RFC 4180, fins de ligne CRLF, une ligne d’en-tête. ' +
      'Une valeur absente est une cellule vide. Les codes (INSEE, SIREN, département, région) sont du texte : ' +
      'ne les lisez pas comme des nombres, ils perdraient leurs zéros initiaux ou leur lettre (Corse : 2A, 2B). ' +
      'Chaque fichier a son schéma `schema-<nom>.json` (Table Schema, Frictionless Data). ' +
      'Licence Ouverte 2.0.',
    '',
  ];
  for (const { name, schema } of EXPORT_TABLES) {
    lines.push(`## ${name}.csv — ${schema.title}`, '', schema.description, '');
    lines.push(`Schéma : \`schema-${name}.json\` (\`${schema.name}\`, version ${schema.version}).`);
    if (schema.primaryKey) lines.push(`Clé : ${schema.primaryKey.map((k) => `\`${k}\``).join(' + ')}.`);
    lines.push('', '| colonne | type | titre | description | contraintes |', '|---|---|---|---|---|');
    for (const field of schema.fields)
      lines.push(
        `| \`${field.name}\` | ${TYPE_LABEL[field.type]} | ${cell(field.title)} | ${cell(field.description)} | ${cell(constraintsText(field))} |`,
      );
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
