// RGAA 12.7.2 (WCAG 2.4.1, 2.4.7): the link to the main content is visible, at least when it has the focus. The
// gatherer gives it the focus and measures it (CSS transitions finished). The other conditions of the test (same
// place and order on every page of the set) are site-level: passes leave the test not tested.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'skip-link-not-visible',
  version: 1,
  family: 'a11y',
  title: 'Lien d’accès rapide au contenu principal invisible, même à la prise de focus',
  description:
    'Pour chaque lien interne qui mène au contenu principal (voir skip-link-missing) et peut recevoir le focus : ' +
    'visible par défaut, ou visible une fois le focus donné par script (boîte d’au moins 4×4 px sur la page, ni ' +
    'rognée, ni transparente, transitions CSS terminées). Non conforme s’il reste masqué avec le focus ; « à ' +
    'vérifier » si le focus n’a pas pu lui être donné. La même place et le même ordre sur toutes les pages de ' +
    'l’ensemble ne sont pas vérifiés ici : la règle ne peut conclure qu’à des non-conformités.',
  rgaa: ['12.7.2'],
  wcag: ['2.4.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['navigation'],
  applicability: ({ navigation }) =>
    navigation.skipLinks.filter((link) => link.reachesMain && link.focusIndex !== null),
  expectation: (link) => {
    if (link.visible || link.visibleOnFocus === true) return passed();
    if (link.visibleOnFocus === false)
      return failed(
        `Le lien « ${link.name} » vers le contenu principal reste masqué quand il reçoit le focus : le rendre visible au moins à la prise de focus.`,
      );
    return cantTell(
      `Le lien « ${link.name} » vers le contenu principal est masqué : vérifier qu’il devient visible quand on l’atteint avec la touche Tab.`,
    );
  },
});
