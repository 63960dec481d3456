// RGAA 1.1.7 (informative <embed type="image/…">: role="img" and a text alternative, or an adjacent link or
// button to an alternative) and 1.2.6 (decorative: aria-hidden="true", no alternative).

import {
  ariaOrTitleAlternative,
  EMPTY_ATTRIBUTE_MESSAGE,
  emptyAlternativeAttribute,
  type ImageFact,
  presentational,
} from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const INFORMATIVE = ['1.1.7'];
const DECORATIVE = ['1.2.6'];

function verdict(embed: ImageFact) {
  const alternative = ariaOrTitleAlternative(embed);
  if (embed.ariaHidden) {
    return alternative
      ? cantTell(
          'Image embarquée masquée par aria-hidden mais pourvue d’une alternative (aria-label, aria-labelledby ou title) : si elle est décorative, retirer l’alternative ; sinon retirer aria-hidden.',
          [...INFORMATIVE, ...DECORATIVE],
        )
      : emptyAlternativeAttribute(embed)
        ? cantTell(EMPTY_ATTRIBUTE_MESSAGE, DECORATIVE)
        : passed('', DECORATIVE);
  }
  if (embed.role === 'img' && alternative) return passed('', INFORMATIVE);
  if (embed.adjacentControl) {
    return cantTell(
      'Image embarquée sans role="img" et alternative, à côté d’un lien ou bouton : vérifier qu’il donne accès à un contenu alternatif (sinon ajouter role="img" et un aria-label).',
      INFORMATIVE,
    );
  }
  if (presentational(embed) && !alternative) {
    return failed(
      'Image embarquée décorative (role="presentation") non masquée : ajouter aria-hidden="true".',
      DECORATIVE,
    );
  }
  if (alternative) {
    return failed(
      'Image embarquée pourvue d’une alternative mais sans role="img" : ajouter role="img".',
      INFORMATIVE,
    );
  }
  return embed.inControlWithText
    ? failed(
        'Image embarquée décorative (dans un lien ou bouton qui a déjà un texte) non masquée : ajouter aria-hidden="true".',
        DECORATIVE,
      )
    : failed(
        'Image embarquée ni masquée ni pourvue de role="img" et d’une alternative : si elle porte une information, ajouter role="img" et un aria-label ; si elle est décorative, ajouter aria-hidden="true".',
        INFORMATIVE,
      );
}

export default defineRule({
  id: 'embed-image-alternative-missing',
  version: 1,
  family: 'a11y',
  title: 'Image embarquée (<embed type="image/…">) sans role="img" et alternative, ou décorative non masquée',
  description:
    'Chaque <embed> affiché dont le type commence par image est classé selon son balisage. Masqué par aria-hidden : conforme au 1.2.6 sans aria-label, aria-labelledby ni title, à vérifier sinon. role="img" avec aria-label, aria-labelledby ou title non vide : conforme au 1.1.7. Un lien ou bouton juste avant ou après : à vérifier (contenu alternatif adjacent). Sinon non conforme : au 1.2.6 s’il a role="presentation" ou s’il est dans un lien ou bouton qui a déjà un texte, au 1.1.7 dans les autres cas. Limite : un « mécanisme de remplacement » ailleurs dans la page n’est pas recherché. Un attribut aria-label, aria-labelledby ou title présent mais vide sur une image masquée ou à alt vide est « à vérifier » : la condition du test (pas d’alternative) est remplie, sa procédure (pas d’attribut) ne l’est pas.',
  rgaa: ['1.1.7', '1.2.6'],
  wcag: ['1.1.1', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter(
      (image) => image.kind === 'embed' && image.visible && !(image.captioned && image.ariaHidden),
    ),
  expectation: verdict,
});
