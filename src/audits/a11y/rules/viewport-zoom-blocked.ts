// RGAA 10.4.2 / WCAG 1.4.4: the text can be enlarged to 200 %; a viewport that forbids zooming
// (user-scalable=no, maximum-scale below 2) blocks it on mobile browsers. ACT b4f0c3 (meta viewport allows zoom).

import { defineRule, failed, passed } from '../../../core/rule.js';
import { parseViewport } from './data/meta.js';

/**
 * A viewport value as a number, as CSS Device Adaptation translates it: yes → 1, no → `no`, device-width and
 * device-height → 10, a number → itself, anything else → `invalid`.
 */
function viewportNumber(value: string, no: number, invalid: number): number {
  if (value === 'yes') return 1;
  if (value === 'no') return no;
  if (value === 'device-width' || value === 'device-height') return 10;
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : invalid;
}

/** Why this viewport blocks zooming to 200 %, null when it does not. */
export function viewportProblem(content: string): string | null {
  const properties = parseViewport(content);
  const scalable = properties['user-scalable'];
  // An unreadable user-scalable counts as « no » (ACT b4f0c3, failed example « user-scalable=invalid »).
  if (scalable !== undefined && scalable !== '' && Math.abs(viewportNumber(scalable, 0, 0)) < 1)
    return `user-scalable=${scalable} interdit le zoom`;
  const maximum = properties['maximum-scale'];
  if (maximum !== undefined && maximum !== '' && viewportNumber(maximum, 0.1, 0.1) < 2)
    return `maximum-scale=${maximum} limite le zoom à moins de 200 %`;
  return null;
}

export default defineRule({
  id: 'viewport-zoom-blocked',
  version: 1,
  family: 'a11y',
  title: 'Zoom bloqué par la balise meta viewport',
  description:
    'La dernière balise <meta name="viewport"> (celle que le navigateur applique) ne doit ni contenir ' +
    'user-scalable=no (ou un nombre entre -1 et 1, ou une valeur illisible) ni maximum-scale inférieur à 2 (yes ' +
    'vaut 1, une valeur illisible moins de 2, device-width 10). Sans balise viewport, ou avec ' +
    'une balise qui ne limite pas le zoom, l’agrandissement à 200 % est possible avec le zoom du navigateur.',
  rgaa: ['10.4.2'],
  wcag: ['1.4.4'],
  act: ['b4f0c3'],
  coverage: 'full',
  requires: ['document'],
  applicability: ({ document }) => {
    const metas = document.metaViewport ?? [];
    return metas.length > 0 ? [metas[metas.length - 1]!] : [document.root];
  },
  expectation: (target) => {
    const problem = 'content' in target ? viewportProblem(String(target.content)) : null;
    return problem
      ? failed(`La balise meta viewport empêche d’agrandir la page : ${problem} ; retirer cette restriction.`)
      : passed();
  },
});
