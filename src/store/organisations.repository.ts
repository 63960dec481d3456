// Organisations: identified by a natural key so that re-importing a list finds them again; upserted in
// batches. A field a source leaves empty never erases a stored value.

import type { Kysely } from 'kysely';
import type { OrganisationEntry } from '../core/site.js';
import type { Database, NewOrganisation, OrganisationRow } from './schema.js';

export const BATCH_ROWS = 500;
/** Values per `where … in (…)` lookup. */
export const LOOKUP_CHUNK = 1000;

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';
export type UpsertCounts = Record<UpsertOutcome, number>;

/** Kinds whose INSEE code is their identity (for the others it only locates them). */
const INSEE_IDENTIFIED = new Set(['commune', 'departement', 'region', 'prefecture']);

export function organisationKey(org: OrganisationEntry): string {
  if (org.inseeCode && INSEE_IDENTIFIED.has(org.kind)) return `${org.kind}:insee:${org.inseeCode}`;
  if (org.siren) return `siren:${org.siren}`;
  const name = org.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return `${org.kind}:name:${name}@${org.inseeCode ?? org.departement ?? ''}`;
}

/**
 * Stores the organisations (deduplicated by key) and returns key → id for all of them, with counts.
 * Run it inside the import's transaction.
 */
export async function upsertOrganisations(
  db: Kysely<Database>,
  organisations: readonly OrganisationEntry[],
  source: string,
): Promise<{ ids: Map<string, number>; counts: UpsertCounts }> {
  const wanted = new Map<string, OrganisationEntry>();
  for (const org of organisations) {
    const key = organisationKey(org);
    const seen = wanted.get(key);
    wanted.set(key, seen ? fillGaps(seen, org) : org);
  }
  const existing = await findByKeys(db, [...wanted.keys()]);

  const ids = new Map<string, number>();
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
  const writes: NewOrganisation[] = [];
  for (const [key, org] of wanted) {
    const stored = existing.get(key);
    const next = merged(key, org, stored, source);
    if (!stored) counts.added++;
    else if (sameOrganisation(stored, next)) {
      counts.unchanged++;
      ids.set(key, stored.id);
      continue;
    } else counts.updated++;
    writes.push(next);
  }
  for (let i = 0; i < writes.length; i += BATCH_ROWS) {
    const rows = await db
      .insertInto('organisations')
      .values(writes.slice(i, i + BATCH_ROWS))
      .onConflict((conflict) =>
        conflict.column('org_key').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          insee_code: eb.ref('excluded.insee_code'),
          siren: eb.ref('excluded.siren'),
          departement: eb.ref('excluded.departement'),
          region: eb.ref('excluded.region'),
          population: eb.ref('excluded.population'),
          sources: eb.ref('excluded.sources'),
          updated_at: new Date(),
        })),
      )
      .returning(['id', 'org_key'])
      .execute();
    for (const row of rows) ids.set(row.org_key, row.id);
  }
  return { ids, counts };
}

async function findByKeys(db: Kysely<Database>, keys: string[]): Promise<Map<string, OrganisationRow>> {
  const found = new Map<string, OrganisationRow>();
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .selectFrom('organisations')
      .selectAll()
      .where('org_key', 'in', keys.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const row of rows) found.set(row.org_key, row);
  }
  return found;
}

function merged(
  key: string,
  org: OrganisationEntry,
  stored: OrganisationRow | undefined,
  source: string,
): NewOrganisation & { sources: string[] } {
  const sources = stored?.sources ?? [];
  return {
    org_key: key,
    name: org.name,
    kind: org.kind,
    insee_code: org.inseeCode ?? stored?.insee_code ?? null,
    siren: org.siren ?? stored?.siren ?? null,
    departement: org.departement ?? stored?.departement ?? null,
    region: org.region ?? stored?.region ?? null,
    population: org.population ?? stored?.population ?? null,
    sources: sources.includes(source) ? sources : [...sources, source],
  };
}

function sameOrganisation(stored: OrganisationRow, next: NewOrganisation & { sources: string[] }): boolean {
  return (
    stored.name === next.name &&
    stored.kind === next.kind &&
    stored.insee_code === next.insee_code &&
    stored.siren === next.siren &&
    stored.departement === next.departement &&
    stored.region === next.region &&
    stored.population === next.population &&
    stored.sources.length === next.sources.length
  );
}

function fillGaps(first: OrganisationEntry, later: OrganisationEntry): OrganisationEntry {
  return {
    ...first,
    inseeCode: first.inseeCode ?? later.inseeCode,
    siren: first.siren ?? later.siren,
    departement: first.departement ?? later.departement,
    region: first.region ?? later.region,
    population: first.population ?? later.population,
  };
}
