// Raster images in older formats (RGESN 5.1): WebP and AVIF weigh a quarter to a half less than JPEG and PNG at
// the same quality.

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
const MODERN = new Set(['webp', 'avif', 'jxl']);
/** Share saved by WebP/AVIF over JPEG, PNG, GIF (≈ 25–35 %, conservative), and over uncompressed BMP/TIFF. */
const SAVING = { lossy: 0.3, uncompressed: 0.9 };

export default defineEcoRule<ResourceTarget, 'network'>({
  id: 'image-format-not-modern',
  version: 1,
  title: 'Image matricielle dans un format ancien (ni WebP ni AVIF)',
  description:
    'Chaque image matricielle reçue de 10 ko ou plus est une cible ; elle passe en WebP, AVIF ou JPEG XL, échoue en JPEG, PNG, GIF, BMP ou TIFF (le RGESN 5.1 vise un format adapté ; les notes d’automatisation proposent plus de 75 % d’images en formats récents). Les SVG et icônes ne sont pas jugés. Économie estimée : 30 % du poids (90 % pour BMP et TIFF, non compressés).',
  rgesn: ['5.1'],
  practices: [],
  requires: ['network'],
  applicability: ({ network }) =>
    sentRequests(network)
      .filter((entry) => isBodyResponse(entry) && entry.transferBytes >= MIN_BYTES)
      .filter((entry) => RASTER_FORMATS.has(imageFormat(entry) ?? 'other'))
      .map(resourceTarget),
  expectation: ({ entry }) => {
    const format = imageFormat(entry)!;
    if (MODERN.has(format)) return ecoPassed();
    const ratio = format === 'bmp' || format === 'tiff' ? SAVING.uncompressed : SAVING.lossy;
    const saving = Math.round(entry.transferBytes * ratio);
    return ecoFailed(
      `Image ${format.toUpperCase()} de ${bytesFr(entry.transferBytes)} : la convertir en WebP ou AVIF (environ ${bytesFr(saving)} de moins).`,
      { sizeBytes: entry.transferBytes, saving: { bytes: saving } },
    );
  },
});
