// Images larger than displayed (RGESN 6.4, GreenIT DontResizeImageInBrowser): the browser downloads every pixel,
// then throws most of them away.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { EcoImageFact } from '../../../core/facts/eco.js';
import { bytesFr, responsesByUrl } from '../inputs.js';

/** Natural pixels over needed pixels (displayed box × device pixel ratio²) from which an image fails. */
const MAX_AREA_RATIO = 2;

export default defineEcoRule<EcoImageFact, 'eco' | 'network'>({
  id: 'image-resized-in-browser',
  version: 1,
  title: 'Image plus grande que sa taille d’affichage',
  description:
    'Chaque <img> affichée (boîte non vide) dont l’image est décodée, SVG exclus, est une cible. Elle échoue quand l’image a au moins deux fois plus de pixels que sa boîte affichée n’en demande (largeur × hauteur × densité de pixels², fenêtre de 1 920 × 1 080 à densité 1) et dépasse de plus de 2 px en largeur ou en hauteur (GreenIT-Analysis échoue dès 2 px de trop). Une image servie par srcset est jugée sur la source choisie. Économie estimée : le poids transféré × (1 − pixels nécessaires ÷ pixels de l’image).',
  rgesn: ['6.4'],
  practices: ['DontResizeImageInBrowser'],
  requires: ['eco', 'network'],
  applicability: ({ eco }) =>
    eco.images.filter(
      (image) =>
        image.tag === 'img' &&
        image.renderedWidth > 0 &&
        image.renderedHeight > 0 &&
        image.naturalWidth > 1 &&
        image.naturalHeight > 1 &&
        !/\.svg(\?|#|$)|^data:image\/svg/i.test(image.src),
    ),
  expectation: (image, { eco, network }) => {
    const ratio = eco.devicePixelRatio || 1;
    const neededW = image.renderedWidth * ratio;
    const neededH = image.renderedHeight * ratio;
    const areaRatio = (image.naturalWidth * image.naturalHeight) / (neededW * neededH);
    const oversized = image.naturalWidth > neededW + 2 || image.naturalHeight > neededH + 2;
    if (!oversized || areaRatio < MAX_AREA_RATIO) return ecoPassed();
    const bytes = responsesByUrl(network).get(image.src)?.transferBytes;
    const saving = bytes === undefined ? undefined : Math.round(bytes * (1 - 1 / areaRatio));
    return ecoFailed(
      `Image de ${image.naturalWidth} × ${image.naturalHeight} px affichée en ${image.renderedWidth} × ${image.renderedHeight} px : la redimensionner (ou proposer un srcset)${saving ? `, environ ${bytesFr(saving)} de moins` : ''}.`,
      {
        ...(bytes === undefined ? {} : { sizeBytes: bytes }),
        ...(saving === undefined ? {} : { saving: { bytes: saving } }),
      },
    );
  },
});
