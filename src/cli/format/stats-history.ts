// `vigie stats --all-campaigns` as text: headline indicators of every finished campaign side by side, one
// table per group.

import type { Statistic } from '../../stats/assemble.js';
import { DIMENSION_LABELS } from '../../stats/groups.js';
import type { CampaignStatistics } from '../../stats/rows.js';
import { formatValue } from './stats-text.js';

/** The indicators the history shows (every indicator is in the JSON and CSV forms). */
export const HISTORY_INDICATORS = [
  'sites_audites',
  'part_note_a',
  'taux_rgaa_mediane',
  'note_brute_mediane',
  'part_mention_presente',
  'part_declaration_valide',
  'part_contradiction',
  'ecoindex_mediane',
  'poids_page_mediane',
  'requetes_mediane',
] as const;

function pad(text: string, width: number, right = false): string {
  const gap = Math.max(0, width - [...text].length);
  return right ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

export function formatHistoryText(results: readonly CampaignStatistics[]): string {
  const lines = [
    `Évolution sur ${results.length} campagne${results.length > 1 ? 's' : ''} terminée${results.length > 1 ? 's' : ''}`,
    '(chaque campagne sur tous ses sites audités ; les évolutions appariées sont dans --format csv ou json)',
  ];
  // Groups in the order of the latest campaign, then any group seen only before.
  const groups = new Map<string, { dimension: Statistic['dimension']; label: string }>();
  for (const result of [...results].reverse())
    for (const row of result.statistics)
      if (!groups.has(`${row.dimension}|${row.group_code}`))
        groups.set(`${row.dimension}|${row.group_code}`, {
          dimension: row.dimension,
          label: row.group_label,
        });
  const index = results.map(
    (result) =>
      new Map(result.statistics.map((row) => [`${row.dimension}|${row.group_code}|${row.indicator}`, row])),
  );
  const columns = results.map((result) => `n°${result.campaign.id} ${result.campaign.date}`);
  const width = Math.max(...columns.map((column) => column.length), 12);
  let dimension: string | null = null;
  for (const [key, group] of groups) {
    if (group.dimension !== dimension) {
      dimension = group.dimension;
      if (group.dimension !== 'ensemble') lines.push('', `## ${DIMENSION_LABELS[group.dimension]}`);
    }
    const rows = HISTORY_INDICATORS.map((indicator) =>
      index.map((byKey) => byKey.get(`${key}|${indicator}`)),
    );
    const labels = rows.map((cells) => cells.find((cell) => cell)?.label ?? '');
    const labelWidth = Math.min(80, Math.max(...labels.map((label) => [...label].length)));
    lines.push(
      '',
      group.label,
      `  ${pad('Indicateur', labelWidth)}  ${columns.map((c) => pad(c, width, true)).join('  ')}`,
    );
    rows.forEach((cells, i) => {
      const values = cells.map((cell) => pad(cell ? formatValue(cell.unit, cell.value) : '—', width, true));
      lines.push(`  ${pad(labels[i]!, labelWidth)}  ${values.join('  ')}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
