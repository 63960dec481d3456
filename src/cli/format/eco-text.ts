// The frugality part of the text report, in French: EcoIndex with its percentiles, weight split, third
// parties, CO2 with its model, and the truncation warning; per page and per site (docs/output.md).

import type { SiteEcoSummary } from '../../audits/eco/site-eco.js';
import type { EcoMeasure, ResourceKind } from '../../core/result.js';

const KIND_FR: Record<ResourceKind, string> = {
  document: 'documents',
  script: 'scripts',
  stylesheet: 'styles',
  image: 'images',
  font: 'polices',
  media: 'médias',
  xhr: 'XHR/fetch',
  other: 'autres',
};

const TRUNCATED_BY_FR: Record<string, string> = {
  load: 'du chargement',
  settle: "de l'attente",
  scroll: 'du défilement',
};

const decimal = (value: number, digits = 1): string =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: digits });

export function formatKb(bytes: number): string {
  if (bytes >= 1_000_000) return `${decimal(bytes / 1_000_000, 2)} Mo`;
  if (bytes >= 1_000) return `${decimal(bytes / 1_000)} ko`;
  return `${Math.round(bytes)} o`;
}

export function formatEcoLines(eco: EcoMeasure, indent = '  '): string[] {
  const { ecoindex } = eco;
  const lines = [
    `${indent}Sobriété : EcoIndex (ecoindex.fr) ${ecoindex.score}/100, note ${ecoindex.grade} · ` +
      `${formatKb(eco.transferBytes)} transférés · ${eco.requests} requêtes · ` +
      `${eco.domNodes.toLocaleString('fr-FR')} éléments · ${decimal(ecoindex.ghg, 2)} gCO2e et ` +
      `${decimal(ecoindex.water, 2)} cl d'eau par vue`,
  ];
  const more = `${indent}  `;
  if (eco.percentiles) {
    const p = eco.percentiles;
    lines.push(
      `${more}Centile parmi les pages de référence EcoIndex (plus haut = plus lourd) : éléments ` +
        `${decimal(p.domNodes)}, requêtes ${decimal(p.requests)}, poids ${decimal(p.transferBytes)}`,
    );
  }
  if (eco.weight) {
    const parts = (Object.entries(eco.weight.byType) as [ResourceKind, { requests: number; bytes: number }][])
      .filter(([, value]) => value.requests > 0)
      .map(([kind, value]) => `${KIND_FR[kind]} ${formatKb(value.bytes)} (${value.requests})`);
    lines.push(`${more}Répartition (octets transférés, requêtes) : ${parts.join(', ') || 'aucune requête'}`);
    const third = eco.weight.thirdParty;
    const domains = third.domains.slice(0, 5).join(', ') + (third.domains.length > 5 ? '…' : '');
    lines.push(
      `${more}Tiers : ${third.requests} requête(s) (${decimal(third.requestShare)} %), ` +
        `${formatKb(third.bytes)} (${decimal(third.byteShare)} %), ${third.domains.length} domaine(s)` +
        (domains ? ` : ${domains}` : ''),
    );
  }
  if (eco.co2) {
    lines.push(
      `${more}CO2 : ${decimal(eco.co2.grams, 3)} gCO2e par vue, note ${eco.co2.rating} ` +
        `(${eco.co2.label}, hébergement supposé non vert)`,
    );
  }
  if (eco.measurementTruncated) {
    const by = (eco.truncatedBy ?? []).map((step) => TRUNCATED_BY_FR[step] ?? step).join(' et ');
    lines.push(
      `${more}⚠ Mesure tronquée : la page chargeait encore${by ? ` à la fin ${by}` : ''} ; ` +
        'les chiffres sont des minorants',
    );
  }
  return lines;
}

export function formatSiteEcoLines(eco: SiteEcoSummary, indent = '  '): string[] {
  const more = `${indent}  `;
  const lines = [
    `${indent}Sobriété de l'échantillon (${eco.pages} page(s)) : EcoIndex (ecoindex.fr) moyen ` +
      `${decimal(eco.ecoindex.mean)}/100, note ${eco.ecoindex.grade}, médian ${decimal(eco.ecoindex.median)} · ` +
      `poids moyen ${formatKb(eco.transferBytes.mean)}, médian ${formatKb(eco.transferBytes.median)} · ` +
      `requêtes moyenne ${decimal(eco.requests.mean)}, médiane ${decimal(eco.requests.median)}`,
  ];
  if (eco.byType) {
    const parts = (Object.entries(eco.byType) as [ResourceKind, { byteShare: number }][])
      .filter(([, value]) => value.byteShare > 0)
      .sort(([, a], [, b]) => b.byteShare - a.byteShare)
      .map(([kind, value]) => `${KIND_FR[kind]} ${decimal(value.byteShare)} %`);
    lines.push(`${more}Part des octets : ${parts.join(', ') || 'aucun octet'}`);
  }
  if (eco.thirdParty) {
    const top = eco.thirdParty.topDomains.map((item) => item.domain).join(', ');
    lines.push(
      `${more}Tiers : ${decimal(eco.thirdParty.requestShareMean)} % des requêtes et ` +
        `${decimal(eco.thirdParty.byteShareMean)} % des octets en moyenne, ${eco.thirdParty.domains} domaine(s)` +
        (top ? ` : ${top}` : ''),
    );
  }
  if (eco.co2) {
    lines.push(
      `${more}CO2 : ${decimal(eco.co2.mean, 3)} gCO2e par vue en moyenne, médiane ${decimal(eco.co2.median, 3)} ` +
        `(${eco.co2.label})`,
    );
  }
  if (eco.truncatedPages > 0) {
    lines.push(`${more}⚠ ${eco.truncatedPages} page(s) à la mesure tronquée (chiffres minorés)`);
  }
  return lines;
}
