// Too many style sheets (GreenIT StyleSheets): each one is a request, and a render-blocking one.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget, sentRequests } from '../inputs.js';

const MAX_SHEETS = 3;

export default defineEcoRule({
  id: 'stylesheets-too-many',
  version: 1,
  title: 'Trop de feuilles de style (plus de 3)',
  description:
    'Cible : la page, quand elle charge au moins une feuille de style. Elle échoue au-delà de 3 adresses distinctes de type text/css (GreenIT-Analysis : A jusqu’à 2, B à 3, C à partir de 4). Économie estimée : les requêtes au-delà de 3, en regroupant les feuilles.',
  rgesn: [],
  practices: ['StyleSheets'],
  requires: ['network'],
  applicability: (inputs) =>
    sentRequests(inputs.network).some(
      (entry) => entry.type === 'Stylesheet' || /text\/css/i.test(entry.mimeType ?? ''),
    )
      ? [pageTarget(inputs)]
      : [],
  expectation: (_target, { network }) => {
    const sheets = new Set(
      sentRequests(network)
        .filter(
          (entry) =>
            !entry.redirect && (entry.type === 'Stylesheet' || /text\/css/i.test(entry.mimeType ?? '')),
        )
        .map((entry) => entry.url),
    );
    return sheets.size <= MAX_SHEETS
      ? ecoPassed()
      : ecoFailed(`${sheets.size} feuilles de style (au plus ${MAX_SHEETS}) : les regrouper.`, {
          saving: { requests: sheets.size - MAX_SHEETS },
        });
  },
});
