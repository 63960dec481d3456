// Scripts that do not parse (GreenIT JsValidate): downloaded and compiled for nothing.

import { defineEcoRule, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import type { TextResourceFact } from '../../../core/facts/eco.js';
import { bytesFr } from '../inputs.js';

export default defineEcoRule<TextResourceFact & { selector: string; snippet: string }, 'eco'>({
  id: 'script-syntax-error',
  version: 1,
  title: 'Script avec une erreur de syntaxe',
  description:
    'Chaque script classique du site lui-même (fichier de même origine tel que le navigateur l’a reçu, ou script en ligne) est analysé par V8 sans être exécuté (new Function, hors de la page) ; il échoue sur une erreur de syntaxe. Les modules ne sont pas analysés (import et export n’y sont pas permis). Économie estimée : le poids du script, téléchargé et compilé pour rien.',
  rgesn: [],
  practices: ['JsValidate'],
  requires: ['eco'],
  applicability: ({ eco }) =>
    eco.textResources
      .filter((file) => file.kind === 'js' && file.chars > 0)
      .map((file) => ({
        ...file,
        selector: file.url.slice(0, 250),
        snippet: `JS ${bytesFr(file.chars)}`,
        resource: file.url,
      })),
  expectation: (file) =>
    file.syntaxError
      ? ecoFailed(
          `Erreur de syntaxe (${file.syntaxError}) : le script ne s’exécute pas, le corriger ou le retirer.`,
          {
            sizeBytes: file.chars,
            saving: { bytes: file.chars },
          },
        )
      : ecoPassed(),
});
