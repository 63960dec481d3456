// Video and sound preloaded whole (RGESN 6.5): `preload="auto"` downloads media nobody asked to play.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { EcoMediaFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';
import { mediaBytes } from './media-autoplay.js';

export default defineEcoRule<EcoMediaFact, 'eco' | 'network'>({
  id: 'media-preload-eager',
  version: 1,
  title: 'Vidéo ou son préchargé sans lecture demandée',
  description:
    'Chaque <video> et <audio> sans lecture automatique est une cible (les lectures automatiques relèvent de media-autoplay). Elle échoue avec preload="auto" (ou preload vide, qui vaut auto) ; preload="none" ou "metadata", ou l’absence de preload (Chromium précharge alors les métadonnées), passent. Économie estimée : les octets reçus pour ce média pendant la visite.',
  rgesn: ['6.5'],
  practices: [],
  requires: ['eco', 'network'],
  applicability: ({ eco }) => eco.media.filter((media) => !media.autoplay && media.paused),
  expectation: (media, { network }) => {
    if (media.preload !== 'auto' && media.preload !== '') return ecoPassed();
    const bytes = mediaBytes(network, media.src);
    return ecoFailed(
      `preload="${media.preload}"${bytes > 0 ? ` (${bytesFr(bytes)} reçus)` : ''} : utiliser preload="none" ou "metadata".`,
      bytes > 0 ? { sizeBytes: bytes, saving: { bytes } } : {},
    );
  },
});
