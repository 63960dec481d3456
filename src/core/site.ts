// Sites and the organisations that run them: the shape a site list takes once read and checked, shared by
// sources/ (which produces it) and store/ (which keeps it). No I/O here.

/** Kinds of public organisation Vigie reports on; `collectivite` covers other local bodies (syndicats…). */
export const ORGANISATION_KINDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'collectivite',
  'prefecture',
  'etat',
  'hopital',
  'universite',
  'etablissement-scolaire',
  'autre',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** An organisation as a source describes it, after enrichment from the official geographic code (COG). */
export interface OrganisationEntry {
  name: string;
  kind: OrganisationKind;
  /** INSEE code: commune (5 chars), département (2–3) or région (2), depending on the kind. */
  inseeCode: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  population: number | null;
}

/** One site read from a source. Fields left null are unknown to that source and never erase stored values. */
export interface SiteEntry {
  /** Deduplication key: host without `www.`, port, path without trailing slash, query; no scheme. */
  normalizedUrl: string;
  /** The address to visit. */
  url: string;
  /** Host name without `www.`. */
  domain: string;
  kind: OrganisationKind | null;
  /** The category as the source wrote it (e.g. DINUM `communes`), kept for traceability. */
  sourceCategory: string | null;
  organisation: OrganisationEntry | null;
  /** Line of the source file the entry comes from (first occurrence). */
  line: number;
}
