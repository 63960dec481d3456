// RGAA 7.3.2 (WCAG 2.4.7, 2.1.1): a script does not remove the focus from the element that receives it. Every
// element of the sequential focus order is focused once in the page (src/crawl/collectors/facts/focus.ts): one
// that got its focus event but no longer has the focus when focus() returns lost it to a script. Snapshots taken
// before that walk existed are judged from the source of the focus handlers only (failures, never C).

import type { FocusHandlerFact } from '../../../core/facts/behaviour.js';
import type { FocusRemoval } from '../../../core/facts/focus.js';
import { cantTell, defineRule, failed, passed, type RuleTarget } from '../../../core/rule.js';

type Target =
  | (RuleTarget & { kind: 'walk'; removal: FocusRemoval | null })
  | (RuleTarget & { kind: 'unchecked'; count: number })
  | (FocusHandlerFact & { kind: 'handler' });

const REMOVED =
  'Cet élément perd le focus dès qu’il le reçoit (un script appelle blur()) : supprimer cet appel, les utilisateurs du clavier ne peuvent plus l’atteindre ni voir où ils sont.';

export default defineRule({
  id: 'focus-removed-by-script',
  version: 2,
  family: 'a11y',
  title: 'Focus retiré par un script à l’élément qui le reçoit',
  description:
    'Chaque élément de l’ordre de tabulation (jusqu’à 1 500) reçoit le focus une fois dans la page. Non ' +
    'conforme quand l’élément a reçu l’événement focus mais ne l’a plus au retour de focus() et que rien ne le ' +
    'détient (blur()) ; à vérifier quand un script l’a déplacé vers un autre élément. Conforme quand chaque ' +
    'élément garde le focus. Limites : un retrait différé (setTimeout, après une animation) n’est pas vu ; ' +
    'au-delà de 1 500 éléments, le reste est à vérifier. Sur les instantanés antérieurs à ce parcours, seul le ' +
    'code des gestionnaires de focus est lu (this.blur(), event.target.blur()) et la règle ne sait que trouver ' +
    'des non-conformités.',
  rgaa: ['7.3.2'],
  wcag: ['2.4.7'],
  act: [],
  coverage: 'full',
  requires: ['behaviour', 'focus'],
  applicability: ({ behaviour, focus }): Target[] => {
    const removal = focus.removal;
    if (!removal)
      return [
        ...behaviour.focusHandlers
          .filter((handler) => handler.visible && handler.blur !== 'none')
          .map((handler) => ({ ...handler, kind: 'handler' as const })),
        { ...focus.root, kind: 'unchecked' as const, count: focus.total },
      ];
    const removedSelectors = new Set(removal.removed.map((item) => item.selector));
    const targets: Target[] = [
      ...removal.removed.map((item) => ({ ...item, kind: 'walk' as const, removal: item })),
      ...focus.targets
        .filter((target) => !removedSelectors.has(target.selector))
        .map((target) => ({
          selector: target.selector,
          snippet: target.snippet,
          kind: 'walk' as const,
          removal: null,
        })),
    ];
    if (removal.checked < removal.candidates)
      targets.push({ ...focus.root, kind: 'unchecked', count: removal.candidates - removal.checked });
    return targets;
  },
  expectation: (target) => {
    if (target.kind === 'unchecked')
      return cantTell(
        `${target.count} éléments de l’ordre de tabulation n’ont pas été essayés : vérifier qu’aucun script ne leur retire le focus.`,
      );
    if (target.kind === 'walk') {
      if (!target.removal) return passed();
      if (target.removal.movedTo === null) return failed(REMOVED);
      return cantTell(
        `Dès qu’il reçoit le focus, un script le déplace vers ${target.removal.movedTo.selector} : vérifier que ce déplacement est voulu et annoncé (sinon, le supprimer).`,
      );
    }
    // Snapshots without the walk: the handlers' source only.
    if (target.blur === 'self') return failed(REMOVED);
    if (target.blur === 'other')
      return cantTell(
        'Le gestionnaire de focus de cet élément appelle blur() : vérifier qu’il ne retire pas le focus à l’élément qui vient de le recevoir.',
      );
    return passed();
  },
});
