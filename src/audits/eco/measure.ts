// The frugality measures of a snapshot: the EcoIndex inputs — DOM elements (SVG descendants excluded), HTTP(S)
// requests (every request and redirect hop; data:, blob:, memory-cache hits and the browser's own /favicon.ico
// request excluded), bytes on the wire (headers included) — then the EcoIndex, the inputs' percentiles, CO2 per
// view, the weight split and the truncation flag (docs/methodology.md). Pure.

import type { EcoMeasure } from '../../core/result.js';
import type { NetworkEntry, PageSnapshot } from '../../core/snapshot.js';
import { co2PerView } from './co2.js';
import { computeEcoIndex } from './ecoindex.js';
import { ecoindexPercentiles } from './percentiles.js';
import { weightSplit } from './weight.js';

/** The entries the protocol counts as requests. */
export function countedRequests(snapshot: PageSnapshot): NetworkEntry[] {
  return snapshot.network.filter((entry) => !entry.fromCache && !entry.browserFavicon);
}

export function measureEco(snapshot: PageSnapshot): EcoMeasure {
  const domNodes = snapshot.dom.elementsExcludingSvg;
  const sent = countedRequests(snapshot);
  const requests = sent.length;
  const transferBytes = sent.reduce(
    (sum, entry) => sum + (Number.isFinite(entry.transferBytes) ? Math.max(0, entry.transferBytes) : 0),
    0,
  );
  const input = { domNodes, requests, transferBytes };
  const { score, grade, ghg, water } = computeEcoIndex(input);
  const { measurement } = snapshot;
  return {
    domNodes,
    requests,
    transferBytes,
    ecoindex: { score, grade, ghg, water },
    percentiles: ecoindexPercentiles(input),
    co2: co2PerView(transferBytes),
    weight: weightSplit(sent),
    measurementTruncated: measurement.measurementTruncated,
    truncatedBy:
      measurement.truncatedBy ??
      (measurement.measurementTruncated ? [measurement.loadTimedOut ? 'load' : 'settle'] : []),
    protocolVersion: measurement.version ?? 1,
  };
}
