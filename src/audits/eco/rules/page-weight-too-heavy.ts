// A page heavier than the RGESN's example budget (RGESN 6.1 and 2.3): 1 MB transferred per screen.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { bytesFr, pageTarget, sentRequests } from '../inputs.js';

const MAX_BYTES = 1_000_000;

export default defineEcoRule({
  id: 'page-weight-too-heavy',
  version: 1,
  title: 'Page trop lourde (plus de 1 Mo transféré)',
  description:
    'Cible : la page. Elle échoue quand les octets transférés (en-têtes compris, compressés, comptés comme pour l’EcoIndex) dépassent 1 Mo, l’exemple de budget du RGESN 6.1 ; une page légère reste utilisable en bas débit (RGESN 2.3). Économie estimée : l’excédent au-delà de 1 Mo.',
  rgesn: ['6.1', '2.3'],
  practices: [],
  requires: ['network'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_target, { network }) => {
    const bytes = sentRequests(network).reduce((sum, entry) => sum + entry.transferBytes, 0);
    return bytes <= MAX_BYTES
      ? ecoPassed()
      : ecoFailed(`${bytesFr(bytes)} transférés (budget : 1 Mo) : alléger images, scripts et polices.`, {
          sizeBytes: bytes,
          saving: { bytes: bytes - MAX_BYTES },
        });
  },
});
