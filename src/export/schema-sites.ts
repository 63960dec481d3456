// Table Schema of `sites.csv`: one row per site per campaign, with its organisation, its RGAA, legal and
// frugality results and the versions that produced them. The column order here is the file's.

import type { Contradiction } from '../audits/legal/contradictions.js';
import { ORGANISATION_KINDS } from '../core/site.js';
import {
  boolean,
  campaignFields,
  date,
  integer,
  number,
  percent,
  tableSchema,
  text,
} from './schema-fields.js';

/** Every contradiction code of src/audits/legal, one boolean column each (`contradiction_<code>`). */
export const CONTRADICTION_CODES = [
  'mention-vs-statement',
  'mention-without-statement',
  'status-vs-rate',
  'full-conformance-vs-measured',
  'stale-statement',
] as const satisfies readonly Contradiction['code'][];

const CONTRADICTION_TITLES: Record<(typeof CONTRADICTION_CODES)[number], string> = {
  'mention-vs-statement': 'la mention de la page d’accueil contredit la déclaration',
  'mention-without-statement': 'une mention est affichée mais aucune déclaration n’a été trouvée',
  'status-vs-rate': 'le statut déclaré ne correspond pas au taux déclaré',
  'full-conformance-vs-measured': '« totalement conforme » alors que des tests RGAA échouent',
  'stale-statement': 'la déclaration a plus de trois ans',
};

export const contradictionColumn = (code: string) => `contradiction_${code.replaceAll('-', '_')}`;

export const INSEE_COMMUNE_PATTERN = '^(\\d{5}|2[AB]\\d{3})$';
export const SIREN_PATTERN = '^\\d{9}$';
export const DEPARTEMENT_PATTERN = '^(\\d{2}|2[AB]|97[1-8])$';
export const REGION_PATTERN = '^\\d{2}$';

export const SITES_SCHEMA = tableSchema(
  'vigie-sites',
  'Vigie — résultats par site et par campagne',
  'Une ligne par site public audité et par campagne : l’organisation qui l’édite, le taux RGAA automatisé, la ' +
    'note brute et les non-conformités, les obligations légales (mention, déclaration, schéma et plan ' +
    'annuels, contradictions), l’EcoIndex, le poids, les requêtes et l’estimation CO2 des pages. Mesures ' +
    'automatisées : elles ne remplacent pas un audit RGAA complet.',
  [
    ...campaignFields(),
    integer('site_id', 'Site', 'Identifiant du site dans la base Vigie (clé de criteres.csv).', {
      required: true,
      minimum: 1,
    }),
    text('url', 'Adresse', 'Adresse de la page d’accueil auditée.', { required: true, format: 'uri' }),
    text('domain', 'Domaine', 'Nom d’hôte du site, sans « www. ».', { required: true }),
    text('organisation_name', 'Organisation', 'Nom de l’organisation publique qui édite le site.'),
    text('organisation_kind', 'Type d’organisation', 'Type d’organisation (nomenclature Vigie).', {
      enum: [...ORGANISATION_KINDS],
    }),
    text(
      'insee_code',
      'Code INSEE de la commune',
      'Code officiel géographique (COG) de la commune de l’organisation, 5 caractères (2A/2B pour la Corse). ' +
        'Vide pour les organisations sans commune (départements, régions : voir departement et region).',
      { pattern: INSEE_COMMUNE_PATTERN, example: '2A004' },
    ),
    text('siren', 'SIREN', 'Numéro SIREN de l’organisation, 9 chiffres.', {
      pattern: SIREN_PATTERN,
      example: '012345678',
    }),
    text('departement', 'Département', 'Code COG du département (2A, 2B, 971…).', {
      pattern: DEPARTEMENT_PATTERN,
    }),
    text('region', 'Région', 'Code COG de la région.', { pattern: REGION_PATTERN }),
    integer('population', 'Population', 'Population municipale (INSEE) de la commune.', { minimum: 0 }),
    date('audit_date', 'Date de l’audit', 'Jour où l’audit du site s’est terminé.'),
    text(
      'status',
      'Statut',
      '« audite » : au moins une page mesurée ; « erreur » : page d’accueil inaccessible.',
      {
        required: true,
        enum: ['audite', 'erreur'],
      },
    ),
    integer('pages_audited', 'Pages auditées', 'Pages de l’échantillon mesurées sans erreur.', {
      minimum: 0,
    }),
    integer('error_pages', 'Pages en erreur', 'Pages de l’échantillon en erreur de visite.', { minimum: 0 }),
    text('error_code', 'Code d’erreur', 'Code de l’erreur qui a empêché l’audit du site (catalogue Vigie).'),
    number(
      'rgaa_rate',
      'Taux RGAA automatisé',
      'Critères conformes ÷ critères décidés (C + NC) par les tests automatisés, en %. Pas un taux de conformité.',
      percent,
    ),
    number(
      'raw_mark',
      'Note brute',
      'Tests conformes ÷ tests décidés sur l’échantillon, en % (Asqatasun).',
      percent,
    ),
    text(
      'raw_mark_grade',
      'Note',
      'Lettre de la note brute : A = 100, B > 90, C > 85, D > 75, E > 60, sinon F.',
      {
        enum: ['A', 'B', 'C', 'D', 'E', 'F'],
      },
    ),
    integer('failed_tests', 'Tests non conformes', 'Tests RGAA non conformes sur l’échantillon.', {
      minimum: 0,
    }),
    integer('failed_criteria', 'Critères non conformes', 'Critères RGAA non conformes sur l’échantillon.', {
      minimum: 0,
    }),
    integer('failed_elements', 'Éléments en erreur', 'Éléments HTML en échec d’un test RGAA.', {
      minimum: 0,
    }),
    text('legal_mention', 'Mention d’accessibilité', 'Mention « Accessibilité : … » de la page d’accueil.', {
      enum: ['totalement', 'partiellement', 'non', 'absente'],
    }),
    text('statement_url', 'Déclaration d’accessibilité', 'Adresse de la déclaration trouvée.', {
      format: 'uri',
    }),
    text('statement_declared_status', 'Statut déclaré', 'Conformité déclarée dans la déclaration.', {
      enum: ['totalement', 'partiellement', 'non'],
    }),
    number('statement_declared_rate', 'Taux déclaré', 'Taux de conformité déclaré, en %.', percent),
    date('statement_date', 'Date de la déclaration', 'Date d’établissement de la déclaration.'),
    boolean(
      'statement_stale',
      'Déclaration ancienne',
      'La déclaration a plus de trois ans à la date de campagne.',
    ),
    boolean('schema_plan_valid', 'Schéma pluriannuel valide', 'Un schéma pluriannuel en cours a été trouvé.'),
    boolean('action_plan_valid', 'Plan annuel valide', 'Un plan d’actions de l’année a été trouvé.'),
    ...CONTRADICTION_CODES.map((code) =>
      boolean(
        contradictionColumn(code),
        `Contradiction ${code}`,
        `Vrai quand ${CONTRADICTION_TITLES[code]}.`,
      ),
    ),
    number('ecoindex', 'EcoIndex', 'EcoIndex de la page d’accueil (0 à 100).', percent),
    text('ecoindex_grade', 'Classe EcoIndex', 'Classe EcoIndex de la page d’accueil (A à G).', {
      enum: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    }),
    integer('page_weight_bytes', 'Poids moyen', 'Octets transférés par page, moyenne de l’échantillon.', {
      minimum: 0,
    }),
    number('requests', 'Requêtes', 'Requêtes HTTP par page, moyenne de l’échantillon.', { minimum: 0 }),
    number(
      'co2_grams',
      'CO2 (g)',
      'Estimation des émissions par page vue, moyenne de l’échantillon, en g éq. CO2.',
      {
        minimum: 0,
      },
    ),
    text('vigie_version', 'Version de Vigie', 'Version de Vigie qui a mesuré la campagne.', {
      required: true,
    }),
    text('axe_version', 'Version d’axe-core', 'Version du moteur de tests axe-core.', { required: true }),
    text('rgaa_version', 'Version du RGAA', 'Version du référentiel RGAA.', { required: true }),
  ],
  ['campaign_id', 'site_id'],
);
