// Names of départements and régions by COG code (@etalab/decoupage-administratif), for labels. Only the two
// small files are read, not the communes.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface AreaNames {
  departements: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
}

let loading: Promise<AreaNames> | undefined;

export function loadAreaNames(): Promise<AreaNames> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const dataDir = join(dirname(require.resolve('@etalab/decoupage-administratif')), 'data');
    const read = async (name: string) =>
      JSON.parse(await readFile(join(dataDir, `${name}.json`), 'utf8')) as Array<{
        code: string;
        nom: string;
      }>;
    const [departements, regions] = await Promise.all([read('departements'), read('regions')]);
    return {
      departements: new Map(departements.map((entry) => [entry.code, entry.nom])),
      regions: new Map(regions.map((entry) => [entry.code, entry.nom])),
    };
  })();
  return loading;
}
