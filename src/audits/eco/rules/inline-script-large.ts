// Large inline scripts (GreenIT ExternalizeJs): JavaScript inside the HTML is sent again with every page and
// never cached on its own.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { InlineCodeFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';
import { MAX_INLINE_CHARS } from './inline-style-large.js';

export default defineEcoRule<InlineCodeFact, 'eco'>({
  id: 'inline-script-large',
  version: 1,
  title: 'Gros script dans la page (non mis en cache)',
  description:
    'Chaque <script> sans src (données JSON et gabarits exclus) est une cible ; il échoue au-delà de 2 000 caractères. GreenIT-Analysis refuse plus d’un script en ligne ; Vigie tolère les petits (configuration, amorce), mais un gros script est renvoyé avec chaque page au lieu d’être mis en cache dans un fichier. Économie estimée : sa taille, à chaque vue suivante.',
  rgesn: ['6.2'],
  practices: ['ExternalizeJs'],
  requires: ['eco'],
  applicability: ({ eco }) => eco.inlineScripts.filter((script) => script.chars > 0),
  expectation: (script) =>
    script.chars <= MAX_INLINE_CHARS
      ? ecoPassed()
      : ecoFailed(
          `${bytesFr(script.chars)} de JavaScript dans la page : les placer dans un fichier mis en cache.`,
          {
            sizeBytes: script.chars,
            saving: { bytes: script.chars },
          },
        ),
});
