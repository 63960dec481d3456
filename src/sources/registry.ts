// Reads a site registry file: decode → rows → URL normalisation → organisation checks and COG enrichment
// → deduplication. Bad lines are collected with their line number and a reason; the rest is returned.
// Nothing is written here: the caller stores the entries (store/sites.repository.ts).

import type { SiteEntry } from '../core/site.js';
import { type Cog, loadCog } from './cog.js';
import { decodeLines, type Encoding } from './decode.js';
import { enrichOrganisation } from './enrich.js';
import { normalizeUrl } from './normalize-url.js';
import { detectFormat, parseRows, type RegistryFormat } from './rows.js';

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface DuplicateLine {
  line: number;
  /** Line of the first occurrence, whose entry was kept. */
  firstLine: number;
  normalizedUrl: string;
}

export interface RegistryRead {
  format: RegistryFormat;
  encoding: Encoding;
  bom: boolean;
  /** Lines in the file, header included. */
  lineCount: number;
  entries: SiteEntry[];
  rejected: RejectedLine[];
  duplicates: DuplicateLine[];
  ignoredColumns: string[];
}

export interface ReadRegistryOptions {
  /** Forced format; detected from the file name and first line when absent. */
  format?: RegistryFormat | undefined;
  /** File name, for format detection. */
  fileName: string;
  /** COG loader, replaceable in tests. */
  cog?: () => Promise<Cog>;
}

/** @throws RegistryFormatError when the file has no usable header (nothing can be imported). */
export async function readRegistry(bytes: Uint8Array, options: ReadRegistryOptions): Promise<RegistryRead> {
  const decoded = decodeLines(bytes);
  const firstText = decoded.lines.find((line) => 'text' in line && line.text.trim() !== '');
  const format =
    options.format ??
    detectFormat(options.fileName, firstText && 'text' in firstText ? firstText.text : undefined);
  const { rows, ignoredColumns } = parseRows(decoded.lines, format);
  const cog = rows.some((row) => 'organisation' in row && row.organisation !== null)
    ? await (options.cog ?? loadCog)()
    : null;

  const byKey = new Map<string, SiteEntry>();
  const rejected: RejectedLine[] = [];
  const duplicates: DuplicateLine[] = [];
  for (const row of rows) {
    if ('error' in row) {
      rejected.push({ line: row.line, reason: row.error });
      continue;
    }
    const normalized = normalizeUrl(row.url);
    if (!normalized.ok) {
      rejected.push({ line: row.line, reason: normalized.reason });
      continue;
    }
    let organisation: SiteEntry['organisation'] = null;
    if (row.organisation !== null && row.kind !== null && cog !== null) {
      const enriched = enrichOrganisation({ ...row.organisation, kind: row.kind }, cog);
      if (!enriched.ok) {
        rejected.push({ line: row.line, reason: enriched.reason });
        continue;
      }
      organisation = enriched.value;
    }
    const { key, url, domain, scheme } = normalized.value;
    const entry: SiteEntry = {
      normalizedUrl: key,
      url,
      domain,
      kind: row.kind,
      sourceCategory: row.sourceCategory,
      organisation,
      line: row.line,
    };
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, entry);
      continue;
    }
    duplicates.push({ line: row.line, firstLine: first.line, normalizedUrl: key });
    mergeDuplicate(first, entry, scheme);
  }
  return {
    format,
    encoding: decoded.encoding,
    bom: decoded.bom,
    lineCount: decoded.lines.length,
    entries: [...byKey.values()],
    rejected,
    duplicates,
    ignoredColumns,
  };
}

/**
 * The first occurrence is kept; a later one only fills what it left unknown, and upgrades its address
 * to https (the DINUM list holds both http://x and https://www.x for many sites).
 */
function mergeDuplicate(first: SiteEntry, later: SiteEntry, laterScheme: 'http' | 'https'): void {
  if (laterScheme === 'https' && first.url.startsWith('http:')) first.url = later.url;
  first.kind ??= later.kind;
  first.sourceCategory ??= later.sourceCategory;
  first.organisation ??= later.organisation;
}
