// RGAA 11.1.1 (WCAG 1.3.1, 3.3.2, 4.1.2): every form field has a label the RGAA accepts: aria-labelledby to an
// existing text, aria-label, a <label for>, or title. A placeholder is not a label; an implicit label (field
// inside <label> without for) is not among the test's conditions, so it is left to a person.

import { isCheckable } from '../../../core/facts/fields.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';

export default defineRule({
  id: 'field-label-missing',
  version: 1,
  family: 'a11y',
  title: 'Champ de formulaire sans étiquette',
  description:
    'Chaque champ exposé aux technologies d’assistance (input hors hidden/submit/reset/button/image, select, ' +
    'textarea, rôles textbox, combobox, listbox, searchbox, spinbutton, slider, checkbox, radio, switch) doit ' +
    'avoir une étiquette non vide donnée par aria-labelledby, aria-label, une balise <label for> ou title : le ' +
    'test est alors validé. Un placeholder seul est un échec. Une étiquette implicite (champ dans <label> sans ' +
    'attribut for) et un composant ARIA nommé par son seul contenu restent à vérifier : le RGAA 4.1.2 ne les ' +
    'cite pas parmi les conditions du test.',
  rgaa: ['11.1.1'],
  wcag: ['1.3.1', '3.3.2', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) => fields.fields,
  expectation: (field) => {
    if (
      field.labels.some((label) => label.explicit && filled(label.text)) ||
      filled(field.ariaLabel) ||
      filled(field.labelledby?.text) ||
      filled(field.title)
    )
      return passed();
    if (field.labels.some((label) => filled(label.text)))
      return cantTell(
        'Ce champ n’est étiqueté que par une balise <label> qui le contient, sans attribut for : ajouter for et id (le RGAA 4.1.2 demande un <label for>), ou vérifier la restitution.',
      );
    if (!field.native && isCheckable(field) && filled(field.contentText))
      return cantTell(
        'Ce composant ARIA n’est nommé que par son contenu : vérifier que son intitulé est bien restitué, ou ajouter aria-labelledby.',
      );
    if (filled(field.placeholder))
      return failed(
        'Ce champ n’a qu’un placeholder, qui n’est pas une étiquette : ajouter une balise <label for>, ou aria-labelledby, aria-label ou title.',
      );
    return failed(
      'Ce champ de formulaire n’a pas d’étiquette : ajouter une balise <label for> associée à son id, ou aria-labelledby, aria-label ou title.',
    );
  },
});
