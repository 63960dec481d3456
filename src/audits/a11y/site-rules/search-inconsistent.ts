// RGAA 12.5.1, 12.5.2, 12.5.3 (WCAG 3.2.3): in a set of pages, the site search is reached by the same means (a
// form, a link, a button), at the same place in the presentation and in the same relative order in the source.

import { defineSiteRule } from '../../../core/rule.js';
import type { SiteNavItem } from '../../../core/site-facts.js';
import { PLACE_TOLERANCE_PX, sameDestination } from './compare.js';
import { evaluateSystem } from './system-consistency.js';

/** `link` to a search page, `button` opening one, or a `form` (role=search, form with a search field). */
export function searchMeans(item: SiteNavItem): 'link' | 'button' | 'form' {
  if (item.href !== null) return 'link';
  return item.tag === 'button' || item.tag === 'input' ? 'button' : 'form';
}

export default defineSiteRule({
  id: 'search-inconsistent',
  version: 1,
  family: 'a11y',
  title: 'Moteur de recherche absent, déplacé ou dans un autre ordre selon les pages',
  description:
    'Sur chaque page de l’échantillon, le premier moteur de recherche hors contenu principal (role="search", ' +
    'formulaire avec champ de recherche, lien ou bouton « Rechercher »). 12.5.1 : conforme si toutes les pages ' +
    'y donnent accès par le même moyen (formulaire, bouton, ou lien vers la même page), « à vérifier » si une ' +
    'page n’en a pas ou un autre moyen. 12.5.2 : même place si, à même largeur de fenêtre, bords gauche et haut ' +
    `(ou distance au bas de page) sont à ${PLACE_TOLERANCE_PX} px près ; non conforme s’il passe du premier ` +
    'écran au dernier (et de la première moitié du code source à la seconde), ou d’un tiers latéral à l’autre ; « à vérifier » sinon. 12.5.3 : même ordre relatif si ' +
    'le moteur est avant (ou après) les mêmes menus et le même lien vers le plan du site sur chaque page ; non ' +
    'conforme sinon ; sans repère commun, conforme seulement s’il reste dans la même moitié du document. Aucun ' +
    'moteur repéré : non testé. Moins de deux pages auditées : non testé.',
  rgaa: ['12.5.1', '12.5.2', '12.5.3'],
  wcag: ['3.2.3'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  evaluate: (pages) =>
    evaluateSystem(pages, {
      system: 'search',
      what: 'le moteur de recherche',
      tests: { same: '12.5.1', place: '12.5.2', order: '12.5.3' },
      sameMeans: (reference, item) =>
        searchMeans(reference) === searchMeans(item) &&
        (searchMeans(item) !== 'link' || sameDestination(reference.href, item.href)),
    }),
});
