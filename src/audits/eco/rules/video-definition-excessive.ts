// Videos whose definition far exceeds their displayed size (RGESN 5.3): pixels downloaded nobody sees.

import { defineEcoRule, type EcoTarget, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';

/** Displayed size × this factor (a high-density screen, some margin) is still a fair definition. */
const FACTOR = 2;

type Target = EcoTarget & {
  videoWidth: number;
  videoHeight: number;
  renderedWidth: number;
  renderedHeight: number;
};

export default defineEcoRule<Target, 'eco'>({
  id: 'video-definition-excessive',
  version: 1,
  title: 'Vidéo d’une définition très supérieure à sa taille d’affichage',
  description:
    'Chaque <video> affichée est une cible. Elle échoue quand sa définition dépasse le double de sa taille d’affichage dans les deux dimensions (écrans haute densité compris), par exemple une vidéo 1920 × 1080 affichée en 640 × 360 ; elle passe sinon. Une vidéo dont la définition n’est pas connue (métadonnées non chargées, preload="none") est « à vérifier ». Non applicable sans vidéo. Économie non chiffrée (dépend de la durée regardée).',
  rgesn: ['5.3'],
  practices: [],
  requires: ['eco'],
  applicability: ({ eco }) =>
    (eco.more?.videos ?? []).filter((video) => video.renderedWidth > 0 && video.renderedHeight > 0),
  expectation: (video) => {
    if (video.videoWidth === 0 || video.videoHeight === 0)
      return ecoCantTell(
        'La définition de cette vidéo n’est pas connue (métadonnées non chargées) : vérifier qu’elle est adaptée à sa taille d’affichage.',
      );
    if (video.videoWidth > video.renderedWidth * FACTOR && video.videoHeight > video.renderedHeight * FACTOR)
      return ecoFailed(
        `Vidéo en ${video.videoWidth} × ${video.videoHeight} affichée en ${video.renderedWidth} × ${video.renderedHeight} : proposer une définition adaptée (sources multiples ou diffusion adaptative).`,
      );
    return ecoPassed();
  },
});
