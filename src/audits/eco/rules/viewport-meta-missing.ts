// No responsive viewport (RGESN 2.5, partly checkable): without `<meta name=viewport content=width=device-width>`
// a mobile renders the desktop layout.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

export default defineEcoRule({
  id: 'viewport-meta-missing',
  version: 1,
  title: 'Pas de déclaration viewport adaptée aux terminaux',
  description:
    'Cible : la page. Elle passe quand une balise <meta name="viewport"> contient width=device-width, échoue sinon : c’est la partie observable du RGESN 2.5 (l’adaptation réelle à chaque terminal ne l’est pas). Pas d’économie chiffrée.',
  rgesn: ['2.5'],
  practices: [],
  requires: ['page'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { page }) =>
    /width\s*=\s*device-width/i.test(page.dom.metaViewport ?? '')
      ? ecoPassed()
      : ecoFailed(
          page.dom.metaViewport
            ? `viewport « ${page.dom.metaViewport.slice(0, 80)} » sans width=device-width : l’ajouter.`
            : 'Aucune balise meta viewport : ajouter <meta name="viewport" content="width=device-width, initial-scale=1">.',
        ),
});
