// Text and JSON forms of a campaign's status (`vigie campaign status|list`, end of `run`).

import type { CampaignCounts, CampaignSiteStatus } from '../../store/campaign-sites.repository.js';
import type { CampaignRow } from '../../store/schema.js';

export const STATUS_FR: Record<CampaignRow['status'], string> = {
  pending: 'en préparation',
  running: 'en cours',
  done: 'terminée',
  failed: 'en échec',
  cancelled: 'annulée',
};

export function formatCounts(counts: CampaignCounts): string {
  const errors = Object.entries(counts.errorsByCode)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return (
    `Sites : ${counts.total} — ${counts.done} audités, ${counts.failed} en échec, ${counts.running} en cours, ` +
    `${counts.pending} en attente\nPages : ${counts.pagesAudited} auditées, ${counts.pagesInError} en erreur` +
    (errors ? `\nErreurs par code : ${errors}` : '')
  );
}

const frenchNumber = (value: number): string => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

export function dateTime(value: Date | null): string | null {
  return value ? value.toISOString().replace('T', ' ').slice(0, 16) : null;
}

const SITE_STATE_FR: Record<CampaignSiteStatus['state'], string> = {
  pending: 'en attente',
  running: 'en cours',
  done: 'audité',
  failed: 'en échec',
};

/**
 * One line per site: state, pages, RGAA raw mark and grade and automated rate of the sample, failed rules
 * (home / sample), home EcoIndex, accessibility mention of the home page, address, error.
 */
export function formatSiteTable(sites: CampaignSiteStatus[]): string[] {
  const rows = sites.map((site) => {
    const scores = site.summary?.scores ?? {};
    const grade = site.summary?.grades?.homeEcoindex ?? null;
    const cell = (value: number | null | undefined) =>
      value === null || value === undefined ? '–' : String(value);
    return [
      SITE_STATE_FR[site.state],
      site.summary ? `${scores.pagesAudited ?? 0}/${site.summary.pageCount}` : '–',
      scores.rawMark === null || scores.rawMark === undefined
        ? '–'
        : `${site.summary?.grades?.rawMark ?? '?'} ${frenchNumber(scores.rawMark)} % (${scores.rgaaRate === null || scores.rgaaRate === undefined ? '–' : frenchNumber(scores.rgaaRate)} %)`,
      site.summary ? `${cell(scores.homeFailedRules)} / ${cell(scores.sampleFailedRules)}` : '–',
      scores.homeEcoindex === null || scores.homeEcoindex === undefined
        ? '–'
        : `${grade} ${scores.homeEcoindex}`,
      site.summary?.mention ?? '–',
      site.url + (site.errorCode ? `  (${site.errorCode})` : ''),
    ];
  });
  const header = [
    'état',
    'pages',
    'RGAA note brute (taux auto.)',
    'règles en échec acc./éch.',
    'EcoIndex acc.',
    'mention',
    'adresse',
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => (i === cells.length - 1 ? text : text.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export function statusJson(campaign: CampaignRow, counts: CampaignCounts, sites: CampaignSiteStatus[]) {
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      status: campaign.status,
      createdAt: campaign.created_at,
      startedAt: campaign.started_at,
      finishedAt: campaign.finished_at,
      judgedAt: campaign.judged_at,
      versions: { vigie: campaign.vigie_version, axe: campaign.axe_version, rgaa: campaign.rgaa_version },
      configHash: campaign.config_hash,
      config: campaign.config,
    },
    counts,
    sites,
  };
}
