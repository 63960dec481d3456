// A DOM too large (RGESN 6.1, EcoIndex input): every element costs memory and rendering work on every device.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

const MAX_ELEMENTS = 1500;

export default defineEcoRule({
  id: 'dom-too-large',
  version: 1,
  title: 'DOM trop grand (plus de 1 500 éléments)',
  description:
    'Cible : la page. Elle échoue au-delà de 1 500 éléments dans le document principal, descendants de <svg> exclus (l’entrée DOM de l’EcoIndex ; 1 500 éléments le placent vers le 17e vingtile de la référence, Lighthouse alerte dès 1 400). Économie : les éléments en excès, sans équivalent en octets.',
  rgesn: ['6.1'],
  practices: [],
  requires: ['page'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { page }) => {
    const elements = page.dom.elementsExcludingSvg;
    return elements <= MAX_ELEMENTS
      ? ecoPassed()
      : ecoFailed(
          `${elements} éléments dans la page (au plus ${MAX_ELEMENTS}) : simplifier la structure, paginer les listes longues.`,
        );
  },
});
