// Static resources without a validator (RGESN 6.2, GreenIT UseETags): with an ETag or Last-Modified, a stale copy
// is revalidated by a 304 with no body instead of being downloaded again.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, firstPartyStaticTargets, type ResourceTarget } from '../inputs.js';

export default defineEcoRule<ResourceTarget, 'network'>({
  id: 'cache-validator-missing',
  version: 1,
  title: 'Ressource statique sans ETag ni Last-Modified',
  description:
    'Chaque ressource statique du site lui-même doit porter un ETag ou un Last-Modified, pour qu’une copie expirée soit revalidée (réponse 304 sans corps) plutôt que retéléchargée. GreenIT-Analysis n’accepte que l’ETag ; Vigie accepte aussi Last-Modified, qui permet la même revalidation. Économie estimée : le poids transféré, à chaque revalidation.',
  rgesn: ['6.2'],
  practices: ['UseETags'],
  requires: ['network'],
  applicability: ({ network }) => firstPartyStaticTargets(network),
  expectation: ({ entry }) =>
    entry.etag || entry.lastModified
      ? ecoPassed()
      : ecoFailed(
          `Ni ETag ni Last-Modified : la copie en cache ne peut pas être revalidée, ${bytesFr(entry.transferBytes)} sont retéléchargés.`,
          { sizeBytes: entry.transferBytes, saving: { bytes: entry.transferBytes } },
        ),
});
