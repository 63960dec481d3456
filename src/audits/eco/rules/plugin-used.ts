// Plugins (RGESN 1.9, GreenIT Plugins): <object> and <embed> of non-image content need proprietary players.

import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

export default defineEcoRule<EcoTarget & { plugin: boolean }, 'eco'>({
  id: 'plugin-used',
  version: 1,
  title: 'Contenu embarqué par un plugin (object, embed)',
  description:
    'Chaque <object> et <embed> qui n’affiche pas une image (Flash, lecteur, PDF embarqué…) échoue : il dépend d’une technologie spécifique plutôt que des standards du navigateur (RGESN 1.9). Sans aucun, la page passe. Pas d’économie chiffrée.',
  rgesn: ['1.9'],
  practices: ['Plugins'],
  requires: ['eco'],
  applicability: (inputs) =>
    inputs.eco.plugins.length > 0
      ? inputs.eco.plugins.map((element) => ({ ...element, plugin: true }))
      : [{ ...pageTarget(inputs), plugin: false }],
  expectation: (target) =>
    target.plugin
      ? ecoFailed(
          'Contenu embarqué par object ou embed : utiliser les éléments HTML standard (video, audio, img, lien).',
        )
      : ecoPassed(),
});
