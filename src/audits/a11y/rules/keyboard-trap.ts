// RGAA 12.9.1 / WCAG 2.1.2 (No Keyboard Trap): from every element receiving the focus, Tab or Shift+Tab reaches
// the next or previous one. Decides from the `focus` facts' trap check (src/crawl/collectors/facts/focus-trap.ts).

import type { FocusFacts, KeyboardTrapFacts } from '../../../core/facts/focus.js';
import type { RuleTarget } from '../../../core/rule.js';
import { cantTell, defineRule, failed, passed, type Verdict } from '../../../core/rule.js';

interface TrapTarget extends RuleTarget {
  trap: KeyboardTrapFacts | null;
}

function where(trap: KeyboardTrapFacts): string {
  const first = trap.cycle[0]?.selector ?? '?';
  return trap.cycle.length > 1
    ? `du groupe de ${trap.cycle.length} éléments commençant par ${first}`
    : `de ${first}`;
}

export function judgeTrap(trap: KeyboardTrapFacts | null): Verdict {
  if (!trap)
    return cantTell('Piège au clavier non mesuré sur cette page : parcourir la page à la touche Tab.');
  if (trap.trapped) {
    const others = `${trap.unreached.length >= 10 ? '10 ou plus' : trap.unreached.length} autre(s) élément(s) focalisable(s)`;
    if (trap.inModal)
      return cantTell(
        `Le focus tourne dans une fenêtre modale ouverte (il ne sort pas ${where(trap)}) : vérifier qu’elle se ferme au clavier (Échap ou bouton Fermer).`,
      );
    if (trap.inEditor)
      return cantTell(
        `La touche Tab ne sort pas ${where(trap)}, un éditeur de texte : vérifier qu’un moyen d’en sortir au clavier est indiqué à l’utilisateur.`,
      );
    if (trap.backwardEscapes)
      return cantTell(
        `Tab ne fait pas sortir le focus ${where(trap)}, Maj+Tab oui : vérifier que les ${others} restent atteignables au clavier.`,
      );
    return failed(
      `Piège au clavier : ni Tab ni Maj+Tab ne font sortir le focus ${where(trap)}, les ${others} sont inatteignables. Laisser la tabulation quitter ce composant.`,
    );
  }
  if (trap.checked < trap.expected)
    return cantTell(
      `Seuls ${trap.checked} des ${trap.expected} éléments focalisables ont été vérifiés : parcourir la suite de la page à la touche Tab.`,
    );
  if (trap.frames > 0)
    return cantTell(
      `Aucun piège dans la page, mais le contenu de ${trap.frames} cadre(s) n’a pas été parcouru : vérifier à la touche Tab qu’on en sort.`,
    );
  return passed();
}

export default defineRule({
  id: 'keyboard-trap',
  version: 1,
  family: 'a11y',
  title: 'Piège au clavier : la tabulation ne permet pas de quitter un élément',
  description:
    'Pour chaque élément focalisable visible (au plus 1000), un appui synthétique sur Tab révèle les scripts qui ' +
    'annulent la tabulation en gardant le focus ou en le renvoyant en arrière ; les 150 premiers éléments sont ' +
    'aussi quittés (blur) pour trouver ceux qui reprennent le focus. Depuis chaque suspect (au plus 3), 24 vrais ' +
    'appuis sur Tab puis 4 sur Maj+Tab : piège (non conforme) quand le focus ne revient jamais au document et ' +
    'reste sur un élément ou tourne dans un groupe alors que d’autres éléments focalisables existent, et que ' +
    'Maj+Tab n’en sort pas non plus. À vérifier à la main : fenêtre modale ouverte, éditeur de texte qui capture ' +
    'Tab, sortie par Maj+Tab seulement, cadres (leur contenu n’est pas parcouru), plus de 1000 éléments. Limites : ' +
    'les gestionnaires qui ignorent les événements synthétiques et les pièges reprenant le focus au-delà des 150 ' +
    'premiers éléments ne sont pas vus.',
  rgaa: ['12.9.1'],
  wcag: ['2.1.2'],
  act: [],
  coverage: 'full',
  requires: ['focus'],
  applicability: ({ focus }: { focus: FocusFacts }): TrapTarget[] => {
    const trap = focus.trap ?? null;
    if (trap && trap.expected === 0) return [];
    const at = trap?.trapped ? (trap.cycle[0] ?? focus.root) : focus.root;
    return [{ selector: at.selector, snippet: at.snippet, trap }];
  },
  expectation: (target) => judgeTrap(target.trap),
});
