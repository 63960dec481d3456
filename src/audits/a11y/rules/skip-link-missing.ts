// RGAA 12.7.1 (WCAG 2.4.1): a link lets the user skip or reach the main content (the visible `main` element).
// Met when a same-page link leads to `main` (or to the start of it) and shows, at least on focus; failed only
// when a navigation block precedes the main content and no link, nor anything a script could use, leads to it.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'skip-link-missing',
  version: 1,
  family: 'a11y',
  title: 'Aucun lien d’évitement ou d’accès rapide vers le contenu principal',
  description:
    'La zone de contenu principal est le premier élément main (ou role="main") visible. Conforme si un lien ' +
    'interne (href="#…") mène à main, à un élément de main, ou à un élément qui l’enveloppe ou le précède sans ' +
    'texte ni élément focusable entre les deux, et si ce lien est visible, ou le devient quand il reçoit le focus ' +
    '(vérifié en lui donnant le focus). Non conforme seulement si un bloc de navigation (nav, ou liste d’au moins ' +
    '3 liens) précède main et qu’aucun lien interne, aucun élément nommé comme un lien d’évitement (« contenu », ' +
    '« aller à », « skip »…) ni composant web (shadow DOM) n’apparaît avant main. « À vérifier » sinon : pas de ' +
    'main, lien invisible même au focus (voir 12.7.2), liens internes qui ne mènent pas à main, ou aucune ' +
    'navigation avant main (le lien est peut-être inutile).',
  rgaa: ['12.7.1'],
  wcag: ['2.4.1'],
  act: [],
  coverage: 'full',
  requires: ['navigation'],
  applicability: ({ navigation }) => [navigation.root],
  expectation: (_, { navigation }) => {
    if (!navigation.main)
      return cantTell(
        'Aucun élément main (ou role="main") visible : la zone de contenu principal n’est pas repérable ; vérifier qu’un lien d’évitement ou d’accès rapide y mène.',
      );
    const toMain = navigation.skipLinks.filter((link) => link.reachesMain && link.focusIndex !== null);
    const shown = toMain.find((link) => link.visible || link.visibleOnFocus === true);
    if (shown) return passed();
    if (toMain.length > 0)
      return cantTell(
        `Le lien « ${toMain[0]?.name} » mène au contenu principal mais n’a pas pu être vu affiché, même au focus : vérifier qu’il apparaît à la tabulation.`,
      );
    if (navigation.skipLinks.length > 0 || navigation.unresolvedSkipCandidate)
      return cantTell(
        'Des liens internes ou un composant précèdent le contenu principal mais aucun ne mène à l’élément main : vérifier qu’un lien permet d’y accéder.',
      );
    if (!navigation.navigationBeforeMain)
      return cantTell(
        'Aucun lien d’évitement, mais aucun bloc de navigation ne précède le contenu principal : vérifier si un lien d’accès rapide est nécessaire.',
      );
    return failed(
      'Un bloc de navigation précède le contenu principal et aucun lien ne permet de l’éviter ou d’y accéder : ajouter en début de page un lien « Aller au contenu » vers l’élément main.',
    );
  },
});
