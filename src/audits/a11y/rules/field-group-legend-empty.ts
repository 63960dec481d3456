// RGAA 11.7.1 (WCAG 1.3.1, 3.3.2): the legend of a group of fields is relevant. Relevance test: finds
// failures only, legends with no letter or digit.

import { isMeaningful } from '../../../core/facts/fields.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'field-group-legend-empty',
  version: 1,
  family: 'a11y',
  title: 'Légende de regroupement de champs vide',
  description:
    'Pour chaque <fieldset> ayant une <legend> et chaque groupe (role group ou radiogroup) ayant aria-label ou ' +
    'aria-labelledby : échec quand ce texte ne contient ni lettre ni chiffre. Ne valide jamais ce test de ' +
    'pertinence.',
  rgaa: ['11.7.1'],
  wcag: ['1.3.1', '3.3.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.groups.filter((group) => group.legend !== null || group.ariaName !== null),
  expectation: (group) =>
    isMeaningful(group.legend ?? group.ariaName)
      ? passed()
      : failed('La légende de ce regroupement de champs est vide : y écrire ce qui réunit les champs.'),
});
