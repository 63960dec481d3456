// Redirections (GreenIT NoRedirect): every 3xx hop is a round trip and a request that brings nothing.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { type ResourceTarget, resourceTarget, sentRequests } from '../inputs.js';

export default defineEcoRule<ResourceTarget, 'network'>({
  id: 'redirect-used',
  version: 1,
  title: 'Requête redirigée',
  description:
    'Chaque requête envoyée est une cible ; une réponse de redirection (301, 302, 303, 307, 308) échoue : la ressource doit être appelée à sa bonne adresse. Les redirections côté client (meta refresh, script) de la page elle-même sont aussi des étapes de la chaîne. Économie estimée : une requête et ses octets par redirection.',
  rgesn: [],
  practices: ['NoRedirect'],
  requires: ['network'],
  applicability: ({ network }) => sentRequests(network).map(resourceTarget),
  expectation: ({ entry }) =>
    entry.redirect
      ? ecoFailed(
          `Redirection ${entry.status} : appeler directement l’adresse finale pour éviter une requête inutile.`,
          { sizeBytes: entry.transferBytes, saving: { bytes: entry.transferBytes, requests: 1 } },
        )
      : ecoPassed(),
});
