// RGAA 8.4.1: the default language code (lang / xml:lang of <html>) is valid and relevant. Valid: the RGAA
// glossary « Code de langue » judges only the part before the first hyphen, a 2-letter ISO 639-1 code or a
// 3-letter ISO 639-2/3 code. Relevant: the text of the page, by a stop-word count, is in that language.

import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';
import { guessLanguage, ISO_639_1, KNOWN_ISO_639_3, STOP_WORDS } from './data/languages.js';

/** Minimum stop-word hits before the text is said to be in another language. */
export const MIN_HITS = 15;

/** Checks one language code as written: failed, cantTell or null (valid). */
export function langCodeProblem(attribute: string, code: string): Verdict | null {
  const value = code.trim();
  const primary = value.split('-')[0] ?? '';
  if (!/^[a-z]{2,3}$/i.test(primary)) {
    if (/^[xi]$/i.test(primary))
      return cantTell(
        `Code de langue privé ou hérité « ${value} » (${attribute}) : vérifier qu’il est reconnu.`,
      );
    return failed(
      `Le code de langue « ${value} » (${attribute}) n’est pas valide : indiquer un code ISO 639 comme « fr » ou « fr-FR ».`,
    );
  }
  const lower = primary.toLowerCase();
  if (lower.length === 2 && !ISO_639_1.has(lower))
    return failed(
      `« ${primary} » (${attribute}) n’est pas un code de langue ISO 639-1 : indiquer par exemple « fr ».`,
    );
  if (lower.length === 3 && !KNOWN_ISO_639_3.has(lower))
    return cantTell(
      `Code de langue à trois lettres « ${primary} » (${attribute}) : vérifier qu’il existe dans l’ISO 639-2 ou 639-3.`,
    );
  // The option after the hyphen is left to the author (RGAA glossary); an ill-formed one is only reported.
  const rest = value.split('-').slice(1);
  // BCP 47: subtags of 1 to 8 letters or digits; a one-character subtag (singleton) opens an extension and must
  // be followed by a longer subtag (« en-U » is ill-formed).
  const singletonAlone = rest.some(
    (subtag, index) => subtag.length === 1 && (rest[index + 1] === undefined || rest[index + 1]!.length < 2),
  );
  if (singletonAlone || rest.some((subtag) => !/^[a-z0-9]{1,8}$/i.test(subtag)))
    return cantTell(
      `La partie « ${rest.join('-')} » du code « ${value} » (${attribute}) n’est pas bien formée (BCP 47) : vérifier le code.`,
    );
  return null;
}

export default defineRule({
  id: 'lang-code-invalid',
  version: 1,
  family: 'a11y',
  title: 'Code de langue par défaut invalide ou non pertinent',
  description:
    'Vérifie lang et xml:lang de <html>. Invalide (non conforme) : partie avant le tiret qui n’est pas un code de ' +
    '2 ou 3 lettres, ou code de 2 lettres absent de l’ISO 639-1. Code de 3 lettres inconnu de la liste embarquée ou ' +
    'suite mal formée : à vérifier. Pertinence : les mots du texte de la page hors passages ayant un autre lang ' +
    '(500 au plus) sont comparés à des listes de mots-outils (fr, en, es, de, it, pt, nl) ; non conforme quand ' +
    `une autre langue réunit au moins ${MIN_HITS} mots-outils et 60 % des occurrences et la langue déclarée ` +
    '10 % au plus ; à vérifier quand la langue déclarée est minoritaire sans que l’écart soit net. La pertinence ne ' +
    'pouvant être prouvée, le test n’est jamais conforme par cette règle.',
  rgaa: ['8.4.1'],
  wcag: ['3.1.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['document'],
  applicability: ({ document }) =>
    (document.lang ?? '').trim() !== '' || (document.xmlLang ?? '').trim() !== '' ? [document.root] : [],
  expectation: (_, { document }) => {
    const codes = [
      ['lang', document.lang],
      ['xml:lang', document.xmlLang],
    ].filter((entry): entry is [string, string] => (entry[1] ?? '').trim() !== '');
    const problems = codes
      .map(([attribute, code]) => langCodeProblem(attribute, code))
      .filter((v) => v !== null);
    const failure = problems.find((verdict) => verdict.outcome === 'failed');
    if (failure) return failure;
    if (problems[0]) return problems[0];
    const declared = (codes[0]?.[1] ?? '').trim().split('-')[0]!.toLowerCase();
    if (!(declared in STOP_WORDS)) return passed();
    const guess = guessLanguage(document.textWords ?? []);
    if (!guess.language || guess.language === declared || guess.total < MIN_HITS) return passed();
    const share = (language: string) => (guess.hits[language] ?? 0) / guess.total;
    if (share(guess.language) >= 0.6 && share(declared) <= 0.1)
      return failed(
        `La page est déclarée en « ${declared} » mais son texte semble rédigé en « ${guess.language} » : corriger l’attribut lang de <html>.`,
      );
    if (share(declared) < share(guess.language))
      return cantTell(
        `Le texte semble surtout rédigé en « ${guess.language} » alors que la page est déclarée en « ${declared} » : vérifier la langue par défaut.`,
      );
    return passed();
  },
});
