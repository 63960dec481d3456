// RGAA 13.11.1: actions triggered with a pointer on a single point can be cancelled — typically they fire on the
// up event (click), not on the down event. Native controls and click handlers act on the up event; handlers on
// mousedown, pointerdown or touchstart may not: those are cantTell, never failed (a down handler can start a drag,
// or its action be undone on the up event).

import type { PointerHandlerFact } from '../../../core/facts/behaviour.js';
import type { RuleTarget } from '../../../core/rule.js';
import { cantTell, defineRule, passed } from '../../../core/rule.js';

const DOWN_EVENTS = ['mousedown', 'pointerdown', 'touchstart'];

export default defineRule({
  id: 'pointer-down-activation',
  version: 1,
  family: 'a11y',
  title: 'Action déclenchée à l’appui du pointeur, peut-être sans annulation possible',
  description:
    'Les liens, boutons et champs natifs et les gestionnaires « click » agissent au relâchement du pointeur, ce ' +
    'qui permet d’annuler en glissant hors de la cible. Chaque élément visible qui a un gestionnaire mousedown, ' +
    'pointerdown ou touchstart posé par script est « à vérifier » (l’action peut être annulée, inversée au ' +
    'relâchement, ou essentielle). Conforme au niveau de la page quand aucun gestionnaire de ce type n’est vu et ' +
    'qu’aucun gestionnaire de pointeur n’est délégué au document (sinon « à vérifier »). Limites : seuls les ' +
    'gestionnaires posés pendant la visite sont vus ; les cadres ne sont pas examinés.',
  rgaa: ['13.11.1'],
  wcag: ['2.5.2'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  requires: ['behaviour'],
  applicability: ({ behaviour }): (RuleTarget | PointerHandlerFact)[] => [
    behaviour.root,
    ...behaviour.pointerHandlers.filter(
      (handler) => handler.visible && handler.types.some((type) => DOWN_EVENTS.includes(type)),
    ),
  ],
  expectation: (target, { behaviour }) => {
    if ('types' in target && Array.isArray(target.types))
      return cantTell(
        `Action au ${target.types.filter((type) => DOWN_EVENTS.includes(type)).join('/')} : vérifier qu’elle peut ` +
          'être annulée (déclenchée au relâchement, annulable ou inversée), sauf si elle est essentielle.',
      );
    if (behaviour.delegatedPointerHandlers)
      return cantTell(
        'Des gestionnaires de pointeur sont délégués au document : vérifier que les actions se déclenchent au ' +
          'relâchement ou peuvent être annulées.',
      );
    return passed('Aucune action déclenchée à l’appui du pointeur.');
  },
});
