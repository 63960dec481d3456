// A page served without encryption (RGESN 1.7, partly checkable): only the presence of HTTPS is seen, not whether
// the level of encryption fits the service.

import { defineEcoRule, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { isLocalHost, pageTarget } from '../inputs.js';

export default defineEcoRule({
  id: 'https-missing',
  version: 1,
  title: 'Page servie sans HTTPS',
  description:
    'La page (adresse finale) doit être servie en HTTPS : c’est la partie observable du critère RGESN 1.7 (l’adéquation du niveau de chiffrement ne l’est pas). Une adresse locale ou privée est « à vérifier ». Pas d’économie chiffrée.',
  rgesn: ['1.7'],
  practices: [],
  requires: ['page'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { page }) => {
    if (page.finalUrl.startsWith('https://')) return ecoPassed();
    if (isLocalHost(page.finalUrl))
      return ecoCantTell(
        'Serveur local ou privé : le chiffrement du site en production n’est pas connu ici.',
      );
    return ecoFailed(
      'Page servie en HTTP sans chiffrement : la servir en HTTPS (et HTTP/2 devient possible).',
    );
  },
});
