// RGAA 10.5.3 / WCAG 1.4.3: a CSS background image behind text comes with a background colour, at least on an
// ancestor, so that the text stays readable when the image does not show. Computed styles only.

import type { BackgroundImageFact } from '../../../core/facts/rendering.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule<BackgroundImageFact, 'rendering'>({
  id: 'background-image-without-background-color',
  version: 1,
  family: 'a11y',
  title: 'Image de fond derrière du texte sans couleur de fond',
  description:
    'Pour chaque élément dont l’image de fond CSS (background-image) est derrière du texte visible (aucune couleur de fond entre les deux), vérifie qu’une couleur de fond est calculée sur l’élément ou un parent. Échec quand il n’y en a aucune et que l’image (url) se répète ou est dimensionnée pour couvrir l’élément ; à vérifier pour un dégradé ou une petite image non répétée (icône) ; validé quand une couleur de fond existe.',
  rgaa: ['10.5.3'],
  wcag: ['1.4.3'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => rendering.backgroundImages,
  expectation: (image) => {
    if (image.hasBackgroundColour) return passed();
    if (image.coversBox && /url\(/.test(image.image) && !/gradient\(/.test(image.image))
      return failed(
        `Texte posé sur une image de fond sans couleur de fond de secours (par ex. ${image.sample}) : déclarer une background-color proche de l’image sur l’élément ou un parent.`,
      );
    return cantTell(
      `Image de fond (dégradé ou image non répétée) derrière du texte, sans couleur de fond (par ex. ${image.sample}) : vérifier que le texte reste lisible sans l’image, sinon déclarer une background-color.`,
    );
  },
});
