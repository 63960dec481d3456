// RGAA 11.9.2 (WCAG 2.5.3 Label in Name): a form button showing a visible label has an accessible name that
// contains it; case, accents and punctuation are ignored, a symbol (« > », « × ») is left to a person.

import { compactLabel, isMeaningful, nameContainsLabel } from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'button-label-not-in-name',
  version: 1,
  family: 'a11y',
  title: 'Nom accessible du bouton ne contenant pas son intitulé visible',
  description:
    'Pour chaque bouton visible (button, input submit/reset/button/image, role=button) dans un formulaire ou à ' +
    'moins de trois parents d’un champ, et qui affiche un texte : le nom accessible doit contenir ce texte ' +
    '(casse, accents, ponctuation et espaces ignorés). À vérifier : intitulé d’un seul caractère (symbole), ' +
    'intitulé venant seulement d’images (alt) ou bouton image (le texte de l’image n’est pas lu), input sans ' +
    'value (intitulé par défaut du navigateur) renommé par ARIA. Les boutons sans texte visible (icône) ne sont ' +
    'pas concernés.',
  rgaa: ['11.9.2'],
  wcag: ['2.5.3'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.buttons.filter(
      (button) =>
        button.inForm &&
        button.visible &&
        (button.visibleText !== '' || /^(submit|reset|image)$/.test(button.type)),
    ),
  expectation: (button) => {
    const name = button.accessibleName;
    if (button.type === 'image')
      return cantTell(
        `Bouton image : vérifier que son nom « ${name} » contient le texte affiché dans l’image.`,
      );
    if (button.visibleText === '')
      return cantTell(
        `Bouton sans value : le navigateur affiche un intitulé par défaut ; vérifier que le nom « ${name} » le contient, ou ajouter value.`,
      );
    if (isMeaningful(button.visibleText) && nameContainsLabel(name, button.visibleText)) return passed();
    if (button.imageOnly || !isMeaningful(button.visibleText) || compactLabel(button.visibleText).length < 2)
      return cantTell(
        `Le nom « ${name} » ne reprend pas l’intitulé visible « ${button.visibleText} » (image ou symbole) : vérifier qu’il exprime la même fonction.`,
      );
    return failed(
      `Le nom accessible « ${name} » ne contient pas l’intitulé visible « ${button.visibleText} » : faire commencer l’aria-label (ou le title) par le texte affiché.`,
    );
  },
});
