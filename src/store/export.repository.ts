// What `vigie export` reads: a campaign's sites with their organisation and summary, and their RGAA criteria,
// page by page in site id order (keyset pagination), so that memory stays bounded whatever the campaign size.

import type { Kysely } from 'kysely';
import type { Database, StoredRgaa } from './schema.js';

/** Rows fetched per query. */
export const EXPORT_PAGE_SIZE = 1000;

export interface ExportSiteRow {
  site_id: number;
  state: string;
  error_code: string | null;
  finished_at: Date | null;
  url: string;
  domain: string;
  site_kind: string | null;
  organisation_name: string | null;
  organisation_kind: string | null;
  insee_code: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  population: number | null;
  page_count: number | null;
  error_page_count: number | null;
  scores: Record<string, number | null> | null;
  grades: Record<string, string | null> | null;
  legal: Record<string, unknown> | null;
  computed_at: Date | null;
}

/** The campaign's audited (`done`) and failed sites, in site id order, `pageSize` rows per query. */
export async function* campaignExportSites(
  db: Kysely<Database>,
  campaignId: number,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportSiteRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('campaign_sites as cs')
      .innerJoin('sites as s', 's.id', 'cs.site_id')
      .leftJoin('organisations as o', 'o.id', 's.organisation_id')
      .leftJoin('site_summaries as ss', (join) =>
        join.onRef('ss.campaign_id', '=', 'cs.campaign_id').onRef('ss.site_id', '=', 'cs.site_id'),
      )
      .select([
        'cs.site_id',
        'cs.state',
        'cs.error_code',
        'cs.finished_at',
        's.url',
        's.domain',
        's.kind as site_kind',
        'o.name as organisation_name',
        'o.kind as organisation_kind',
        'o.insee_code',
        'o.siren',
        'o.departement',
        'o.region',
        'o.population',
        'ss.page_count',
        'ss.error_page_count',
        'ss.scores',
        'ss.grades',
        'ss.legal',
        'ss.computed_at',
      ])
      .where('cs.campaign_id', '=', campaignId)
      .where('cs.state', 'in', ['done', 'failed'])
      .where('cs.site_id', '>', after)
      .orderBy('cs.site_id')
      .limit(pageSize)
      .execute();
    for (const row of rows) yield row as ExportSiteRow;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.site_id;
  }
}

/** The stored RGAA results of the campaign's audited sites, in site id order. */
export async function* campaignExportRgaa(
  db: Kysely<Database>,
  campaignId: number,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<{ site_id: number; rgaa: StoredRgaa }> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('site_summaries')
      .select(['site_id', 'rgaa'])
      .where('campaign_id', '=', campaignId)
      .where('site_id', '>', after)
      .where('rgaa', 'is not', null)
      .orderBy('site_id')
      .limit(pageSize)
      .execute();
    for (const row of rows) if (row.rgaa) yield { site_id: row.site_id, rgaa: row.rgaa };
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.site_id;
  }
}
