// The EcoIndex inputs read from a snapshot: DOM elements (SVG descendants excluded), HTTP(S) requests (every
// request and redirect hop; data:, blob:, memory-cache hits and the browser's own /favicon.ico request
// excluded), bytes transferred on the
// wire (headers included).

import type { EcoMeasure } from '../../core/result.js';
import type { PageSnapshot } from '../../core/snapshot.js';
import { computeEcoIndex } from './ecoindex.js';

export function measureEco(snapshot: PageSnapshot): EcoMeasure {
  const domNodes = snapshot.dom.elementsExcludingSvg;
  const sent = snapshot.network.filter((entry) => !entry.fromCache && !entry.browserFavicon);
  const requests = sent.length;
  const transferBytes = sent.reduce((sum, entry) => sum + entry.transferBytes, 0);
  const { score, grade, ghg, water } = computeEcoIndex({ domNodes, requests, transferBytes });
  return { domNodes, requests, transferBytes, ecoindex: { score, grade, ghg, water } };
}
