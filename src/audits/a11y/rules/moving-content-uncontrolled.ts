// RGAA 13.8.1 (moving content) and 13.8.2 (blinking content) started automatically: they last 5 s at most or
// the user can stop, hide or do without them. WCAG 2.2.2. <marquee> moves, <blink> is blinking markup.

import type { AnimationFact } from '../../../core/facts/media.js';
import type { RuleTarget } from '../../../core/facts/target.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

type Target = RuleTarget & { kind: 'marquee' | 'blink' | 'animation' | 'page'; animation?: AnimationFact };

/** RGAA 13.8: a movement of 5 s or less needs no control. */
export const MAX_MOVEMENT_MS = 5000;

export default defineRule({
  id: 'moving-content-uncontrolled',
  version: 1,
  family: 'a11y',
  title: 'Contenu en mouvement ou clignotant sans contrôle',
  description:
    'Non conforme : chaque <marquee> (13.8.1, mouvement sans contrôle natif) et chaque <blink> (13.8.2, balise de ' +
    'clignotement). À vérifier : les animations (CSS, transitions, Web Animations) infinies ou de plus de 5 s en ' +
    'cours sur un élément visible (mouvement ou clignotement, un bouton pause peut exister). Accepté : une ' +
    'animation en cours de 5 s au plus. Les gif animés, carrousels animés par script, animations SVG (SMIL) ou ' +
    'canvas ne sont pas vus : la règle ne trouve que des non-conformités.',
  rgaa: ['13.8.1', '13.8.2'],
  wcag: ['2.2.2'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['media'],
  applicability: ({ media }): Target[] => {
    const found: Target[] = [
      ...media.marquees.map((marquee) => ({ ...marquee, kind: 'marquee' as const })),
      ...media.blinks.map((blink) => ({ ...blink, kind: 'blink' as const })),
      ...media.animations.map((animation) => ({ ...animation, kind: 'animation' as const, animation })),
    ];
    return found.length > 0 ? found : [{ ...media.root, kind: 'page' }];
  },
  expectation: (target) => {
    switch (target.kind) {
      case 'marquee':
        return failed(
          'Texte défilant (<marquee>) sans moyen de l’arrêter : le remplacer par un texte fixe ou ajouter un bouton pause.',
          ['13.8.1'],
        );
      case 'blink':
        return failed(
          'Balise <blink> (clignotement) : la supprimer et présenter le contenu sans clignotement.',
          ['13.8.2'],
        );
      case 'animation': {
        const animation = target.animation!;
        if (!animation.infinite && animation.activeMs !== null && animation.activeMs <= MAX_MOVEMENT_MS)
          return passed('', ['13.8.1']);
        const what = animation.infinite ? 'sans fin' : `de ${Math.round((animation.activeMs ?? 0) / 1000)} s`;
        return cantTell(
          `Animation ${what}${animation.name ? ` (${animation.name})` : ''} : vérifier si elle fait bouger ou clignoter un contenu et si l’utilisateur peut l’arrêter.`,
        );
      }
      default:
        return passed();
    }
  },
});
