// Where a page stands among the EcoIndex reference pages, per input. The reference tables (ECOINDEX_QUANTILES,
// cnumr/ecoindex_reference) hold 21 quantiles, the 0th, 5th, …, 100th percentiles of each input over the HTTP
// Archive pages the EcoIndex was calibrated on; between two of them the position is linear, as in the score.

import type { EcoPercentiles } from '../../core/result.js';
import { ECOINDEX_QUANTILES, type EcoIndexInput, quantileIndex } from './ecoindex.js';

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Percentile (0–100) of a value on a 21-value quantile table: 5 × its quantile index. */
export function percentileOf(table: readonly number[], value: number): number {
  return round1(Math.min(100, 5 * quantileIndex(table, value)));
}

export function ecoindexPercentiles(input: EcoIndexInput): EcoPercentiles {
  return {
    domNodes: percentileOf(ECOINDEX_QUANTILES.dom, input.domNodes),
    requests: percentileOf(ECOINDEX_QUANTILES.requests, input.requests),
    transferBytes: percentileOf(ECOINDEX_QUANTILES.sizeKb, input.transferBytes / 1000),
  };
}
