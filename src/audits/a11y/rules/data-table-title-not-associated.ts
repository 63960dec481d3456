// RGAA 5.4.1: a data table that has a title gets it through <caption>, title, aria-label or aria-labelledby
// pointing to text. A short text or heading right before a table is a candidate title to check by hand.

import { shownTables, type TableFact, tableKind } from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const filled = (value: string | null) => (value ?? '').trim() !== '';
const hasTitle = (table: TableFact) =>
  filled(table.caption) || filled(table.title) || filled(table.ariaLabel) || filled(table.labelledbyText);

export default defineRule({
  id: 'data-table-title-not-associated',
  version: 1,
  family: 'a11y',
  title: 'Titre de tableau de données non associé au tableau',
  description:
    'Tableaux de données affichés (th, caption, thead, scope, headers, summary ou role="table") : conforme quand ' +
    'le titre est donné par un <caption>, un attribut title, aria-label ou aria-labelledby désignant un texte ; ' +
    'non conforme quand aria-labelledby ne désigne aucun texte et qu’aucune autre source ne donne de titre. ' +
    'Un tableau sans titre associé précédé immédiatement d’un titre ou d’un court texte est « à vérifier » ' +
    '(ce texte est-il son titre ?) ; sans rien de tel, le tableau est considéré sans titre (hors du test). ' +
    'Les tableaux sans signe de tableau de données ne sont retenus que s’ils sont précédés d’un tel texte.',
  rgaa: ['5.4.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) =>
    shownTables(tables).filter((table) => {
      const kind = tableKind(table);
      if (kind === 'layout') return false;
      if (kind === 'unknown') return table.titleCandidate !== null;
      return hasTitle(table) || table.labelledbyText !== null || table.titleCandidate !== null;
    }),
  expectation: (table) => {
    if (hasTitle(table)) return passed();
    if (table.labelledbyText !== null)
      return failed(
        'L’attribut aria-labelledby de ce tableau ne désigne aucun texte : le faire pointer vers l’id du titre du tableau, ou utiliser <caption>.',
      );
    const candidate = table.titleCandidate?.text ?? '';
    return cantTell(
      tableKind(table) === 'data'
        ? `Le texte « ${candidate} » précède ce tableau sans lui être associé : si c’est son titre, le placer dans un <caption> ou le relier par aria-labelledby.`
        : `Le texte « ${candidate} » précède ce tableau : s’il s’agit d’un tableau de données et de son titre, le placer dans un <caption> ; s’il s’agit d’un tableau de mise en forme, ajouter role="presentation".`,
    );
  },
});
