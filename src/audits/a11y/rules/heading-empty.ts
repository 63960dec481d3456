// RGAA 9.1.2 (relevance test, failures only): a heading has content: its accessible name has at least one
// letter or digit (empty headings, « *** », an image with alt="" fail). WCAG 2.4.6.

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'heading-empty',
  version: 1,
  family: 'a11y',
  title: 'Titre vide ou sans texte',
  description:
    'Titres exposés aux technologies d’assistance (h1–h6, role="heading") : échec quand leur nom accessible ' +
    '(texte, alternatives des images) ne contient aucune lettre ni aucun chiffre (vide, espaces, ponctuation ' +
    'seule, image à alt vide), comme dans Asqatasun. Test de pertinence : la règle ne trouve que des échecs ; sans aucun titre, le test est non applicable.',
  rgaa: ['9.1.2'],
  wcag: ['2.4.6'],
  act: ['ffd0e9'],
  coverage: 'failuresOnly',
  // No exposed heading on the page: the test is NA (as in Asqatasun).
  inapplicableMeansNA: true,
  requires: ['headings'],
  applicability: ({ headings }) => headings.headings.filter((heading) => !heading.hiddenFromAT),
  expectation: (heading) =>
    /[\p{L}\p{N}]/u.test(heading.name)
      ? passed()
      : failed(
          heading.name === ''
            ? 'Ce titre est vide : lui donner un texte qui décrit la section, ou retirer la balise de titre.'
            : `Ce titre ne contient ni lettre ni chiffre (« ${heading.name} ») : lui donner un texte qui décrit la section.`,
        ),
});
