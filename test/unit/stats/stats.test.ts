// Statistics of a seeded campaign (test/helpers/stats-seed.ts), every expected value computed by hand below:
// PGlite always, PostgreSQL too when DATABASE_URL is set. Quartiles are percentile_cont: position (n − 1)·p
// in the sorted values, linear interpolation between neighbours.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Statistic } from '../../../src/stats/assemble.js';
import { campaignStatistics, statisticRows } from '../../../src/stats/rows.js';
import { seedStats } from '../../helpers/stats-seed.js';
import { type TestDatabase, testEngines } from '../store/engines.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describe.each(testEngines())('statistics on $name', (engine) => {
  let database: TestDatabase;
  let stats: Statistic[];
  let ids: { previous: number; current: number };
  const get = (dimension: string, code: string, indicator: string) => {
    const found = stats.find(
      (row) => row.dimension === dimension && row.group_code === code && row.indicator === indicator,
    );
    if (!found) throw new Error(`no ${dimension}/${code}/${indicator}`);
    return found;
  };
  const pick = (dimension: string, code: string, indicator: string) => {
    const { value, sites, previous_value, change } = get(dimension, code, indicator);
    return { value, sites, previous_value, change };
  };

  beforeAll(async () => {
    database = await engine.open();
    ids = await seedStats(database.handle);
    const result = await campaignStatistics(database.handle, ids.current);
    expect(result.previous?.id).toBe(ids.previous);
    expect(result.campaign.date).toBe('2026-06-01');
    stats = result.statistics;
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('counts audited, failed and paired sites', () => {
    // Campaign 2: s1 s2 s3 s4 s6 s7 done, s5 failed; paired (done in both): s1 s3 s4.
    expect(pick('ensemble', '', 'sites_audites')).toEqual({
      value: 6,
      sites: 6,
      previous_value: null,
      change: null,
    });
    expect(pick('ensemble', '', 'sites_en_erreur').value).toBe(1);
    expect(pick('ensemble', '', 'sites_apparies').value).toBe(3);
    expect(pick('type', 'hopital', 'sites_en_erreur').value).toBe(1);
    expect(pick('type', 'hopital', 'sites_audites').value).toBe(0);
    expect(pick('type', 'hopital', 'part_note_a')).toEqual({
      value: null,
      sites: 0,
      previous_value: null,
      change: null,
    });
  });

  it('gives grade shares with the paired change', () => {
    // Grades D B A E A F: 2 of 6 have A. Paired now s1 D, s3 A, s4 E → 1/3; before E C F → 0.
    expect(pick('ensemble', '', 'part_note_a')).toEqual({
      value: 33.3,
      sites: 6,
      previous_value: 0,
      change: 33.3,
    });
    expect(pick('ensemble', '', 'part_note_f').value).toBe(16.7);
    expect(pick('ensemble', '', 'part_note_c').value).toBe(0);
    // Communes s1 s2 s3: D B A.
    expect(pick('type', 'commune', 'part_note_a').value).toBe(33.3);
    expect(get('type', 'departement', 'part_note_a')).toMatchObject({
      value: 0,
      sites: 1,
      label: 'Part des conseils départementaux avec la note A (note brute RGAA)',
      group_label: 'Conseils départementaux',
    });
    expect(pick('type', 'prefecture-etat', 'part_note_a').value).toBe(100);
  });

  it('gives quartiles by percentile_cont, paired over the same sites', () => {
    // Rates 40 50 60 70 90 100: q1 at 1.25 → 52.5, median at 2.5 → 65, q3 at 3.75 → 85.
    // Paired now 50 60 90 (q1 55, median 60, q3 75); before 40 60 80 (50, 60, 70).
    expect(pick('ensemble', '', 'taux_rgaa_q1')).toEqual({
      value: 52.5,
      sites: 6,
      previous_value: 50,
      change: 5,
    });
    expect(pick('ensemble', '', 'taux_rgaa_mediane')).toEqual({
      value: 65,
      sites: 6,
      previous_value: 60,
      change: 0,
    });
    expect(pick('ensemble', '', 'taux_rgaa_q3')).toEqual({
      value: 85,
      sites: 6,
      previous_value: 70,
      change: 5,
    });
    // Marks 50 70 80 95 100 100 → median 87.5. Elements 0 0 4 10 20 30 → q1 1, median 7, q3 17.5.
    expect(pick('ensemble', '', 'note_brute_mediane').value).toBe(87.5);
    expect(pick('ensemble', '', 'elements_en_echec_q1').value).toBe(1);
    expect(pick('ensemble', '', 'elements_en_echec_mediane').value).toBe(7);
    expect(pick('ensemble', '', 'elements_en_echec_q3').value).toBe(17.5);
    // Communes 50 70 90.
    expect(pick('type', 'commune', 'taux_rgaa_mediane').value).toBe(70);
  });

  it('gives legal shares over the sites with legal checks', () => {
    // s1 s2 s3 s4 s7 have legal checks (s6 none, s5 failed).
    expect(pick('ensemble', '', 'part_mention_absente')).toEqual({
      value: 40,
      sites: 5,
      previous_value: 33.3,
      change: -33.3,
    });
    expect(pick('ensemble', '', 'part_mention_presente').value).toBe(60);
    expect(pick('ensemble', '', 'part_mention_totalement').value).toBe(20);
    // Valid: s1 only (s3 stale, s4 unreadable). Paired now s1, before s3: 1/3 each.
    expect(pick('ensemble', '', 'part_declaration_valide')).toEqual({
      value: 20,
      sites: 5,
      previous_value: 33.3,
      change: 0,
    });
    expect(pick('ensemble', '', 'part_declaration_perimee').value).toBe(20);
    expect(pick('ensemble', '', 'part_schema_pluriannuel_valide').value).toBe(40);
    expect(pick('ensemble', '', 'part_plan_action_valide').value).toBe(20);
    expect(pick('ensemble', '', 'part_contradiction').value).toBe(40);
  });

  it('gives EcoIndex grades and median weight, requests and CO2', () => {
    // Eco grades C B A D B E; bytes 500 1000 1500 2000 3000 4000; requests 10 20 25 30 50 60.
    expect(pick('ensemble', '', 'part_ecoindex_b').value).toBe(33.3);
    expect(pick('ensemble', '', 'poids_page_mediane')).toEqual({
      value: 1750,
      sites: 6,
      previous_value: 1200,
      change: -200,
    });
    expect(pick('ensemble', '', 'requetes_mediane').value).toBe(27.5);
    expect(pick('ensemble', '', 'ecoindex_mediane').value).toBe(57.5);
    // CO2 of five sites (s6 unmeasured): 0.2 0.3 0.5 0.8 1.0; paired now 0.5, before 0.6.
    expect(pick('ensemble', '', 'co2_mediane')).toEqual({
      value: 0.5,
      sites: 5,
      previous_value: 0.6,
      change: -0.1,
    });
  });

  it('lists the most failed criteria and tests, ties in referential order', () => {
    // Sites with RGAA results: s1 s2 s3 s4 s7. Criterion 1.1 failed by s1 s3, 1.2 by s1 s7, 1.3 by s7.
    const criteria = stats.filter(
      (row) => row.dimension === 'ensemble' && row.indicator.startsWith('part_critere_'),
    );
    expect(criteria.map((row) => [row.indicator, row.value, row.sites])).toEqual([
      ['part_critere_nc_1_1', 40, 5],
      ['part_critere_nc_1_2', 40, 5],
      ['part_critere_nc_1_3', 20, 5],
    ]);
    // Paired: now s1 s3 fail 1.1 of s1 s3 s4 (66.7), before s1 only (33.3).
    expect(pick('ensemble', '', 'part_critere_nc_1_1')).toMatchObject({ previous_value: 33.3, change: 33.3 });
    const tests = stats.filter(
      (row) => row.dimension === 'ensemble' && row.indicator.startsWith('part_test_'),
    );
    expect(tests.map((row) => [row.indicator, row.value])).toEqual([
      ['part_test_nc_1_1_1', 40],
      ['part_test_nc_1_1_2', 20],
      ['part_test_nc_1_1_6', 20],
    ]);
  });

  it('groups by département, région and commune population band', () => {
    const codes = (dimension: string) => [
      ...new Set(stats.filter((row) => row.dimension === dimension).map((row) => row.group_code)),
    ];
    expect(codes('type')).toEqual(['commune', 'departement', 'prefecture-etat', 'hopital', 'autre']);
    expect(codes('departement')).toEqual(['01', '2A', '69']);
    expect(codes('region')).toEqual(['84', '94']);
    expect(codes('population')).toEqual(['moins-de-500', '500-1999', '50000-et-plus']);
    expect(get('departement', '2A', 'sites_audites')).toMatchObject({
      value: 1,
      group_label: 'Corse-du-Sud (2A)',
    });
    expect(pick('departement', '01', 'taux_rgaa_mediane').value).toBe(60); // 50 70 60
    expect(get('region', '84', 'sites_audites')).toMatchObject({
      value: 4,
      group_label: 'Auvergne-Rhône-Alpes',
    });
    expect(get('population', '50000-et-plus', 'part_note_a')).toMatchObject({
      value: 100,
      label: 'Part des communes de 50 000 habitants et plus avec la note A (note brute RGAA)',
    });
  });

  it('yields rows of statistiques.csv', async () => {
    const rows = [];
    for await (const row of statisticRows(database.handle, ids.current)) rows.push(row);
    expect(rows).toHaveLength(stats.length);
    expect(rows[0]).toEqual({
      campaign_id: ids.current,
      campaign_date: '2026-06-01',
      dimension: 'ensemble',
      group_code: '',
      group_label: 'Ensemble des sites',
      indicator: 'sites_audites',
      value: 6,
      unit: 'sites',
      sites: 6,
      previous_value: null,
      change: null,
    });
  });

  it('gives the same figures when computing one dimension only', async () => {
    for (const dimension of ['ensemble', 'population'] as const) {
      const alone = await campaignStatistics(database.handle, ids.current, [dimension], { fresh: true });
      expect(alone.statistics).toEqual(stats.filter((row) => row.dimension === dimension));
    }
  });

  it('stores the statistics with the stamp of their data, and computes them again once the data changed', async () => {
    const { db } = database.handle;
    const stored = await db
      .selectFrom('campaign_statistics')
      .select(['stamp', 'statistics'])
      .where('campaign_id', '=', ids.current)
      .executeTakeFirstOrThrow();
    expect(stored.statistics).toEqual(JSON.parse(JSON.stringify(stats)));
    // While the stamp matches, the stored rows are what a call returns (marked here to tell them apart).
    const marked = stats.map((row) => (row.indicator === 'sites_audites' ? { ...row, value: 999 } : row));
    await db
      .updateTable('campaign_statistics')
      .set({ statistics: JSON.stringify(marked) })
      .where('campaign_id', '=', ids.current)
      .execute();
    const fromStore = await campaignStatistics(database.handle, ids.current, ['ensemble']);
    expect(fromStore.statistics.find((row) => row.indicator === 'sites_audites')?.value).toBe(999);
    // A re-judged summary changes the stamp: the statistics are computed again, and stored again.
    await db
      .updateTable('site_summaries')
      .set({ computed_at: new Date('2030-01-01T00:00:00Z') })
      .where('campaign_id', '=', ids.current)
      .execute();
    const again = await campaignStatistics(database.handle, ids.current);
    expect(again.statistics).toEqual(stats);
    const restamped = await db
      .selectFrom('campaign_statistics')
      .select('stamp')
      .where('campaign_id', '=', ids.current)
      .executeTakeFirstOrThrow();
    expect(restamped.stamp).not.toBe(stored.stamp);
  });

  it('gives no paired change for the first campaign', async () => {
    const first = await campaignStatistics(database.handle, ids.previous);
    expect(first.previous).toBeNull();
    const rate = first.statistics.find(
      (row) => row.dimension === 'ensemble' && row.indicator === 'taux_rgaa_mediane',
    );
    // s1 40, s3 80, s4 60 → 60.
    expect(rate).toMatchObject({ value: 60, sites: 3, previous_value: null, change: null });
  });
});
