// RGAA 8.6.1 / WCAG 2.4.2, ACT rule c4a8a4 (HTML page title is descriptive): finds titles that cannot describe
// the page (empty, placeholder, file name or address, no word in common with the page text) and accepts a title
// that contains the page's main heading. Relevance is a human judgement: never C, everything else is cantTell.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Titles left by editors and tools (folded). */
const PLACEHOLDERS = new Set(
  [
    'sans titre',
    'untitled',
    'untitled document',
    'untitled page',
    'document',
    'document sans titre',
    'nouveau document',
    'new document',
    'page',
    'page title',
    'titre',
    'titre de la page',
    'title',
    'new page',
    'nouvelle page',
    'home page',
    'index',
    'default',
    'test',
    'titre du site',
    'mon site',
    'my site',
    'my website',
    'insert title here',
    'page sans titre',
    'react app',
    'vite app',
    'welcome to nginx',
    'apache2 ubuntu default page',
  ].map(fold),
);

/** One-word titles that say nothing of the site: reported for a check, not failed. */
const VAGUE = new Set(['accueil', 'home', 'bienvenue', 'welcome', 'page d accueil', 'homepage'].map(fold));

/** Words that do not carry the subject of a title (French and English). */
const FUNCTION_WORDS = new Set(
  (
    'de des du la le les et un une en au aux a pour par sur dans avec the of and a an to for in on at by with ' +
    'from site page web accueil home sit pag hom'
  ).split(' '),
);

/** Text of a page that is not its content yet (loading screen, JavaScript wall, consent wall). */
const SHELL_TEXT = /javascript|chargement|loading|cookie|navigateur|browser|connexion|login|captcha/;

const FILE_OR_URL = /^(https?:\/\/|www\.)\S+$|^[\w.-]+\.(s?html?|php|aspx?|jsp|cfm|pdf|docx?|odt|txt)$/i;

/** Minimum words of page text before it is compared with the title. */
export const MIN_PAGE_WORDS = 10;

export default defineRule({
  id: 'page-title-not-descriptive',
  version: 1,
  family: 'a11y',
  title: 'Titre de page non pertinent',
  description:
    'Non conforme : titre vide, titre générique (« Sans titre », « Untitled », « Document », « Page title »…), nom ' +
    'de fichier ou adresse, ou titre d’au moins deux mots significatifs dont aucun ne figure dans la page (texte, ' +
    `alt, aria-label, title) quand celle-ci compte au moins ${MIN_PAGE_WORDS} mots et n’est pas un écran ` +
    'de chargement, de connexion ou de consentement. « Accueil » seul : à vérifier. Titre contenant le texte du ' +
    'premier titre <h1> : accepté (le test reste non testé, la pertinence étant un jugement humain). Autres cas : ' +
    'à vérifier. Implémente la règle ACT c4a8a4.',
  rgaa: ['8.6.1'],
  wcag: ['2.4.2'],
  act: ['c4a8a4'],
  coverage: 'failuresOnly',
  // The test applies to every page with a <title>: inapplicable (no title) is NA for 8.6.1.
  inapplicableMeansNA: true,
  requires: ['document'],
  applicability: ({ document }) =>
    document.title !== null && document.isHtml !== false ? [document.root] : [],
  expectation: (_, { document }) => {
    const title = document.title ?? '';
    const folded = fold(title);
    if (folded === '')
      return failed('Le titre de la page est vide : décrire le contenu de la page et le site.');
    if (PLACEHOLDERS.has(folded))
      return failed(
        `Le titre « ${title} » est un titre générique : décrire le contenu de la page et le site.`,
      );
    if (FILE_OR_URL.test(title.trim()))
      return failed(
        `Le titre « ${title} » est un nom de fichier ou une adresse : décrire le contenu de la page.`,
      );
    if (VAGUE.has(folded))
      return cantTell(
        `Le titre « ${title} » ne nomme pas le site : vérifier qu’il permet d’identifier la page.`,
      );
    const meaningful = (document.titleWords ?? []).filter(
      ({ word }) => word.length >= 3 && !FUNCTION_WORDS.has(word),
    );
    const pageText = (document.textWords ?? []).join(' ');
    if (
      meaningful.length >= 2 &&
      meaningful.every(({ inPage }) => !inPage) &&
      (document.textWordCount ?? 0) >= MIN_PAGE_WORDS &&
      !SHELL_TEXT.test(fold(pageText))
    )
      return failed(
        `Aucun mot du titre « ${title} » n’apparaît dans la page : le titre ne décrit pas son contenu, le réécrire.`,
      );
    const h1 = fold(document.firstH1 ?? '');
    if (h1.split(' ').length >= 2 && folded.includes(h1)) return passed();
    return cantTell(
      `Vérifier que le titre « ${title} » décrit le contenu de la page et permet d’identifier le site.`,
    );
  },
});
