// RGAA 7.3.2 (WCAG 2.4.7, 2.1.1): a script does not remove the focus from the element that receives it. Read
// from the source of the focus handlers (inline onfocus, or listeners recorded before any page script ran).

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'focus-removed-by-script',
  version: 1,
  family: 'a11y',
  title: 'Focus retiré par un script à l’élément qui le reçoit',
  description:
    'Cible chaque élément visible portant un gestionnaire focus ou focusin. Non conforme quand le code du ' +
    'gestionnaire retire le focus à l’élément lui-même (this.blur(), event.target.blur(), onfocus="blur()") ; ' +
    'à vérifier quand il appelle blur() sur autre chose. La prise de focus n’est pas essayée : un blur() ' +
    'appelé par une fonction intermédiaire, ou par un gestionnaire générique (jQuery…), n’est pas vu, d’où une ' +
    'couverture limitée aux non-conformités.',
  rgaa: ['7.3.2'],
  wcag: ['2.4.7'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['behaviour'],
  applicability: ({ behaviour }) => behaviour.focusHandlers.filter((handler) => handler.visible),
  expectation: (handler) => {
    if (handler.blur === 'self')
      return failed(
        'Le gestionnaire de focus de cet élément lui retire aussitôt le focus (blur()) : supprimer cet appel, les utilisateurs du clavier ne peuvent plus l’atteindre ni voir où ils sont.',
      );
    if (handler.blur === 'other')
      return cantTell(
        'Le gestionnaire de focus de cet élément appelle blur() : vérifier qu’il ne retire pas le focus à l’élément qui vient de le recevoir.',
      );
    return passed();
  },
});
