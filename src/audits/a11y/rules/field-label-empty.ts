// RGAA 11.2.1 to 11.2.4 (WCAG 2.4.6, 3.3.2): the label that names a field (<label>, title, aria-label,
// aria-labelledby) says something. Relevance tests: finds failures only, labels with no letter or digit.

import { type FieldFact, isMeaningful } from '../../../core/facts/fields.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

type Source = { test: string; present: (field: FieldFact) => boolean; text: (field: FieldFact) => string };

// In the order of the accessible name computation (RGAA glossary, « Étiquette de champ de formulaire »).
const SOURCES: readonly Source[] = [
  // An aria-labelledby to missing ids references no text at all: a failure of 11.1.1, not of 11.2.4.
  { test: '11.2.4', present: (f) => f.labelledby?.found === true, text: (f) => f.labelledby?.text ?? '' },
  { test: '11.2.3', present: (f) => f.ariaLabel !== null, text: (f) => f.ariaLabel ?? '' },
  { test: '11.2.1', present: (f) => f.labels.length > 0, text: (f) => f.labels.map((l) => l.text).join(' ') },
  { test: '11.2.2', present: (f) => f.title !== null, text: (f) => f.title ?? '' },
];

export default defineRule({
  id: 'field-label-empty',
  version: 1,
  family: 'a11y',
  title: 'Étiquette de champ vide',
  description:
    'Pour chaque champ ayant une balise <label>, un title, un aria-label ou un aria-labelledby : échec quand ' +
    'aucune de ces étiquettes ne contient de lettre ni de chiffre (vide, espaces, « * », « : »). Une étiquette ' +
    'vide supplantée par une autre non vide n’est pas un échec (c’est l’autre que le champ restitue). Ne valide ' +
    'jamais ces tests de pertinence.',
  rgaa: ['11.2.1', '11.2.2', '11.2.3', '11.2.4'],
  wcag: ['2.4.6', '3.3.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) => fields.fields.filter((field) => SOURCES.some((s) => s.present(field))),
  expectation: (field) => {
    const present = SOURCES.filter((source) => source.present(field));
    const naming = present.find((source) => isMeaningful(source.text(field)));
    if (naming) return passed('', [naming.test]);
    return failed(
      'L’étiquette de ce champ est vide (aucun mot) : y écrire la fonction exacte du champ.',
      present.map((source) => source.test),
    );
  },
});
