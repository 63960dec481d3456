// Style sheets not minified (RGESN 6.3, GreenIT MinifiedCss).

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { TextResourceFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';

/** Files below this are not judged; above it, more than this share removable fails. */
export const MIN_CHARS = 1000;
export const MAX_COLLAPSIBLE_SHARE = 0.1;

export function minificationVerdict(file: TextResourceFact, what: string) {
  const share = file.collapsibleChars / file.chars;
  if (share <= MAX_COLLAPSIBLE_SHARE) return ecoPassed();
  return ecoFailed(
    `${what} non minifié : ${Math.round(share * 100)} % de commentaires et d’espaces (${bytesFr(file.collapsibleChars)} sur ${bytesFr(file.chars)}).`,
    { sizeBytes: file.chars, saving: { bytes: file.collapsibleChars } },
  );
}

export default defineEcoRule<TextResourceFact & { selector: string; snippet: string }, 'eco'>({
  id: 'css-not-minified',
  version: 1,
  title: 'Feuille de style non minifiée',
  description:
    'Chaque feuille de style du site lui-même (même origine) de 1 000 caractères ou plus est lue telle que le navigateur l’a reçue (DevTools, sans nouvelle requête) ; elle échoue quand plus de 10 % de ses caractères sont des commentaires, de l’indentation ou des suites d’espaces (GreenIT-Analysis compte les retours à la ligne). Les feuilles d’autres origines ne sont pas lues. Économie estimée : ces caractères (avant compression).',
  rgesn: ['6.3'],
  practices: ['MinifiedCss'],
  requires: ['eco'],
  applicability: ({ eco }) =>
    eco.textResources
      .filter((file) => file.kind === 'css' && file.chars >= MIN_CHARS)
      .map((file) => ({
        ...file,
        selector: file.url.slice(0, 250),
        snippet: `CSS ${bytesFr(file.chars)}`,
        resource: file.url,
      })),
  expectation: (file) => minificationVerdict(file, 'CSS'),
});
