// RGAA 11.5.1 (WCAG 1.3.1, 3.3.2): radio buttons answering one question (same name, same form) are grouped
// in a <fieldset> or an element with role group or radiogroup. Finds failures only (« si nécessaire »).

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'radio-group-missing',
  version: 1,
  family: 'a11y',
  title: 'Boutons radio d’une même question non regroupés',
  description:
    'Pour chaque ensemble d’au moins deux boutons radio de même name dans le même formulaire : échec si l’un ' +
    'd’eux n’est ni dans un <fieldset> ni dans un élément de rôle group ou radiogroup, sauf quand chaque bouton ' +
    'porte un title, aria-labelledby ou aria-describedby qui peut rappeler la question (à vérifier). Les autres ' +
    'champs de même nature (date en trois champs, cases à cocher…) ne sont pas détectés : le test n’est jamais ' +
    'validé par cette règle.',
  rgaa: ['11.5.1'],
  wcag: ['1.3.1', '3.3.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) => fields.radioSets,
  expectation: (set) => {
    if (set.grouped) return passed();
    if (set.hints)
      return cantTell(
        `Les ${set.count} boutons radio « ${set.name} » ne sont pas regroupés : vérifier que leur title ou texte associé rappelle la question, sinon les placer dans un <fieldset> avec <legend>.`,
      );
    return failed(
      `Les ${set.count} boutons radio « ${set.name} » ne sont pas regroupés : les placer dans un <fieldset> avec une <legend> (ou un élément role="radiogroup" nommé).`,
    );
  },
});
