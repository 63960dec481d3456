// Scripts not minified (RGESN 6.3, GreenIT MinifiedJs).

import { defineEcoRule } from '../../../core/eco-rule.js';
import type { TextResourceFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';
import { MIN_CHARS, minificationVerdict } from './css-not-minified.js';

export default defineEcoRule<TextResourceFact & { selector: string; snippet: string }, 'eco'>({
  id: 'js-not-minified',
  version: 1,
  title: 'Script non minifié',
  description:
    'Chaque script classique du site lui-même (même origine, hors modules) de 1 000 caractères ou plus est lu tel que le navigateur l’a reçu (DevTools, sans nouvelle requête) ; il échoue quand plus de 10 % de ses caractères sont des commentaires, de l’indentation ou des suites d’espaces (estimation sans analyse des chaînes). Les scripts en ligne relèvent de inline-script-large. Économie estimée : ces caractères (avant compression).',
  rgesn: ['6.3'],
  practices: ['MinifiedJs'],
  requires: ['eco'],
  applicability: ({ eco }) =>
    eco.textResources
      .filter(
        (file) => file.kind === 'js' && !file.url.includes('#inline-script-') && file.chars >= MIN_CHARS,
      )
      .map((file) => ({
        ...file,
        selector: file.url.slice(0, 250),
        snippet: `JS ${bytesFr(file.chars)}`,
        resource: file.url,
      })),
  expectation: (file) => minificationVerdict(file, 'Script'),
});
