// RGAA 1.1.6 (informative <object type="image/…">: role="img" and a text alternative, or an adjacent link or
// button to an alternative) and 1.2.3 (decorative: aria-hidden="true", no alternative, no text between the tags).

import {
  ariaOrTitleAlternative,
  EMPTY_ATTRIBUTE_MESSAGE,
  emptyAlternativeAttribute,
  filled,
  type ImageFact,
  presentational,
} from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const INFORMATIVE = ['1.1.6'];
const DECORATIVE = ['1.2.3'];

function verdict(object: ImageFact) {
  const alternative = ariaOrTitleAlternative(object);
  if (object.ariaHidden) {
    return alternative || filled(object.fallbackText)
      ? cantTell(
          'Image objet masquée par aria-hidden mais pourvue d’une alternative (aria-label, aria-labelledby, title ou texte entre <object> et </object>) : si elle est décorative, retirer l’alternative ; sinon retirer aria-hidden.',
          [...INFORMATIVE, ...DECORATIVE],
        )
      : emptyAlternativeAttribute(object)
        ? cantTell(EMPTY_ATTRIBUTE_MESSAGE, DECORATIVE)
        : passed('', DECORATIVE);
  }
  if (object.role === 'img' && alternative) return passed('', INFORMATIVE);
  if (object.adjacentControl) {
    return cantTell(
      'Image objet sans role="img" et alternative, à côté d’un lien ou bouton : vérifier qu’il donne accès à un contenu alternatif (sinon ajouter role="img" et un aria-label).',
      INFORMATIVE,
    );
  }
  if (presentational(object) && !alternative) {
    return failed(
      'Image objet décorative (role="presentation") non masquée : ajouter aria-hidden="true".',
      DECORATIVE,
    );
  }
  if (alternative) {
    return failed(
      'Image objet pourvue d’une alternative mais sans role="img" : ajouter role="img".',
      INFORMATIVE,
    );
  }
  return object.inControlWithText
    ? failed(
        'Image objet décorative (dans un lien ou bouton qui a déjà un texte) non masquée : ajouter aria-hidden="true".',
        DECORATIVE,
      )
    : failed(
        'Image objet ni masquée ni pourvue de role="img" et d’une alternative : si elle porte une information, ajouter role="img" et un aria-label ; si elle est décorative, ajouter aria-hidden="true".',
        INFORMATIVE,
      );
}

export default defineRule({
  id: 'object-image-alternative-missing',
  version: 1,
  family: 'a11y',
  title: 'Image objet (<object type="image/…">) sans role="img" et alternative, ou décorative non masquée',
  description:
    'Chaque <object> affiché dont le type commence par image est classé selon son balisage. Masqué par aria-hidden : conforme au 1.2.3 sans aria-label, aria-labelledby, title ni texte entre les balises, à vérifier sinon. role="img" avec aria-label, aria-labelledby ou title non vide : conforme au 1.1.6. Un lien ou bouton juste avant ou après : à vérifier (contenu alternatif adjacent). Sinon non conforme : au 1.2.3 s’il a role="presentation" ou s’il est dans un lien ou bouton qui a déjà un texte, au 1.1.6 dans les autres cas. Limite : un « mécanisme de remplacement » ailleurs dans la page n’est pas recherché. Un attribut aria-label, aria-labelledby ou title présent mais vide sur une image masquée ou à alt vide est « à vérifier » : la condition du test (pas d’alternative) est remplie, sa procédure (pas d’attribut) ne l’est pas.',
  rgaa: ['1.1.6', '1.2.3'],
  wcag: ['1.1.1', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter(
      (image) => image.kind === 'object' && image.visible && !(image.captioned && image.ariaHidden),
    ),
  expectation: verdict,
});
