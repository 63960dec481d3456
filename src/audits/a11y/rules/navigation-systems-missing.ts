// RGAA 12.1.1 (WCAG 2.4.5): two navigation systems among a navigation menu, a sitemap link and a site search.
// The test is about a set of pages; a page with two of them is enough for its set (same template), a page
// without them cannot fail on its own (small site, systems elsewhere): never a failure, cantTell instead.

import { cantTell, defineRule, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'navigation-systems-missing',
  version: 1,
  family: 'a11y',
  title: 'Moins de deux systèmes de navigation (menu, plan du site, recherche)',
  description:
    'Cherche sur la page : un menu de navigation (nav ou role="navigation" hors pied de page avec au moins 3 ' +
    'liens, hors fil d’Ariane, pagination et liens d’évitement ; à défaut une liste d’au moins 3 liens dans ' +
    'l’en-tête), un lien « plan du site » / « sitemap » menant à une autre page, un moteur de recherche hors du ' +
    'contenu principal (role="search", formulaire avec un champ de recherche, lien ou bouton « Rechercher »). ' +
    'Conforme avec deux des trois. Jamais non conforme à l’échelle d’une page : le plan du site ou la recherche ' +
    'peuvent être ailleurs, le site peut n’avoir que quelques pages (cas particulier) ; « à vérifier » alors.',
  rgaa: ['12.1.1'],
  wcag: ['2.4.5'],
  act: [],
  coverage: 'full',
  requires: ['navigation'],
  applicability: ({ navigation }) => [navigation.root],
  expectation: (_, { navigation }) => {
    const found = [
      navigation.menus.length > 0 ? 'un menu de navigation' : null,
      navigation.sitemapLinks.length > 0 ? 'un lien vers le plan du site' : null,
      navigation.searches.length > 0 ? 'un moteur de recherche' : null,
    ].filter((system): system is string => system !== null);
    if (found.length >= 2) return passed();
    const seen = found.length === 0 ? 'aucun système de navigation repéré' : `seulement ${found[0]} repéré`;
    return cantTell(
      `${seen[0]?.toUpperCase()}${seen.slice(1)} : vérifier que l’ensemble de pages propose deux systèmes parmi un menu, un plan du site et un moteur de recherche (sauf site de très peu de pages).`,
    );
  },
});
