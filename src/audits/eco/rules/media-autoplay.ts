// Video and sound that start on their own (RGESN 4.1): `autoplay`, a player already playing with no user action,
// or an embedded platform player asked to autoplay.

import type { EcoInputs } from '../../../core/eco-rule.js';
import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, sentRequests } from '../inputs.js';

interface MediaTarget extends EcoTarget {
  autoplay: boolean;
  playing: boolean;
  src: string;
}

/** Bytes received for a media address (range requests give several entries). */
export function mediaBytes(network: EcoInputs['network'], src: string): number {
  if (!src) return 0;
  return sentRequests(network)
    .filter((entry) => entry.url === src)
    .reduce((sum, entry) => sum + entry.transferBytes, 0);
}

export default defineEcoRule<MediaTarget, 'eco' | 'network'>({
  id: 'media-autoplay',
  version: 1,
  title: 'Vidéo ou son lancé automatiquement',
  description:
    'Chaque <video> et <audio> de la page, et chaque lecteur intégré d’une plateforme (YouTube, Vimeo, Dailymotion…), est une cible. Elle échoue avec l’attribut autoplay, quand la lecture est en cours sans action de l’utilisateur, ou quand l’adresse du lecteur demande autoplay=1 (RGESN 4.1). Économie estimée : les octets reçus pour ce média pendant la visite (inconnus pour un lecteur intégré, dont le flux n’est pas rattachable).',
  rgesn: ['4.1'],
  practices: [],
  requires: ['eco', 'network'],
  applicability: ({ eco }) => [
    ...eco.media.map((media) => ({
      selector: media.selector,
      snippet: media.snippet,
      autoplay: media.autoplay,
      playing: !media.paused,
      src: media.src,
    })),
    ...eco.players.map((player) => ({
      selector: player.selector,
      snippet: player.snippet,
      autoplay: player.autoplay,
      playing: false,
      src: '',
    })),
  ],
  expectation: (target, { network }) => {
    if (!target.autoplay && !target.playing) return ecoPassed();
    const bytes = mediaBytes(network, target.src);
    return ecoFailed(
      `Lecture automatique${bytes > 0 ? ` (${bytesFr(bytes)} reçus pendant la visite)` : ''} : ne lancer la lecture qu’à la demande de l’utilisateur.`,
      bytes > 0 ? { sizeBytes: bytes, saving: { bytes } } : {},
    );
  },
});
