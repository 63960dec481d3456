// RGAA 1.1.8 (informative <canvas>: role="img" with aria-label/aria-labelledby, or alternative content between
// the tags, or an adjacent link or button) and 1.2.5 (decorative: aria-hidden="true", no alternative, no text
// between the tags).

import {
  ariaOrTitleAlternative,
  EMPTY_ATTRIBUTE_MESSAGE,
  emptyAlternativeAttribute,
  filled,
  type ImageFact,
  presentational,
} from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const INFORMATIVE = ['1.1.8'];
const DECORATIVE = ['1.2.5'];

function verdict(canvas: ImageFact) {
  if (canvas.ariaHidden) {
    return ariaOrTitleAlternative(canvas) || filled(canvas.fallbackText)
      ? cantTell(
          'Canvas masqué par aria-hidden mais pourvu d’une alternative (aria-label, aria-labelledby, title ou texte entre <canvas> et </canvas>) : s’il est décoratif, retirer l’alternative ; sinon retirer aria-hidden.',
          [...INFORMATIVE, ...DECORATIVE],
        )
      : emptyAlternativeAttribute(canvas)
        ? cantTell(EMPTY_ATTRIBUTE_MESSAGE, DECORATIVE)
        : passed('', DECORATIVE);
  }
  // RGAA 1.1.8 note: with role="img", only aria-label and aria-labelledby count (not the content between tags).
  const labelled = filled(canvas.ariaLabel) || filled(canvas.labelledbyText);
  if (canvas.role === 'img' && labelled) return passed('', INFORMATIVE);
  if (canvas.role !== 'img' && !presentational(canvas) && filled(canvas.fallbackText)) {
    return passed('', INFORMATIVE);
  }
  if (canvas.adjacentControl) {
    return cantTell(
      'Canvas sans alternative, à côté d’un lien ou bouton : vérifier qu’il donne accès à un contenu alternatif (sinon ajouter role="img" et un aria-label).',
      INFORMATIVE,
    );
  }
  if (canvas.role === 'img') {
    return failed(
      'Canvas avec role="img" sans aria-label ni aria-labelledby (le texte entre les balises ne compte pas avec ce rôle) : ajouter un aria-label.',
      INFORMATIVE,
    );
  }
  if (presentational(canvas) || (canvas.inControlWithText && !labelled)) {
    return failed('Canvas décoratif non masqué : ajouter aria-hidden="true".', DECORATIVE);
  }
  return labelled
    ? failed('Canvas pourvu d’un aria-label mais sans role="img" : ajouter role="img".', INFORMATIVE)
    : failed(
        'Canvas ni masqué ni pourvu d’une alternative : s’il porte une information, ajouter role="img" et un aria-label (ou un contenu alternatif entre les balises) ; s’il est décoratif, ajouter aria-hidden="true".',
        INFORMATIVE,
      );
}

export default defineRule({
  id: 'canvas-image-alternative-missing',
  version: 1,
  family: 'a11y',
  title: 'Image bitmap (<canvas>) sans alternative, ou décorative non masquée',
  description:
    'Chaque <canvas> affiché (boîte non nulle) est classé selon son balisage. Masqué par aria-hidden : conforme au 1.2.5 sans aria-label, aria-labelledby, title ni texte entre les balises, à vérifier sinon. role="img" avec aria-label ou aria-labelledby non vide, ou sans role="img" avec un texte entre les balises : conforme au 1.1.8. Un lien ou bouton juste avant ou après : à vérifier. Sinon non conforme : au 1.2.5 s’il a role="presentation" ou s’il est dans un lien ou bouton qui a déjà un texte, au 1.1.8 dans les autres cas. Limite : un « mécanisme de remplacement » ailleurs dans la page n’est pas recherché. Un attribut aria-label, aria-labelledby ou title présent mais vide sur une image masquée ou à alt vide est « à vérifier » : la condition du test (pas d’alternative) est remplie, sa procédure (pas d’attribut) ne l’est pas.',
  rgaa: ['1.1.8', '1.2.5'],
  wcag: ['1.1.1', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter(
      (image) => image.kind === 'canvas' && image.visible && !(image.captioned && image.ariaHidden),
    ),
  expectation: verdict,
});
