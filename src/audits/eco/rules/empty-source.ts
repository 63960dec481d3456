// Empty src and href (GreenIT EmptySrcTag): an empty address points at the page itself, which some browsers and
// crawlers request again.

import { defineEcoRule, type EcoTarget, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

export default defineEcoRule<EcoTarget & { empty: boolean }, 'eco'>({
  id: 'empty-source',
  version: 1,
  title: 'Attribut src ou href vide',
  description:
    'Chaque img[src=""], script[src=""] et link[rel=stylesheet][href=""] échoue ; sans aucun, la page passe quand elle a au moins une image, un script externe ou une feuille de style. Économie estimée : une requête par élément (le navigateur peut redemander la page).',
  rgesn: [],
  practices: ['EmptySrcTag'],
  requires: ['eco'],
  applicability: (inputs) => {
    const { eco } = inputs;
    if (eco.emptySources.length > 0) return eco.emptySources.map((element) => ({ ...element, empty: true }));
    return eco.sourceElements > 0 ? [{ ...pageTarget(inputs), empty: false }] : [];
  },
  expectation: (target) =>
    target.empty
      ? ecoFailed('Adresse vide : retirer l’élément ou lui donner sa vraie adresse.', {
          saving: { requests: 1 },
        })
      : ecoPassed(),
});
