// Text report of a site audit (`vigie audit --site`), in French.

import type { SiteReport } from '../../runner/audit-site.js';
import { formatSiteEcoLines } from './eco-text.js';
import { formatLegalLines } from './legal-text.js';
import { formatBytes, formatPageText, formatScoreLines } from './text.js';

export const ROLE_FR: Record<string, string> = {
  home: 'accueil',
  accessibility: 'accessibilité',
  legal: 'mentions légales',
  contact: 'contact',
  sitemap: 'plan du site',
  help: 'aide',
  authentication: 'authentification',
  other: 'autre page',
  statement: 'recherche de la déclaration',
};

export function formatSiteText(site: SiteReport): string {
  const lines = [`Site ${site.url}`];
  if (site.homeUrl && site.homeUrl !== site.url) lines.push(`  Accueil : ${site.homeUrl}`);
  if (site.error) lines.push(`  Site non audité — ${site.error.code} : ${site.error.message}`);
  lines.push(`  Échantillon : ${site.pages.length} page(s)`);
  for (const page of site.pages) lines.push(`    - ${ROLE_FR[page.role] ?? page.role} : ${page.url}`);
  lines.push('');
  for (const page of site.pages) {
    lines.push(
      formatPageText(page.report).replace(/^Page /, `Page (${ROLE_FR[page.role] ?? page.role}) `),
      '',
    );
  }
  const { summary } = site;
  lines.push(`Synthèse du site ${site.url}`);
  lines.push(
    `  ${summary.pagesAudited} page(s) auditée(s) sur ${summary.pagesPlanned}` +
      (summary.pagesInError > 0
        ? `, ${summary.pagesInError} en erreur (${Object.entries(summary.errorsByCode)
            .map(([code, count]) => `${code} × ${count}`)
            .join(', ')})`
        : ''),
  );
  if (site.score && site.rgaa) lines.push(...formatScoreLines(site.score, site.rgaa.version));
  if (summary.home.audited) {
    lines.push(
      `  Accueil : ${summary.home.failedRules} règle(s) en échec, ${summary.home.failedElements} élément(s) ; ` +
        `EcoIndex (ecoindex.fr) ${summary.home.ecoindexScore}/100, note ${summary.home.ecoindexGrade}`,
    );
  }
  if (summary.pagesAudited > 0) {
    lines.push(
      `  Échantillon : ${summary.sample.failedRules} règle(s) distincte(s) en échec, ` +
        `${summary.sample.failedElements} élément(s) ; EcoIndex (ecoindex.fr) moyen ${summary.sample.ecoindexMean}/100, ` +
        `poids moyen ${formatBytes(summary.sample.transferBytesMean ?? 0)}`,
    );
  }
  if (summary.eco) lines.push(...formatSiteEcoLines(summary.eco));
  if (summary.ecoRules) {
    const { rate, passed, failed, cantTell } = summary.ecoRules;
    lines.push(
      `  Règles d’écoconception sur l’échantillon (respectée = respectée sur chaque page où elle s’applique) : ` +
        `${passed} respectée(s), ${failed} en échec, ${cantTell} à vérifier — taux ${rate === null ? 'n. d.' : `${rate.toLocaleString('fr-FR')} %`}`,
    );
  }
  lines.push(...formatLegalLines(site.legal));
  return lines.join('\n');
}
