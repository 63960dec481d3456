// RGAA 10.5.2 / WCAG 1.4.3: each background colour declaration behind text comes with a text colour declaration,
// at least inherited. Declarations read through the CSSOM (same-origin sheets) and style attributes.

import type { ColourPairing } from '../../../core/facts/rendering.js';
import { cantTell, defineRule, failed, passed, type RuleTarget } from '../../../core/rule.js';

interface Target extends RuleTarget {
  pairing?: ColourPairing;
}

export default defineRule<Target, 'rendering'>({
  id: 'background-color-without-text-color',
  version: 1,
  family: 'a11y',
  title: 'Couleur de fond déclarée sans couleur de texte',
  description:
    'Pour chaque élément dont la couleur de fond est déclarée par l’auteur (feuilles de style lisibles, attribut style, bgcolor) et sur laquelle est posé du texte visible, les textes doivent avoir une couleur déclarée par l’auteur sur eux ou un parent. Échec quand un texte n’en a aucune ; à vérifier quand des feuilles de style ne sont pas lisibles (la couleur peut y être déclarée) ou quand le texte garde la couleur par défaut du navigateur (liens, champs de formulaire) ; validé sinon.',
  rgaa: ['10.5.2'],
  wcag: ['1.4.3'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => [
    ...rendering.backgroundColours.map((pairing) => ({
      selector: pairing.selector,
      snippet: pairing.snippet,
      pairing,
    })),
    ...(rendering.unreadableSheets.length > 0 && rendering.hasText ? [rendering.root] : []),
  ],
  expectation: (target, { rendering }) => {
    const pairing = target.pairing;
    const unreadable = rendering.unreadableSheets.length > 0;
    if (!pairing)
      return cantTell(
        `Feuilles de style illisibles (${rendering.unreadableSheets.slice(0, 3).join(', ')}) : vérifier à la main que chaque couleur de fond qu’elles déclarent a une couleur de texte.`,
      );
    if (pairing.withoutColour > 0 && !unreadable)
      return failed(
        `Couleur de fond déclarée sans couleur de texte, ni sur l’élément ni sur ses parents (par ex. ${pairing.sample}) : déclarer aussi la couleur du texte (color).`,
      );
    if (pairing.withoutColour > 0)
      return cantTell(
        `Aucune couleur de texte trouvée pour ce fond (par ex. ${pairing.sample}), mais des feuilles de style n’ont pas pu être lues : vérifier à la main.`,
      );
    if (pairing.defaultColour > 0)
      return cantTell(
        `Du texte sur ce fond garde la couleur par défaut du navigateur (lien ou champ, par ex. ${pairing.sample}) : vérifier qu’une couleur lui est déclarée.`,
      );
    return passed();
  },
});
