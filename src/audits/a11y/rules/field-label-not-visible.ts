// RGAA 11.1.3 (WCAG 3.3.2): a field whose label is not visible (hidden <label>, aria-label, aria-labelledby to
// hidden text) needs a title, or visible text beside it, to tell what to type. Finds failures only: whether
// that text is enough, or a text shown on focus, is for a person.

import { isMeaningful } from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'field-label-not-visible',
  version: 1,
  family: 'a11y',
  title: 'Champ à l’étiquette invisible sans texte visible à proximité',
  description:
    'Porte sur les champs visibles dont l’étiquette n’est pas affichée (label masqué, aria-label, aria-labelledby ' +
    'vers un texte caché). Échec quand le champ n’a ni title, ni placeholder, ni texte visible (ou image) juste ' +
    'avant ou après lui, en remontant au plus trois parents sans dépasser le formulaire ou un autre champ. Un ' +
    'placeholder laisse le test à vérifier. Limite : un texte qui n’apparaît qu’à la prise de focus n’est pas vu.',
  rgaa: ['11.1.3'],
  wcag: ['3.3.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.fields.filter(
      (field) =>
        field.visible &&
        isMeaningful(field.accessibleName) &&
        !field.labels.some((label) => isMeaningful(label.visibleText)) &&
        !isMeaningful(field.labelledby?.visibleText),
    ),
  expectation: (field) => {
    if (isMeaningful(field.title) || field.nearText.before !== '' || field.nearText.after !== '')
      return passed();
    if (isMeaningful(field.placeholder))
      return cantTell(
        'L’étiquette de ce champ n’est pas visible et seul un placeholder (qui disparaît à la saisie) l’accompagne : vérifier qu’un texte visible indique la saisie attendue.',
      );
    return failed(
      'L’étiquette de ce champ n’est pas visible et aucun texte visible ne l’accompagne : afficher l’étiquette, ou ajouter un title ou un texte visible accolé au champ.',
    );
  },
});
