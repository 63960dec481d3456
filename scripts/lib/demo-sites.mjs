// The demo campaign's fictional public sites (demo/sites/<key>/, described in demo/README.md): each one served on
// its own 127.0.0.1 port, so on its own origin, and the registry CSV that lists them in Vigie's generic format
// (docs/sites.md, « csv »).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const SITES_DIR = fileURLToPath(new URL('../../demo/sites/', import.meta.url));

// No INSEE code or SIREN: the importer looks commune, EPCI and département codes up in the COG; a real code
// brings the real organisation's name and population (src/sources/enrich.ts), a made-up one is rejected. Without
// codes each organisation is known by its kind and name. The populations are as invented as the rest.
export const DEMO_SITES = Object.freeze([
  {
    key: 'commune',
    name: 'Commune de Belval-sur-Lize',
    kind: 'commune',
    insee: null,
    siren: null,
    population: 1240,
  },
  {
    key: 'departement',
    name: 'Département de la Haute-Lize',
    kind: 'departement',
    insee: null,
    siren: null,
    population: 212000,
  },
  {
    key: 'epci',
    name: 'Communauté de communes du Val de Lize',
    kind: 'epci',
    insee: null,
    siren: null,
    population: 14800,
  },
  {
    key: 'hopital',
    name: 'Centre hospitalier intercommunal de la Lize',
    kind: 'hopital',
    insee: null,
    siren: null,
    population: null,
  },
]);

/**
 * Serves every demo site on its own ephemeral port, `{{ORIGIN}}` rewritten (robots.txt, sitemap.xml, canonical
 * links). `url` is the site's home page, `http://127.0.0.1:<port>/`.
 */
export async function serveDemoSites() {
  const servers = [];
  try {
    for (const site of DEMO_SITES)
      servers.push(await serveStatic(join(SITES_DIR, site.key), { rewriteOrigin: true }));
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }
  return {
    sites: DEMO_SITES.map((site, index) => ({ ...site, url: `${servers[index].origin}/` })),
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

/** Column names recognised by `vigie sites import --format csv` (src/sources/rows.ts, CSV_COLUMNS). */
export const SITES_CSV_HEADER = Object.freeze(['name', 'kind', 'url', 'insee', 'siren', 'population']);

/** The registry CSV text: header, then one line per site; null and undefined become empty fields. */
export function sitesCsv(sites) {
  const lines = [SITES_CSV_HEADER.join(',')];
  for (const site of sites) lines.push(SITES_CSV_HEADER.map((column) => csvField(site[column])).join(','));
  return `${lines.join('\n')}\n`;
}

export async function writeSitesCsv(sites, path) {
  await writeFile(path, sitesCsv(sites), 'utf8');
}

function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
