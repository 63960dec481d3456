// RGAA 7.3.1 (WCAG 2.1.1): every element with a script event handler is usable with the keyboard. The handlers
// are those the init script saw being added (plus on* attributes and properties); see behaviour-recorder.ts.

import type { PointerHandlerFact, PointerLookingFact } from '../../../core/facts/behaviour.js';
import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';

const POINTER = new Set(['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'touchstart']);
const HOVER = new Set(['mouseover', 'mouseenter']);

type Target = (PointerHandlerFact & { kind: 'handler' }) | (PointerLookingFact & { kind: 'looking' });

/** A container of several focusable elements whose pointer handler serves them (delegation, e.g. React root). */
const isDelegationContainer = (h: PointerHandlerFact): boolean =>
  !h.nativeControl && h.tabindex === null && h.focusableDescendants >= 2;

function pointerVerdict(h: PointerHandlerFact): Verdict | null {
  const types = h.types.filter((type) => POINTER.has(type));
  if (types.length === 0 || isDelegationContainer(h)) return null;
  const list = types.join(', ');
  if (h.nativeControl) return passed();
  if (h.labelOfControl)
    return cantTell(
      `Gestionnaire ${list} sur un <label> : vérifier que la même action est déclenchée au clavier depuis le champ associé.`,
    );
  const clicks = types.includes('click');
  if (h.tabindex !== null && h.tabindex >= 0) {
    if (h.ownKeyHandler) return passed();
    if (h.inheritedKeyHandler || !clicks)
      return cantTell(
        `Élément atteignable au clavier (tabindex) avec un gestionnaire ${list} : vérifier qu’il s’active avec Entrée (ou Espace).`,
      );
    return failed(
      'Élément atteignable au clavier mais activable seulement à la souris (gestionnaire click, aucun gestionnaire clavier) : utiliser un <button> ou gérer Entrée et Espace.',
    );
  }
  if (h.tabindex !== null)
    return cantTell(
      `Élément à tabindex="${h.tabindex}" avec un gestionnaire ${list} : vérifier qu’il reçoit le focus au clavier (navigation aux flèches) et s’active avec Entrée.`,
    );
  if (h.focusableAncestor)
    return cantTell(
      `Gestionnaire ${list} sur un élément placé dans un lien ou un contrôle : vérifier que l’activation au clavier de ce dernier déclenche la même action.`,
    );
  if (h.focusableDescendants === 1)
    return cantTell(
      `Gestionnaire ${list} sur un élément qui contient un seul élément focalisable : vérifier que ce dernier donne la même action au clavier.`,
    );
  if (!clicks || !h.cursorPointer)
    return cantTell(
      `Gestionnaire ${list} sur un élément non focalisable : vérifier s’il déclenche une action et, si oui, qu’elle est accessible au clavier.`,
    );
  if (h.sameTextAsControl)
    return cantTell(
      'Élément cliquable non focalisable, mais un lien ou bouton de même intitulé existe : vérifier qu’il réalise la même action.',
    );
  return failed(
    `Élément cliquable à la souris (gestionnaire ${list}) mais ni focalisable ni activable au clavier : utiliser un <button> ou un lien, ou ajouter tabindex="0", un rôle et la gestion des touches Entrée et Espace.`,
  );
}

function hoverVerdict(h: PointerHandlerFact): Verdict | null {
  const types = h.types.filter((type) => HOVER.has(type));
  if (types.length === 0) return null;
  const reachable = h.nativeControl || (h.tabindex !== null && h.tabindex >= 0) || h.focusableDescendants > 0;
  if (reachable && h.focusHandler) return passed();
  return cantTell(
    `Gestionnaire de survol (${types.join(', ')}) : vérifier que son effet (menu, info-bulle…) est aussi obtenu au clavier, à la prise de focus.`,
  );
}

const RANK = { failed: 2, cantTell: 1, passed: 0 } as const;

export default defineRule({
  id: 'script-handler-not-keyboard-accessible',
  version: 1,
  family: 'a11y',
  title: 'Élément manipulable par script inaccessible au clavier',
  description:
    'Cible chaque élément visible du document principal portant un gestionnaire click, dblclick, mousedown, ' +
    'mouseup, pointerdown, touchstart, mouseover ou mouseenter, posé par script (addEventListener, relevé avant ' +
    'tout script de la page) ou en attribut on*. Conforme : lien, bouton ou champ natif, ou élément à ' +
    'tabindex≥0 avec son propre gestionnaire clavier ; survol doublé d’un gestionnaire focus/focusin. Non ' +
    'conforme : élément focalisable sans aucun gestionnaire clavier (ni sur lui, ni plus haut, ni sur la page), ' +
    'ou élément cliquable (click et curseur « pointer ») ni focalisable, ni dans ni autour d’un élément ' +
    'focalisable, sans lien ou bouton de même intitulé dans la page. Tout autre cas (tabindex négatif, ' +
    'élément dans un lien, label, gestionnaire sans curseur « pointer »…) est à vérifier. Les gestionnaires ' +
    'posés sur la fenêtre, le document, <html>, <body> ou un conteneur de plusieurs éléments focalisables ' +
    '(délégation) ne sont pas des cibles : dans ce cas, chaque élément à curseur « pointer » non focalisable ' +
    'est à vérifier. Limites : éléments masqués au moment de l’audit, cadres, shadow DOM, gestionnaires ' +
    'clavier seuls ; l’activation réelle au clavier n’est pas essayée ; un élément de même action ailleurs ' +
    '(seconde condition du test) n’est reconnu que par un intitulé identique.',
  rgaa: ['7.3.1'],
  wcag: ['2.1.1'],
  act: [],
  coverage: 'full',
  inapplicableMeansNA: false,
  requires: ['behaviour'],
  applicability: ({ behaviour }): Target[] => [
    ...behaviour.pointerHandlers
      .filter((h) => h.visible && !h.disabled && (hoverVerdict(h) !== null || pointerVerdict(h) !== null))
      .map((h) => ({ ...h, kind: 'handler' as const })),
    ...behaviour.pointerLooking.map((looking) => ({ ...looking, kind: 'looking' as const })),
  ],
  expectation: (target) => {
    if (target.kind === 'looking')
      return cantTell(
        'Élément d’apparence cliquable (curseur « pointer ») non focalisable, dans une page qui délègue ses gestionnaires de clic : vérifier s’il déclenche une action et, si oui, qu’elle est accessible au clavier.',
      );
    const verdicts = [pointerVerdict(target), hoverVerdict(target)].filter((v): v is Verdict => v !== null);
    return verdicts.reduce((worst, v) => (RANK[v.outcome] > RANK[worst.outcome] ? v : worst));
  },
});
