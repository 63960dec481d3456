// RGAA 10.14.1 / WCAG 2.1.1: content shown by a CSS :hover rule also shows on keyboard focus. Decides from the
// style rules read in the page (src/crawl/collectors/facts/rendering-states.ts).

import type { RenderingFacts, StateRevealFact } from '../../../core/facts/rendering.js';
import type { RuleTarget } from '../../../core/rule.js';
import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';

export interface RevealTarget extends RuleTarget {
  reveal: StateRevealFact | null;
  /** Why nothing can be said (no reveal facts, unreadable sheets). */
  unknown?: string;
}

/** The reveals of one state, plus the page root when some style sheets could not be read (cantTell). */
export function revealTargets(rendering: RenderingFacts, state: 'hover' | 'focus'): RevealTarget[] {
  if (!rendering.stateReveals)
    return [{ ...rendering.root, reveal: null, unknown: 'règles CSS non relevées sur cette page' }];
  const reveals = rendering.stateReveals
    .filter((reveal) => reveal.state === state)
    .map((reveal) => ({ selector: reveal.selector, snippet: reveal.snippet, reveal }));
  if (rendering.unreadableSheets.length === 0) return reveals;
  return [
    ...reveals,
    {
      ...rendering.root,
      reveal: null,
      unknown: `feuilles de style illisibles (${rendering.unreadableSheets.slice(0, 3).join(', ')})`,
    },
  ];
}

export default defineRule({
  id: 'hover-content-not-on-focus',
  version: 1,
  family: 'a11y',
  title: 'Contenu affiché au survol (CSS :hover) sans équivalent à la prise de focus',
  description:
    'Relève les règles CSS lisibles dont le sélecteur contient :hover et qui affichent un contenu caché au repos ' +
    '(display, visibility, opacity, clip, hauteur, transform, position) sur un descendant, un voisin ou un ' +
    '::before/::after. Conforme quand la même règle existe avec :focus, :focus-within ou :focus-visible ; non ' +
    'conforme quand elle n’existe pas et que l’élément survolé est ou contient un élément focalisable sans ' +
    'contrôle de divulgation (aria-expanded, aria-controls, aria-haspopup). À vérifier à la main : élément ' +
    'survolé non focalisable, contrôle de divulgation présent (un script peut afficher le contenu), feuilles de ' +
    'style d’une autre origine. Limites : un script qui affiche le contenu au focus sans attribut ARIA n’est pas vu.',
  rgaa: ['10.14.1'],
  wcag: ['2.1.1'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => revealTargets(rendering, 'hover'),
  expectation: (target): Verdict => {
    const reveal = target.reveal;
    if (!reveal)
      return cantTell(
        `Contenus affichés au survol non vérifiés (${target.unknown}) : les vérifier à la main.`,
      );
    if (reveal.equivalent) return passed();
    if (reveal.hostFocusable && !reveal.disclosure)
      return failed(
        `Ce contenu n’apparaît qu’au survol (« ${reveal.cssSelector} ») : ajouter la même règle avec :focus-within ou :focus pour l’afficher au clavier.`,
      );
    return cantTell(
      reveal.hostFocusable
        ? `Ce contenu apparaît au survol (« ${reveal.cssSelector} ») sans règle :focus ; un script lié à aria-expanded l’affiche peut-être au clavier : vérifier.`
        : `Ce contenu apparaît au survol d’un élément non focalisable (« ${reveal.cssSelector} ») : vérifier qu’il est accessible au clavier autrement.`,
    );
  },
});
