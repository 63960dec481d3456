// `vigie sites import FILE [--format …] [--source NAME]` reads a site registry and stores it (valid lines
// imported, bad ones reported as FILE:LINE : reason); `vigie sites list` shows the stored sites.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegistry } from '../../sources/registry.js';
import { REGISTRY_FORMATS, type RegistryFormat, RegistryFormatError } from '../../sources/rows.js';
import { countSites, importSites, listSites, type SiteFilter } from '../../store/sites.repository.js';
import { DATA_DIR_HELP, describeDatabase, withDatabase } from '../database.js';
import { EXIT, UsageError } from '../usage.js';

export const SITES_HELP = `Usage : vigie sites import FICHIER [options]
        vigie sites list [options]

import : ajoute ou met à jour les sites d'un annuaire. Les lignes invalides sont signalées
(FICHIER:LIGNE : raison) et ignorées ; le reste est importé. Réimporter le même fichier ne change rien.
  --format dinum-urls|dinum-csv|csv   format du fichier (défaut : deviné ; voir docs/sites.md)
                                      dinum-urls : une adresse par ligne (liste DINUM)
                                      dinum-csv  : url,domain,type,category (liste DINUM typée)
                                      csv        : en-tête url,name,kind,insee,siren,departement,region,population
  --source NOM                        nom de la source enregistré avec chaque site (défaut : nom du fichier)
  --verbose                           liste aussi les doublons fusionnés

list : affiche les sites enregistrés (TSV).
  --limit N                           nombre de sites affichés (défaut 100, 0 pour tous)
  --filter CLÉ=VALEUR                 kind, departement, region, insee, domain ou source (répétable)

Options communes :
${DATA_DIR_HELP}

Codes de sortie : 0 import fait, 1 base inaccessible, 2 fichier illisible, format inconnu ou aucune ligne valide.

La liste DINUM des sites publics (Licence Ouverte 2.0) est fournie : data/sites/etalab-nddosp-urls-2024-12.txt`;

const FILTER_KEYS: Record<string, keyof SiteFilter> = {
  kind: 'kind',
  type: 'kind',
  departement: 'departement',
  region: 'region',
  insee: 'inseeCode',
  domain: 'domain',
  source: 'source',
};

/** `--filter key=value` flags (repeatable) → a site filter; a bad one is a usage error. */
export function parseSiteFilters(items: readonly string[] | undefined): SiteFilter {
  const filter: SiteFilter = {};
  for (const item of items ?? []) {
    const [key, ...value] = item.split('=');
    const field = FILTER_KEYS[key?.trim() ?? ''];
    if (!field || value.length === 0)
      throw new UsageError(
        `--filter : « ${item} » invalide (clé=valeur ; clés : ${Object.keys(FILTER_KEYS).join(', ')})`,
      );
    filter[field] = value.join('=').trim();
  }
  return filter;
}

export async function sitesCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(`vigie sites : ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${SITES_HELP}\n`);
    return EXIT.ok;
  }
  const [action, ...rest] = positionals;
  if (action === 'import') return importAction(rest, values);
  if (action === 'list') return listAction(rest, values);
  throw new UsageError(
    `vigie sites : ${action ? `action « ${action} » inconnue` : 'action manquante'} (import ou list)\n\n${SITES_HELP}`,
  );
}

type Values = ReturnType<typeof parse>['values'];

async function importAction(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError('vigie sites import : donnez un fichier, et un seul');
  const file = files[0]!;
  const format = values.format as RegistryFormat | undefined;
  if (format !== undefined && !REGISTRY_FORMATS.includes(format))
    throw new UsageError(`--format : « ${format} » inconnu (${REGISTRY_FORMATS.join(', ')})`);

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(`${file} : fichier illisible (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const started = performance.now();
  let read: Awaited<ReturnType<typeof readRegistry>>;
  try {
    read = await readRegistry(bytes, { format, fileName: file });
  } catch (error) {
    if (error instanceof RegistryFormatError) throw new UsageError(`${file} : ${error.message}`);
    throw error;
  }
  for (const { line, reason } of read.rejected) process.stderr.write(`${file}:${line} : ${reason}\n`);
  if (values.verbose)
    for (const duplicate of read.duplicates)
      process.stderr.write(
        `${file}:${duplicate.line} : doublon de la ligne ${duplicate.firstLine} (${duplicate.normalizedUrl})\n`,
      );

  const encoding = {
    'utf-8': 'UTF-8',
    'windows-1252': 'Latin-1 (Windows-1252)',
    'utf-16le': 'UTF-16',
    'utf-16be': 'UTF-16',
  }[read.encoding];
  process.stdout.write(`${file} : format ${read.format}, encodage ${encoding}, ${read.lineCount} lignes\n`);
  if (read.ignoredColumns.length > 0)
    process.stdout.write(`Colonnes ignorées : ${read.ignoredColumns.join(', ')}\n`);
  if (read.duplicates.length > 0)
    process.stdout.write(
      `${read.duplicates.length} doublons fusionnés (même adresse normalisée)${values.verbose ? '' : ' — --verbose pour les lister'}\n`,
    );
  if (read.entries.length === 0) {
    process.stdout.write(`0 ajoutés, 0 mis à jour, 0 inchangés, ${read.rejected.length} rejetés\n`);
    process.stderr.write(`vigie sites import : aucune ligne valide dans ${file}, rien n'a été importé\n`);
    return EXIT.usage;
  }

  const source = values.source ?? basename(file, extname(file));
  return withDatabase(values['data-dir'], async (handle) => {
    const counts = await importSites(handle.db, read.entries, source);
    const { sites, organisations } = counts;
    process.stdout.write(
      `${sites.added} ajoutés, ${sites.updated} mis à jour, ${sites.unchanged} inchangés, ${read.rejected.length} rejetés\n`,
    );
    if (organisations.added + organisations.updated + organisations.unchanged > 0)
      process.stdout.write(
        `Organisations : ${organisations.added} ajoutées, ${organisations.updated} mises à jour, ${organisations.unchanged} inchangées\n`,
      );
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    process.stdout.write(`Base : ${describeDatabase(handle)} — source « ${source} », ${seconds} s\n`);
    return EXIT.ok;
  });
}

async function listAction(extra: string[], values: Values): Promise<number> {
  if (extra.length > 0) throw new UsageError(`vigie sites list : argument inattendu « ${extra[0]} »`);
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new UsageError(`--limit : « ${values.limit} » n'est pas un entier positif`);
  const filter = parseSiteFilters(values.filter);
  return withDatabase(values['data-dir'], async (handle) => {
    const total = await countSites(handle.db, filter);
    const sites = await listSites(handle.db, filter, limit === 0 ? {} : { limit });
    const cell = (value: string | number | null) =>
      value === null ? '' : String(value).replace(/[\t\n]/g, ' ');
    process.stdout.write('id\turl\ttype\torganisation\tinsee\tsiren\tdepartement\tregion\tpopulation\n');
    for (const site of sites)
      process.stdout.write(
        `${[site.id, site.url, site.kind, site.organisationName, site.inseeCode, site.siren, site.departement, site.region, site.population].map(cell).join('\t')}\n`,
      );
    process.stderr.write(`${total} sites${sites.length < total ? ` (${sites.length} affichés)` : ''}\n`);
    return EXIT.ok;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      source: { type: 'string' },
      verbose: { type: 'boolean' },
      limit: { type: 'string' },
      filter: { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
