// RGAA 12.8.1 (WCAG 2.4.3, failure F44): a positive tabindex sends the focus to an element before the elements
// that precede it in the page, so the tab order no longer follows the content. Only failures can be found: a
// coherent order is a person's judgement.

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'tab-order-positive-tabindex',
  version: 1,
  family: 'a11y',
  title: 'Ordre de tabulation bouleversé par un tabindex positif',
  description:
    'Pour chaque élément focusable ayant un tabindex positif : non conforme s’il reçoit le focus avant des ' +
    'éléments focusables de l’ordre naturel (tabindex 0 ou implicite) qui le précèdent dans la page (échec F44 ' +
    'des WCAG) ; « à vérifier » s’il ne passe devant que d’autres éléments à tabindex positif (ordre voulu par ' +
    'l’auteur, peut-être cohérent) ; satisfait s’il ne change rien à l’ordre. La cohérence de l’ordre de ' +
    'tabulation du reste de la page n’est pas évaluée : la règle ne peut conclure qu’à des non-conformités.',
  rgaa: ['12.8.1'],
  wcag: ['2.4.3'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['navigation'],
  applicability: ({ navigation }) => navigation.positiveTabindex,
  expectation: (element) => {
    if (element.overtaken > 0)
      return failed(
        `tabindex="${element.tabindex}" fait passer cet élément avant ${element.overtaken} élément(s) focusable(s) placé(s) avant lui dans la page : retirer le tabindex positif et ordonner le code source.`,
      );
    if (element.overtakenPositive > 0)
      return cantTell(
        `tabindex="${element.tabindex}" réordonne la tabulation entre éléments à tabindex positif : vérifier que l’ordre obtenu reste cohérent.`,
      );
    return passed();
  },
});
