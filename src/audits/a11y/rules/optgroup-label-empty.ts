// RGAA 11.8.3 (WCAG 1.3.1): the label attribute of an <optgroup> is relevant. Relevance test: finds failures
// only, labels with no letter or digit.

import { isMeaningful } from '../../../core/facts/fields.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'optgroup-label-empty',
  version: 1,
  family: 'a11y',
  title: 'Attribut label de groupe d’options vide',
  description:
    'Pour chaque <optgroup> ayant un attribut label : échec quand il ne contient ni lettre ni chiffre. Ne valide ' +
    'jamais ce test de pertinence.',
  rgaa: ['11.8.3'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) => fields.optgroups.filter((optgroup) => optgroup.label !== null),
  expectation: (optgroup) =>
    isMeaningful(optgroup.label)
      ? passed()
      : failed('L’attribut label de ce groupe d’options est vide : y écrire le nom du groupe.'),
});
