// RGAA 5.6.2: in a data table, each row header applying to the whole row is a <th> or has role="rowheader".
// Only clear cases are decided: a first column of headers, or a <td scope="row">.

import { describeCell, firstCol, isHeaderCell, shownTables, tableKind } from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'table-row-header-not-th',
  version: 1,
  family: 'a11y',
  title: 'En-tête de ligne de tableau de données non structuré par <th> ou role="rowheader"',
  description:
    'Tableaux affichés qui ne sont pas déclarés de mise en forme. Non conforme : une <td scope="row"> non vide ' +
    '(en-tête de ligne balisé en cellule). Conforme : les cellules non vides de la première colonne, hors ' +
    'lignes d’en-têtes, sont toutes des en-têtes (th ou rowheader). Sinon « à vérifier » : la machine ne sait pas ' +
    'si la première colonne d’un tableau sert d’en-tête de ligne. Un tableau trop grand pour être relevé en entier ' +
    '(plus de 300 cellules retenues) n’est jamais jugé conforme.',
  rgaa: ['5.6.2'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) => shownTables(tables).filter((table) => tableKind(table) !== 'layout'),
  expectation: (table) => {
    const tdHeader = table.cells.find(
      (cell) => !isHeaderCell(cell) && cell.text !== '' && cell.scope === 'row',
    );
    if (tdHeader)
      return failed(
        `La cellule ${describeCell(tdHeader)} sert d’en-tête de ligne mais est une <td> : la remplacer par <th>.`,
      );
    if (tableKind(table) === 'unknown')
      return cantTell(
        'Tableau sans en-tête balisé : s’il s’agit d’un tableau de données, structurer ses en-têtes de lignes avec <th> ; sinon lui ajouter role="presentation".',
      );
    // First-column cells outside header rows (a header whose right neighbours are headers heads a column).
    const body = firstCol(table).filter(
      (cell) => cell.text !== '' && !(isHeaderCell(cell) && cell.right === 'headers'),
    );
    // A truncated table may hide td further down the first column: not judged passed.
    if (!table.truncated && table.colCount > 1 && body.length > 0 && body.every(isHeaderCell))
      return passed();
    return cantTell(
      'La première colonne de ce tableau n’est pas faite d’en-têtes : vérifier qu’aucune cellule <td> ne sert d’en-tête de ligne.',
    );
  },
});
