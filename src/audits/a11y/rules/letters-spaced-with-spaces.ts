// RGAA 10.1.3 (first condition): spaces are not used to separate the letters of a word (« B I E N V E N U E »),
// which screen readers then spell out; letter spacing belongs in CSS (letter-spacing).

import type { RuleTarget } from '../../../core/facts/target.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

type Target = RuleTarget & { text?: string };

const VOWELS = /[aeiouyàâäéèêëîïôöùûüÿæœ]/i;

/** A run that reads as a word: five letters or more, vowels and consonants, not a stretch of the alphabet. */
export function looksLikeWord(run: string): boolean {
  const letters = run.replace(/[\s\u00a0]/g, '');
  if (letters.length < 5) return false;
  const consonants = letters.replace(new RegExp(VOWELS.source, 'gi'), '');
  if (!VOWELS.test(letters) || consonants.length === 0) return false;
  const codes = Array.from(letters.toLowerCase()).map((letter) => letter.codePointAt(0) ?? 0);
  return !codes.every((code, index) => index === 0 || code === (codes[index - 1] ?? 0) + 1);
}

export default defineRule({
  id: 'letters-spaced-with-spaces',
  version: 1,
  family: 'a11y',
  title: 'Espaces utilisées pour espacer les lettres d’un mot',
  description:
    'Cherche dans le texte (hors pre, code, textarea) des suites d’au moins quatre lettres isolées séparées par ' +
    'une espace. Non conforme quand la suite compte au moins cinq lettres, voyelles et consonnes, et n’est pas une ' +
    'suite alphabétique (« A B C D E » d’un index) ; à vérifier sinon. Les espaces qui simulent des tableaux ou ' +
    'des colonnes ne sont pas cherchées : la règle ne trouve que des non-conformités.',
  rgaa: ['10.1.3'],
  wcag: ['1.3.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['markup'],
  applicability: ({ markup }): Target[] => {
    const seen = new Set<string>();
    const runs = markup.spacedLetters.filter((run) => !seen.has(run.selector) && seen.add(run.selector));
    return runs.length > 0 ? runs : [markup.root];
  },
  expectation: (target) => {
    if (target.text === undefined) return passed();
    return looksLikeWord(target.text)
      ? failed(
          `« ${target.text} » : les lettres sont séparées par des espaces ; écrire le mot normalement et l’espacer en CSS (letter-spacing).`,
        )
      : cantTell(
          `« ${target.text} » : vérifier que ces lettres séparées par des espaces ne forment pas un mot.`,
        );
  },
});
