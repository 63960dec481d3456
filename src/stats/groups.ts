// The groups statistics are given for: kinds of organisation (the registry's kinds folded into the nine the
// observatory reports on), commune population bands, départements and régions. Pure.

import type { OrganisationKind } from '../core/site.js';

export const KIND_GROUPS = [
  'commune',
  'epci',
  'departement',
  'region',
  'prefecture-etat',
  'hopital',
  'universite',
  'etablissement-scolaire',
  'autre',
] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/** Registry kind (src/core/site.ts) → reported group; a site of unknown kind counts in `autre`. */
export const KIND_GROUP_OF: Readonly<Record<OrganisationKind, KindGroup>> = {
  commune: 'commune',
  epci: 'epci',
  departement: 'departement',
  region: 'region',
  prefecture: 'prefecture-etat',
  etat: 'prefecture-etat',
  hopital: 'hopital',
  universite: 'universite',
  'etablissement-scolaire': 'etablissement-scolaire',
  collectivite: 'autre',
  autre: 'autre',
};

/** Plural French labels, as in « Part des conseils départementaux avec la note A ». */
export const KIND_GROUP_LABELS: Readonly<Record<KindGroup, string>> = {
  commune: 'Communes',
  epci: 'Intercommunalités (EPCI)',
  departement: 'Conseils départementaux',
  region: 'Conseils régionaux',
  'prefecture-etat': "Préfectures et services de l'État",
  hopital: 'Hôpitaux',
  universite: 'Universités',
  'etablissement-scolaire': 'Établissements scolaires',
  autre: 'Autres organismes',
};

/** Commune population bands: id (POPULATION_BANDS of src/export/statistic-row.ts), lower bound, label. */
export const POPULATION_BAND_RANGES = [
  { id: 'moins-de-500', min: 0, label: 'Communes de moins de 500 habitants' },
  { id: '500-1999', min: 500, label: 'Communes de 500 à 1 999 habitants' },
  { id: '2000-9999', min: 2000, label: 'Communes de 2 000 à 9 999 habitants' },
  { id: '10000-49999', min: 10_000, label: 'Communes de 10 000 à 49 999 habitants' },
  { id: '50000-et-plus', min: 50_000, label: 'Communes de 50 000 habitants et plus' },
] as const;

export type StatDimensionId = 'ensemble' | 'type' | 'departement' | 'region' | 'population';

export const DIMENSION_LABELS: Readonly<Record<StatDimensionId, string>> = {
  ensemble: 'Ensemble des sites',
  type: "Par type d'organisme",
  departement: 'Par département',
  region: 'Par région',
  population: 'Communes par taille',
};

/** Label of a group; département and région names come from `areaNames` when known. */
export function groupLabel(
  dimension: StatDimensionId,
  code: string,
  areaNames: { departements: ReadonlyMap<string, string>; regions: ReadonlyMap<string, string> },
): string {
  switch (dimension) {
    case 'ensemble':
      return 'Ensemble des sites';
    case 'type':
      return KIND_GROUP_LABELS[code as KindGroup] ?? code;
    case 'population':
      return POPULATION_BAND_RANGES.find((band) => band.id === code)?.label ?? code;
    case 'departement': {
      const name = areaNames.departements.get(code);
      return name ? `${name} (${code})` : `Département ${code}`;
    }
    case 'region':
      return areaNames.regions.get(code) ?? `Région ${code}`;
  }
}
