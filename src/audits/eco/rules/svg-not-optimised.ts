// SVG files not optimised (RGESN 6.3, GreenIT OptimizeSvg): editors leave comments, metadata and indentation.

import { defineEcoRule } from '../../../core/eco-rule.js';
import type { TextResourceFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';
import { MIN_CHARS, minificationVerdict } from './css-not-minified.js';

export default defineEcoRule<TextResourceFact & { selector: string; snippet: string }, 'eco'>({
  id: 'svg-not-optimised',
  version: 1,
  title: 'Image SVG non optimisée',
  description:
    'Chaque fichier SVG du site lui-même affiché par une <img>, de 1 000 caractères ou plus, est lu tel que le navigateur l’a reçu ; il échoue quand plus de 10 % de ses caractères sont des commentaires ou des blancs entre balises (GreenIT-Analysis : la présence de « <» précédé d’une espace). Économie estimée : ces caractères (un outil comme SVGO retire aussi les métadonnées d’éditeur).',
  rgesn: ['6.3'],
  practices: ['OptimizeSvg'],
  requires: ['eco'],
  applicability: ({ eco }) =>
    eco.textResources
      .filter((file) => file.kind === 'svg' && file.chars >= MIN_CHARS)
      .map((file) => ({
        ...file,
        selector: file.url.slice(0, 250),
        snippet: `SVG ${bytesFr(file.chars)}`,
        resource: file.url,
      })),
  expectation: (file) => minificationVerdict(file, 'SVG'),
});
