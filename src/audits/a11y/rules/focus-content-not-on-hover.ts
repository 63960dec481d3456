// RGAA 10.14.2 / WCAG 2.1.1: content shown by a CSS :focus rule also shows to pointer users (hover or click).
// Decides from the style rules read in the page (src/crawl/collectors/facts/rendering-states.ts).

import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';
import { revealTargets } from './hover-content-not-on-focus.js';

export default defineRule({
  id: 'focus-content-not-on-hover',
  version: 1,
  family: 'a11y',
  title: 'Contenu affiché à la prise de focus (CSS :focus) sans équivalent au survol',
  description:
    'Relève les règles CSS lisibles dont le sélecteur contient :focus, :focus-within ou :focus-visible (sans ' +
    ':hover) et qui affichent un contenu caché au repos sur un descendant, un voisin ou un ::before/::after. ' +
    'Conforme quand la même règle existe avec :hover, ou quand un clic suffit à l’afficher (:focus et ' +
    ':focus-within suivent le clic ; :focus-visible seulement dans un champ de saisie). Non conforme pour un ' +
    ':focus-visible seul sur un élément focalisable sans contrôle de divulgation (aria-expanded…) : le contenu ' +
    'n’apparaît ni au survol ni au clic. À vérifier à la main sinon, et pour les feuilles d’une autre origine.',
  rgaa: ['10.14.2'],
  wcag: ['2.1.1'],
  act: [],
  coverage: 'full',
  requires: ['rendering'],
  applicability: ({ rendering }) => revealTargets(rendering, 'focus'),
  expectation: (target): Verdict => {
    const reveal = target.reveal;
    if (!reveal)
      return cantTell(
        `Contenus affichés au focus non vérifiés (${target.unknown}) : les vérifier à la main.`,
      );
    if (reveal.equivalent || reveal.clickFocuses) return passed();
    if (reveal.hostFocusable && !reveal.disclosure)
      return failed(
        `Ce contenu n’apparaît qu’au focus clavier (« ${reveal.cssSelector} ») : ajouter la même règle avec :hover (ou :focus) pour les utilisateurs de souris.`,
      );
    return cantTell(
      `Ce contenu apparaît au focus (« ${reveal.cssSelector} ») sans règle :hover : vérifier qu’un pointeur peut aussi l’afficher.`,
    );
  },
});
