// RGAA 1.1.5 (informative <svg>: role="img" and a text alternative) and 1.2.4 (decorative <svg>: aria-hidden="true",
// no alternative, empty or absent <title>/<desc>, no title attribute). The markup says which the author meant:
// aria-hidden or role="presentation" declares it decorative, role="img" or an alternative informative.

import {
  EMPTY_ATTRIBUTE_MESSAGE,
  emptyAlternativeAttribute,
  filled,
  type ImageFact,
} from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const INFORMATIVE = ['1.1.5'];
const DECORATIVE = ['1.2.4'];

/** RGAA 1.1.5 step 5: <title>, aria-labelledby, aria-label. */
const alternative = (svg: ImageFact): boolean =>
  filled(svg.svgTitle) || filled(svg.ariaLabel) || filled(svg.labelledbyText);

/** RGAA 1.2.4: anything that could serve as an alternative, on the svg or its children. */
const anyAlternative = (svg: ImageFact): boolean =>
  alternative(svg) || filled(svg.svgDesc) || filled(svg.title) || svg.svgDescendantAlternative;

function verdict(svg: ImageFact) {
  if (svg.ariaHidden) {
    return anyAlternative(svg)
      ? cantTell(
          'SVG masqué par aria-hidden mais pourvu d’une alternative (<title>, <desc>, aria-label ou title) : s’il est décoratif, retirer ces alternatives ; s’il porte une information, retirer aria-hidden et ajouter role="img".',
          [...INFORMATIVE, ...DECORATIVE],
        )
      : emptyAlternativeAttribute(svg)
        ? cantTell(EMPTY_ATTRIBUTE_MESSAGE, DECORATIVE)
        : passed('', DECORATIVE);
  }
  if (svg.role === 'img') {
    return alternative(svg)
      ? passed('', INFORMATIVE)
      : failed(
          'SVG avec role="img" sans alternative : ajouter un élément <title>, un aria-label ou un aria-labelledby (ou aria-hidden="true" s’il est décoratif).',
          INFORMATIVE,
        );
  }
  if (svg.role === 'presentation' || svg.role === 'none') {
    return anyAlternative(svg)
      ? cantTell(
          'SVG avec role="presentation" mais pourvu d’une alternative : s’il porte une information, utiliser role="img" ; sinon retirer l’alternative et ajouter aria-hidden="true".',
          [...INFORMATIVE, ...DECORATIVE],
        )
      : failed(
          'SVG décoratif (role="presentation") non masqué : ajouter aria-hidden="true", seul moyen admis par le RGAA pour un SVG.',
          DECORATIVE,
        );
  }
  if (alternative(svg)) {
    return failed(
      'SVG pourvu d’une alternative mais sans role="img" : ajouter role="img" sur la balise <svg>.',
      INFORMATIVE,
    );
  }
  // Neither hidden nor given a role and an alternative: an icon beside the text of its link or button is
  // decorative (1.2.4), any other image is treated like axe treats an <img> without alt (1.1.x).
  return svg.inControlWithText
    ? failed(
        'SVG décoratif (icône d’un lien ou bouton qui a déjà un texte) non masqué : ajouter aria-hidden="true".',
        DECORATIVE,
      )
    : failed(
        'SVG ni masqué ni pourvu de role="img" et d’une alternative : s’il porte une information, ajouter role="img" et un <title> ou aria-label ; s’il est décoratif, ajouter aria-hidden="true".',
        INFORMATIVE,
      );
}

export default defineRule({
  id: 'svg-image-alternative-missing',
  version: 1,
  family: 'a11y',
  title: 'Image vectorielle (<svg>) sans role="img" et alternative, ou décorative non masquée',
  description:
    'Chaque <svg> affiché (hors SVG imbriqué, hors SVG de taille nulle) est classé selon son balisage. Masqué par aria-hidden (sur lui ou un ancêtre) : conforme au 1.2.4 s’il n’a aucune alternative (ni <title>/<desc> non vides, ni aria-label, aria-labelledby ou title, sur lui ou ses enfants), à vérifier sinon. role="img" : conforme au 1.1.5 avec un <title>, un aria-label ou un aria-labelledby non vide, non conforme sinon. role="presentation" sans alternative : non conforme au 1.2.4 (aria-hidden exigé). Sans rôle mais avec une alternative : non conforme au 1.1.5 (role="img" manquant). Sans rôle ni alternative : non conforme au 1.2.4 s’il est l’icône d’un lien ou bouton qui a déjà un texte, au 1.1.5 sinon (comme axe pour une <img> sans alt). Un attribut aria-label, aria-labelledby ou title présent mais vide sur une image masquée ou à alt vide est « à vérifier » : la condition du test (pas d’alternative) est remplie, sa procédure (pas d’attribut) ne l’est pas.',
  rgaa: ['1.1.5', '1.2.4'],
  wcag: ['1.1.1', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter(
      (image) =>
        image.kind === 'svg' &&
        image.visible &&
        [null, 'img', 'presentation', 'none'].includes(image.role) &&
        // 1.2.4 is about decorative images without a caption: a hidden captioned svg is out of both tests.
        !(image.captioned && image.ariaHidden),
    ),
  expectation: verdict,
});
