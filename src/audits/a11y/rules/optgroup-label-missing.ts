// RGAA 11.8.2 (WCAG 1.3.1): in a <select>, each <optgroup> has a label attribute.

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'optgroup-label-missing',
  version: 1,
  family: 'a11y',
  title: 'Groupe d’options (<optgroup>) sans attribut label',
  description:
    'Chaque <optgroup> d’une liste <select> exposée doit avoir un attribut label (son contenu relève du test 11.8.3).',
  rgaa: ['11.8.2'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['fields'],
  applicability: ({ fields }) => fields.optgroups,
  expectation: (optgroup) =>
    optgroup.label !== null
      ? passed()
      : failed('Ce groupe d’options n’a pas d’attribut label : ajouter label="…" qui nomme le groupe.'),
});
