// The official geographic code (COG 2026) from @etalab/decoupage-administratif: communes, EPCI,
// départements and régions, indexed for enrichment. Loaded once, on first use (the communes file is 8 MB).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  siren?: string;
  population?: number;
  /** For a commune déléguée or associée: the code of the commune it belongs to. */
  chefLieu?: string;
}

export interface CogEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: Array<{ code: string; siren: string; populationMunicipale?: number }>;
}

export interface CogArea {
  code: string;
  nom: string;
  region: string;
  /** Sum of the municipal populations of its current communes; null when the COG lists none. */
  population: number | null;
}

export interface Cog {
  communeByCode: ReadonlyMap<string, CogCommune>;
  communeBySiren: ReadonlyMap<string, CogCommune>;
  epciBySiren: ReadonlyMap<string, CogEpci & { departement: string | null; region: string | null }>;
  departements: ReadonlyMap<string, CogArea>;
  regions: ReadonlyMap<string, CogArea>;
}

export const COG_LABEL = 'COG 2026';

let loading: Promise<Cog> | undefined;

export function loadCog(): Promise<Cog> {
  loading ??= buildCog();
  return loading;
}

async function buildCog(): Promise<Cog> {
  const require = createRequire(import.meta.url);
  const dataDir = join(dirname(require.resolve('@etalab/decoupage-administratif')), 'data');
  const read = async <T>(name: string): Promise<T> =>
    JSON.parse(await readFile(join(dataDir, `${name}.json`), 'utf8')) as T;
  const [communes, epcis, departementList, regionList] = await Promise.all([
    read<CogCommune[]>('communes'),
    read<CogEpci[]>('epci'),
    read<Array<{ code: string; nom: string; region: string }>>('departements'),
    read<Array<{ code: string; nom: string }>>('regions'),
  ]);

  const communeByCode = new Map<string, CogCommune>();
  const communeBySiren = new Map<string, CogCommune>();
  const populationByDepartement = new Map<string, number>();
  const populationByRegion = new Map<string, number>();
  for (const commune of communes) {
    const current = commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal';
    // A commune déléguée may share its code with the commune nouvelle: the current commune wins.
    if (current || !communeByCode.has(commune.code)) communeByCode.set(commune.code, commune);
    if (commune.siren && current) communeBySiren.set(commune.siren, commune);
    if (commune.type === 'commune-actuelle') {
      const population = commune.population ?? 0;
      add(populationByDepartement, commune.departement, population);
      add(populationByRegion, commune.region, population);
    }
  }

  const epciBySiren = new Map<string, CogEpci & { departement: string | null; region: string | null }>();
  for (const epci of epcis) {
    // An EPCI may straddle départements: take the one holding most of its population.
    const byDepartement = new Map<string, number>();
    for (const member of epci.membres) {
      const commune = communeByCode.get(member.code);
      if (commune) add(byDepartement, commune.departement, member.populationMunicipale ?? 0);
    }
    const departement = [...byDepartement].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const region = departement
      ? (departementList.find((entry) => entry.code === departement)?.region ?? null)
      : null;
    epciBySiren.set(epci.code, { ...epci, departement, region });
  }

  const departements = new Map<string, CogArea>(
    departementList.map((entry) => [
      entry.code,
      { ...entry, population: populationByDepartement.get(entry.code) ?? null },
    ]),
  );
  const regions = new Map<string, CogArea>(
    regionList.map((entry) => [
      entry.code,
      {
        code: entry.code,
        nom: entry.nom,
        region: entry.code,
        population: populationByRegion.get(entry.code) ?? null,
      },
    ]),
  );
  return { communeByCode, communeBySiren, epciBySiren, departements, regions };
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
