// EcoIndex (ecoindex.fr): score, grade, greenhouse gases and water from DOM size, requests and
// transferred kilobytes. Pure function; quantiles are the reference tables of cnumr/ecoindex_reference
// (CC BY-NC-ND: always cite « EcoIndex (ecoindex.fr) » next to a score).
//
// Rounding convention (implementations differ, see docs/methodology.md): the headline score is the raw score
// rounded to the nearest integer, and grade, GHG and water are computed from that rounded score, as the
// reference Python package (get_ecoindex) and ecoindex_node do. GHG and water are rounded to 2 decimals.
// The raw score is kept alongside, and the helpers below accept either.

export const ECOINDEX_QUANTILES = {
  dom: [
    0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479,
    594601,
  ],
  requests: [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920],
  sizeKb: [
    0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08,
    2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
  ],
} as const;

/** Grade thresholds: the first grade whose value is strictly lower than the score. */
export const ECOINDEX_GRADES = [
  { min: 80, grade: 'A' },
  { min: 70, grade: 'B' },
  { min: 55, grade: 'C' },
  { min: 40, grade: 'D' },
  { min: 25, grade: 'E' },
  { min: 10, grade: 'F' },
] as const;

export type EcoIndexGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

export interface EcoIndexInput {
  /** DOM elements, SVG descendants excluded. */
  domNodes: number;
  /** HTTP(S) requests. */
  requests: number;
  /** Transferred bytes (compressed, headers included). */
  transferBytes: number;
}

export interface EcoIndex {
  /** Rounded score, 0–100. */
  score: number;
  rawScore: number;
  grade: EcoIndexGrade;
  /** Greenhouse gases, g CO2e per page view. */
  ghg: number;
  /** Water, centilitres per page view. */
  water: number;
}

/** Position of a value on a 21-value quantile table, from 0 to 20 (linear between boundaries). */
export function quantileIndex(table: readonly number[], value: number): number {
  for (let i = 1; i < table.length; i++) {
    const upper = table[i]!;
    if (value < upper) {
      const lower = table[i - 1]!;
      return i - 1 + (value - lower) / (upper - lower);
    }
  }
  return table.length - 1;
}

export function ecoindexRawScore(domNodes: number, requests: number, sizeKb: number): number {
  const qDom = quantileIndex(ECOINDEX_QUANTILES.dom, domNodes);
  const qReq = quantileIndex(ECOINDEX_QUANTILES.requests, requests);
  const qSize = quantileIndex(ECOINDEX_QUANTILES.sizeKb, sizeKb);
  return 100 - (5 * (3 * qDom + 2 * qReq + qSize)) / 6;
}

export function ecoindexGrade(score: number): EcoIndexGrade {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`EcoIndex score out of range: ${score}`);
  }
  for (const { min, grade } of ECOINDEX_GRADES) if (score > min) return grade;
  return 'G';
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function ecoindexGhg(score: number): number {
  return round2(2 + (2 * (50 - score)) / 100);
}

export function ecoindexWater(score: number): number {
  return round2(3 + (3 * (50 - score)) / 100);
}

export function computeEcoIndex(input: EcoIndexInput): EcoIndex {
  for (const [name, value] of Object.entries(input)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`EcoIndex input ${name} invalid: ${value}`);
  }
  const rawScore = Math.max(0, ecoindexRawScore(input.domNodes, input.requests, input.transferBytes / 1000));
  const score = Math.round(rawScore);
  return {
    score,
    rawScore,
    grade: ecoindexGrade(score),
    ghg: ecoindexGhg(score),
    water: ecoindexWater(score),
  };
}

/**
 * The pre-September-2022 formula still used by GreenIT-Analysis-cli (quantile index one higher, so scores five
 * points lower, and grade thresholds 75/65/50/35/20/5 inclusive). For comparison with that tool's published
 * figures only; Vigie's headline is `computeEcoIndex`.
 */
export function legacyGreenItEcoIndex(input: EcoIndexInput): EcoIndex {
  const rawScore = Math.max(
    0,
    ecoindexRawScore(input.domNodes, input.requests, input.transferBytes / 1000) - 5,
  );
  const score = Math.round(rawScore);
  const thresholds: [number, EcoIndexGrade][] = [
    [75, 'A'],
    [65, 'B'],
    [50, 'C'],
    [35, 'D'],
    [20, 'E'],
    [5, 'F'],
  ];
  const grade = thresholds.find(([min]) => score >= min)?.[1] ?? 'G';
  return { score, rawScore, grade, ghg: ecoindexGhg(score), water: ecoindexWater(score) };
}
