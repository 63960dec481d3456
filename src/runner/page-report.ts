// Builds the public page report from a visit result: judgement of the snapshot, or the coded error.

import { axeRuleMeta } from '../audits/a11y/axe-meta.js';
import { judgePage } from '../audits/judge-page.js';
import type { PageReport } from '../core/result.js';
import type { PageSnapshot } from '../core/snapshot.js';
import type { VisitResult } from '../crawl/visit.js';

export function reportFromSnapshot(snapshot: PageSnapshot): PageReport {
  const judgement = judgePage(snapshot, axeRuleMeta());
  return {
    url: snapshot.requestedUrl,
    finalUrl: snapshot.finalUrl,
    status: snapshot.status,
    error: null,
    startedAt: snapshot.startedAt,
    versions: { ...snapshot.versions },
    a11y: judgement.a11y,
    rgaa: judgement.rgaa,
    score: judgement.score,
    eco: judgement.eco,
    ecoRules: judgement.ecoRules,
    timings: { ...snapshot.timings },
  };
}

export function reportFromVisit(
  url: string,
  result: VisitResult,
  versions: Record<string, string>,
): PageReport {
  if (result.ok) return reportFromSnapshot(result.snapshot);
  return {
    url,
    finalUrl: result.finalUrl,
    status: result.status,
    error: result.error,
    startedAt: result.startedAt,
    versions,
    a11y: null,
    rgaa: null,
    score: null,
    eco: null,
    ecoRules: null,
    timings: null,
  };
}
