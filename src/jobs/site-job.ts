// One job = one site of one campaign: claim it, take its host, audit its RGAA sample, then store every page,
// its rule results and the site summary in one transaction. A retryable failure of the home page (DNS,
// timeout, connection…) or a browser crash sends the job back to pg-boss for a retry with backoff; on the
// last attempt the failure is stored as the site's result, so every site ends with exactly one summary.

import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { SiteSummary } from '../audits/site-summary.js';
import { type PageReport, RESOURCE_KINDS } from '../core/result.js';
import type { PageSnapshot } from '../core/snapshot.js';
import type { VisitResult } from '../crawl/visit.js';
import { auditSite, type SiteReport } from '../runner/audit-site.js';
import type { AuditEngine } from '../runner/audit-urls.js';
import { claimSite, unclaimSite } from '../store/campaign-sites.repository.js';
import type { DatabaseHandle } from '../store/db.js';
import { type StoredVisit, storeSiteResult } from '../store/site-results.repository.js';
import type { RuleResultInput, SiteSummaryInput } from '../store/visits.repository.js';
import { leaseHolder, releaseHost, tryLeaseHost } from '../store/workers.repository.js';
import type { LoadedCampaign } from './campaign.js';

const gzipAsync = promisify(gzip);

export interface SiteJobData {
  campaignId: number;
  siteId: number;
  url: string;
}

export interface SiteJobContext {
  handle: DatabaseHandle;
  engine: AuditEngine;
  workerId: string;
  campaign: LoadedCampaign;
  /** Lease length on a host; the worker's heartbeat renews it. */
  hostLeaseMs: number;
  /** Give up waiting for a busy host after this long (the job is retried later). */
  hostWaitMs: number;
  isStopping: () => boolean;
}

export type SiteJobOutcome =
  | { kind: 'stored'; state: 'done' | 'failed'; pages: number; pagesInError: number }
  | { kind: 'skipped'; reason: 'finished' | 'duplicate' | 'cancelled' };

export class RetrySiteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'RetrySiteError';
  }
}

export async function runSiteJob(
  context: SiteJobContext,
  data: SiteJobData,
  attempt: { retryCount: number; retryLimit: number; jobId: string },
): Promise<SiteJobOutcome> {
  const { handle, campaign, workerId } = context;
  const db = handle.db;
  if (campaign.row.status === 'cancelled') return { kind: 'skipped', reason: 'cancelled' };
  const claimed = await claimSite(db, data.campaignId, data.siteId, workerId);
  if (!claimed) return { kind: 'skipped', reason: 'finished' };
  // Attempts are counted by pg-boss for one job and by campaign_sites across the jobs a site was given
  // (a worker killed under it, say): whichever reaches the limit first makes this the last attempt.
  const lastAttempt =
    attempt.retryCount >= attempt.retryLimit || claimed.attempts >= campaign.stored.jobs.retryLimit + 1;
  const holder = leaseHolder(workerId, attempt.jobId);

  // Politeness across workers: one site of a host at a time, and a pause between them.
  const waitStarted = Date.now();
  for (;;) {
    const lease = await tryLeaseHost(db, claimed.host, holder, context.hostLeaseMs);
    if (lease.acquired) break;
    if (Date.now() - waitStarted > context.hostWaitMs || context.isStopping()) {
      await unclaimSite(db, data.campaignId, data.siteId, workerId, null);
      throw new RetrySiteError(`hôte ${claimed.host} occupé`, 'HOST_BUSY');
    }
    await new Promise((resolve) => setTimeout(resolve, lease.retryInMs));
  }

  let pauseMs = campaign.config.hostDelayMs;
  try {
    const visits = new Map<string, { result: VisitResult; finishedAt: Date }>();
    const report = await auditSite(data.url, {
      pool: context.engine.pool,
      axe: context.engine.axe,
      config: campaign.config,
      versions: context.engine.versions,
      campaignDate: campaignDateOf(campaign.row),
      onVisit: ({ url, result }) => {
        visits.set(url, { result, finishedAt: new Date() });
      },
    });
    pauseMs = Math.max(pauseMs, (report.robots.crawlDelaySeconds ?? 0) * 1000);
    const browserDied = report.pages.some((page) => page.report.error?.code === 'BROWSER');
    const homeRetryable = report.error?.retryable === true;
    if ((browserDied || homeRetryable) && !lastAttempt) {
      const error = browserDied
        ? { code: 'BROWSER', message: 'le navigateur s’est arrêté pendant l’audit' }
        : { code: report.error!.code, message: report.error!.message };
      await unclaimSite(db, data.campaignId, data.siteId, workerId, error);
      throw new RetrySiteError(`${data.url} : ${error.message}`, error.code);
    }

    const stored = await storedVisitsOf(report, visits);
    const state = report.error ? 'failed' : 'done';
    const saved = await storeSiteResult(db, {
      campaignId: data.campaignId,
      siteId: data.siteId,
      state,
      error: report.error ? { code: report.error.code, message: report.error.message } : null,
      visits: stored,
      summary: { ...summaryRow(report.summary), legal: report.legal },
    });
    if (!saved) return { kind: 'skipped', reason: 'duplicate' };
    return {
      kind: 'stored',
      state,
      pages: report.summary.pagesAudited,
      pagesInError: report.summary.pagesInError,
    };
  } catch (error) {
    if (error instanceof RetrySiteError || !lastAttempt) {
      if (!(error instanceof RetrySiteError))
        await unclaimSite(db, data.campaignId, data.siteId, workerId, {
          code: 'INTERNAL',
          message: errorText(error),
        }).catch(() => undefined);
      throw error;
    }
    // Last attempt and something unexpected broke: the site's result is that error, so the campaign ends.
    const message = errorText(error);
    const saved = await storeSiteResult(db, {
      campaignId: data.campaignId,
      siteId: data.siteId,
      state: 'failed',
      error: { code: 'INTERNAL', message },
      visits: [],
      summary: {
        pageCount: 0,
        errorPageCount: 0,
        scores: {},
        grades: {},
        errors: { INTERNAL: 1 },
        rgaa: null,
      },
    });
    return saved
      ? { kind: 'stored', state: 'failed', pages: 0, pagesInError: 0 }
      : { kind: 'skipped', reason: 'duplicate' };
  } finally {
    await releaseHost(db, claimed.host, holder, pauseMs).catch(() => undefined);
  }
}

/** The rows of a site's visits: the sample's pages judged, then the pages visited only for the statement search. */
export async function storedVisitsOf(
  report: SiteReport,
  visits: ReadonlyMap<string, { result: VisitResult; finishedAt: Date }>,
): Promise<StoredVisit[]> {
  const stored: StoredVisit[] = [];
  for (const page of report.pages) {
    const visit = visits.get(page.url);
    const snapshot: PageSnapshot | null = visit?.result.ok ? visit.result.snapshot : null;
    stored.push({
      url: page.url,
      role: page.role,
      startedAt: new Date(page.report.startedAt),
      finishedAt: visit?.finishedAt ?? new Date(),
      finalUrl: page.report.finalUrl,
      httpStatus: page.report.status,
      error: page.report.error
        ? {
            code: page.report.error.code,
            message: page.report.error.message,
            retryable: page.report.error.retryable,
          }
        : null,
      snapshot,
      snapshotGz: snapshot ? new Uint8Array(await gzipAsync(JSON.stringify(snapshot))) : null,
      metrics: pageMetrics(page.report),
      ruleResults: ruleResultsOf(page.report),
    });
  }
  // Not judged as sample pages (no rule results, no measures): kept so that a re-judgement finds the statement.
  for (const extra of report.legalVisits) {
    const visit = visits.get(extra.url);
    if (!visit) continue;
    const snapshot = visit.result.ok ? visit.result.snapshot : null;
    stored.push({
      url: extra.url,
      role: 'statement',
      startedAt: new Date(visit.result.ok ? visit.result.snapshot.startedAt : visit.result.startedAt),
      finishedAt: visit.finishedAt,
      finalUrl: extra.finalUrl,
      httpStatus: visit.result.ok ? visit.result.snapshot.status : visit.result.status,
      error: extra.error
        ? { code: extra.error.code, message: extra.error.message, retryable: extra.error.retryable }
        : null,
      snapshot,
      snapshotGz: snapshot ? new Uint8Array(await gzipAsync(JSON.stringify(snapshot))) : null,
      metrics: null,
      ruleResults: [],
    });
  }
  return stored;
}

/** The date of a campaign for the legal checks: the day it started (UTC), else the day it was created. */
export function campaignDateOf(row: { started_at: Date | null; created_at: Date }): string {
  return (row.started_at ?? row.created_at).toISOString().slice(0, 10);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Page measures kept beside the snapshot, for statistics without unpacking it. */
export function pageMetrics(report: PageReport): Record<string, unknown> | null {
  if (report.error) return null;
  return {
    ecoindex: report.eco?.ecoindex ?? null,
    domNodes: report.eco?.domNodes ?? null,
    requests: report.eco?.requests ?? null,
    transferBytes: report.eco?.transferBytes ?? null,
    a11yError: report.a11y?.error ?? null,
    ecoRulesRate: report.ecoRules?.score.rate ?? null,
  };
}

/** One row per rule judged on the page (inapplicable ones included: they say the rule ran). */
export function ruleResultsOf(report: PageReport): RuleResultInput[] {
  const version = String(report.versions.axe ?? '');
  const findings = [...(report.a11y?.findings ?? []), ...(report.ecoRules?.findings ?? [])];
  return findings.map((finding) => ({
    ruleId: finding.rule,
    ruleVersion: finding.source === 'axe-core' ? version : String(report.versions.vigie ?? ''),
    source: finding.source,
    family: finding.family,
    outcome: finding.outcome,
    impact: finding.impact,
    counts: finding.counts,
    evidence: finding.evidence,
  }));
}

/** The frugality aggregates of the summary row (docs/output.md, « Synthèses de campagne »). */
function ecoScores(summary: SiteSummary): Record<string, number | null> {
  const eco = summary.eco ?? null;
  const byType = Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [
      `byteShare${kind[0]!.toUpperCase()}${kind.slice(1)}`,
      eco?.byType?.[kind].byteShare ?? null,
    ]),
  );
  return {
    sampleEcoindexMedian: eco?.ecoindex.median ?? null,
    sampleRequestsMean: eco?.requests.mean ?? null,
    sampleRequestsMedian: eco?.requests.median ?? null,
    sampleTransferBytesMedian: eco?.transferBytes.median ?? null,
    sampleDomNodesMean: eco?.domNodes.mean ?? null,
    sampleCo2GramsMean: eco?.co2?.mean ?? null,
    sampleCo2GramsMedian: eco?.co2?.median ?? null,
    thirdPartyRequestShareMean: eco?.thirdParty?.requestShareMean ?? null,
    thirdPartyByteShareMean: eco?.thirdParty?.byteShareMean ?? null,
    thirdPartyDomains: eco?.thirdParty?.domains ?? null,
    truncatedPages: eco?.truncatedPages ?? null,
    ...byType,
  };
}

/** The summary row: every figure of the site summary, under stable camelCase names. */
export function summaryRow(summary: SiteSummary): Omit<SiteSummaryInput, 'campaignId' | 'siteId'> {
  return {
    pageCount: summary.pagesPlanned,
    errorPageCount: summary.pagesInError,
    scores: {
      pagesAudited: summary.pagesAudited,
      homeFailedRules: summary.home.audited ? summary.home.failedRules : null,
      homeFailedElements: summary.home.audited ? summary.home.failedElements : null,
      homeEcoindex: summary.home.ecoindexScore,
      sampleFailedRules: summary.pagesAudited > 0 ? summary.sample.failedRules : null,
      sampleFailedElements: summary.pagesAudited > 0 ? summary.sample.failedElements : null,
      sampleEcoindexMean: summary.sample.ecoindexMean,
      sampleTransferBytesMean: summary.sample.transferBytesMean,
      homeRgaaRate: summary.home.rgaaRate,
      homeRawMark: summary.home.rawMark,
      rgaaRate: summary.rgaa?.score.automatedRate ?? null,
      rawMark: summary.rgaa?.score.rawMark ?? null,
      failedTests: summary.rgaa?.score.failedTests ?? null,
      failedCriteria: summary.rgaa?.score.failedCriteria ?? null,
      failedElements: summary.rgaa?.score.failedElements ?? null,
      homeEcoRulesRate: summary.home.ecoRulesRate ?? null,
      ecoRulesRate: summary.ecoRules?.rate ?? null,
      ecoRulesFailed: summary.ecoRules?.failed ?? null,
      ...ecoScores(summary),
    },
    grades: {
      homeEcoindex: summary.home.ecoindexGrade,
      sampleEcoindex: summary.eco?.ecoindex.grade ?? null,
      // Not a grade: the CO2 model the co2* scores were computed with, kept beside them.
      co2Model: summary.eco?.co2?.label ?? null,
      homeRawMark: summary.home.grade,
      rawMark: summary.rgaa?.score.grade ?? null,
    },
    errors: summary.errorsByCode,
    rgaa: summary.rgaa
      ? { version: summary.rgaa.version, tests: summary.rgaa.tests, criteria: summary.rgaa.criteria }
      : null,
  };
}
