// RGAA 1.6.9: an image that uses aria-describedby for its detailed description must actually associate it: the
// ids must point to existing elements that hold text. Whether the description is relevant is RGAA 1.7.

import type { ImageFact } from '../../../core/facts/images.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

function verdict(image: ImageFact) {
  if (image.describedbyResolved === 0) {
    return failed(
      `L’attribut aria-describedby="${image.ariaDescribedby}" ne désigne aucun élément de la page : corriger l’id pour qu’il pointe vers la description détaillée.`,
    );
  }
  if (image.describedbyText.trim() === '') {
    return failed(
      'L’attribut aria-describedby désigne un élément vide : y placer la description détaillée de l’image.',
    );
  }
  if (image.describedbyResolved < image.describedbyIds) {
    return cantTell(
      `Une partie des ids de aria-describedby="${image.ariaDescribedby}" n’existe pas dans la page : vérifier que la description détaillée complète est bien associée.`,
    );
  }
  return passed();
}

export default defineRule({
  id: 'image-description-reference-broken',
  version: 1,
  family: 'a11y',
  title: 'Description détaillée d’image non associée (aria-describedby sans cible)',
  description:
    'Cible les images affichées et exposées (tous types) qui ont un attribut aria-describedby non vide. Non conforme quand aucun id ne désigne un élément de la page, ou quand les éléments désignés sont vides ; à vérifier quand une partie seulement des ids existe ; conforme sinon (la pertinence de la description relève du 1.7).',
  rgaa: ['1.6.9'],
  wcag: ['1.1.1'],
  act: [],
  coverage: 'full',
  requires: ['images'],
  applicability: ({ images }) =>
    images.images.filter((image) => image.visible && image.ariaHidden === null && image.describedbyIds > 0),
  expectation: verdict,
});
