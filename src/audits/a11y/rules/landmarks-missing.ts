// RGAA 12.6.1: the header, main navigation, main content, footer and search zones can be reached: here, through
// their landmark role (banner, navigation, main, contentinfo, search). Other means (headings, skip links) are
// left to a person, except when the page offers none at all. WCAG 1.3.1, 2.4.1.

import type { HeadingFacts, LandmarkRole } from '../../../core/facts/headings.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const ZONES: [LandmarkRole, string][] = [
  ['banner', 'en-tête (banner)'],
  ['navigation', 'navigation (navigation)'],
  ['main', 'contenu principal (main)'],
  ['contentinfo', 'pied de page (contentinfo)'],
];

const present = (facts: HeadingFacts, role: LandmarkRole) =>
  facts.landmarks.some((zone) => zone.role === role && zone.visible && !zone.hiddenFromAT);

export default defineRule({
  id: 'landmarks-missing',
  version: 1,
  family: 'a11y',
  title: 'Zones de la page sans rôle de région (landmark)',
  description:
    'Page entière. Conforme quand les régions banner, navigation, main et contentinfo sont présentes et visibles ' +
    '(éléments header, nav, main, footer ou rôles ARIA) et que chaque formulaire de recherche est dans une région ' +
    'search. Non conforme quand la page n’a ni région main, ni aucun titre, ni aucun lien vers une ancre de la ' +
    'page : le contenu principal ne peut être atteint par aucun des moyens du test. Sinon « à vérifier » : la ' +
    'zone peut être absente, ou atteinte par un titre ou un lien d’évitement.',
  rgaa: ['12.6.1'],
  wcag: ['1.3.1', '2.4.1'],
  act: [],
  coverage: 'full',
  requires: ['headings'],
  applicability: ({ headings }) => [headings.root],
  expectation: (_, { headings }) => {
    const missing = ZONES.filter(([role]) => !present(headings, role)).map(([, label]) => label);
    const search = headings.searchForms.filter((form) => !form.inSearchLandmark);
    if (search.length > 0) missing.push('moteur de recherche (search)');
    if (missing.length === 0) return passed();
    const exposedHeadings = headings.headings.filter((heading) => !heading.hiddenFromAT);
    if (!present(headings, 'main') && exposedHeadings.length === 0 && headings.inPageLinks === 0)
      return failed(
        'La zone de contenu principal n’a ni élément <main>, ni titre, ni lien d’accès rapide : la structurer avec <main> (et les autres zones avec header, nav, footer).',
      );
    return cantTell(
      `Régions absentes : ${missing.join(', ')}. Vérifier si ces zones existent ; si oui, leur donner le rôle correspondant, ou un titre, ou un lien d’évitement.`,
    );
  },
});
