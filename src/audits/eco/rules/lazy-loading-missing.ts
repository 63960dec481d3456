// Images and frames below the fold loaded at once (RGESN 6.5): `loading="lazy"` defers them until the visitor
// scrolls near them, and most visitors never do.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { EcoImageFact } from '../../../core/facts/eco.js';
import { bytesFr, responsesByUrl } from '../inputs.js';

export default defineEcoRule<EcoImageFact, 'eco' | 'network'>({
  id: 'lazy-loading-missing',
  version: 1,
  title: 'Image ou cadre sous la ligne de flottaison chargé sans lazy loading',
  description:
    'Chaque <img> et <iframe> affichée avec une source http(s) dont le haut est sous la ligne de flottaison (à plus d’une hauteur de fenêtre du haut du document, 1 080 px par défaut) est une cible ; elle passe avec loading="lazy", échoue sinon. Une image marquée pour un script de lazy loading (data-src, data-srcset, data-lazy…, classe « lazy… ») passe aussi. Économie estimée : le poids de la ressource, pour les visiteurs qui ne font pas défiler la page.',
  rgesn: ['6.5'],
  practices: [],
  requires: ['eco', 'network'],
  applicability: ({ eco }) =>
    eco.images.filter(
      (image) =>
        /^https?:/i.test(image.src) &&
        image.renderedWidth > 0 &&
        image.renderedHeight > 0 &&
        image.top >= eco.viewportHeight,
    ),
  expectation: (image, { network }) => {
    if (image.loading === 'lazy' || image.lazyScript) return ecoPassed();
    const bytes = responsesByUrl(network).get(image.src)?.transferBytes;
    return ecoFailed(
      `${image.tag === 'img' ? 'Image' : 'Cadre'} à ${image.top} px du haut, chargé dès l’arrivée${bytes ? ` (${bytesFr(bytes)})` : ''} : ajouter loading="lazy".`,
      bytes === undefined ? {} : { sizeBytes: bytes, saving: { bytes } },
    );
  },
});
