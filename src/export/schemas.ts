// Table Schemas of `criteres.csv` (site × RGAA criterion, long format) and `statistiques.csv` (the campaign's
// statistics, long format), and the list of every exported table with its schema.

import { RGAA_412_CRITERIA } from '../core/rgaa-412.js';
import { campaignFields, integer, number, tableSchema, text } from './schema-fields.js';
import { SITES_SCHEMA } from './schema-sites.js';
import { STAT_DIMENSIONS, STAT_UNITS } from './statistic-row.js';
import type { TableSchema } from './table-schema.js';

export const CRITERIA_SCHEMA = tableSchema(
  'vigie-criteres',
  'Vigie — résultat de chaque critère RGAA par site',
  'Format long : une ligne par site audité, par campagne et par critère du RGAA 4.1.2 (106 critères), avec ' +
    'le résultat des tests automatisés sur l’échantillon de pages du site : C (conforme), NC (non conforme), ' +
    'NA (non applicable), NT (non testé : à vérifier par une personne). Se joint à sites.csv par ' +
    'campaign_id et site_id.',
  [
    ...campaignFields(),
    integer('site_id', 'Site', 'Identifiant du site (colonne site_id de sites.csv).', {
      required: true,
      minimum: 1,
    }),
    text('criterion', 'Critère', 'Numéro du critère RGAA : thématique.critère.', {
      required: true,
      pattern: '^\\d{1,2}\\.\\d{1,2}$',
      enum: RGAA_412_CRITERIA.map((criterion) => criterion.id),
      example: '1.1',
    }),
    integer('theme', 'Thématique', 'Numéro de la thématique RGAA (1 Images … 13 Consultation).', {
      required: true,
      minimum: 1,
      maximum: 13,
    }),
    text('result', 'Résultat', 'C conforme, NC non conforme, NA non applicable, NT non testé.', {
      required: true,
      enum: ['C', 'NC', 'NA', 'NT'],
    }),
  ],
  ['campaign_id', 'site_id', 'criterion'],
);

export const STATISTICS_SCHEMA = tableSchema(
  'vigie-statistiques',
  'Vigie — statistiques par campagne',
  'Format long : une ligne par indicateur et par groupe de sites (ensemble, type d’organisation, département, ' +
    'région, tranche de population communale) d’une campagne, avec la valeur de la campagne précédente sur ' +
    'les mêmes sites (comparaison appariée) et l’évolution.',
  [
    ...campaignFields(),
    text('dimension', 'Dimension', 'Découpage des sites : ensemble, type, departement, region, population.', {
      required: true,
      enum: [...STAT_DIMENSIONS],
    }),
    text(
      'group_code',
      'Code du groupe',
      'Vide pour « ensemble » ; sinon le type d’organisation, le code du département (2A…) ou de la région, ou la tranche de population.',
    ),
    text('group_label', 'Groupe', 'Libellé du groupe de sites.', { required: true }),
    text('indicator', 'Indicateur', 'Identifiant de l’indicateur (liste dans le dictionnaire des données).', {
      required: true,
      pattern: '^[a-z0-9_]+$',
    }),
    number(
      'value',
      'Valeur',
      'Valeur de l’indicateur pour la campagne ; vide quand elle ne peut être calculée.',
    ),
    text('unit', 'Unité', 'Unité de la valeur.', { required: true, enum: [...STAT_UNITS] }),
    integer('sites', 'Sites', 'Nombre de sites sur lesquels la valeur est calculée.', {
      required: true,
      minimum: 0,
    }),
    number('previous_value', 'Valeur précédente', 'Même indicateur, campagne précédente, mêmes sites.'),
    number('change', 'Évolution', 'Valeur moins valeur précédente, sur les sites appariés.'),
  ],
);

export interface ExportTable {
  /** File name without extension: `sites` → sites.csv and schema-sites.json. */
  name: 'sites' | 'criteres' | 'statistiques';
  schema: TableSchema;
}

export const EXPORT_TABLES: readonly ExportTable[] = [
  { name: 'sites', schema: SITES_SCHEMA },
  { name: 'criteres', schema: CRITERIA_SCHEMA },
  { name: 'statistiques', schema: STATISTICS_SCHEMA },
];
