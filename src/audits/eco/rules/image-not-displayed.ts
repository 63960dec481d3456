// Images downloaded but not displayed (RGESN 6.5, GreenIT ImageDownloadedNotDisplayed).

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { EcoImageFact } from '../../../core/facts/eco.js';
import { bytesFr, responsesByUrl } from '../inputs.js';

const MIN_PIXELS = 10_000;

export default defineEcoRule<EcoImageFact, 'eco' | 'network'>({
  id: 'image-not-displayed',
  version: 1,
  title: 'Image téléchargée mais pas affichée',
  description:
    'Chaque <img> décodée d’au moins 10 000 pixels (100 × 100) est une cible ; elle échoue quand sa boîte affichée est vide (display:none, taille 0), comme chez GreenIT-Analysis. Les images de diaporama masquées ont ainsi été téléchargées pour rien à l’arrivée. Économie estimée : son poids transféré.',
  rgesn: ['6.5'],
  practices: ['ImageDownloadedNotDisplayed'],
  requires: ['eco', 'network'],
  applicability: ({ eco }) =>
    eco.images.filter(
      (image) => image.tag === 'img' && image.naturalWidth * image.naturalHeight >= MIN_PIXELS,
    ),
  expectation: (image, { network }) => {
    if (image.renderedWidth > 0 || image.renderedHeight > 0) return ecoPassed();
    const bytes = responsesByUrl(network).get(image.src)?.transferBytes;
    return ecoFailed(
      `Image de ${image.naturalWidth} × ${image.naturalHeight} px téléchargée${bytes ? ` (${bytesFr(bytes)})` : ''} sans être affichée : ne la charger que quand elle s’affiche.`,
      bytes === undefined ? {} : { sizeBytes: bytes, saving: { bytes } },
    );
  },
});
