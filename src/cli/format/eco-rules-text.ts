// The eco-design rules part of the page text report: the rate, then the failed rules with their estimated
// savings, the largest first (at most five, one line each).

import type { PageReport } from '../../core/result.js';
import { formatBytes } from './text.js';

const percent = (value: number | null): string =>
  value === null ? 'n. d.' : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;

function savingText(saving: { bytes?: number; requests?: number } | undefined): string {
  const parts: string[] = [];
  if (saving?.bytes) parts.push(`−${formatBytes(saving.bytes)}`);
  if (saving?.requests) parts.push(`−${saving.requests} requête(s)`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function formatEcoRulesLines(report: PageReport, indent = '  ', shown = 5): string[] {
  const ecoRules = report.ecoRules;
  if (!ecoRules) return [];
  const { score, findings } = ecoRules;
  const lines = [
    `${indent}Règles d’écoconception : ${score.passed} respectée(s), ${score.failed} en échec, ` +
      `${score.cantTell} à vérifier — taux ${percent(score.rate)}${savingText(score.saving)}`,
  ];
  const failed = findings.filter((finding) => finding.outcome === 'failed');
  failed.slice(0, shown).forEach((finding) => {
    const rgesn = finding.rgesn?.length ? ` (RGESN ${finding.rgesn.join(', ')})` : '';
    lines.push(
      `${indent}  ✗ ${finding.rule} — ${finding.title}${rgesn} — ${finding.counts.failed} cible(s)${savingText(finding.saving)}`,
    );
  });
  if (failed.length > shown)
    lines.push(`${indent}  … et ${failed.length - shown} autre(s) règle(s) en échec`);
  return lines;
}
