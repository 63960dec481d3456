// A heavy JavaScript file (RGESN 6.5): large bundles mostly carry code the page does not use, and cost CPU to
// parse and compile on every device.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, isBodyResponse, type ResourceTarget, resourceTarget, sentRequests } from '../inputs.js';

const MAX_TRANSFER = 150_000;

export default defineEcoRule<ResourceTarget, 'network'>({
  id: 'script-too-heavy',
  version: 1,
  title: 'Fichier JavaScript trop lourd (plus de 150 ko transférés)',
  description:
    'Chaque script reçu (premier ou tiers) est une cible ; il échoue au-delà de 150 ko transférés (compressés). Un tel paquet contient le plus souvent du code inutilisé par la page (RGESN 6.5) et coûte du temps processeur à chaque vue. Économie estimée : l’excédent au-delà de 150 ko (un découpage par page l’atteint d’ordinaire).',
  rgesn: ['6.5'],
  practices: [],
  requires: ['network'],
  applicability: ({ network }) =>
    sentRequests(network)
      .filter(
        (entry) =>
          isBodyResponse(entry) &&
          (entry.type === 'Script' || /javascript|ecmascript/i.test(entry.mimeType ?? '')),
      )
      .map(resourceTarget),
  expectation: ({ entry }) =>
    entry.transferBytes <= MAX_TRANSFER
      ? ecoPassed()
      : ecoFailed(
          `Script de ${bytesFr(entry.transferBytes)} transférés (${bytesFr(entry.bodyBytes)} décodés) : le découper, retirer le code inutilisé.`,
          { sizeBytes: entry.transferBytes, saving: { bytes: entry.transferBytes - MAX_TRANSFER } },
        ),
});
