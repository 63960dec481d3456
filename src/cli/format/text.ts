// Text report in French: per page, failed rules and elements by RGAA theme, the five worst findings, the
// EcoIndex grade and page weight.

import { impactRank } from '../../audits/a11y/axe-adapter.js';
import type { A11yScore, Finding, PageReport } from '../../core/result.js';
import { RGAA_THEMES, rgaaTheme } from '../../core/rgaa-themes.js';
import { formatEcoRulesLines } from './eco-rules-text.js';
import { formatEcoLines } from './eco-text.js';

const IMPACT_FR: Record<string, string> = {
  critical: 'critique',
  serious: 'grave',
  moderate: 'modéré',
  minor: 'mineur',
};

const number = new Intl.NumberFormat('fr-FR');

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000)
    return `${(bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} Mo`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} ko`;
  return `${bytes} o`;
}

function byTheme(failed: Finding[]): { label: string; rules: number; elements: number }[] {
  const groups = new Map<number, { rules: number; elements: number }>();
  for (const finding of failed) {
    const themes = new Set(finding.rgaa.map(rgaaTheme));
    if (themes.size === 0) themes.add(0);
    for (const theme of themes) {
      const group = groups.get(theme) ?? { rules: 0, elements: 0 };
      group.rules++;
      group.elements += finding.counts.failed;
      groups.set(theme, group);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 0 ? 99 : a) - (b === 0 ? 99 : b))
    .map(([theme, group]) => ({
      label: theme === 0 ? 'Hors RGAA (WCAG, bonnes pratiques)' : `${theme}. ${RGAA_THEMES[theme] ?? '?'}`,
      ...group,
    }));
}

const percent = (value: number | null): string =>
  value === null ? 'n. d.' : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;

/** The RGAA score line, always labelled as automated and partial (docs/methodology.md). */
export function formatScoreLines(score: A11yScore, version: string, indent = '  '): string[] {
  const { criteria, tests } = score;
  return [
    `${indent}RGAA ${version}, contrôles automatiques (partiel, pas un taux de conformité) : ` +
      `taux automatisé ${percent(score.automatedRate)} des critères décidés ` +
      `(${criteria.C} C, ${criteria.NC} NC, ${criteria.NA} NA, ${criteria.NT} à vérifier)`,
    `${indent}  Note brute (compatible Asqatasun) ${percent(score.rawMark)}, note ${score.grade ?? 'n. d.'} · ` +
      `${tests.NC} test(s) et ${criteria.NC} critère(s) non conformes · ` +
      `${number.format(score.failedElements)} élément(s) en échec`,
  ];
}

export function formatPageText(report: PageReport, position?: { index: number; total: number }): string {
  const lines: string[] = [];
  const where = position && position.total > 1 ? ` (${position.index + 1}/${position.total})` : '';
  lines.push(`Page ${report.url}${where}`);
  if (report.error) {
    lines.push(`  Non auditée — ${report.error.code} : ${report.error.message}`);
    return lines.join('\n');
  }
  if (report.finalUrl && report.finalUrl !== report.url) lines.push(`  Adresse finale : ${report.finalUrl}`);
  lines.push(`  Statut HTTP ${report.status}`);
  if (report.a11y) {
    // AAA rules run too, but the RGAA (and the law) stop at AA: they are reported apart.
    const failed = report.a11y.findings.filter(
      (finding) => finding.outcome === 'failed' && finding.level !== 'AAA',
    );
    const failedAaa = report.a11y.findings.filter(
      (finding) => finding.outcome === 'failed' && finding.level === 'AAA',
    );
    const elements = failed.reduce((sum, finding) => sum + finding.counts.failed, 0);
    const toCheck = report.a11y.findings.filter((finding) => finding.outcome === 'cantTell').length;
    lines.push(
      `  Accessibilité (axe-core ${report.versions.axe} et règles Vigie) : ${failed.length} règle(s) en échec, ` +
        `${number.format(elements)} élément(s) ; ${toCheck} règle(s) à vérifier manuellement`,
    );
    if (report.a11y.error) lines.push(`  ⚠ axe-core n'a pas pu s'exécuter : ${report.a11y.error}`);
    for (const group of byTheme(failed)) {
      lines.push(`    ${group.label} : ${group.rules} règle(s), ${number.format(group.elements)} élément(s)`);
    }
    if (failedAaa.length > 0) {
      lines.push(
        `    Niveau AAA (informatif, hors RGAA) : ${failedAaa.map((finding) => finding.rule).join(', ')}`,
      );
    }
    if (report.score && report.rgaa) lines.push(...formatScoreLines(report.score, report.rgaa.version));
    const worst = [...failed]
      .sort((a, b) => impactRank(b.impact) - impactRank(a.impact) || b.counts.failed - a.counts.failed)
      .slice(0, 5);
    if (worst.length > 0) lines.push('  Constats les plus graves :');
    worst.forEach((finding, i) => {
      const impact = finding.impact ? (IMPACT_FR[finding.impact] ?? finding.impact) : 'n. c.';
      const rgaa = finding.rgaa.length > 0 ? ` (RGAA ${finding.rgaa.join(', ')})` : '';
      lines.push(
        `    ${i + 1}. [${impact}] ${finding.rule} — ${finding.title}${rgaa} — ${finding.counts.failed} élément(s)`,
      );
      const selectors = finding.evidence.slice(0, 3).map((item) => item.selector);
      const more = finding.targets.length - selectors.length;
      if (selectors.length > 0)
        lines.push(`       → ${selectors.join(' ; ')}${more > 0 ? ` (+${more})` : ''}`);
    });
  }
  if (report.eco) lines.push(...formatEcoLines(report.eco));
  lines.push(...formatEcoRulesLines(report));
  return lines.join('\n');
}

export function formatSummaryText(reports: PageReport[]): string {
  const audited = reports.filter((report) => !report.error).length;
  const failed = reports.length - audited;
  return `${audited} page(s) auditée(s) sur ${reports.length}${failed > 0 ? `, ${failed} en erreur` : ''}.`;
}
