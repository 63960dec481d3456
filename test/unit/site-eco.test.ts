import { describe, expect, it } from 'vitest';
import { co2PerView } from '../../src/audits/eco/co2.js';
import { summarizeSiteEco } from '../../src/audits/eco/site-eco.js';
import { type EcoMeasure, RESOURCE_KINDS, type ResourceKind } from '../../src/core/result.js';

function measure(
  score: number,
  requests: number,
  transferBytes: number,
  images: number,
  domains: string[],
  truncated = false,
): EcoMeasure {
  const byType = Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [kind, { requests: 0, bytes: 0 }]),
  ) as Record<ResourceKind, { requests: number; bytes: number }>;
  byType.image = { requests: 1, bytes: images };
  byType.document = { requests: requests - 1, bytes: transferBytes - images };
  return {
    domNodes: 500,
    requests,
    transferBytes,
    ecoindex: { score, grade: 'C', ghg: 2, water: 3 },
    co2: co2PerView(transferBytes),
    weight: {
      byType,
      thirdParty: {
        requests: domains.length,
        bytes: 0,
        requestShare: (domains.length / requests) * 100,
        byteShare: 0,
        domains,
      },
    },
    measurementTruncated: truncated,
  };
}

describe('site frugality aggregates', () => {
  it('means and medians over the sample, byte shares over the summed bytes, distinct third-party domains', () => {
    const site = summarizeSiteEco([
      measure(60, 10, 1_000_000, 600_000, ['a.fr']),
      measure(50, 20, 2_000_000, 1_000_000, ['a.fr', 'b.fr']),
      measure(81, 4, 500_000, 0, [], true),
      measure(70, 30, 3_000_000, 2_000_000, []),
    ])!;
    expect(site.pages).toBe(4);
    expect(site.truncatedPages).toBe(1);
    // Scores 50 60 70 81: mean 65.25 → 65.3 (grade of 65: C), median (60 + 70)/2 = 65.
    expect(site.ecoindex).toEqual({ mean: 65.3, median: 65, grade: 'C' });
    expect(site.requests).toEqual({ mean: 16, median: 15 });
    expect(site.transferBytes).toEqual({ mean: 1_625_000, median: 1_500_000 });
    // 148.2 g per 10⁹ B: 0.1482, 0.2964, 0.0741, 0.4446 → mean 0.240825, median 0.2223.
    expect(site.co2).toEqual({
      mean: 0.241,
      median: 0.222,
      label: 'Sustainable Web Design v4 (@tgwf/co2 0.19.0)',
    });
    // Images: 3.6 MB of 6.5 MB = 55.4 %, 0.9 MB and 1 request a page on average.
    expect(site.byType!.image).toEqual({ requestsMean: 1, bytesMean: 900_000, byteShare: 55.4 });
    expect(site.byType!.document.byteShare).toBe(44.6);
    // Request shares 10 %, 10 %, 0, 0 → 5 %.
    expect(site.thirdParty).toEqual({
      requestShareMean: 5,
      byteShareMean: 0,
      domains: 2,
      topDomains: [
        { domain: 'a.fr', pages: 2 },
        { domain: 'b.fr', pages: 1 },
      ],
    });
  });

  it('is null without pages, and tolerates reports without CO2 or split (built before protocol 2)', () => {
    expect(summarizeSiteEco([])).toBeNull();
    const old: EcoMeasure = {
      domNodes: 10,
      requests: 1,
      transferBytes: 1000,
      ecoindex: { score: 90, grade: 'A', ghg: 1.2, water: 1.8 },
    };
    expect(summarizeSiteEco([old])).toMatchObject({
      co2: null,
      byType: null,
      thirdParty: null,
      truncatedPages: 0,
    });
  });
});
