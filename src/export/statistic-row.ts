// One row of `statistiques.csv`: the statistics of a campaign in long format, one indicator of one group of sites
// per row. Produced by src/stats/rows.ts, written by src/export/ with its Table Schema.

export const STAT_DIMENSIONS = ['ensemble', 'type', 'departement', 'region', 'population'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

/** Commune population bands (INSEE municipal population). */
export const POPULATION_BANDS = [
  'moins-de-500',
  '500-1999',
  '2000-9999',
  '10000-49999',
  '50000-et-plus',
] as const;

export const STAT_UNITS = [
  'sites',
  'pourcent',
  'note',
  'octets',
  'requetes',
  'elements',
  'points',
  'grammes',
] as const;
export type StatUnit = (typeof STAT_UNITS)[number];

export interface StatisticRow {
  campaign_id: number;
  /** YYYY-MM-DD: the day the campaign started. */
  campaign_date: string;
  dimension: StatDimension;
  /** '' for `ensemble`; the kind id, the INSEE département code (`2A`), the région code or the band id. */
  group_code: string;
  group_label: string;
  /** snake_case indicator id (`sites_audites`, `part_note_a`, `taux_rgaa_mediane`…), listed in the data dictionary. */
  indicator: string;
  value: number | null;
  unit: StatUnit;
  /** Sites the value is computed over. */
  sites: number;
  /** The same indicator in the previous campaign, over the same sites (paired); null when none. */
  previous_value: number | null;
  /** value − previous_value over the paired sites; null when either is missing. */
  change: number | null;
}
