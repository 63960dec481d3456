// A small campaign database for the export tests: a Corsican commune (INSEE 2A004), an EPCI whose SIREN starts
// with a zero and whose site has no legal result, a département, a site in error, a site still pending, and
// an earlier campaign. The values here are what the exported files must give back.

import type { Kysely } from 'kysely';
import { type Database, json } from '../../../src/store/schema.js';

/** 106 criteria: 50 C, 6 NC, 30 NA, 20 NT. */
export const CRITERIA = `${'C'.repeat(50)}${'N'.repeat(6)}${'A'.repeat(30)}${'T'.repeat(20)}`;
export const TESTS = 'T'.repeat(258);

export const LEGAL_AJACCIO = {
  campaignDate: '2026-11-02',
  mention: { level: 'totalement', text: 'Accessibilité : totalement conforme', href: '/accessibilite' },
  statement: {
    url: 'https://www.ajaccio.fr/accessibilite',
    declaredStatus: 'totalement',
    declaredRate: 100,
    rgaaVersion: '4.1',
    date: '2022-05-12',
    stale: true,
  },
  plans: { schema: { url: 'https://www.ajaccio.fr/schema', years: [2024, 2026], valid: true }, action: null },
  contradictions: [
    { code: 'full-conformance-vs-measured', message: '…' },
    { code: 'stale-statement', message: '…' },
  ],
};

export interface Seeded {
  previousCampaignId: number;
  campaignId: number;
  siteIds: { ajaccio: number; epci: number; departement: number; failed: number; pending: number };
}

export async function seedExportDatabase(db: Kysely<Database>): Promise<Seeded> {
  const orgs = await db
    .insertInto('organisations')
    .values([
      {
        org_key: 'commune:insee:2A004',
        name: 'Ajaccio',
        kind: 'commune',
        insee_code: '2A004',
        siren: '212000046',
        departement: '2A',
        region: '94',
        population: 73_542,
      },
      {
        org_key: 'siren:012345678',
        name: 'Communauté de communes « Pays, de "Gex" »',
        kind: 'epci',
        insee_code: null,
        siren: '012345678',
        departement: '01',
        region: '84',
        population: null,
      },
      {
        org_key: 'departement:insee:13',
        name: 'Département des Bouches-du-Rhône',
        kind: 'departement',
        insee_code: '13',
        siren: '221300015',
        departement: '13',
        region: '93',
        population: null,
      },
      {
        org_key: 'commune:insee:01001',
        name: "L'Abergement-Clémenciat",
        kind: 'commune',
        insee_code: '01001',
        siren: '210100012',
        departement: '01',
        region: '84',
        population: 832,
      },
    ])
    .returning('id')
    .execute();
  const site = (url: string, org: number) => ({
    normalized_url: url,
    url,
    domain: new URL(url).hostname.replace(/^www\./, ''),
    kind: null,
    organisation_id: orgs[org]!.id,
  });
  const sites = await db
    .insertInto('sites')
    .values([
      site('https://www.ajaccio.fr/', 0),
      site('https://www.cc-gex.fr/', 1),
      site('https://www.departement13.fr/', 2),
      site('https://www.abergement.fr/', 3),
      site('https://pending.example.fr/', 3),
    ])
    .returning('id')
    .execute();
  const [ajaccio, epci, departement, failed, pending] = sites.map((s) => s.id) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const campaign = (name: string, startedAt: string) => ({
    name,
    status: 'done' as const,
    vigie_version: '0.1.0',
    axe_version: '4.14.1',
    rgaa_version: '4.1.2',
    config_hash: 'abc',
    config: json({}),
    rule_versions: json({}),
    started_at: startedAt,
  });
  const previous = await db
    .insertInto('campaigns')
    .values(campaign('Précédente', '2026-10-01T08:00:00Z'))
    .returning('id')
    .executeTakeFirstOrThrow();
  const current = await db
    .insertInto('campaigns')
    .values(campaign('Novembre', '2026-11-02T08:00:00Z'))
    .returning('id')
    .executeTakeFirstOrThrow();

  const member = (
    campaignId: number,
    siteId: number,
    position: number,
    state: 'done' | 'failed' | 'pending',
  ) => ({
    campaign_id: campaignId,
    site_id: siteId,
    position,
    url: 'https://x/',
    host: 'x',
    state,
    finished_at: state === 'pending' ? null : '2026-11-03T23:30:00Z',
    error_code: state === 'failed' ? 'DNS' : null,
  });
  await db
    .insertInto('campaign_sites')
    .values([
      member(previous.id, ajaccio, 1, 'done'),
      member(current.id, ajaccio, 1, 'done'),
      member(current.id, epci, 2, 'done'),
      member(current.id, departement, 3, 'done'),
      member(current.id, failed, 4, 'failed'),
      member(current.id, pending, 5, 'pending'),
    ])
    .execute();

  const summary = (
    campaignId: number,
    siteId: number,
    scores: Record<string, number | null>,
    grades: Record<string, string | null>,
    rgaa: boolean,
    legal: unknown,
  ) => ({
    campaign_id: campaignId,
    site_id: siteId,
    page_count: 5,
    error_page_count: 1,
    scores: json(scores),
    grades: json(grades),
    errors: json({}),
    rgaa: rgaa ? json({ version: '4.1.2', tests: TESTS, criteria: CRITERIA }) : null,
    legal: legal === null ? null : json(legal),
  });
  await db
    .insertInto('site_summaries')
    .values([
      summary(previous.id, ajaccio, { pagesAudited: 4, rgaaRate: 80 }, { rawMark: 'F' }, true, null),
      summary(
        current.id,
        ajaccio,
        {
          pagesAudited: 4,
          rgaaRate: 89.3,
          rawMark: 91.2,
          failedTests: 12,
          failedCriteria: 6,
          failedElements: 40,
          homeEcoindex: 62.347,
          sampleTransferBytesMean: 1_234_567.4,
          sampleRequestsMean: 48.25,
          sampleCo2GramsMean: 0.41234,
        },
        { rawMark: 'B', homeEcoindex: 'C' },
        true,
        LEGAL_AJACCIO,
      ),
      summary(current.id, epci, { pagesAudited: 4, rgaaRate: 50, rawMark: 60 }, { rawMark: 'F' }, true, null),
      summary(current.id, departement, { pagesAudited: 4 }, {}, false, {
        campaignDate: '2026-11-02',
        mention: { level: 'absente', text: null, href: null },
        statement: { url: null, declaredStatus: null, declaredRate: null, date: null, stale: null },
        plans: { schema: null, action: null },
        contradictions: [],
      }),
    ])
    .execute();
  return {
    previousCampaignId: previous.id,
    campaignId: current.id,
    siteIds: { ajaccio, epci, departement, failed, pending },
  };
}
