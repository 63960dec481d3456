// RGAA 10.12.1 / WCAG 1.4.12: text stays readable once line-height 1.5, paragraph spacing 2em, letter-spacing
// 0.12em and word-spacing 0.16em are applied. Finds boxes that clip (or spill) text only after the change.

import type { ClippedTextFact } from '../../../core/facts/rendering.js';
import { defineRule, passed, type RuleTarget } from '../../../core/rule.js';
import { clippedVerdict } from './text-resize-clipped.js';

interface Target extends RuleTarget {
  clipped?: ClippedTextFact;
}

export default defineRule<Target, 'rendering'>({
  id: 'text-spacing-clipped',
  version: 1,
  family: 'a11y',
  title: 'Texte coupé quand l’espacement du texte est augmenté',
  description:
    'Applique le style de la WCAG 1.4.12 (line-height 1.5, margin-bottom 2em sur les paragraphes, letter-spacing 0.12em, word-spacing 0.16em, par une feuille construite retirée ensuite) et compare chaque boîte contenant du texte avant et après. Échec quand une boîte à overflow: hidden ou clip qui ne débordait pas coupe désormais verticalement au moins un quart de ligne de texte ; à vérifier pour un débordement horizontal, une troncature voulue (line-clamp, ellipsis) ou du texte qui déborde d’une boîte de hauteur fixe sans être coupé (chevauchement possible) ; validé quand aucune boîte ne coupe ni ne fait déborder le texte. Limite : un texte recouvert par un élément positionné n’est pas détecté.',
  rgaa: ['10.12.1'],
  wcag: ['1.4.12'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => {
    if (!rendering.hasText) return [];
    if (rendering.spacingClipped.length === 0) return [rendering.root];
    return rendering.spacingClipped.map((clipped) => ({
      selector: clipped.selector,
      snippet: clipped.snippet,
      clipped,
    }));
  },
  expectation: (target) =>
    target.clipped
      ? clippedVerdict(target.clipped, 'quand l’espacement du texte est augmenté (WCAG 1.4.12)')
      : passed(),
});
