// What `vigie publish` will do, computed before any write: the export folder's files (each CSV and each
// `schema-<name>.json`), the metadata each resource gets, and for each file whether it replaces an existing
// resource of the dataset (same title or same file name: its id stays) or creates a new one.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ResourceMetadata, UdataResource } from './datagouv.js';

export interface ExportFile {
  fileName: string;
  path: string;
  sizeBytes: number;
  kind: 'csv' | 'schema';
  /** For a CSV: the file name of its Table Schema, when the folder has `schema-<name>.json`. */
  schemaFileName: string | null;
  /** For a CSV with a Table Schema: the schema's `version`, when it has one. */
  schemaVersion: string | null;
  metadata: ResourceMetadata;
}

export interface PlanItem {
  file: ExportFile;
  action: 'create' | 'replace';
  /** The resource replaced in place (its id is kept). */
  resource: UdataResource | null;
}

export class ExportFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFolderError';
  }
}

/** French titles of the files `vigie export` writes, used when the Table Schema gives none. */
const KNOWN_TITLES: Record<string, string> = {
  sites: 'Résultats par site et par campagne',
  criteres: 'Résultats par site et par critère RGAA',
  statistiques: 'Statistiques par campagne',
};

interface TableSchemaHead {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
}

/** Lists the CSV and Table Schema files of an export folder, schemas first (a CSV's metadata points to one). */
export async function readExportFolder(dir: string): Promise<ExportFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    throw new ExportFolderError(`--dir : le dossier « ${dir} » est introuvable ou illisible`);
  }
  const csvNames = names.filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  const schemaNames = names.filter((name) => /^schema-.+\.json$/i.test(name)).sort();
  if (csvNames.length === 0 && schemaNames.length === 0)
    throw new ExportFolderError(
      `--dir : le dossier « ${dir} » ne contient ni fichier CSV ni schéma schema-*.json (voir vigie export)`,
    );
  const schemas = new Map<string, TableSchemaHead>();
  const files: ExportFile[] = [];
  for (const fileName of schemaNames) {
    const path = join(dir, fileName);
    const head = await readSchemaHead(path, fileName);
    const dataName = fileName.slice('schema-'.length, -'.json'.length);
    schemas.set(dataName, head);
    const dataTitle = head.title ?? KNOWN_TITLES[dataName] ?? `${dataName}.csv`;
    files.push({
      fileName,
      path,
      sizeBytes: (await stat(path)).size,
      kind: 'schema',
      schemaFileName: null,
      schemaVersion: null,
      metadata: {
        title: `Schéma des données : ${dataTitle} (${fileName})`,
        description:
          `Description des colonnes de ${dataName}.csv (types, formats, valeurs permises) au format ` +
          `Table Schema (https://specs.frictionlessdata.io/table-schema/).`,
        format: 'json',
        type: 'documentation',
      },
    });
  }
  for (const fileName of csvNames) {
    const path = join(dir, fileName);
    const dataName = fileName.slice(0, -'.csv'.length);
    const head = schemas.get(dataName);
    const schemaFileName = head ? `schema-${dataName}.json` : null;
    const title = head?.title ?? KNOWN_TITLES[dataName] ?? dataName;
    files.push({
      fileName,
      path,
      sizeBytes: (await stat(path)).size,
      kind: 'csv',
      schemaFileName,
      schemaVersion: head?.version ?? null,
      metadata: {
        title: `${title} (${fileName})`,
        description:
          (head?.description ? `${head.description}\n\n` : '') +
          'Publié par Vigie, observatoire de l’accessibilité et de la sobriété des sites publics. ' +
          'CSV UTF-8, séparateur virgule' +
          (schemaFileName ? `, colonnes décrites par ${schemaFileName}.` : '.'),
        format: 'csv',
        type: 'main',
      },
    });
  }
  return files;
}

async function readSchemaHead(path: string, fileName: string): Promise<TableSchemaHead> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new ExportFolderError(`${fileName} : ce n'est pas un fichier JSON lisible`);
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { fields?: unknown }).fields))
    throw new ExportFolderError(`${fileName} : ce n'est pas un Table Schema (pas de liste « fields »)`);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const head = parsed as Record<string, unknown>;
  return {
    name: text(head.name),
    title: text(head.title),
    description: text(head.description),
    version: text(head.version),
  };
}

/** The resources a file would replace: same title as planned, or titled or stored under its file name. */
export function matchingResources(resources: UdataResource[], file: ExportFile): UdataResource[] {
  return resources.filter(
    (resource) =>
      resource.title === file.metadata.title ||
      resource.title === file.fileName ||
      urlFileName(resource.url) === file.fileName,
  );
}

function urlFileName(url: string): string {
  try {
    return decodeURIComponent(basename(new URL(url).pathname));
  } catch {
    return '';
  }
}

/**
 * One action per file. Two existing resources matching one file, or one resource matching two files, make
 * the plan ambiguous: it is refused before any write rather than guessed.
 */
export function buildPlan(files: ExportFile[], resources: UdataResource[]): PlanItem[] {
  const claimed = new Map<string, string>();
  return files.map((file) => {
    const matches = matchingResources(resources, file);
    if (matches.length > 1)
      throw new ExportFolderError(
        `${file.fileName} : plusieurs ressources du jeu de données lui correspondent ` +
          `(${matches.map((r) => `${r.id} « ${r.title} »`).join(', ')}) ; ` +
          'renommez ou supprimez les doublons sur la plateforme avant de republier',
      );
    const resource = matches[0] ?? null;
    if (resource) {
      const other = claimed.get(resource.id);
      if (other)
        throw new ExportFolderError(
          `la ressource ${resource.id} « ${resource.title} » correspond à la fois à ${other} et à ${file.fileName}`,
        );
      claimed.set(resource.id, file.fileName);
    }
    return { file, action: resource ? 'replace' : 'create', resource };
  });
}
