// Organisation kinds as sources name them → Vigie kinds (src/core/site.ts). DINUM categories come from
// the typed list's `category` column; the generic CSV accepts Vigie kinds, French labels and the DILA
// « Annuaire de l'administration » pivot types (mairie, cg, cr…).

import { isOrganisationKind, type OrganisationKind } from '../core/site.js';

/** DINUM `category` → kind; an empty category means unknown (null), not `autre`. */
export const DINUM_CATEGORY_KINDS: Readonly<Record<string, OrganisationKind>> = {
  communes: 'commune',
  epci: 'epci',
  'conseils-departementaux': 'departement',
  'conseils-regionaux': 'region',
  collectivites: 'collectivite',
  'centre-de-gestion': 'collectivite',
  syndicat: 'collectivite',
  'syndicat-mixte': 'collectivite',
  sivom: 'collectivite',
  sivu: 'collectivite',
  'etablissement-public': 'autre',
  etablissement: 'autre',
  prefectures: 'prefecture',
  'gouvfr-divers': 'etat',
  '(suffix .gouv.fr)': 'etat',
  ambassades: 'etat',
  academies: 'etat',
  'sante-fr': 'etat',
  hopitaux: 'hopital',
  aphp: 'hopital',
  universites: 'universite',
  'etablissements-scolaires': 'etablissement-scolaire',
  'mdph-mda': 'autre',
  'nongouvfr-divers': 'autre',
};

/** DINUM `type` (a French label) → kind, used when the category is missing or unknown. */
const LABEL_KINDS: Readonly<Record<string, OrganisationKind>> = {
  mairie: 'commune',
  ville: 'commune',
  'epci-cc': 'epci',
  'epci-ca': 'epci',
  'epci-cu': 'epci',
  'epci-metro': 'epci',
  'epci-met': 'epci',
  metropole: 'epci',
  'communaute-de-communes': 'epci',
  'communaute-d-agglomeration': 'epci',
  'communaute-urbaine': 'epci',
  cg: 'departement',
  'conseil-departemental': 'departement',
  cr: 'region',
  'conseil-regional': 'region',
  'centre-de-gestion': 'collectivite',
  syndicat: 'collectivite',
  'syndicat-mixte': 'collectivite',
  sivom: 'collectivite',
  sivu: 'collectivite',
  'etablissement-public': 'autre',
  etablissement: 'autre',
  prefecture: 'prefecture',
  'sous-prefecture': 'prefecture',
  sous_pref: 'prefecture',
  gouvernement: 'etat',
  ministere: 'etat',
  ambassade: 'etat',
  academie: 'etat',
  rectorat: 'etat',
  sante: 'etat',
  ars: 'etat',
  aphp: 'hopital',
  chu: 'hopital',
  'centre-hospitalier': 'hopital',
  universite: 'universite',
  'etablissement-scolaire': 'etablissement-scolaire',
  college: 'etablissement-scolaire',
  lycee: 'etablissement-scolaire',
  ecole: 'etablissement-scolaire',
  'mdph-ou-mda': 'autre',
  mdph: 'autre',
};

/** `Conseil départemental` → `conseil-departemental`: lowercase, no accents, dashes. */
export function slugKind(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9()._]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A kind from a source's own words; null when empty; `undefined` when not recognised. */
export function kindFromLabel(value: string): OrganisationKind | null | undefined {
  const slug = slugKind(value);
  if (slug === '') return null;
  if (isOrganisationKind(slug)) return slug;
  const singular = slug.replace(/s$/, '');
  if (isOrganisationKind(singular)) return singular;
  return LABEL_KINDS[slug] ?? LABEL_KINDS[singular] ?? DINUM_CATEGORY_KINDS[value.trim()] ?? undefined;
}
