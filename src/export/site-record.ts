// One `sites.csv` row from what the database holds for a site in a campaign: codes kept as text and checked
// against their pattern (a code that does not fit is left empty rather than published wrong), dates as
// YYYY-MM-DD, legal columns empty when the site has no legal result. Pure.

import type { ExportSiteRow } from '../store/export.repository.js';
import type { CsvValue } from './csv.js';
import {
  CONTRADICTION_CODES,
  contradictionColumn,
  DEPARTEMENT_PATTERN,
  INSEE_COMMUNE_PATTERN,
  REGION_PATTERN,
  SIREN_PATTERN,
  SITES_SCHEMA,
} from './schema-sites.js';

export interface ExportCampaign {
  id: number;
  /** YYYY-MM-DD */
  date: string;
  vigieVersion: string;
  axeVersion: string;
  rgaaVersion: string;
}

/** YYYY-MM-DD of a timestamp (UTC). */
export function isoDay(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

const matching = (pattern: string) => {
  const regex = new RegExp(pattern);
  return (value: string | null | undefined) => (value && regex.test(value) ? value : null);
};
const communeCode = matching(INSEE_COMMUNE_PATTERN);
const sirenCode = matching(SIREN_PATTERN);
const departementCode = matching(DEPARTEMENT_PATTERN);
const regionCode = matching(REGION_PATTERN);
const dayCode = matching('^\\d{4}-\\d{2}-\\d{2}$');

/** A finite number rounded to `decimals`, else null. */
function round(value: unknown, decimals: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const obj = (value: unknown): Record<string, unknown> =>
  (value && typeof value === 'object' ? value : {}) as never;

function legalColumns(legal: Record<string, unknown> | null): Record<string, CsvValue> {
  if (!legal) return {};
  const mention = obj(legal.mention);
  const statement = obj(legal.statement);
  const plans = obj(legal.plans);
  const codes = new Set(
    (Array.isArray(legal.contradictions) ? legal.contradictions : []).map((c) => obj(c).code),
  );
  return {
    legal_mention: str(mention.level),
    statement_url: str(statement.url),
    statement_declared_status: str(statement.declaredStatus),
    statement_declared_rate: round(statement.declaredRate, 2),
    statement_date: dayCode(str(statement.date)),
    statement_stale: bool(statement.stale),
    // No plan found is no valid plan.
    schema_plan_valid: plans.schema ? bool(obj(plans.schema).valid) : false,
    action_plan_valid: plans.action ? bool(obj(plans.action).valid) : false,
    ...Object.fromEntries(CONTRADICTION_CODES.map((code) => [contradictionColumn(code), codes.has(code)])),
  };
}

/** The record keyed by column name. */
export function siteRecord(row: ExportSiteRow, campaign: ExportCampaign): Record<string, CsvValue> {
  const scores = row.scores ?? {};
  const grades = row.grades ?? {};
  const audited = row.state === 'done';
  return {
    campaign_id: campaign.id,
    campaign_date: campaign.date,
    site_id: row.site_id,
    url: row.url,
    domain: row.domain,
    organisation_name: row.organisation_name,
    organisation_kind: row.organisation_kind ?? row.site_kind,
    insee_code: communeCode(row.insee_code),
    siren: sirenCode(row.siren),
    departement: departementCode(row.departement),
    region: regionCode(row.region),
    population: row.population,
    audit_date: isoDay(row.finished_at ?? row.computed_at),
    status: audited ? 'audite' : 'erreur',
    pages_audited:
      scores.pagesAudited ??
      (row.page_count === null ? null : Math.max(0, row.page_count - (row.error_page_count ?? 0))),
    error_pages: row.error_page_count,
    error_code: row.error_code,
    rgaa_rate: round(scores.rgaaRate, 1),
    raw_mark: round(scores.rawMark, 1),
    raw_mark_grade: str(grades.rawMark),
    failed_tests: scores.failedTests ?? null,
    failed_criteria: scores.failedCriteria ?? null,
    failed_elements: scores.failedElements ?? null,
    ...legalColumns(row.legal),
    ecoindex: round(scores.homeEcoindex, 2),
    ecoindex_grade: str(grades.homeEcoindex),
    page_weight_bytes: round(scores.sampleTransferBytesMean, 0),
    requests: round(scores.sampleRequestsMean, 1),
    // Small pages emit well under a milligram: six decimals keep them distinct from zero.
    co2_grams: round(scores.sampleCo2GramsMean, 6),
    vigie_version: campaign.vigieVersion,
    axe_version: campaign.axeVersion,
    rgaa_version: campaign.rgaaVersion,
  };
}

const SITE_COLUMNS = SITES_SCHEMA.fields.map((field) => field.name);

/** The row's values in the column order of SITES_SCHEMA. */
export function siteValues(row: ExportSiteRow, campaign: ExportCampaign): CsvValue[] {
  const record = siteRecord(row, campaign);
  return SITE_COLUMNS.map((name) => record[name]);
}
