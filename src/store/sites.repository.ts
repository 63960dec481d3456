// Sites: imported from a registry in one transaction (all or nothing), compared in memory with what is
// stored so a re-import writes nothing, then upserted in batches. Listing with simple filters.

import type { Kysely } from 'kysely';
import type { SiteEntry } from '../core/site.js';
import {
  BATCH_ROWS,
  LOOKUP_CHUNK,
  organisationKey,
  type UpsertCounts,
  upsertOrganisations,
} from './organisations.repository.js';
import type { Database, NewSite, SiteRow } from './schema.js';

export type { UpsertCounts, UpsertOutcome } from './organisations.repository.js';

export interface ImportCounts {
  sites: UpsertCounts;
  organisations: UpsertCounts;
}

/**
 * Stores the entries of one registry file, named `source`. Entries must have distinct normalised URLs
 * (sources/registry.ts deduplicates). Fields an entry leaves null keep their stored value.
 */
export async function importSites(
  db: Kysely<Database>,
  entries: readonly SiteEntry[],
  source: string,
): Promise<ImportCounts> {
  return db.transaction().execute(async (trx) => {
    const organisations = entries.flatMap((entry) => (entry.organisation ? [entry.organisation] : []));
    const { ids, counts: organisationCounts } = await upsertOrganisations(trx, organisations, source);
    const existing = await findByUrls(
      trx,
      entries.map((entry) => entry.normalizedUrl),
    );

    const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
    const writes: NewSite[] = [];
    for (const entry of entries) {
      const stored = existing.get(entry.normalizedUrl);
      const organisationId = entry.organisation ? ids.get(organisationKey(entry.organisation))! : null;
      const next = mergedSite(entry, organisationId, stored, source);
      if (!stored) counts.added++;
      else if (sameSite(stored, next)) {
        counts.unchanged++;
        continue;
      } else counts.updated++;
      writes.push(next);
    }
    for (let i = 0; i < writes.length; i += BATCH_ROWS) {
      await trx
        .insertInto('sites')
        .values(writes.slice(i, i + BATCH_ROWS))
        .onConflict((conflict) =>
          conflict.column('normalized_url').doUpdateSet((eb) => ({
            url: eb.ref('excluded.url'),
            domain: eb.ref('excluded.domain'),
            kind: eb.ref('excluded.kind'),
            source_category: eb.ref('excluded.source_category'),
            organisation_id: eb.ref('excluded.organisation_id'),
            sources: eb.ref('excluded.sources'),
            updated_at: new Date(),
          })),
        )
        .execute();
    }
    return { sites: counts, organisations: organisationCounts };
  });
}

async function findByUrls(db: Kysely<Database>, urls: string[]): Promise<Map<string, SiteRow>> {
  const found = new Map<string, SiteRow>();
  for (let i = 0; i < urls.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .selectFrom('sites')
      .selectAll()
      .where('normalized_url', 'in', urls.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const row of rows) found.set(row.normalized_url, row);
  }
  return found;
}

type SiteWrite = NewSite & { sources: string[]; kind: string | null; organisation_id: number | null };

function mergedSite(
  entry: SiteEntry,
  organisationId: number | null,
  stored: SiteRow | undefined,
  source: string,
): SiteWrite {
  const sources = stored?.sources ?? [];
  return {
    normalized_url: entry.normalizedUrl,
    url: entry.url,
    domain: entry.domain,
    kind: entry.kind ?? entry.organisation?.kind ?? stored?.kind ?? null,
    source_category: entry.sourceCategory ?? stored?.source_category ?? null,
    organisation_id: organisationId ?? stored?.organisation_id ?? null,
    sources: sources.includes(source) ? sources : [...sources, source],
  };
}

function sameSite(stored: SiteRow, next: SiteWrite): boolean {
  return (
    stored.url === next.url &&
    stored.domain === next.domain &&
    stored.kind === next.kind &&
    stored.source_category === next.source_category &&
    stored.organisation_id === next.organisation_id &&
    stored.sources.length === next.sources.length
  );
}

export interface SiteFilter {
  kind?: string | undefined;
  departement?: string | undefined;
  region?: string | undefined;
  inseeCode?: string | undefined;
  /** Substring of the domain. */
  domain?: string | undefined;
  source?: string | undefined;
}

export interface SiteListItem {
  id: number;
  url: string;
  normalizedUrl: string;
  domain: string;
  kind: string | null;
  organisationId: number | null;
  organisationName: string | null;
  inseeCode: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  population: number | null;
}

function filtered(db: Kysely<Database>, filter: SiteFilter) {
  let query = db.selectFrom('sites').leftJoin('organisations', 'organisations.id', 'sites.organisation_id');
  if (filter.kind) query = query.where('sites.kind', '=', filter.kind);
  if (filter.departement) query = query.where('organisations.departement', '=', filter.departement);
  if (filter.region) query = query.where('organisations.region', '=', filter.region);
  if (filter.inseeCode) query = query.where('organisations.insee_code', '=', filter.inseeCode);
  if (filter.domain)
    query = query.where('sites.domain', 'like', `%${filter.domain.replace(/[\\%_]/g, '\\$&')}%`);
  if (filter.source) query = query.where((eb) => eb(eb.val(filter.source), '=', eb.fn.any('sites.sources')));
  return query;
}

export async function listSites(
  db: Kysely<Database>,
  filter: SiteFilter = {},
  page: { limit?: number; offset?: number } = {},
): Promise<SiteListItem[]> {
  let query = filtered(db, filter)
    .select([
      'sites.id',
      'sites.url',
      'sites.normalized_url as normalizedUrl',
      'sites.domain',
      'sites.kind',
      'sites.organisation_id as organisationId',
      'organisations.name as organisationName',
      'organisations.insee_code as inseeCode',
      'organisations.siren',
      'organisations.departement',
      'organisations.region',
      'organisations.population',
    ])
    .orderBy('sites.id');
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset !== undefined) query = query.offset(page.offset);
  return query.execute();
}

export async function countSites(db: Kysely<Database>, filter: SiteFilter = {}): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  // pg returns bigint counts as strings, PGlite as numbers.
  return Number(row.count);
}
