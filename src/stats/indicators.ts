// The catalogue of indicators: id (a column value of statistiques.csv), unit, French label and how each is
// computed from a group's aggregates (counts and quartiles from src/store/stats.repository.ts). Pure.
// docs/statistics.md documents every indicator; keep both in step.

export type IndicatorUnit =
  | 'sites'
  | 'pourcent'
  | 'note'
  | 'octets'
  | 'requetes'
  | 'elements'
  | 'points'
  | 'grammes';

/** A group's aggregates: counts by alias and quartile triples (q1, median, q3) by measure. */
export interface Aggregate {
  counts: Readonly<Record<string, number>>;
  quartiles: Readonly<Record<string, readonly [number, number, number] | null>>;
}

export interface Computed {
  value: number | null;
  /** Sites the value is computed over. */
  sites: number;
}

export interface Indicator {
  id: string;
  unit: IndicatorUnit;
  /** French label; `group` is the plural noun of the sites (« sites », « conseils départementaux »). */
  label: (group: string) => string;
  compute: (aggregate: Aggregate) => Computed;
  /** Whether a paired previous value is given (counts of sites are not compared). */
  paired: boolean;
}

const count = (aggregate: Aggregate, key: string) => aggregate.counts[key] ?? 0;

function share(numerator: string, denominator: string) {
  return (aggregate: Aggregate): Computed => {
    const sites = count(aggregate, denominator);
    return { sites, value: sites > 0 ? (100 * count(aggregate, numerator)) / sites : null };
  };
}

function shareOfSum(numerators: string[], denominator: string) {
  return (aggregate: Aggregate): Computed => {
    const sites = count(aggregate, denominator);
    const total = numerators.reduce((sum, key) => sum + count(aggregate, key), 0);
    return { sites, value: sites > 0 ? (100 * total) / sites : null };
  };
}

function quartile(measure: string, index: 0 | 1 | 2) {
  return (aggregate: Aggregate): Computed => ({
    sites: count(aggregate, `${measure}_n`),
    value: aggregate.quartiles[measure]?.[index] ?? null,
  });
}

function sitesCount(key: string) {
  return (aggregate: Aggregate): Computed => ({ sites: count(aggregate, key), value: count(aggregate, key) });
}

const QUARTILE_NAMES = [
  ['q1', 'premier quartile'],
  ['mediane', 'médiane'],
  ['q3', 'troisième quartile'],
] as const;

function quartiles(prefix: string, measure: string, unit: IndicatorUnit, title: string): Indicator[] {
  return QUARTILE_NAMES.map(([suffix, name], index) => ({
    id: `${prefix}_${suffix}`,
    unit,
    label: () => `${title} : ${name}`,
    compute: quartile(measure, index as 0 | 1 | 2),
    paired: true,
  }));
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'sites_audites',
    unit: 'sites',
    label: () => 'Sites audités',
    compute: sitesCount('audited'),
    paired: false,
  },
  {
    id: 'sites_en_erreur',
    unit: 'sites',
    label: () => "Sites en erreur (page d'accueil inaccessible)",
    compute: sitesCount('errors'),
    paired: false,
  },
  ...['a', 'b', 'c', 'd', 'e', 'f'].map(
    (grade): Indicator => ({
      id: `part_note_${grade}`,
      unit: 'pourcent',
      label: (g) => `Part des ${g} avec la note ${grade.toUpperCase()} (note brute RGAA)`,
      compute: share(`grade_${grade}`, 'graded'),
      paired: true,
    }),
  ),
  ...quartiles('taux_rgaa', 'rgaa_rate', 'pourcent', 'Taux de conformité RGAA automatisé'),
  ...quartiles('note_brute', 'raw_mark', 'note', 'Note brute RGAA'),
  ...quartiles('elements_en_echec', 'failed_elements', 'elements', 'Éléments en échec'),
  ...(['totalement', 'partiellement', 'non', 'absente'] as const).map(
    (level): Indicator => ({
      id: `part_mention_${level}`,
      unit: 'pourcent',
      label: (g) =>
        level === 'absente'
          ? `Part des ${g} sans mention d'accessibilité en page d'accueil`
          : `Part des ${g} avec la mention « accessibilité : ${level === 'non' ? 'non' : level} conforme »`,
      compute: share(`mention_${level}`, 'legal'),
      paired: true,
    }),
  ),
  {
    id: 'part_mention_presente',
    unit: 'pourcent',
    label: (g) => `Part des ${g} avec une mention d'accessibilité en page d'accueil`,
    compute: shareOfSum(['mention_totalement', 'mention_partiellement', 'mention_non'], 'legal'),
    paired: true,
  },
  {
    id: 'part_declaration_valide',
    unit: 'pourcent',
    label: (g) => `Part des ${g} avec une déclaration d'accessibilité lue et non périmée`,
    compute: share('statement_valid', 'legal'),
    paired: true,
  },
  {
    id: 'part_declaration_perimee',
    unit: 'pourcent',
    label: (g) => `Part des ${g} dont la déclaration a trois ans ou plus`,
    compute: share('statement_stale', 'legal'),
    paired: true,
  },
  {
    id: 'part_schema_pluriannuel_valide',
    unit: 'pourcent',
    label: (g) => `Part des ${g} avec un schéma pluriannuel en cours de validité`,
    compute: share('schema_valid', 'legal'),
    paired: true,
  },
  {
    id: 'part_plan_action_valide',
    unit: 'pourcent',
    label: (g) => `Part des ${g} avec un plan d'action de l'année`,
    compute: share('action_valid', 'legal'),
    paired: true,
  },
  {
    id: 'part_contradiction',
    unit: 'pourcent',
    label: (g) => `Part des ${g} avec au moins une contradiction (déclaration, mention, mesure)`,
    compute: share('contradiction', 'legal'),
    paired: true,
  },
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(
    (grade): Indicator => ({
      id: `part_ecoindex_${grade}`,
      unit: 'pourcent',
      label: (g) => `Part des ${g} avec la note EcoIndex ${grade.toUpperCase()}`,
      compute: share(`eco_${grade}`, 'eco_graded'),
      paired: true,
    }),
  ),
  {
    id: 'ecoindex_mediane',
    unit: 'points',
    label: () => 'EcoIndex (médiane des pages de chaque site) : médiane',
    compute: quartile('ecoindex', 1),
    paired: true,
  },
  {
    id: 'poids_page_mediane',
    unit: 'octets',
    label: () => 'Poids des pages transférées : médiane',
    compute: quartile('page_bytes', 1),
    paired: true,
  },
  {
    id: 'requetes_mediane',
    unit: 'requetes',
    label: () => 'Requêtes par page : médiane',
    compute: quartile('requests', 1),
    paired: true,
  },
  {
    id: 'co2_mediane',
    unit: 'grammes',
    label: () => 'CO2 par page vue : médiane',
    compute: quartile('co2', 1),
    paired: true,
  },
];

/** Decimals kept for a unit (changes are rounded alike, from unrounded values). */
export function roundFor(unit: IndicatorUnit, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const decimals = unit === 'octets' || unit === 'sites' ? 0 : unit === 'grammes' ? 4 : 1;
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
