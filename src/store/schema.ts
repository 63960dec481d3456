// The database as Kysely sees it: one interface listing every table. Migrations in ./migrations create
// exactly these columns; docs/storage.md describes them.
//
// JSON columns are written as JSON text (see `json()`), never as raw objects: pg turns a JS array into a
// PostgreSQL array literal, PGlite does not, so only a string behaves the same on both engines.

import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Read as a Date; written as a Date or an ISO string; defaults to now() where the migration says so. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** Read as parsed JSON; written as JSON text (use `json(value)`). */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface OrganisationsTable {
  id: Generated<number>;
  /** Natural key: `<kind>:insee:<code>`, else `siren:<siren>`, else `<kind>:name:<lowercase name>`. */
  org_key: string;
  name: string;
  kind: string;
  insee_code: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  population: number | null;
  /** Names of the imports that described this organisation. */
  sources: TextArray;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SitesTable {
  id: Generated<number>;
  normalized_url: string;
  url: string;
  domain: string;
  kind: string | null;
  source_category: string | null;
  organisation_id: number | null;
  sources: TextArray;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type CampaignStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface CampaignsTable {
  id: Generated<number>;
  name: string;
  status: ColumnType<CampaignStatus, CampaignStatus | undefined, CampaignStatus>;
  vigie_version: string;
  axe_version: string;
  rgaa_version: string;
  config_hash: string;
  /** The frozen configuration the hash was computed from. */
  config: Json<Record<string, unknown>>;
  /** Rule id → rule version used by the last judgement of this campaign. */
  rule_versions: Json<Record<string, string | number>>;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  /** When `vigie rejudge` last recomputed the judgements from the snapshots. */
  judged_at: NullableTimestamp;
  error: string | null;
}

export type VisitStatus = 'pending' | 'done' | 'error';

export interface PageVisitsTable {
  id: Generated<number>;
  campaign_id: number;
  site_id: number;
  url: string;
  final_url: string | null;
  /** Role of the page in the site's sample: home, contact, legal, accessibility, sitemap, other… */
  role: string;
  status: ColumnType<VisitStatus, VisitStatus | undefined, VisitStatus>;
  http_status: number | null;
  /** A code of the visit error catalogue (src/core/errors.ts). */
  error_code: string | null;
  error_message: string | null;
  retryable: boolean | null;
  attempts: ColumnType<number, number | undefined, number>;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  duration_ms: number | null;
  timings: NullableJson<Record<string, number>>;
  /** Page-level measures derived from the snapshot (EcoIndex…), recomputed by rejudge. */
  metrics: NullableJson<Record<string, unknown>>;
  /** The PageSnapshot as gzip-compressed JSON… */
  snapshot_gz: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
  /** …or the path of a file holding it. */
  snapshot_path: string | null;
  snapshot_schema_version: number | null;
}

export interface RuleResultsTable {
  page_visit_id: number;
  rule_id: string;
  rule_version: string;
  source: string;
  family: string;
  /** passed | failed | cantTell | inapplicable, or error when the rule threw (a RuleError). */
  outcome: string;
  impact: string | null;
  passed_count: ColumnType<number, number | undefined, number>;
  failed_count: ColumnType<number, number | undefined, number>;
  cant_tell_count: ColumnType<number, number | undefined, number>;
  evidence: Json<unknown[]>;
  error: string | null;
  judged_at: Timestamp;
}

export interface SiteSummariesTable {
  campaign_id: number;
  site_id: number;
  page_count: number;
  error_page_count: number;
  /** Scores by name (rgaaRate, asqatasunMark, ecoindex…); extensible without a migration. */
  scores: Json<Record<string, number | null>>;
  grades: Json<Record<string, string | null>>;
  /** Visit error code → count. */
  errors: Json<Record<string, number>>;
  /**
   * RGAA results of the sample: `{ version, tests, criteria }`, one character per test / criterion in the
   * referential's order (C, N = NC, A = NA, T = NT); null before migration 003 or when no page was audited.
   */
  rgaa: NullableJson<StoredRgaa>;
  /**
   * The legal checks (`LegalResult` of src/audits/legal: mention, statement, plans, contradictions, campaign
   * date); null before migration 004.
   */
  legal: NullableJson<Record<string, unknown>>;
  computed_at: Timestamp;
}

export interface StoredRgaa {
  version: string;
  tests: string;
  criteria: string;
}

export type CampaignSiteState = 'pending' | 'running' | 'done' | 'failed';

/** One site of a campaign and where it stands; the job queue (src/jobs/) moves it along. */
export interface CampaignSitesTable {
  campaign_id: number;
  site_id: number;
  /** Order of enqueueing (sites of one host spread apart). */
  position: number;
  url: string;
  /** host[:port] of the site's URL: the unit of politeness. */
  host: string;
  /** pending → running → done (audited, maybe with page errors) | failed (home page unreachable). */
  state: ColumnType<CampaignSiteState, CampaignSiteState | undefined, CampaignSiteState>;
  attempts: ColumnType<number, number | undefined, number>;
  /** Bumped when the site needs a new job (its previous one ended without a result). */
  generation: ColumnType<number, number | undefined, number>;
  job_id: string | null;
  worker_id: string | null;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  error_code: string | null;
  error_message: string | null;
}

export interface WorkersTable {
  id: string;
  hostname: string;
  pid: number;
  concurrency: number;
  started_at: Timestamp;
  heartbeat_at: Timestamp;
  stopped_at: NullableTimestamp;
}

export interface HostLeasesTable {
  host: string;
  /** Worker holding the host, null when free. */
  holder: string | null;
  /** While held: when the lease lapses unless renewed. Free: when the next page may start (delay). */
  leased_until: Timestamp;
}

/** Stored statistics of a campaign (migration 005), valid while `stamp` matches its data. */
export interface CampaignStatisticsTable {
  campaign_id: number;
  stamp: string;
  /** The Statistic[] of src/stats/assemble.ts, every grouping. */
  statistics: Json<unknown[]>;
  computed_at: Timestamp;
}

export interface Database {
  campaign_sites: CampaignSitesTable;
  workers: WorkersTable;
  host_leases: HostLeasesTable;
  organisations: OrganisationsTable;
  sites: SitesTable;
  campaigns: CampaignsTable;
  page_visits: PageVisitsTable;
  rule_results: RuleResultsTable;
  site_summaries: SiteSummariesTable;
  campaign_statistics: CampaignStatisticsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type CampaignRow = Selectable<CampaignsTable>;
export type NewCampaign = Insertable<CampaignsTable>;
export type CampaignUpdate = Updateable<CampaignsTable>;
export type PageVisitRow = Selectable<PageVisitsTable>;
export type NewPageVisit = Insertable<PageVisitsTable>;
export type RuleResultRow = Selectable<RuleResultsTable>;
export type NewRuleResult = Insertable<RuleResultsTable>;
export type CampaignSiteRow = Selectable<CampaignSitesTable>;
export type SiteSummaryRow = Selectable<SiteSummariesTable>;
export type NewSiteSummary = Insertable<SiteSummariesTable>;

/** JSON text for a json/jsonb column (see the header comment). */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
