// RGAA 11.1.2 (WCAG 1.3.1, 4.1.2): a <label for> reaches its field: the field has an id and `for` equals it.
// Decided from the label's `control` (the browser's own association).

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'label-for-broken',
  version: 1,
  family: 'a11y',
  title: 'Balise <label for> qui ne vise aucun champ',
  description:
    'Chaque balise <label> ayant un attribut for doit être associée par le navigateur à un champ de formulaire ' +
    '(un élément ayant cet id). Échec quand aucun élément ne porte cet id alors qu’un champ est dans le label ou ' +
    'à côté de lui ; à vérifier quand l’id désigne un élément qui n’est pas un champ, ou qu’aucun champ n’est ' +
    'proche.',
  rgaa: ['11.1.2'],
  wcag: ['1.3.1', '4.1.2'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) => fields.forLabels,
  expectation: (label) => {
    if (label.target === 'field') return passed();
    if (label.target === 'other')
      return cantTell(
        `L’attribut for="${label.for}" désigne un élément qui n’est pas un champ de formulaire : vérifier l’association.`,
      );
    return label.fieldNearby
      ? failed(
          `Aucun élément n’a l’id « ${label.for} » de l’attribut for : donner cet id au champ que ce label décrit.`,
        )
      : cantTell(
          `Aucun élément n’a l’id « ${label.for} » et aucun champ n’est à côté de ce label : vérifier à quel champ il se rapporte.`,
        );
  },
});
