// RGAA 8.3.1: the default language is given on <html> (lang or xml:lang), or on every text element or one of its
// ancestors. axe-core's html-has-lang only looks at <html>, so a page that gives the language on every text
// element would be a false NC there: this rule decides the test.

import { defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'page-language-missing',
  version: 1,
  family: 'a11y',
  title: 'Langue par défaut de la page non indiquée',
  description:
    'Conforme quand l’élément <html> a un attribut lang ou xml:lang non vide, ou, à défaut, quand chaque texte du ' +
    '<body> (hors script, style et code) a un ancêtre portant une langue (le RGAA l’accepte). Non conforme sinon. ' +
    'La validité et la pertinence du code relèvent du test 8.4.1. Limite : au-delà de 5 000 nœuds de texte, les ' +
    'suivants ne sont pas examinés.',
  rgaa: ['8.3.1'],
  wcag: ['3.1.1'],
  act: [],
  coverage: 'full',
  requires: ['document'],
  applicability: ({ document }) => (document.isHtml === false ? [] : [document.root]),
  expectation: (_, { document }) => {
    if ((document.lang ?? '').trim() || (document.xmlLang ?? '').trim()) return passed();
    if (document.textWithoutLang === undefined)
      return failed('La balise <html> n’indique pas la langue de la page : ajouter lang="fr".');
    if (document.textWithoutLang === 0) return passed('La langue est indiquée sur chaque élément de texte.');
    return failed(
      `La balise <html> n’indique pas la langue de la page et ${document.textWithoutLang} texte(s) n’ont aucune ` +
        'langue indiquée : ajouter lang="fr" sur <html>.',
    );
  },
});
