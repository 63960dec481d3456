// Text, JSON and CSV forms of a campaign's statistics (`vigie stats`).

import type { StatisticRow } from '../../export/statistic-row.js';
import type { Statistic } from '../../stats/assemble.js';
import { DIMENSION_LABELS } from '../../stats/groups.js';
import type { IndicatorUnit } from '../../stats/indicators.js';
import { type CampaignStatistics, toStatisticRow } from '../../stats/rows.js';

const NBSP = '\u202f';

function number(value: number, digits: number): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A value with its unit, in French: « 33,3 % », « 1,7 ko », « 0,5 g ». */
export function formatValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'pourcent':
      return `${number(value, 1)}${NBSP}%`;
    case 'octets':
      return `${number(value / 1000, 1)}${NBSP}ko`;
    case 'grammes':
      return `${number(value, 4)}${NBSP}g`;
    case 'note':
      return `${number(value, 1)}/100`;
    default:
      return number(value, 1);
  }
}

/** A paired change: « +5 pts », « −0,2 ko », « = » for none. */
export function formatChange(unit: IndicatorUnit, change: number | null): string {
  if (change === null) return '';
  if (change === 0) return '=';
  const sign = change > 0 ? '+' : '−';
  const magnitude = Math.abs(change);
  const text =
    unit === 'pourcent'
      ? `${number(magnitude, 1)}${NBSP}pt${magnitude >= 2 ? 's' : ''}`
      : formatValue(unit, magnitude);
  return `${sign}${text}`;
}

function pad(text: string, width: number, right = false): string {
  const gap = Math.max(0, width - [...text].length);
  return right ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

export function formatStatisticsText(result: CampaignStatistics, statistics: readonly Statistic[]): string {
  const { campaign, previous } = result;
  const lines = [`Statistiques de la campagne ${campaign.id} « ${campaign.name} » (${campaign.date})`];
  lines.push(
    previous
      ? `Évolution : par rapport à la campagne ${previous.id} « ${previous.name} » (${previous.date}), ` +
          'sur les seuls sites audités dans les deux campagnes.'
      : 'Évolution : aucune campagne terminée avant celle-ci.',
  );
  if (statistics.length === 0) {
    lines.push('', 'Aucun site dans ce regroupement.');
    return `${lines.join('\n')}\n`;
  }
  const labelWidth = Math.min(90, Math.max(...statistics.map((row) => [...row.label].length)));
  let dimension: string | null = null;
  let group: string | null = null;
  for (const row of statistics) {
    if (row.dimension !== dimension) {
      dimension = row.dimension;
      if (row.dimension !== 'ensemble') lines.push('', `## ${DIMENSION_LABELS[row.dimension]}`);
    }
    const key = `${row.dimension}|${row.group_code}`;
    if (key !== group) {
      group = key;
      lines.push(
        '',
        row.group_label,
        `  ${pad('Indicateur', labelWidth)}  ${pad('Valeur', 12, true)}  ${pad('Sites', 7, true)}  Évolution`,
      );
    }
    lines.push(
      `  ${pad(row.label, labelWidth)}  ${pad(formatValue(row.unit, row.value), 12, true)}  ` +
        `${pad(String(row.sites), 7, true)}  ${formatChange(row.unit, row.change)}`.trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function statisticsJson(result: CampaignStatistics, statistics: readonly Statistic[]): unknown {
  return {
    campaign: result.campaign,
    previous: result.previous,
    statistics: statistics.map((row) => ({ ...toStatisticRow(result.campaign, row), label: row.label })),
  };
}

export const CSV_COLUMNS: readonly (keyof StatisticRow)[] = [
  'campaign_id',
  'campaign_date',
  'dimension',
  'group_code',
  'group_label',
  'indicator',
  'value',
  'unit',
  'sites',
  'previous_value',
  'change',
];

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows of `statistiques.csv` (UTF-8, commas, header line). */
export function statisticsCsv(result: CampaignStatistics, statistics: readonly Statistic[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const statistic of statistics) {
    const row = toStatisticRow(result.campaign, statistic);
    lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `${lines.join('\n')}\n`;
}
