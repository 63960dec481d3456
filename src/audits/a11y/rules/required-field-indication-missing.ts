// RGAA 11.10.1 and 11.10.2 (WCAG 3.3.2): a required field (required, aria-required="true") shows it in its
// label or an associated text, before the form is sent. Never a failure from absence alone: the indication
// may sit elsewhere (legend, a note at the top of the form).

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const REQUIRED = /\*|obligatoire|requis|required|mandatory/i;
const OPTIONAL = /facultati|optionnel|optional/i;

export default defineRule({
  id: 'required-field-indication-missing',
  version: 1,
  family: 'a11y',
  title: 'Champ obligatoire sans indication visible dans son étiquette',
  description:
    'Pour chaque champ ayant required ou aria-required="true" : validé quand « * », « obligatoire », « requis » ' +
    'ou « required » apparaît dans le texte visible de son <label>, du texte référencé par aria-labelledby ou ' +
    'aria-describedby. Le test 11.10.1 est satisfait par l’attribut lui-même. Sinon le test 11.10.2 reste à ' +
    'vérifier (indication dans la légende, mention en tête de formulaire) ; seul échec : une étiquette visible qui dit le champ « facultatif » alors ' +
    'qu’il porte required ou aria-required. Les champs obligatoires sans ' +
    'attribut ne sont pas détectés : une page sans champ marqué obligatoire laisse ces tests non testés.',
  rgaa: ['11.10.1', '11.10.2'],
  wcag: ['3.3.2'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  requires: ['fields'],
  applicability: ({ fields }) => fields.fields.filter((field) => field.required),
  expectation: (field) => {
    const visible = [
      ...field.labels.map((label) => label.visibleText),
      field.labelledby?.visibleText ?? '',
      field.describedbyVisibleText,
    ];
    if (visible.some((text) => REQUIRED.test(text))) return passed();
    // Not absence but contradiction: the label announces an optional field that the code requires.
    if (visible.some((text) => OPTIONAL.test(text)))
      return failed(
        'Ce champ est obligatoire (required ou aria-required) mais son étiquette visible le dit facultatif : corriger l’étiquette ou l’attribut.',
        ['11.10.2'],
      );
    return cantTell(
      'Champ obligatoire sans « * » ni « obligatoire » visible dans son étiquette : vérifier qu’une indication visible, située dans l’étiquette ou un texte associé, le signale.',
      ['11.10.2'],
    );
  },
});
