// RGAA 10.1.2: no presentational attribute in the generated source. The list is the RGAA glossary's (« Présentation
// de l’information »), with its exceptions: width and height on img, object, embed, canvas and svg, size on select.

import type { RuleTarget } from '../../../core/facts/target.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

type Target = RuleTarget & { tag?: string; attributes?: string[]; rel?: string };

/** The attributes that count: `color` on <link rel="mask-icon"> is the icon's colour (HTML), not presentation. */
function offending(target: Target): string[] {
  return (target.attributes ?? []).filter(
    (name) => !(name === 'color' && target.tag === 'link' && /(^|\s)mask-icon(\s|$)/.test(target.rel ?? '')),
  );
}

export default defineRule({
  id: 'presentational-attribute-used',
  version: 1,
  family: 'a11y',
  title: 'Attribut de présentation dans le code source',
  description:
    'Non conforme : chaque élément HTML (hors SVG, MathML et éléments personnalisés) portant align, alink, ' +
    'background, bgcolor, border, cellpadding, cellspacing, char, charoff, clear, compact, color, frameborder, ' +
    'hspace, link, marginheight, marginwidth, text, valign, vlink ou vspace, width ou height ailleurs que sur img, ' +
    'object, embed, canvas et svg (donc aussi sur iframe et video, comme le dit le glossaire), size ailleurs que sur ' +
    'select. Exception de Vigie : color sur <link rel="mask-icon">, attribut HTML standard. Conforme quand il n’y ' +
    'en a aucun (cible : l’élément <html>).',
  rgaa: ['10.1.2'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['markup'],
  applicability: ({ markup }): Target[] => {
    const found = markup.presentationalAttributes.filter((element) => offending(element).length > 0);
    return found.length > 0 ? found : [markup.root];
  },
  expectation: (target) => {
    const names = offending(target);
    return names.length > 0
      ? failed(
          `<${target.tag}> porte ${names.length > 1 ? 'les attributs de présentation' : 'l’attribut de présentation'} ${names.join(', ')} : ${names.length > 1 ? 'les remplacer' : 'le remplacer'} par des styles CSS.`,
        )
      : passed();
  },
});
