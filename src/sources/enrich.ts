// Checks an organisation's codes and fills what the official geographic code knows: for a commune (INSEE
// code or SIREN) its name, SIREN, département, région and population; for an EPCI (SIREN) the same; for a
// département or a région its name and population. Values given by the source win over the COG.

import type { OrganisationEntry, OrganisationKind } from '../core/site.js';
import { COG_LABEL, type Cog, type CogCommune } from './cog.js';

/** An organisation as read from a row, before checks: any field may be missing. */
export interface RawOrganisation {
  name: string | null;
  kind: OrganisationKind;
  inseeCode: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  population: string | null;
}

type Draft = Omit<OrganisationEntry, 'name'> & { name: string | null };

export type EnrichResult = { ok: true; value: OrganisationEntry } | { ok: false; reason: string };

const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const DEPARTEMENT_CODE = /^(\d{2}|2[AB]|97\d|98\d)$/;
const REGION_CODE = /^\d{2}$/;

export function enrichOrganisation(raw: RawOrganisation, cog: Cog): EnrichResult {
  const siren = raw.siren?.replace(/[\s.]/g, '') || null;
  if (siren !== null && !/^\d{9}$/.test(siren)) return fail(`SIREN invalide « ${raw.siren} » (9 chiffres)`);
  const population = raw.population?.replace(/[\s\u00a0\u202f]/g, '') || null;
  if (population !== null && !/^\d+$/.test(population))
    return fail(`population invalide « ${raw.population} »`);
  const departement = raw.departement ? padCode(raw.departement, 2) : null;
  if (departement !== null && !cog.departements.has(departement))
    return fail(`département inconnu « ${raw.departement} »`);
  const region = raw.region ? padCode(raw.region, 2) : null;
  if (region !== null && !cog.regions.has(region)) return fail(`région inconnue « ${raw.region} »`);

  const org: Draft = {
    name: raw.name?.trim() || null,
    kind: raw.kind,
    inseeCode: null,
    siren,
    departement,
    region,
    population: population === null ? null : Number(population),
  };
  /** Fills the fields still unknown; null and undefined values say nothing. */
  const fill = (fields: Partial<Draft>) => {
    for (const [key, value] of Object.entries(fields) as Array<[keyof Draft, never]>)
      if (org[key] === null && value !== undefined && value !== null) org[key] = value;
  };

  const insee = raw.inseeCode?.trim() || null;
  switch (raw.kind) {
    case 'commune': {
      if (insee !== null) {
        const code = padCode(insee, 5);
        if (!COMMUNE_CODE.test(code))
          return fail(`code INSEE invalide « ${insee} » (commune : 5 caractères)`);
        const commune = cog.communeByCode.get(code);
        if (!commune) return fail(`code INSEE « ${code} » inconnu du ${COG_LABEL}`);
        org.inseeCode = code;
        fill(communeFields(commune));
      } else if (siren !== null) {
        const commune = cog.communeBySiren.get(siren);
        if (!commune) return fail(`SIREN « ${siren} » inconnu parmi les communes du ${COG_LABEL}`);
        org.inseeCode = commune.code;
        fill(communeFields(commune));
      }
      break;
    }
    case 'epci': {
      if (siren !== null) {
        const epci = cog.epciBySiren.get(siren);
        if (!epci) return fail(`SIREN « ${siren} » inconnu parmi les EPCI du ${COG_LABEL}`);
        fill({
          name: epci.nom,
          departement: epci.departement,
          region: epci.region,
          population: epci.populationMunicipale ?? null,
        });
      }
      if (insee !== null) return fail(`code INSEE « ${insee} » donné pour un EPCI : indiquez son SIREN`);
      break;
    }
    case 'departement': {
      const given = insee ?? departement;
      if (given !== null) {
        const code = padCode(given, 2);
        const area = DEPARTEMENT_CODE.test(code) ? cog.departements.get(code) : undefined;
        if (!area) return fail(`code de département invalide ou inconnu « ${given} »`);
        org.inseeCode = code;
        fill({ name: `Département ${area.nom}`, departement: code, region: area.region });
        fill({ population: area.population });
      }
      break;
    }
    case 'region': {
      const given = insee ?? region;
      if (given !== null) {
        const code = padCode(given, 2);
        const area = REGION_CODE.test(code) ? cog.regions.get(code) : undefined;
        if (!area) return fail(`code de région invalide ou inconnu « ${given} »`);
        org.inseeCode = code;
        fill({ name: `Région ${area.nom}`, region: code, population: area.population });
      }
      break;
    }
    default: {
      // Another kind: an INSEE code locates it (a commune or a département), it says nothing of its size.
      if (insee === null) break;
      const code = padCode(insee, insee.length <= 3 ? 2 : 5);
      if (COMMUNE_CODE.test(code)) {
        const commune = cog.communeByCode.get(code);
        if (!commune) return fail(`code INSEE « ${code} » inconnu du ${COG_LABEL}`);
        org.inseeCode = code;
        fill({ departement: commune.departement, region: commune.region });
      } else if (DEPARTEMENT_CODE.test(code) && cog.departements.has(code)) {
        org.inseeCode = code;
        const area = cog.departements.get(code)!;
        fill({ departement: code, region: area.region });
      } else return fail(`code INSEE invalide « ${insee} »`);
    }
  }
  if (!org.name) return fail('nom de l’organisation manquant (colonne name, ou code INSEE/SIREN connu)');
  return { ok: true, value: { ...org, name: org.name } };
}

function communeFields(commune: CogCommune): Partial<Draft> {
  // A commune déléguée or associée has no population of its own in the COG.
  const current = commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal';
  return {
    name: commune.nom,
    siren: commune.siren ?? null,
    departement: commune.departement,
    region: commune.region,
    population: current ? (commune.population ?? null) : null,
  };
}

/** Codes whose leading zeros a spreadsheet dropped (`1001` → `01001`, `1` → `01`); `2a` → `2A`. */
export function padCode(value: string, length: number): string {
  const code = value.trim().toUpperCase();
  return /^\d+$/.test(code) && code.length < length ? code.padStart(length, '0') : code;
}

function fail(reason: string): EnrichResult {
  return { ok: false, reason };
}
