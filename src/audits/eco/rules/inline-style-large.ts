// Large inline style blocks (GreenIT ExternalizeCss): CSS inside the HTML is sent again with every page and
// never cached on its own.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { InlineCodeFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';

export const MAX_INLINE_CHARS = 2000;

export default defineEcoRule<InlineCodeFact, 'eco'>({
  id: 'inline-style-large',
  version: 1,
  title: 'Gros bloc de CSS dans la page (non mis en cache)',
  description:
    'Chaque élément <style> est une cible ; il échoue au-delà de 2 000 caractères. GreenIT-Analysis refuse tout CSS en ligne ; Vigie tolère un petit bloc (le CSS critique d’un affichage rapide coûte moins qu’une requête), mais un gros bloc est renvoyé avec chaque page au lieu d’être mis en cache dans un fichier. Économie estimée : sa taille, à chaque vue suivante.',
  rgesn: ['6.2'],
  practices: ['ExternalizeCss'],
  requires: ['eco'],
  applicability: ({ eco }) => eco.inlineStyles,
  expectation: (style) =>
    style.chars <= MAX_INLINE_CHARS
      ? ecoPassed()
      : ecoFailed(`${bytesFr(style.chars)} de CSS dans la page : les placer dans un fichier mis en cache.`, {
          sizeBytes: style.chars,
          saving: { bytes: style.chars },
        }),
});
