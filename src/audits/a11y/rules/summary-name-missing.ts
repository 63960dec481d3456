// ACT 2t702h (WCAG 4.1.2), RGAA 7.1.1: the first <summary> of a <details> is a disclosure button, so it needs a
// non-empty accessible name. A summary with an explicit role (other than none/presentation, ignored on a
// focusable element) is out of scope.

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'summary-name-missing',
  version: 1,
  family: 'a11y',
  title: 'Élément <summary> sans nom accessible',
  description:
    'Applique la règle ACT 2t702h : chaque premier <summary> enfant d’un <details>, exposé aux technologies ' +
    'd’assistance et sans rôle explicite (un rôle none ou presentation est ignoré car l’élément est focalisable), ' +
    'doit avoir un nom accessible non vide (contenu, aria-label, aria-labelledby ou title). Ne trouve que des ' +
    'échecs du test 7.1.1 : un nom présent ne dit pas s’il est pertinent.',
  rgaa: ['7.1.1'],
  wcag: ['4.1.2'],
  act: ['2t702h'],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.summaries.filter((summary) => {
      if (summary.hidden) return false;
      const role = summary.role?.trim().toLowerCase() ?? '';
      return role === '' || role === 'none' || role === 'presentation';
    }),
  expectation: (summary) =>
    summary.accessibleName.trim() !== ''
      ? passed()
      : failed(
          'Ce bouton de dépliage (<summary>) n’a pas de nom accessible : y écrire un intitulé qui annonce le contenu replié.',
        ),
});
