// RGAA 13.9.1 (WCAG 1.3.4): content is usable in portrait and landscape. A script that locks the screen
// orientation fails; anything else that makes the page depend on the orientation (CSS under an orientation or
// aspect-ratio media query that hides content, scripts reacting to the orientation, stylesheets that could not be
// read) is left to a person; with none of them, nothing on the page can differ between the two orientations.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'orientation-locked',
  version: 2,
  family: 'a11y',
  title: 'Orientation de l’écran imposée',
  description:
    'Cible la page. Non conforme quand un script de la page appelle screen.orientation.lock() avec une ' +
    'orientation autre que « any » pendant la visite. À vérifier quand une feuille de style masque ou fait ' +
    'pivoter <html>, <body> ou un enfant direct de <body> sous une requête média « orientation », quand une ' +
    'règle sous une requête média orientation ou aspect-ratio masque ou remplace un contenu (display: none, ' +
    'visibility: hidden, content, opacity: 0), quand un script réagit à l’orientation (matchMedia, ' +
    'orientationchange, screen.orientation) ou quand une feuille de style n’a pu être lue (ni par la page ni ' +
    'par les outils du navigateur) ou en importe une autre. Conforme quand rien de tout cela n’existe : la page ' +
    'ne peut alors pas différer entre portrait et paysage autrement que par la largeur, que le critère ' +
    'n’interdit pas. Limite : le contenu des cadres n’est pas examiné. Exception RGAA non détectée : ' +
    'orientation essentielle (jeu, piano, dépôt de chèque).',
  rgaa: ['13.9.1'],
  wcag: ['1.3.4'],
  act: [],
  coverage: 'full',
  requires: ['behaviour'],
  applicability: ({ behaviour }) => [behaviour.root],
  expectation: (_, { behaviour }) => {
    const locks = behaviour.orientationLocks.filter((orientation) => orientation !== 'any');
    if (locks.length > 0)
      return failed(
        `Un script impose l’orientation de l’écran (screen.orientation.lock("${locks[0]}")) : permettre la consultation en portrait comme en paysage, sauf si l’orientation est essentielle.`,
      );
    if (behaviour.orientationCssRules.length > 0)
      return cantTell(
        `Une feuille de style masque ou fait pivoter la page selon l’orientation (${behaviour.orientationCssRules[0]}) : vérifier que le contenu reste consultable en portrait et en paysage.`,
      );
    const orientation = behaviour.orientation;
    if (!orientation)
      return cantTell(
        'Les scripts et les styles liés à l’orientation n’ont pas été relevés sur cet instantané : vérifier la consultation en portrait et en paysage.',
      );
    if (orientation.hidingRules.length > 0)
      return cantTell(
        `Une règle de style masque ou remplace un contenu selon l’orientation (${orientation.hidingRules[0]}) : vérifier que ce contenu reste disponible dans l’autre orientation.`,
      );
    if (orientation.scripts.length > 0)
      return cantTell(
        `Un script réagit à l’orientation de l’écran (${orientation.scripts[0]}) : vérifier que le contenu reste le même en portrait et en paysage.`,
      );
    if (orientation.unreadable.length > 0)
      return cantTell(
        `La feuille de style ${orientation.unreadable[0]} n’a pas pu être examinée (ou contient des requêtes média d’orientation) : vérifier la consultation en portrait et en paysage.`,
      );
    return passed();
  },
});
