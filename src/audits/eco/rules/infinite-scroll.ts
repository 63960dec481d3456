// Infinite scroll (RGESN 4.2): content appended when the reader reaches the bottom loads pages nobody asked for.
// Seen in the measurement: after the scroll to the bottom and the settle, the page grew.

import { defineEcoRule, type EcoTarget, ecoCantTell, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

/** Growth that looks like appended content rather than late images: elements and at least half a screen. */
const MIN_ELEMENTS = 20;
const MIN_HEIGHT_PX = 400;

export default defineEcoRule<EcoTarget, never>({
  id: 'infinite-scroll',
  version: 1,
  title: 'Défilement infini',
  description:
    'Cible la page quand la mesure l’a fait défiler jusqu’en bas (page plus haute que la fenêtre). Quand, une fois la page revenue au calme, elle a gagné au moins 20 éléments et 400 px de hauteur, c’est probablement un défilement infini (ou un chargement de contenu au défilement) : « à vérifier », car des images ou des blocs chargés tard peuvent aussi agrandir la page. Sinon la page passe. Non applicable quand la page n’a pas défilé ; instantanés antérieurs à cette mesure : « à vérifier ». La règle ne conclut jamais à l’échec seule (RGESN 4.2 : afficher uniquement des contenus sans défilement infini).',
  rgesn: ['4.2'],
  practices: [],
  requires: [],
  applicability: (inputs) => (inputs.page.measurement?.scrollGrowth === null ? [] : [pageTarget(inputs)]),
  expectation: (_, { page }) => {
    const growth = page.measurement?.scrollGrowth;
    if (!growth)
      return ecoCantTell('La croissance de la page au défilement n’a pas été mesurée sur cet instantané.');
    if (growth.elements >= MIN_ELEMENTS && growth.heightPx >= MIN_HEIGHT_PX)
      return ecoCantTell(
        `Arrivée en bas, la page a gagné ${growth.elements} éléments et ${growth.heightPx} px : vérifier qu’il ne s’agit pas d’un défilement infini (préférer une pagination ou un bouton « Voir plus »).`,
      );
    return ecoPassed();
  },
});
