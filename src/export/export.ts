// Writes a campaign's open-data files into a folder: sites.csv, criteres.csv, statistiques.csv and each
// table's schema-<name>.json. Rows stream from the database page by page into the file (back-pressure), so
// memory stays bounded; each file is written under a temporary name and renamed once complete.

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { RGAA_412_CRITERIA } from '../core/rgaa-412.js';
import { decodeResults } from '../score/rgaa.js';
import { getCampaign } from '../store/campaigns.repository.js';
import { campaignExportRgaa, campaignExportSites, type ExportSiteRow } from '../store/export.repository.js';
import type { Database, StoredRgaa } from '../store/schema.js';
import { type CsvValue, openCsvWriter } from './csv.js';
import { EXPORT_TABLES } from './schemas.js';
import { type ExportCampaign, isoDay, siteValues } from './site-record.js';
import type { StatisticRow } from './statistic-row.js';

/** The rows of statistiques.csv for a campaign (src/stats/rows.ts provides the real one). */
export type StatisticRowsSource = (db: Kysely<Database>, campaignId: number) => AsyncIterable<StatisticRow>;

export interface ExportResult {
  campaign: ExportCampaign;
  /** The campaign's status: an export of a campaign not yet `done` holds only the sites finished so far. */
  status: string;
  files: { name: string; path: string; rows: number }[];
}

/** Writes `rows` to `path` (under a temporary name first); returns the number of data rows. */
async function writeCsv(path: string, header: readonly string[], rows: AsyncIterable<CsvValue[]>) {
  const partial = `${path}.partial`;
  const writer = await openCsvWriter(partial, header);
  try {
    for await (const row of rows) await writer.write(row);
    await writer.close();
  } catch (error) {
    await writer.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, path);
  return writer.rows;
}

const columns = (name: string) =>
  EXPORT_TABLES.find((t) => t.name === name)!.schema.fields.map((f) => f.name);

export async function writeSitesCsv(
  rows: AsyncIterable<ExportSiteRow>,
  campaign: ExportCampaign,
  path: string,
) {
  async function* values() {
    for await (const row of rows) yield siteValues(row, campaign);
  }
  return writeCsv(path, columns('sites'), values());
}

const CRITERION_IDS = RGAA_412_CRITERIA.map((criterion) => criterion.id);
const CRITERION_THEMES = RGAA_412_CRITERIA.map((criterion) => criterion.theme);

export async function writeCriteriaCsv(
  rows: AsyncIterable<{ site_id: number; rgaa: StoredRgaa }>,
  campaign: ExportCampaign,
  path: string,
) {
  async function* values(): AsyncGenerator<CsvValue[]> {
    for await (const { site_id, rgaa } of rows) {
      const results = decodeResults(rgaa.criteria, CRITERION_IDS);
      for (let i = 0; i < CRITERION_IDS.length; i++) {
        const id = CRITERION_IDS[i]!;
        yield [campaign.id, campaign.date, site_id, id, CRITERION_THEMES[i]!, results[id]!];
      }
    }
  }
  return writeCsv(path, columns('criteres'), values());
}

export async function writeStatisticsCsv(rows: AsyncIterable<StatisticRow>, path: string) {
  const names = columns('statistiques') as (keyof StatisticRow)[];
  async function* values() {
    for await (const row of rows) yield names.map((name) => row[name]);
  }
  return writeCsv(path, names, values());
}

/** The schema-<name>.json files, pretty-printed (they are read by people too). */
export async function writeSchemas(outDir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const { name, schema } of EXPORT_TABLES) {
    const path = join(outDir, `schema-${name}.json`);
    await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
    paths.push(path);
  }
  return paths;
}

export class ExportError extends Error {}

export async function loadExportCampaign(
  db: Kysely<Database>,
  campaignId: number,
): Promise<ExportCampaign & { status: string }> {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) throw new ExportError(`la campagne ${campaignId} n'existe pas`);
  return {
    status: campaign.status,
    id: campaign.id,
    date: isoDay(campaign.started_at ?? campaign.created_at)!,
    vigieVersion: campaign.vigie_version,
    axeVersion: campaign.axe_version,
    rgaaVersion: campaign.rgaa_version,
  };
}

export async function exportCampaign(options: {
  db: Kysely<Database>;
  campaignId: number;
  outDir: string;
  statisticRows: StatisticRowsSource;
  onFile?: (name: string, rows: number) => void;
}): Promise<ExportResult> {
  const { db, campaignId, outDir } = options;
  const { status, ...campaign } = await loadExportCampaign(db, campaignId);
  await mkdir(outDir, { recursive: true });
  const files: ExportResult['files'] = [];
  const done = (name: string, rows: number) => {
    files.push({ name, path: join(outDir, `${name}.csv`), rows });
    options.onFile?.(name, rows);
  };
  done(
    'sites',
    await writeSitesCsv(campaignExportSites(db, campaignId), campaign, join(outDir, 'sites.csv')),
  );
  done(
    'criteres',
    await writeCriteriaCsv(campaignExportRgaa(db, campaignId), campaign, join(outDir, 'criteres.csv')),
  );
  done(
    'statistiques',
    await writeStatisticsCsv(options.statisticRows(db, campaignId), join(outDir, 'statistiques.csv')),
  );
  await writeSchemas(outDir);
  return { campaign, status, files };
}
