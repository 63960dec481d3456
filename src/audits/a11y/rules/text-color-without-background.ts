// RGAA 10.5.1 / WCAG 1.4.3: each CSS text colour declaration comes with a background colour declaration on the
// element or an ancestor. Colour declarations are read through the CSSOM; backgrounds from computed styles.

import type { ColourPairing } from '../../../core/facts/rendering.js';
import { cantTell, defineRule, failed, passed, type RuleTarget } from '../../../core/rule.js';

interface Target extends RuleTarget {
  pairing?: ColourPairing;
}

export default defineRule<Target, 'rendering'>({
  id: 'text-color-without-background',
  version: 1,
  family: 'a11y',
  title: 'Couleur de texte déclarée sans couleur de fond',
  description:
    'Les déclarations color des feuilles de style lisibles (même origine, media et @supports applicables, hors états :hover/:focus) et des attributs style sont rapportées aux éléments qui contiennent du texte visible (3 000 au plus). Pour chaque élément qui déclare la couleur héritée par ces textes, échec quand au moins un texte n’a de couleur de fond calculée ni sur lui ni sur aucun parent jusqu’à <html> ; à vérifier quand le fond n’est qu’une image (test 10.5.3) ou quand des feuilles de style ne sont pas lisibles (autre origine, CSS imbriqué) ; validé sinon. Les couleurs par défaut du navigateur (liens, champs) ne sont pas des déclarations.',
  rgaa: ['10.5.1'],
  wcag: ['1.4.3'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => [
    ...rendering.textColours.map((pairing) => ({
      selector: pairing.selector,
      snippet: pairing.snippet,
      pairing,
    })),
    ...(rendering.unreadableSheets.length > 0 && rendering.hasText ? [rendering.root] : []),
  ],
  expectation: (target, { rendering }) => {
    const pairing = target.pairing;
    if (!pairing)
      return cantTell(
        `Feuilles de style illisibles (${rendering.unreadableSheets.slice(0, 3).join(', ')}) : vérifier à la main que chaque couleur de texte qu’elles déclarent a une couleur de fond.`,
      );
    if (pairing.withoutBackground > 0)
      return failed(
        `Couleur de texte déclarée (color) sans aucune couleur de fond sur l’élément ni ses parents (par ex. ${pairing.sample}) : déclarer une couleur de fond (background-color), au moins sur body.`,
      );
    if (pairing.onImageOnly > 0)
      return cantTell(
        `Le texte coloré est posé sur une image de fond sans couleur de fond (par ex. ${pairing.sample}) : vérifier qu’une couleur de fond est déclarée.`,
      );
    return passed();
  },
});
