// RGAA 9.3.1 / 9.3.2 (failures only): information laid out as a list uses <ul>/<ol> and <li>: text lines or
// paragraphs starting with « - », « • », « * » or « 1. 2. » fail, as do <ul>/<ol> with children other than <li>.

import type { FakeListFact, ListFact } from '../../../core/facts/headings.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

type Target = (ListFact & { kind: 'list' }) | (FakeListFact & { kind: 'fake' });

export default defineRule({
  id: 'list-not-structured',
  version: 1,
  family: 'a11y',
  title: 'Liste non structurée avec <ul>, <ol> et <li>',
  description:
    'Deux cibles. Les <ul>/<ol> affichés (sans rôle autre que list) : échec si un enfant direct n’est pas un ' +
    '<li> (script et template exceptés). Les blocs de texte (p, td, dd, div, blockquote sans bloc enfant) dont au ' +
    'moins deux lignes consécutives (séparées par <br>) commencent par « - », « • », « * », « · », « ▪ », « ► » ' +
    '(liste non ordonnée, 9.3.1) ou par « 1. », « 2. »… qui se suivent (liste ordonnée, 9.3.2), et les ' +
    'paragraphes consécutifs qui commencent ainsi : échec. Les lignes commençant par un tiret long (– ou —), ' +
    'aussi utilisé pour les dialogues, sont « à vérifier ». Ne peut pas trouver toutes les listes visuelles.',
  rgaa: ['9.3.1', '9.3.2'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['headings'],
  applicability: ({ headings }): Target[] => [
    ...headings.lists.map((list) => ({ ...list, kind: 'list' as const })),
    ...headings.fakeLists.map((fake) => ({ ...fake, kind: 'fake' as const })),
  ],
  expectation: (target) => {
    if (target.kind === 'list') {
      const test = [target.tag === 'ul' ? '9.3.1' : '9.3.2'];
      return target.strayChildren.length === 0
        ? passed('', test)
        : failed(
            `Cette liste <${target.tag}> contient directement des éléments <${target.strayChildren.join('>, <')}> : chaque élément de la liste doit être un <li>.`,
            test,
          );
    }
    const test = [target.marker === 'number' ? '9.3.2' : '9.3.1'];
    const tag = target.marker === 'number' ? 'ol' : 'ul';
    if (target.marker === 'dash')
      return cantTell(
        `${target.items} lignes commencent par un tiret (« ${target.sample} ») : s’il s’agit d’une liste, la structurer avec <ul> et <li>.`,
        test,
      );
    return failed(
      `${target.items} lignes présentées en liste sans balisage de liste (« ${target.sample} ») : les structurer avec <${tag}> et <li>.`,
      test,
    );
  },
});
