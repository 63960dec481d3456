// RGAA 1.2.1 (decorative <img> without caption: alt="" and no other alternative, or aria-hidden="true" /
// role="presentation") and 1.2.2 (decorative <area> without href, same conditions). An image the markup declares
// decorative (empty alt, aria-hidden, role presentation/none) is checked; one with an alternative is informative
// (theme 1.1 and 1.3), one without any alt is left to axe's image-alt (1.1.1).

import {
  ariaOrTitleAlternative,
  EMPTY_ATTRIBUTE_MESSAGE,
  emptyAlternativeAttribute,
  filled,
  type ImageFact,
  presentational,
} from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const testOf = (image: ImageFact): string[] => (image.kind === 'area' ? ['1.2.2'] : ['1.2.1']);

const declaredDecorative = (image: ImageFact): boolean =>
  image.ariaHidden !== null || presentational(image) || (image.alt !== null && image.alt.trim() === '');

function verdict(image: ImageFact) {
  // aria-describedby is not in the RGAA's list, but a description on an image meant to be ignored contradicts it.
  const conflicting = ariaOrTitleAlternative(image) || filled(image.describedbyText);
  if (!conflicting) {
    return emptyAlternativeAttribute(image)
      ? cantTell(EMPTY_ATTRIBUTE_MESSAGE, testOf(image))
      : passed('', testOf(image));
  }
  // Beside the text of its own link or button, the image repeats that text: it is decorative for sure.
  if (image.inControlWithText) {
    return failed(
      'Image de décoration (le lien ou bouton qui la contient a déjà un texte) pourvue d’un aria-label, aria-labelledby, aria-describedby ou title : retirer ces attributs.',
      testOf(image),
    );
  }
  return cantTell(
    image.ariaHidden !== null || presentational(image)
      ? 'Image masquée (aria-hidden ou role="presentation") mais pourvue d’un aria-label, aria-labelledby, aria-describedby ou title : si elle est décorative, retirer ces attributs ; si elle porte une information, ne pas la masquer.'
      : 'Image avec alt="" mais pourvue d’un aria-label, aria-labelledby, aria-describedby ou title : si elle est décorative, retirer ces attributs ; si elle porte une information, renseigner l’attribut alt.',
    testOf(image),
  );
}

export default defineRule({
  id: 'decorative-image-not-ignored',
  version: 1,
  family: 'a11y',
  title: 'Image de décoration (<img>, <area> sans href) non ignorée par les technologies d’assistance',
  description:
    'Cible les <img> affichées sans légende (hors <figure> à <figcaption>) et les <area> sans href d’une image affichée que le balisage déclare décoratives : alt vide, aria-hidden="true" (sur elles ou un ancêtre) ou role="presentation"/"none". Conforme (1.2.1, 1.2.2) sans aria-label, aria-labelledby, title ni aria-describedby non vides. Avec l’un d’eux : non conforme si l’image est dans un lien ou bouton qui a déjà son propre texte (elle le répète, elle est donc décorative), à vérifier sinon, car l’image peut aussi être porteuse d’information mal masquée (critère 1.1). Une image avec une alternative non vide est traitée comme porteuse d’information ; une <img> sans alt relève du 1.1.1 (axe image-alt). Limite : une image de décoration pourvue d’une alternative non vide n’est pas détectée. Un attribut aria-label, aria-labelledby ou title présent mais vide sur une image masquée ou à alt vide est « à vérifier » : la condition du test (pas d’alternative) est remplie, sa procédure (pas d’attribut) ne l’est pas.',
  rgaa: ['1.2.1', '1.2.2'],
  wcag: ['1.1.1', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter(
      (image) =>
        ((image.kind === 'img' && !image.captioned) || (image.kind === 'area' && !image.href)) &&
        image.visible &&
        declaredDecorative(image),
    ),
  expectation: verdict,
});
