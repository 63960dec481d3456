// RGAA 5.7.2: a <th> with a scope that applies to a whole column has scope="col", to a whole row scope="row".
// Direction is read from the grid: only data cells below it (column header) or to its right (row header).

import {
  describeCell,
  headerDirection,
  isCorner,
  shownTables,
  type TableCell,
  tableKind,
} from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const scoped = (cell: TableCell) =>
  cell.tag === 'th' && cell.scope !== null && cell.scope !== 'rowgroup' && cell.scope !== 'colgroup';

export default defineRule({
  id: 'table-header-scope-mismatch',
  version: 1,
  family: 'a11y',
  title: 'Valeur de scope d’un en-tête <th> ne correspondant pas à sa portée',
  description:
    'Tableaux de données affichés ayant des <th> avec scope (hors rowgroup et colgroup, qui visent des en-têtes ' +
    'partiels). Un <th> n’ayant que des cellules de données sous lui est un en-tête de colonne (scope="col" ' +
    'attendu) ; un <th> n’ayant que des cellules de données à sa droite est un en-tête de ligne (scope="row" ' +
    'attendu). La cellule de coin accepte row ou col. Position ambiguë (fusion, données des deux côtés) : ' +
    '« à vérifier ».',
  rgaa: ['5.7.2'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) =>
    shownTables(tables).filter((table) => tableKind(table) === 'data' && table.cells.some(scoped)),
  expectation: (table) => {
    let unclear: TableCell | undefined;
    for (const cell of table.cells.filter(scoped)) {
      const direction = headerDirection(cell);
      if (direction === 'unclear') {
        const corner = isCorner(cell) && (cell.scope === 'row' || cell.scope === 'col');
        if (!corner) unclear ??= cell;
      } else if (cell.scope !== direction)
        return failed(
          `L’en-tête ${describeCell(cell)} s’applique à toute sa ${direction === 'col' ? 'colonne' : 'ligne'} mais a scope="${cell.scope}" : mettre scope="${direction}".`,
        );
    }
    return unclear
      ? cantTell(
          `L’en-tête ${describeCell(unclear)} a scope="${unclear.scope}" : vérifier que cette valeur correspond à sa portée (col pour une colonne, row pour une ligne).`,
        )
      : passed();
  },
});
