import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeEcoIndex,
  ECOINDEX_QUANTILES,
  ecoindexGhg,
  ecoindexGrade,
  ecoindexRawScore,
  ecoindexWater,
  legacyGreenItEcoIndex,
  quantileIndex,
} from '../../src/audits/eco/ecoindex.js';

// Vectors collected from the reference implementations' own test suites (test/fixtures/ecoindex, copied from
// shared/data/ecoindex).
// biome-ignore lint/suspicious/noExplicitAny: JSON test vectors, checked field by field below.
type Vector = Record<string, any>;
const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/ecoindex/ecoindex-vectors.json', import.meta.url), 'utf8'),
) as Record<string, Vector[]>;
const quantiles = JSON.parse(
  readFileSync(new URL('../fixtures/ecoindex/ecoindex-quantiles.json', import.meta.url), 'utf8'),
);

const bytes = (kb: number): number => kb * 1000;

describe('EcoIndex quantile tables', () => {
  it('are the reference tables', () => {
    expect(ECOINDEX_QUANTILES.dom).toEqual(quantiles.quantiles.dom_size);
    expect(ECOINDEX_QUANTILES.requests).toEqual(quantiles.quantiles.nb_request);
    expect(ECOINDEX_QUANTILES.sizeKb).toEqual(quantiles.quantiles.response_size);
  });
});

describe('EcoIndex reference vectors', () => {
  it.each(vectors.score!)('score of dom=$dom requests=$requests size=$size_kb kB', (v: Vector) => {
    const result = computeEcoIndex({
      domNodes: v.dom,
      requests: v.requests,
      transferBytes: bytes(v.size_kb),
    });
    expect(result.score).toBe(v.expected_score_rounded);
    expect(result.rawScore).toBeCloseTo(v.raw_score_recomputed, 5);
  });

  it.each(vectors.ecoindex!)('full result of dom=$dom requests=$requests size=$size_kb kB', (v: Vector) => {
    const result = computeEcoIndex({
      domNodes: v.dom,
      requests: v.requests,
      transferBytes: bytes(v.size_kb),
    });
    if (v.expected.grade) {
      // Rounded-score convention (python get_ecoindex, ecoindex_node): grade, GHG and water from the rounded score.
      expect(result.score).toBe(v.expected.score);
      expect(result.grade).toBe(v.expected.grade);
      expect(result.ghg).toBe(v.expected.ghg_gco2e);
      expect(result.water).toBe(v.expected.water_cl);
    } else {
      // The unrounded convention: the helpers take the raw score as well.
      expect(Math.round(result.rawScore * 100) / 100).toBe(v.expected.score);
      expect(ecoindexGhg(result.rawScore)).toBe(v.expected.ghg_gco2e);
      expect(ecoindexWater(result.rawScore)).toBe(v.expected.water_cl);
    }
  });

  it.each(vectors.quantile!)('quantile of $value in $table', (v: Vector) => {
    const table = {
      dom_size: ECOINDEX_QUANTILES.dom,
      nb_request: ECOINDEX_QUANTILES.requests,
      response_size: ECOINDEX_QUANTILES.sizeKb,
    }[v.table as string]!;
    expect(quantileIndex(table, v.value)).toBeCloseTo(v.expected_quantile_index, 10);
  });

  it.each(vectors.grade!)('grade of score $score', (v: Vector) => {
    if (v.expected_grade === false) expect(() => ecoindexGrade(v.score)).toThrow(RangeError);
    else expect(ecoindexGrade(v.score)).toBe(v.expected_grade);
  });

  it.each(vectors.ghg_water!)('GHG and water of score $score', (v: Vector) => {
    expect(ecoindexGhg(v.score)).toBe(v.expected_ghg_gco2e);
    expect(ecoindexWater(v.score)).toBe(v.expected_water_cl);
  });

  it.each(vectors.quantile_boundaries!)('boundary $i', (v: Vector) => {
    expect(ecoindexRawScore(v.dom, v.requests, v.size_kb)).toBeCloseTo(v.expected_unrounded_score, 9);
  });

  it.each(vectors.legacy_greenit_cli!)('GreenIT-Analysis-cli page $url', (v: Vector) => {
    const input = { domNodes: v.dom, requests: v.requests, transferBytes: v.size_bytes };
    const reference = computeEcoIndex(input);
    expect(reference.score).toBe(v.reference_formula_recomputed.score);
    expect(reference.grade).toBe(v.reference_formula_recomputed.grade);
    expect(reference.ghg).toBe(v.reference_formula_recomputed.ghg_gco2e);
    expect(reference.water).toBe(v.reference_formula_recomputed.water_cl);
    const legacy = legacyGreenItEcoIndex({ ...input, transferBytes: v.size_kb_used * 1000 });
    expect(legacy.score).toBe(v.expected_cli.score);
    expect(legacy.grade).toBe(v.expected_cli.grade);
    expect(legacy.ghg).toBe(v.expected_cli.ghg_gco2e);
    expect(legacy.water).toBe(v.expected_cli.water_cl);
  });

  it('rejects negative or non-finite inputs', () => {
    expect(() => computeEcoIndex({ domNodes: -1, requests: 0, transferBytes: 0 })).toThrow(RangeError);
    expect(() => computeEcoIndex({ domNodes: 0, requests: Number.NaN, transferBytes: 0 })).toThrow(
      RangeError,
    );
  });
});
