// A small database for the statistics tests: seven sites of six organisations over two finished campaigns,
// with values chosen so that every statistic can be computed by hand (test/unit/stats/).

import { RGAA_412_CRITERIA, RGAA_412_TESTS } from '../../src/core/rgaa-412.js';
import type { DatabaseHandle } from '../../src/store/db.js';
import { json } from '../../src/store/schema.js';

/** Encoded RGAA results: every position `fill`, `N` at the given positions. */
function encoded(length: number, failed: number[], fill = 'C'): string {
  return Array.from({ length }, (_, i) => (failed.includes(i) ? 'N' : fill)).join('');
}

export function rgaa(failedCriteria: number[], failedTests: number[], fill = 'C') {
  return {
    version: '4.1.2',
    criteria: encoded(RGAA_412_CRITERIA.length, failedCriteria, fill),
    tests: encoded(RGAA_412_TESTS.length, failedTests, fill),
  };
}

interface Measures {
  rate: number;
  mark: number;
  elements: number;
  grade: string;
  eco: string | null;
  bytes: number;
  requests: number;
  ecoindex: number;
  co2: number | null;
}

function legal(
  mention: string,
  statement: { url: string | null; stale?: boolean | null; unreadable?: string | null },
  plans: { schema?: boolean; action?: boolean } = {},
  contradictions = 0,
) {
  return {
    campaignDate: '2026-06-01',
    mention: { level: mention, text: null, href: null },
    statement: {
      url: statement.url,
      stale: statement.stale ?? null,
      unreadable: statement.unreadable ?? null,
    },
    plans: {
      schema:
        plans.schema === undefined
          ? null
          : { url: 'https://x/schema', years: [2025, 2027], valid: plans.schema },
      action: plans.action === undefined ? null : { url: 'https://x/plan', year: 2026, valid: plans.action },
    },
    contradictions: Array.from({ length: contradictions }, () => ({ kind: 'declared-vs-measured' })),
  };
}

interface SeedSite {
  state: 'done' | 'failed';
  measures?: Measures;
  legal?: unknown;
  rgaa?: unknown;
}

const ORGANISATIONS = [
  { org_key: 'o1', name: 'Commune A', kind: 'commune', departement: '01', region: '84', population: 300 },
  { org_key: 'o2', name: 'Commune B', kind: 'commune', departement: '01', region: '84', population: 1500 },
  { org_key: 'o3', name: 'Commune C', kind: 'commune', departement: '2A', region: '94', population: 60000 },
  {
    org_key: 'o4',
    name: 'Département de l’Ain',
    kind: 'departement',
    departement: '01',
    region: '84',
    population: null,
  },
  { org_key: 'o5', name: 'Hôpital', kind: 'hopital', departement: '2A', region: '94', population: null },
  {
    org_key: 'o6',
    name: 'Préfecture du Rhône',
    kind: 'prefecture',
    departement: '69',
    region: '84',
    population: null,
  },
];

const m = (
  rate: number,
  mark: number,
  elements: number,
  grade: string,
  eco: string | null,
  bytes: number,
  requests: number,
  ecoindex: number,
  co2: number | null,
): Measures => ({ rate, mark, elements, grade, eco, bytes, requests, ecoindex, co2 });

/** Campaign 2 (the one under test), by site s1…s7. */
export const CAMPAIGN_2: Record<string, SeedSite> = {
  s1: {
    state: 'done',
    measures: m(50, 80, 10, 'D', 'C', 1000, 20, 55, 0.5),
    legal: legal('partiellement', { url: 'https://a/acc', stale: false }, { schema: true, action: false }),
    rgaa: rgaa([0, 1], [0]),
  },
  s2: {
    state: 'done',
    measures: m(70, 95, 4, 'B', 'B', 2000, 30, 65, 0.3),
    legal: legal('absente', { url: null }),
    rgaa: rgaa([], []),
  },
  s3: {
    state: 'done',
    measures: m(90, 100, 0, 'A', 'A', 500, 10, 80, 0.2),
    legal: legal('totalement', { url: 'https://c/acc', stale: true }, { schema: false }, 1),
    rgaa: rgaa([0], [0, 5]),
  },
  s4: {
    state: 'done',
    measures: m(60, 70, 20, 'E', 'D', 3000, 50, 40, 0.8),
    legal: legal('non', { url: 'https://d/acc.pdf', unreadable: 'pdf' }, { schema: true, action: true }, 2),
    rgaa: rgaa([], [], 'A'),
  },
  s5: { state: 'failed' },
  s6: { state: 'done', measures: m(100, 100, 0, 'A', 'B', 1500, 25, 60, null) },
  s7: {
    state: 'done',
    measures: m(40, 50, 30, 'F', 'E', 4000, 60, 30, 1.0),
    legal: legal('absente', { url: null }),
    rgaa: rgaa([1, 2], [1]),
  },
};

/** Campaign 1 (the previous one): s1, s3, s4 audited (the paired sites), s2 failed. */
export const CAMPAIGN_1: Record<string, SeedSite> = {
  s1: {
    state: 'done',
    measures: m(40, 70, 12, 'E', 'D', 1200, 22, 50, 0.6),
    legal: legal('absente', { url: null }),
    rgaa: rgaa([0], []),
  },
  s2: { state: 'failed' },
  s3: {
    state: 'done',
    measures: m(80, 90, 2, 'C', 'A', 600, 12, 78, 0.2),
    legal: legal('totalement', { url: 'https://c/acc', stale: false }),
    rgaa: rgaa([], []),
  },
  s4: {
    state: 'done',
    measures: m(60, 60, 25, 'F', 'D', 3500, 55, 35, 0.9),
    legal: legal('non', { url: null }),
    rgaa: rgaa([], [], 'A'),
  },
};

/** Seeds organisations, sites and the two campaigns (ids 1 and 2, both done); returns the campaign ids. */
export async function seedStats(handle: DatabaseHandle): Promise<{ previous: number; current: number }> {
  const { db } = handle;
  const orgs = await db
    .insertInto('organisations')
    .values(ORGANISATIONS)
    .returning(['id', 'org_key'])
    .execute();
  const orgId = (key: string) => orgs.find((org) => org.org_key === key)!.id;
  const siteIds = new Map<string, number>();
  for (let i = 1; i <= 7; i++) {
    const org = ORGANISATIONS[i - 1];
    const row = await db
      .insertInto('sites')
      .values({
        normalized_url: `s${i}.example.fr`,
        url: `https://s${i}.example.fr/`,
        domain: `s${i}.example.fr`,
        kind: org?.kind ?? 'collectivite',
        organisation_id: org ? orgId(org.org_key) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    siteIds.set(`s${i}`, row.id);
  }
  const ids: number[] = [];
  for (const [index, sites] of [CAMPAIGN_1, CAMPAIGN_2].entries()) {
    const campaign = await db
      .insertInto('campaigns')
      .values({
        name: `Campagne ${index + 1}`,
        status: 'done',
        vigie_version: 'test',
        axe_version: 'test',
        rgaa_version: '4.1.2',
        config_hash: 'test',
        config: json({}),
        rule_versions: json({}),
        started_at: index === 0 ? '2025-06-01T08:00:00Z' : '2026-06-01T08:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(campaign.id);
    let position = 0;
    for (const [name, site] of Object.entries(sites)) {
      const siteId = siteIds.get(name)!;
      await db
        .insertInto('campaign_sites')
        .values({
          campaign_id: campaign.id,
          site_id: siteId,
          position: position++,
          url: `https://${name}.example.fr/`,
          host: `${name}.example.fr`,
          state: site.state,
        })
        .execute();
      const measures = site.measures;
      await db
        .insertInto('site_summaries')
        .values({
          campaign_id: campaign.id,
          site_id: siteId,
          page_count: measures ? 3 : 0,
          error_page_count: 0,
          scores: json(
            measures
              ? {
                  rgaaRate: measures.rate,
                  rawMark: measures.mark,
                  failedElements: measures.elements,
                  sampleTransferBytesMedian: measures.bytes,
                  sampleRequestsMedian: measures.requests,
                  sampleEcoindexMedian: measures.ecoindex,
                  sampleCo2GramsMedian: measures.co2,
                }
              : {},
          ),
          grades: json(measures ? { rawMark: measures.grade, sampleEcoindex: measures.eco } : {}),
          errors: json(measures ? {} : { DNS: 1 }),
          rgaa: site.rgaa ? json(site.rgaa) : null,
          legal: site.legal ? json(site.legal) : null,
        })
        .execute();
    }
  }
  return { previous: ids[0]!, current: ids[1]! };
}
