// RGAA 1.3.9: the text alternative of an informative image is short and concise. A length alone never proves it
// concise (failures only): beyond 150 characters it is worth a look, beyond 300 it is no longer short.

import type { ImageFact } from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

/** Past this, a person should check (a long alternative usually hides a detailed description, RGAA 1.6). */
export const CHECK_FROM_CHARS = 150;
/** Past this, the alternative is not short: the details belong in a detailed description (RGAA 1.6). */
export const FAIL_FROM_CHARS = 300;

function verdict(image: ImageFact) {
  const length = image.nameLength;
  if (length > FAIL_FROM_CHARS) {
    return failed(
      `Alternative de plus de ${FAIL_FROM_CHARS} caractères : la raccourcir et déplacer le détail dans une description détaillée (lien adjacent, aria-describedby).`,
    );
  }
  if (length > CHECK_FROM_CHARS) {
    return cantTell(
      `Alternative de plus de ${CHECK_FROM_CHARS} caractères : vérifier qu’elle est courte et concise, sinon déplacer le détail dans une description détaillée.`,
    );
  }
  return passed();
}

export default defineRule({
  id: 'image-alternative-too-long',
  version: 1,
  family: 'a11y',
  title: 'Alternative textuelle d’image trop longue',
  description: `Cible les images exposées aux technologies d’assistance qui ont un nom accessible. Au-delà de ${CHECK_FROM_CHARS} caractères : à vérifier ; au-delà de ${FAIL_FROM_CHARS} : non conforme (l’alternative n’est plus courte, le détail relève d’une description détaillée, critère 1.6). En deçà, le test reste non testé : la concision se juge à la lecture.`,
  rgaa: ['1.3.9'],
  wcag: ['1.1.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter(
      (image) =>
        image.visible &&
        image.ariaHidden === null &&
        image.role !== 'presentation' &&
        image.role !== 'none' &&
        image.name !== '',
    ),
  expectation: verdict,
});
