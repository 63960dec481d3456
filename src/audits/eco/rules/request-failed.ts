// Requests in error (GreenIT HttpError): a 4xx/5xx response or a network failure costs a request for nothing.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { type ResourceTarget, resourceTarget, sentRequests } from '../inputs.js';

export default defineEcoRule<ResourceTarget, 'network'>({
  id: 'request-failed',
  version: 1,
  title: 'Requête en erreur (4xx, 5xx ou échec réseau)',
  description:
    'Chaque requête envoyée est une cible, sauf celles que le navigateur a annulées lui-même (changement de page, image plus nécessaire) ; une réponse de statut 400 ou plus, ou un échec réseau (nom de domaine inconnu, connexion refusée), échoue. Économie estimée : une requête et ses octets.',
  rgesn: [],
  practices: ['HttpError'],
  requires: ['network'],
  applicability: ({ network }) =>
    sentRequests(network)
      .filter((entry) => !entry.failed?.startsWith('canceled'))
      .map(resourceTarget),
  expectation: ({ entry }) => {
    if (entry.status >= 400)
      return ecoFailed(`Réponse ${entry.status} : corriger ou retirer l’appel à cette ressource.`, {
        sizeBytes: entry.transferBytes,
        saving: { bytes: entry.transferBytes, requests: 1 },
      });
    if (entry.failed)
      return ecoFailed(`Échec réseau (${entry.failed}) : corriger ou retirer l’appel à cette ressource.`, {
        saving: { requests: 1 },
      });
    return ecoPassed();
  },
});
