// RGAA 10.4.1 / WCAG 1.4.4: text enlarged to 200 % loses no information. Finds boxes that clip text once every
// font size is doubled (text zoom) and still clip at 200 % graphic zoom (viewport halved). Failures only.

import type { ClippedTextFact } from '../../../core/facts/rendering.js';
import { cantTell, defineRule, failed, passed, type RuleTarget, type Verdict } from '../../../core/rule.js';

/** Shared with text-spacing-clipped: a clear vertical cut of text is a failure, anything else is checked by hand. */
export function clippedVerdict(clipped: ClippedTextFact, when: string): Verdict {
  const cut = clipped.overflowPx >= Math.max(4, clipped.lineHeightPx / 4);
  const text = clipped.text ? ` (« ${clipped.text} »)` : '';
  if (clipped.clips && clipped.axis === 'y' && cut && !clipped.truncates)
    return failed(
      `Texte coupé ${when} : la boîte masque ${clipped.overflowPx} px de contenu (overflow: hidden et hauteur fixe)${text} ; laisser la hauteur s’adapter (min-height) ou permettre le défilement.`,
    );
  const why = !clipped.clips
    ? 'le texte déborde de sa boîte de hauteur fixe (chevauchement possible)'
    : clipped.truncates
      ? 'le texte est tronqué volontairement (line-clamp, ellipsis)'
      : clipped.axis === 'x'
        ? 'le texte est coupé horizontalement'
        : 'un peu de contenu est coupé';
  return cantTell(
    `${why[0]?.toUpperCase()}${why.slice(1)} ${when}${text} : vérifier que le texte reste lisible en entier.`,
  );
}

interface Target extends RuleTarget {
  clipped?: ClippedTextFact;
}

export default defineRule<Target, 'rendering'>({
  id: 'text-resize-clipped',
  version: 1,
  family: 'a11y',
  title: 'Texte coupé quand sa taille est doublée',
  description:
    'Double la taille calculée de chaque élément (comme le zoom texte du navigateur), relève les boîtes qui coupent alors du texte sans le faire avant, puis garde celles qui le coupent aussi à 200 % de zoom graphique (fenêtre réduite de moitié) : le test est respecté si l’une des conditions l’est. Échec pour une coupe verticale nette (overflow: hidden) ; à vérifier sinon. Ne trouve que des échecs : un texte lisible dans ces deux cas ne prouve pas l’absence de perte d’information (texte en image, composants propres au site). Choix assumé : les unités absolues (pt, cm…) que le test Asqatasun de RGAA 4.0 signalait ne sont pas un échec du test 10.4.1 de RGAA 4.1.2.',
  rgaa: ['10.4.1'],
  wcag: ['1.4.4'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['rendering'],
  applicability: ({ rendering }) => {
    if (!rendering.hasText) return [];
    if (rendering.zoomClipped.length === 0) return [rendering.root];
    return rendering.zoomClipped.map((clipped) => ({
      selector: clipped.selector,
      snippet: clipped.snippet,
      clipped,
    }));
  },
  expectation: (target) =>
    target.clipped
      ? clippedVerdict(target.clipped, 'quand la taille du texte est doublée (200 %)')
      : passed(),
});
