// RGAA 8.7.1 / WCAG 3.1.2: a text in another language than the page's carries a lang indication (on itself or
// an ancestor). Finds long text blocks whose words are clearly in another language than their declared one.

import { defineRule, failed, passed } from '../../../core/rule.js';
import { guessLanguage, STOP_WORDS } from './data/languages.js';

/** Stop-word hits a block needs before its language is judged. */
export const MIN_BLOCK_HITS = 12;

export default defineRule({
  id: 'foreign-text-lang-missing',
  version: 1,
  family: 'a11y',
  title: 'Passage en langue étrangère sans indication de langue',
  description:
    'Examine les 30 premiers blocs de texte de 40 mots ou plus (p, li, td, th, dd, blockquote, figcaption) : ' +
    'leurs 80 premiers mots sont comparés aux listes de mots-outils (fr, en, es, de, it, pt, nl). Non conforme ' +
    `quand une autre langue que celle du bloc (lang le plus proche) réunit au moins ${MIN_BLOCK_HITS} mots-outils ` +
    'et 70 % des occurrences, et la langue déclarée 10 % au plus. Les passages courts, les citations de quelques ' +
    'mots et les langues hors de ces listes ne sont pas vus : la règle ne trouve que des non-conformités.',
  rgaa: ['8.7.1'],
  wcag: ['3.1.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['document'],
  applicability: ({ document }) => document.textBlocks ?? [],
  expectation: (block) => {
    const declared = block.lang.split('-')[0] ?? '';
    const guess = guessLanguage(block.words);
    if (!(declared in STOP_WORDS) || !guess.language || guess.language === declared) return passed();
    const share = (language: string) => (guess.hits[language] ?? 0) / Math.max(1, guess.total);
    return guess.total >= MIN_BLOCK_HITS && share(guess.language) >= 0.7 && share(declared) <= 0.1
      ? failed(
          `Ce texte semble rédigé en « ${guess.language} » alors que sa langue est « ${declared} » : ajouter lang="${guess.language}" sur l’élément qui le contient.`,
        )
      : passed();
  },
});
