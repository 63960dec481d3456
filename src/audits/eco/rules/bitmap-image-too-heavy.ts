// Bitmap images heavier than their pixels justify (RGESN 5.2, GreenIT OptimizeBitmapImages): too little
// compression for what is shown.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import {
  bytesFr,
  imageFormat,
  isBodyResponse,
  RASTER_FORMATS,
  type ResourceTarget,
  resourceTarget,
  sentRequests,
} from '../inputs.js';

const MIN_BYTES = 10_000;
/** Bytes an image may weigh: 0.2 byte per pixel (1.6 bit, a well-compressed JPEG), at least 10 kB. */
const BYTES_PER_PIXEL = 0.2;
const MIN_BUDGET = 10_000;
/** Smallest excess that fails (GreenIT-Analysis: 500 B). */
const MIN_EXCESS = 2_000;

interface SizedTarget extends ResourceTarget {
  pixels: number;
}

export default defineEcoRule<SizedTarget, 'network' | 'eco'>({
  id: 'bitmap-image-too-heavy',
  version: 1,
  title: 'Image matricielle insuffisamment compressée',
  description:
    'Chaque image matricielle reçue de 10 ko ou plus dont une <img> de la page donne la taille naturelle est une cible. Son budget est max(pixels × 0,2 octet, 10 ko) — la formule de GreenIT-Analysis (pixels ÷ 5) ; elle échoue au-delà de 2 ko d’excédent (GreenIT : 500 o). Les images de fond CSS, dont la taille n’est pas connue, ne sont pas jugées. Économie estimée : l’excédent sur le budget.',
  rgesn: ['5.2'],
  practices: ['OptimizeBitmapImages'],
  requires: ['network', 'eco'],
  applicability: ({ network, eco }) => {
    const pixels = new Map<string, number>();
    for (const image of eco.images)
      if (image.tag === 'img' && image.naturalWidth > 0)
        pixels.set(image.src, image.naturalWidth * image.naturalHeight);
    return sentRequests(network)
      .filter((entry) => isBodyResponse(entry) && entry.transferBytes >= MIN_BYTES && pixels.has(entry.url))
      .filter((entry) => RASTER_FORMATS.has(imageFormat(entry) ?? 'other'))
      .map((entry) => ({ ...resourceTarget(entry), pixels: pixels.get(entry.url)! }));
  },
  expectation: ({ entry, pixels }) => {
    const budget = Math.max(pixels * BYTES_PER_PIXEL, MIN_BUDGET);
    const excess = Math.round(entry.transferBytes - budget);
    if (excess <= MIN_EXCESS) return ecoPassed();
    return ecoFailed(
      `${bytesFr(entry.transferBytes)} pour ${Math.round(pixels / 1000)} kpx (budget ${bytesFr(budget)}) : la recompresser.`,
      { sizeBytes: entry.transferBytes, saving: { bytes: excess } },
    );
  },
});
