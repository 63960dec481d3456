// Too many requests for one screen (RGESN 6.1 and 2.3, GreenIT HttpRequests).

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget, sentRequests } from '../inputs.js';

const MAX_REQUESTS = 29;

export default defineEcoRule({
  id: 'requests-too-many',
  version: 1,
  title: 'Trop de requêtes HTTP (30 ou plus)',
  description:
    'Cible : la page. Elle échoue à partir de 30 requêtes (comptées comme pour l’EcoIndex : chaque étape de redirection compte, le cache mémoire et le favicon du navigateur non), l’exemple de limite du RGESN 6.1 (GreenIT-Analysis : A jusqu’à 26, C au-delà de 40). Économie estimée : les requêtes au-delà de 29.',
  rgesn: ['6.1', '2.3'],
  practices: ['HttpRequests'],
  requires: ['network'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { network }) => {
    const requests = sentRequests(network).length;
    return requests <= MAX_REQUESTS
      ? ecoPassed()
      : ecoFailed(
          `${requests} requêtes (moins de 30 attendues) : regrouper, supprimer ou différer des ressources.`,
          {
            saving: { requests: requests - MAX_REQUESTS },
          },
        );
  },
});
