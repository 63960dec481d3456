// RGAA 12.4.1, 12.4.2, 12.4.3 (WCAG 2.4.5, 3.2.3): in a set of pages, the sitemap page is reached by the same
// link, at the same place in the presentation and in the same relative order in the source, on every page.

import { defineSiteRule } from '../../../core/rule.js';
import { PLACE_TOLERANCE_PX, sameDestination } from './compare.js';
import { evaluateSystem } from './system-consistency.js';

export default defineSiteRule({
  id: 'sitemap-link-inconsistent',
  version: 1,
  family: 'a11y',
  title: 'Lien vers le plan du site absent, déplacé ou dans un autre ordre selon les pages',
  description:
    'Sur chaque page de l’échantillon, le premier lien nommé « plan du site » / « sitemap ». 12.4.1 : conforme ' +
    'si toutes les pages l’ont avec la même destination (fragment et barre finale ignorés), « à vérifier » si une ' +
    'page ne l’a pas (il peut être nommé autrement) ou mène ailleurs. 12.4.2 : même place si, à même largeur de ' +
    `fenêtre, bords gauche et haut (ou distance au bas de page) sont à ${PLACE_TOLERANCE_PX} px près ; non ` +
    'conforme s’il passe du premier écran au dernier (et de la première moitié du code source à la seconde), ou d’un tiers latéral à l’autre ; « à vérifier » sinon. ' +
    '12.4.3 : même ordre relatif si le lien est avant (ou après) les mêmes menus et le même moteur de recherche ' +
    'sur chaque page ; non conforme sinon ; sans repère commun, conforme seulement s’il reste dans la même moitié ' +
    'du document. Aucun lien repéré sur aucune page : non testé. Moins de deux pages auditées : non testé.',
  rgaa: ['12.4.1', '12.4.2', '12.4.3'],
  wcag: ['2.4.5', '3.2.3'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  evaluate: (pages) =>
    evaluateSystem(pages, {
      system: 'sitemap',
      what: 'le lien vers le plan du site',
      tests: { same: '12.4.1', place: '12.4.2', order: '12.4.3' },
      sameMeans: (reference, item) => sameDestination(reference.href, item.href),
    }),
});
