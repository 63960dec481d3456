// RGAA 5.1.1: a complex data table (headers outside the first row and column, or not applying to a whole row
// or column) has a summary: caption text, an aria-describedby passage, or (before HTML5) a summary attribute.

import { shownTables, tableComplexity, tableKind } from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'complex-table-summary-missing',
  version: 1,
  family: 'a11y',
  title: 'Tableau de données complexe sans résumé',
  description:
    'Tableaux de données affichés dont des en-têtes (th, columnheader, rowheader) non vides sont hors de la ' +
    'première ligne et de la première colonne (complexes), ou qui ont des en-têtes fusionnés (colspan, rowspan) ' +
    'ou des attributs headers, ou ne sont faits que d’en-têtes (peut-être complexes). Conforme avec un <caption> non vide, un passage désigné par ' +
    'aria-describedby non vide ou un attribut summary non vide ; non conforme pour un tableau complexe sans rien ' +
    'de tout cela ; « à vérifier » pour un tableau peut-être complexe. Les tableaux simples sont hors du test. ' +
    'Écart assumé avec Asqatasun, qui désigne les tableaux complexes par des marqueurs (class, id) : un tableau ' +
    'à une ligne d’en-têtes est lu ici comme simple, donc hors du test.',
  rgaa: ['5.1.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) =>
    shownTables(tables).filter((table) => tableKind(table) === 'data' && tableComplexity(table) !== 'simple'),
  expectation: (table) => {
    const summary = [table.caption, table.describedbyText, table.summary].some(
      (text) => (text ?? '').trim() !== '',
    );
    if (summary) return passed();
    return tableComplexity(table) === 'complex'
      ? failed(
          'Ce tableau de données complexe (en-têtes hors de la première ligne et de la première colonne) n’a pas de résumé : décrire sa nature et sa structure dans son <caption>.',
        )
      : cantTell(
          'Ce tableau a des en-têtes fusionnés ou des attributs headers : s’il est complexe, décrire sa nature et sa structure dans son <caption>.',
        );
  },
});
