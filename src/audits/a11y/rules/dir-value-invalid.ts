// RGAA 8.10.2: each change of reading direction (dir attribute) has a valid value, rtl or ltr. `auto` is valid
// HTML but not listed by the RGAA: left to a person. Relevance (is the direction right?) is never proven.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'dir-value-invalid',
  version: 1,
  family: 'a11y',
  title: 'Valeur d’attribut dir invalide',
  description:
    'Cible chaque élément HTML portant un attribut dir. rtl ou ltr (casse indifférente) : accepté, la pertinence ' +
    'restant à vérifier ; auto : à vérifier (valeur HTML valide mais absente du RGAA) ; toute autre valeur, vide ' +
    'comprise : non conforme. Sans attribut dir, le test est non applicable.',
  rgaa: ['8.10.2'],
  wcag: ['1.3.2'],
  act: [],
  coverage: 'failuresOnly',
  inapplicableMeansNA: true,
  requires: ['markup'],
  applicability: ({ markup }) => markup.dir,
  expectation: (element) => {
    const value = element.value.toLowerCase();
    if (value === 'rtl' || value === 'ltr') return passed();
    if (value === 'auto')
      return cantTell(
        'dir="auto" laisse le navigateur deviner le sens de lecture : vérifier le sens obtenu ou indiquer rtl ou ltr.',
      );
    return failed(
      `La valeur dir="${element.value}" n’est pas valide : indiquer rtl (droite à gauche) ou ltr (gauche à droite).`,
    );
  },
});
