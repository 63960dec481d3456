// Frugality aggregates of a site's sample (docs/methodology.md, « Agrégats de site »): mean and median of each
// page figure, the EcoIndex grade of the mean score, the weight split as shares of the sample's bytes, the mean
// third-party shares and the distinct third-party domains over the sample, and how many pages were truncated.
// Pure, over the pages' EcoMeasure.

import { type EcoMeasure, RESOURCE_KINDS, type ResourceKind } from '../../core/result.js';
import { type EcoIndexGrade, ecoindexGrade } from './ecoindex.js';

export interface MeanMedian {
  mean: number;
  median: number;
}

export interface SiteEcoSummary {
  /** Audited pages with a frugality measure. */
  pages: number;
  /** Of which the measurement was cut by a budget (their figures are lower bounds). */
  truncatedPages: number;
  ecoindex: MeanMedian & { /** Grade of the rounded mean score. */ grade: EcoIndexGrade };
  requests: MeanMedian;
  transferBytes: MeanMedian;
  domNodes: MeanMedian;
  /** Grams CO2e per view; `label` names the model (absent for reports without CO2). */
  co2: (MeanMedian & { label: string }) | null;
  /** Per kind: mean requests and bytes per page, and the kind's share of all the sample's bytes (%). */
  byType: Record<ResourceKind, { requestsMean: number; bytesMean: number; byteShare: number }> | null;
  thirdParty: {
    /** Means of the pages' shares (%). */
    requestShareMean: number;
    byteShareMean: number;
    /** Distinct third-party registrable domains over the sample, and the most frequent ones (≤ 10). */
    domains: number;
    topDomains: { domain: string; pages: number }[];
  } | null;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

function meanMedian(values: readonly number[], decimals = 1): MeanMedian {
  const round = (value: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { mean: round(values.reduce((a, b) => a + b, 0) / values.length), median: round(median) };
}

export function summarizeSiteEco(measures: readonly EcoMeasure[]): SiteEcoSummary | null {
  if (measures.length === 0) return null;
  const ecoindex = meanMedian(measures.map((eco) => eco.ecoindex.score));
  const withCo2 = measures.flatMap((eco) => (eco.co2 ? [eco.co2] : []));
  const withWeight = measures.flatMap((eco) => (eco.weight ? [eco.weight] : []));
  let byType: SiteEcoSummary['byType'] = null;
  let thirdParty: SiteEcoSummary['thirdParty'] = null;
  if (withWeight.length > 0) {
    const total = withWeight.reduce(
      (sum, weight) => sum + RESOURCE_KINDS.reduce((s, kind) => s + weight.byType[kind].bytes, 0),
      0,
    );
    byType = Object.fromEntries(
      RESOURCE_KINDS.map((kind) => {
        const bytes = withWeight.reduce((sum, weight) => sum + weight.byType[kind].bytes, 0);
        const requests = withWeight.reduce((sum, weight) => sum + weight.byType[kind].requests, 0);
        return [
          kind,
          {
            requestsMean: round1(requests / withWeight.length),
            bytesMean: Math.round(bytes / withWeight.length),
            byteShare: total === 0 ? 0 : round1((bytes / total) * 100),
          },
        ];
      }),
    ) as NonNullable<SiteEcoSummary['byType']>;
    const pagesByDomain = new Map<string, number>();
    for (const weight of withWeight) {
      for (const domain of weight.thirdParty.domains)
        pagesByDomain.set(domain, (pagesByDomain.get(domain) ?? 0) + 1);
    }
    thirdParty = {
      requestShareMean: meanMedian(withWeight.map((weight) => weight.thirdParty.requestShare)).mean,
      byteShareMean: meanMedian(withWeight.map((weight) => weight.thirdParty.byteShare)).mean,
      domains: pagesByDomain.size,
      topDomains: [...pagesByDomain.entries()]
        .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
        .slice(0, 10)
        .map(([domain, pages]) => ({ domain, pages })),
    };
  }
  return {
    pages: measures.length,
    truncatedPages: measures.filter((eco) => eco.measurementTruncated).length,
    ecoindex: { ...ecoindex, grade: ecoindexGrade(Math.round(ecoindex.mean)) },
    requests: meanMedian(measures.map((eco) => eco.requests)),
    transferBytes: meanMedian(measures.map((eco) => eco.transferBytes)),
    domNodes: meanMedian(measures.map((eco) => eco.domNodes)),
    co2:
      withCo2.length > 0
        ? {
            ...meanMedian(
              withCo2.map((co2) => co2.grams),
              3,
            ),
            label: withCo2[0]!.label,
          }
        : null,
    byType,
    thirdParty,
  };
}
