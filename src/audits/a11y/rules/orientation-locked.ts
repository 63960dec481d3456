// RGAA 13.9.1 (WCAG 1.3.4): content is usable in portrait and landscape. A script that locks the screen
// orientation fails; CSS that hides or rotates the whole page in one orientation is left to a person.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'orientation-locked',
  version: 1,
  family: 'a11y',
  title: 'Orientation de l’écran imposée',
  description:
    'Cible la page. Non conforme quand un script de la page appelle screen.orientation.lock() avec une ' +
    'orientation autre que « any » pendant la visite. À vérifier quand une feuille de style masque ou fait ' +
    'pivoter <html>, <body> ou un enfant direct de <body> sous une requête média « orientation » (la règle ' +
    'axe css-orientation-lock examine aussi les rotations). Sinon conforme au sens de la règle seulement : ' +
    'une restriction par script (lecture de l’orientation, message « tournez votre appareil ») ou par mise ' +
    'en page n’est pas vue, d’où une couverture limitée aux non-conformités. Exception RGAA non détectée : ' +
    'orientation essentielle (jeu, piano, dépôt de chèque).',
  rgaa: ['13.9.1'],
  wcag: ['1.3.4'],
  act: [],
  coverage: 'failuresOnly',
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
    return passed();
  },
});
