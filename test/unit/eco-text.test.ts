import { describe, expect, it } from 'vitest';
import { co2PerView } from '../../src/audits/eco/co2.js';
import { summarizeSiteEco } from '../../src/audits/eco/site-eco.js';
import { formatEcoLines, formatSiteEcoLines } from '../../src/cli/format/eco-text.js';
import { type EcoMeasure, RESOURCE_KINDS, type ResourceKind } from '../../src/core/result.js';

const byType = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { requests: 0, bytes: 0 }])) as Record<
  ResourceKind,
  { requests: number; bytes: number }
>;
byType.document = { requests: 1, bytes: 12_000 };
byType.image = { requests: 2, bytes: 250_000 };
byType.xhr = { requests: 1, bytes: 1_500 };

const eco: EcoMeasure = {
  domNodes: 1234,
  requests: 4,
  transferBytes: 263_500,
  ecoindex: { score: 62, grade: 'C', ghg: 1.76, water: 2.64 },
  percentiles: { domNodes: 72.4, requests: 3.1, transferBytes: 9.2 },
  co2: co2PerView(263_500),
  weight: {
    byType,
    thirdParty: { requests: 1, bytes: 1_500, requestShare: 25, byteShare: 0.6, domains: ['matomo.cloud'] },
  },
  measurementTruncated: true,
  truncatedBy: ['settle', 'scroll'],
  protocolVersion: 2,
};

describe('frugality text', () => {
  it('shows the EcoIndex, percentiles, split, third parties, CO2 with its model and the truncation', () => {
    expect(formatEcoLines(eco)).toEqual([
      "  Sobriété : EcoIndex (ecoindex.fr) 62/100, note C · 263,5 ko transférés · 4 requêtes · 1\u202f234 éléments · 1,76 gCO2e et 2,64 cl d'eau par vue",
      '    Centile parmi les pages de référence EcoIndex (plus haut = plus lourd) : éléments 72,4, requêtes 3,1, poids 9,2',
      '    Répartition (octets transférés, requêtes) : documents 12 ko (1), images 250 ko (2), XHR/fetch 1,5 ko (1)',
      '    Tiers : 1 requête(s) (25 %), 1,5 ko (0,6 %), 1 domaine(s) : matomo.cloud',
      // 263,500 × 148.2 / 10⁹ = 0.039 g.
      '    CO2 : 0,039 gCO2e par vue, note A+ (Sustainable Web Design v4 (@tgwf/co2 0.19.0), hébergement supposé non vert)',
      "    ⚠ Mesure tronquée : la page chargeait encore à la fin de l'attente et du défilement ; les chiffres sont des minorants",
    ]);
  });

  it('shows the site aggregates', () => {
    const lines = formatSiteEcoLines(summarizeSiteEco([eco, { ...eco, measurementTruncated: false }])!);
    expect(lines[0]).toBe(
      "  Sobriété de l'échantillon (2 page(s)) : EcoIndex (ecoindex.fr) moyen 62/100, note C, médian 62 · " +
        'poids moyen 263,5 ko, médian 263,5 ko · requêtes moyenne 4, médiane 4',
    );
    expect(lines[1]).toBe('    Part des octets : images 94,9 %, documents 4,6 %, XHR/fetch 0,6 %');
    expect(lines[2]).toBe(
      '    Tiers : 25 % des requêtes et 0,6 % des octets en moyenne, 1 domaine(s) : matomo.cloud',
    );
    expect(lines[4]).toBe('    ⚠ 1 page(s) à la mesure tronquée (chiffres minorés)');
  });
});
