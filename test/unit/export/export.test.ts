// `vigie export` on a seeded database: every file validated against its schema, then sites.csv read back and
// compared with the seeded values (round trip), criteres.csv and statistiques.csv checked row by row.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../../src/cli/commands/export.js';
import { UsageError } from '../../../src/cli/usage.js';
import { parseCsv } from '../../../src/export/csv.js';
import { EXPORT_TABLES } from '../../../src/export/schemas.js';
import type { StatisticRow } from '../../../src/export/statistic-row.js';
import { type TableSchema, validateRows } from '../../../src/export/table-schema.js';
import { openDatabase } from '../../../src/store/db.js';
import { campaignExportRgaa, campaignExportSites } from '../../../src/store/export.repository.js';
import { freshDataDir } from '../store/engines.js';
import { type Seeded, seedExportDatabase } from './export-seed.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const STATS: StatisticRow[] = [
  {
    campaign_id: 2,
    campaign_date: '2026-11-02',
    dimension: 'ensemble',
    group_code: '',
    group_label: 'Ensemble des sites',
    indicator: 'sites_audites',
    value: 3,
    unit: 'sites',
    sites: 4,
    previous_value: 1,
    change: 2,
  },
  {
    campaign_id: 2,
    campaign_date: '2026-11-02',
    dimension: 'departement',
    group_code: '2A',
    group_label: 'Corse-du-Sud',
    indicator: 'taux_rgaa_mediane',
    value: 89.3,
    unit: 'pourcent',
    sites: 1,
    previous_value: null,
    change: null,
  },
];

async function* statisticRows(): AsyncGenerator<StatisticRow> {
  yield* STATS;
}

/** Parses a CSV file and validates it against its schema; returns records keyed by column. */
async function readValidated(dir: string, name: string): Promise<Record<string, string>[]> {
  const schema = JSON.parse(await readFile(join(dir, `schema-${name}.json`), 'utf8')) as TableSchema;
  const text = await readFile(join(dir, `${name}.csv`), 'utf8');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const rows = parseCsv(text);
  const report = validateRows(schema, rows);
  expect(report.errors).toEqual([]);
  const [header, ...data] = rows;
  return data.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

describe('vigie export', () => {
  let dataDir: string;
  let outDir: string;
  let seeded: Seeded;
  let stdout: string;
  beforeAll(async () => {
    dataDir = await freshDataDir();
    outDir = await mkdtemp(join(tmpdir(), 'vigie-export-'));
    const handle = await openDatabase({ dataDir });
    try {
      seeded = await seedExportDatabase(handle.db);
    } finally {
      await handle.close();
    }
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await exportCommand(['--out', outDir, '--data-dir', dataDir], { statisticRows });
      stdout = write.mock.calls.map((call) => String(call[0])).join('');
      expect(code).toBe(0);
    } finally {
      write.mockRestore();
      stderr.mockRestore();
    }
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes three CSV files and their schemas, nothing else', async () => {
    expect(stdout).toContain(`Campagne ${seeded.campaignId} exportée`);
    expect((await readdir(outDir)).sort()).toEqual([
      'criteres.csv',
      'schema-criteres.json',
      'schema-sites.json',
      'schema-statistiques.json',
      'sites.csv',
      'statistiques.csv',
    ]);
    for (const { name, schema } of EXPORT_TABLES)
      expect(JSON.parse(await readFile(join(outDir, `schema-${name}.json`), 'utf8'))).toEqual(schema);
  });

  it('sites.csv round trip: the latest campaign, audited and failed sites, seeded values back', async () => {
    const sites = await readValidated(outDir, 'sites');
    const ids = seeded.siteIds;
    expect(sites.map((s) => Number(s.site_id))).toEqual([ids.ajaccio, ids.epci, ids.departement, ids.failed]);
    for (const site of sites)
      expect(site).toMatchObject({
        campaign_id: String(seeded.campaignId),
        campaign_date: '2026-11-02',
        vigie_version: '0.1.0',
        axe_version: '4.14.1',
        rgaa_version: '4.1.2',
      });
    expect(sites[0]).toMatchObject({
      url: 'https://www.ajaccio.fr/',
      domain: 'ajaccio.fr',
      organisation_name: 'Ajaccio',
      organisation_kind: 'commune',
      insee_code: '2A004',
      siren: '212000046',
      departement: '2A',
      region: '94',
      population: '73542',
      audit_date: '2026-11-03',
      status: 'audite',
      pages_audited: '4',
      error_pages: '1',
      error_code: '',
      rgaa_rate: '89.3',
      raw_mark: '91.2',
      raw_mark_grade: 'B',
      failed_tests: '12',
      failed_criteria: '6',
      failed_elements: '40',
      legal_mention: 'totalement',
      statement_url: 'https://www.ajaccio.fr/accessibilite',
      statement_declared_status: 'totalement',
      statement_declared_rate: '100',
      statement_date: '2022-05-12',
      statement_stale: 'true',
      schema_plan_valid: 'true',
      action_plan_valid: 'false',
      contradiction_mention_vs_statement: 'false',
      contradiction_mention_without_statement: 'false',
      contradiction_status_vs_rate: 'false',
      contradiction_full_conformance_vs_measured: 'true',
      contradiction_stale_statement: 'true',
      ecoindex: '62.35',
      ecoindex_grade: 'C',
      page_weight_bytes: '1234567',
      requests: '48.3',
      co2_grams: '0.41234',
    });
    // The EPCI: SIREN with its leading zero, a name with commas and quotes, no legal result at all.
    expect(sites[1]).toMatchObject({
      organisation_name: 'Communauté de communes « Pays, de "Gex" »',
      organisation_kind: 'epci',
      insee_code: '',
      siren: '012345678',
      departement: '01',
      rgaa_rate: '50',
      legal_mention: '',
      statement_stale: '',
      schema_plan_valid: '',
      contradiction_stale_statement: '',
      ecoindex: '',
    });
    // A département: its code goes to `departement`, not to the commune INSEE column.
    expect(sites[2]).toMatchObject({
      insee_code: '',
      departement: '13',
      region: '93',
      legal_mention: 'absente',
      statement_url: '',
      schema_plan_valid: 'false',
      contradiction_mention_without_statement: 'false',
    });
    expect(sites[3]).toMatchObject({
      insee_code: '01001',
      population: '832',
      status: 'erreur',
      error_code: 'DNS',
      pages_audited: '',
      rgaa_rate: '',
      legal_mention: '',
    });
  });

  it('criteres.csv: 106 criteria per site with stored RGAA results, in referential order', async () => {
    const rows = await readValidated(outDir, 'criteres');
    expect(rows).toHaveLength(2 * 106);
    const ajaccio = rows.filter((r) => Number(r.site_id) === seeded.siteIds.ajaccio);
    expect(ajaccio.map((r) => r.criterion).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    expect(ajaccio[105]).toMatchObject({ criterion: '13.12', theme: '13', result: 'NT' });
    const count = (result: string) => ajaccio.filter((r) => r.result === result).length;
    expect([count('C'), count('NC'), count('NA'), count('NT')]).toEqual([50, 6, 30, 20]);
    expect(ajaccio[50]).toMatchObject({ result: 'NC', campaign_date: '2026-11-02' });
  });

  it('statistiques.csv: the rows given, empty for null', async () => {
    const rows = await readValidated(outDir, 'statistiques');
    expect(rows).toEqual(
      STATS.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)]),
        ),
      ),
    );
  });

  it('reads the campaign page by page, in site id order, without losing or repeating a site', async () => {
    const handle = await openDatabase({ dataDir });
    try {
      const ids: number[] = [];
      for await (const row of campaignExportSites(handle.db, seeded.campaignId, 1)) ids.push(row.site_id);
      const { ajaccio, epci, departement, failed } = seeded.siteIds;
      expect(ids).toEqual([ajaccio, epci, departement, failed]);
      const withRgaa: number[] = [];
      for await (const row of campaignExportRgaa(handle.db, seeded.campaignId, 1)) withRgaa.push(row.site_id);
      expect(withRgaa).toEqual([ajaccio, epci]);
    } finally {
      await handle.close();
    }
  });

  it('refuses a missing --out and a bad --campaign', async () => {
    await expect(exportCommand([])).rejects.toThrow(UsageError);
    await expect(exportCommand(['--out', 'x', '--campaign', 'abc'])).rejects.toThrow(
      /identifiant de campagne/,
    );
  });

  it('--campaign exports an earlier campaign (with a warning when not done); an unknown one is refused', async () => {
    const handle = await openDatabase({ dataDir });
    await handle.db
      .updateTable('campaigns')
      .set({ status: 'running' })
      .where('id', '=', seeded.previousCampaignId)
      .execute();
    await handle.close();
    const earlier = await mkdtemp(join(tmpdir(), 'vigie-export-'));
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const args = ['--out', earlier, '--data-dir', dataDir];
      expect(await exportCommand([...args, '--campaign', String(seeded.previousCampaignId)])).toBe(0);
      expect(await exportCommand([...args, '--campaign', '99'])).toBe(2);
      const messages = stderr.mock.calls.map((c) => String(c[0])).join('');
      expect(messages).toContain(
        `la campagne ${seeded.previousCampaignId} n'est pas terminée (état running)`,
      );
      expect(messages).toContain("la campagne 99 n'existe pas");
    } finally {
      write.mockRestore();
      stderr.mockRestore();
    }
    const sites = await readValidated(earlier, 'sites');
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ campaign_date: '2026-10-01', rgaa_rate: '80', raw_mark_grade: 'F' });
    // By default statistiques.csv holds the campaign's statistics (src/stats/rows.ts), valid against its schema.
    const statistics = await readValidated(earlier, 'statistiques');
    expect(
      statistics.find((row) => row.dimension === 'ensemble' && row.indicator === 'sites_audites'),
    ).toMatchObject({ campaign_id: '1', campaign_date: '2026-10-01', value: '1', unit: 'sites' });
    await rm(earlier, { recursive: true, force: true });
  });
});
