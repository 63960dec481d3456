// RGAA 9.2.1: the document structure uses <header>, <nav>, a single visible <main> and <footer> (HTML5
// doctype only; another doctype makes the test NA). WCAG 1.3.1.

import type { HeadingFacts } from '../../../core/facts/headings.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

function missingZones({ landmarks }: HeadingFacts): string[] {
  const has = (tag: string, role: string) =>
    landmarks.some((zone) => zone.tag === tag && zone.role === role && zone.visible && !zone.hiddenFromAT);
  const missing: string[] = [];
  if (!has('header', 'banner')) missing.push('<header> (zone d’en-tête)');
  if (!has('nav', 'navigation')) missing.push('<nav> (navigation)');
  if (!has('footer', 'contentinfo')) missing.push('<footer> (pied de page)');
  return missing;
}

export default defineRule({
  id: 'page-structure-missing',
  version: 1,
  family: 'a11y',
  title: 'Structure du document sans <main> visible unique, <header>, <nav> ou <footer>',
  description:
    'Pages au doctype HTML5 (ou sans doctype). Non conforme : aucun élément <main> visible (un role="main" ne ' +
    'suffit pas au test), ou plusieurs <main> visibles. « À vérifier » : un <main> masqué par CSS seulement ' +
    '(l’attribut hidden est attendu), ou pas de <header> de page, de <nav> ou de <footer> de page (la page peut ' +
    'ne pas avoir cette zone). Conforme quand un seul <main> est visible et que <header>, <nav> (avec des liens) ' +
    'et <footer> de page sont présents : l’usage réservé de <nav> aux navigations reste supposé. Écart avec ' +
    'Asqatasun, qui échoue aussi sans <header> ou <footer>.',
  rgaa: ['9.2.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['headings', 'document'],
  applicability: ({ headings, document }) => {
    // Particular case of criterion 9.2: a declared doctype other than HTML5 makes the test NA.
    const doctype = document.doctype;
    const html5 = !doctype || (doctype.name.toLowerCase() === 'html' && doctype.publicId === '');
    return html5 ? [headings.root] : [];
  },
  expectation: (_, { headings }) => {
    const mains = headings.landmarks.filter((zone) => zone.tag === 'main');
    const visible = mains.filter((zone) => zone.visible && !zone.hiddenFromAT);
    if (visible.length === 0)
      return failed(
        mains.length > 0
          ? 'Le seul élément <main> de la page est masqué : la zone de contenu principal doit être dans un <main> visible.'
          : 'La page n’a pas d’élément <main> : structurer la zone de contenu principal avec <main>.',
      );
    if (visible.length > 1)
      return failed(
        `La page a ${visible.length} éléments <main> visibles : n’en garder qu’un, masquer les autres avec l’attribut hidden.`,
      );
    if (mains.some((zone) => zone !== visible[0] && !zone.hiddenAttribute))
      return cantTell(
        'Un <main> est masqué par CSS sans l’attribut hidden : vérifier qu’il reste masqué sans les styles, ou lui ajouter hidden.',
      );
    const missing = missingZones(headings);
    if (missing.length > 0)
      return cantTell(
        `Éléments absents : ${missing.join(', ')}. Vérifier si la page a ces zones ; si oui, les structurer avec ces éléments.`,
      );
    const navs = headings.landmarks.filter((zone) => zone.tag === 'nav' && zone.visible);
    if (navs.some((zone) => zone.links === 0))
      return cantTell(
        'Un élément <nav> ne contient aucun lien : vérifier qu’il n’est utilisé que pour une zone de navigation.',
      );
    return passed();
  },
});
