// RGAA 5.6.1: in a data table, each column header applying to the whole column is a <th> or has
// role="columnheader". Only clear cases are decided: a first row of headers, or a <td> meant as a column header.

import { describeCell, firstRow, isHeaderCell, shownTables, tableKind } from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'table-column-header-not-th',
  version: 1,
  family: 'a11y',
  title: 'En-tête de colonne de tableau de données non structuré par <th> ou role="columnheader"',
  description:
    'Tableaux affichés qui ne sont pas déclarés de mise en forme. Non conforme : une cellule <td> non vide (sans champ de formulaire) dans ' +
    'la première ligne d’un <thead>, ou une <td scope="col"> (en-tête de colonne balisé en cellule). Conforme : toutes les cellules ' +
    'non vides de la première ligne sont des en-têtes (th ou columnheader). Sinon « à vérifier » : un tableau ' +
    'sans en-tête balisé peut être un tableau de mise en forme ou un tableau de données aux en-têtes en <td>.',
  rgaa: ['5.6.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) => shownTables(tables).filter((table) => tableKind(table) !== 'layout'),
  expectation: (table) => {
    const tdHeader = table.cells.find(
      (cell) =>
        !isHeaderCell(cell) &&
        cell.text !== '' &&
        !cell.control &&
        (cell.scope === 'col' || (cell.inThead && cell.row === 0)),
    );
    if (tdHeader)
      return failed(
        `La cellule ${describeCell(tdHeader)} sert d’en-tête de colonne mais est une <td> : la remplacer par <th>.`,
      );
    if (tableKind(table) === 'unknown')
      return cantTell(
        'Tableau sans en-tête balisé : s’il s’agit d’un tableau de données, structurer ses en-têtes de colonnes avec <th> ; sinon lui ajouter role="presentation".',
      );
    const top = firstRow(table).filter((cell) => cell.text !== '');
    if (table.rowCount > 1 && top.length > 0 && top.every(isHeaderCell)) return passed();
    return cantTell(
      'La première ligne de ce tableau n’est pas faite d’en-têtes : vérifier qu’aucune cellule <td> ne sert d’en-tête de colonne.',
    );
  },
});
