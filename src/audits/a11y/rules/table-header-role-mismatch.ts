// RGAA 5.7.5: an element with role="rowheader" or role="columnheader" applying to a whole row or column has
// the role matching its direction: columnheader above a column of data, rowheader before a row of data.

import {
  describeCell,
  headerDirection,
  isCorner,
  shownTables,
  type TableCell,
} from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

const roled = (cell: TableCell) => cell.role === 'rowheader' || cell.role === 'columnheader';
const EXPECTED = { col: 'columnheader', row: 'rowheader' } as const;

export default defineRule({
  id: 'table-header-role-mismatch',
  version: 1,
  family: 'a11y',
  title: 'Rôle rowheader ou columnheader ne correspondant pas à la portée de l’en-tête',
  description:
    'Tableaux affichés ayant des cellules role="rowheader" ou role="columnheader". Un en-tête n’ayant que des ' +
    'cellules de données sous lui doit avoir role="columnheader", un en-tête n’ayant que des cellules de données ' +
    'à sa droite role="rowheader". La cellule de coin accepte les deux rôles. Position ambiguë (fusion, données des deux côtés) : ' +
    '« à vérifier ».',
  rgaa: ['5.7.5'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) => shownTables(tables).filter((table) => table.cells.some(roled)),
  expectation: (table) => {
    let unclear: TableCell | undefined;
    for (const cell of table.cells.filter(roled)) {
      const direction = headerDirection(cell);
      if (direction === 'unclear') {
        if (!isCorner(cell)) unclear ??= cell;
      } else if (cell.role !== EXPECTED[direction])
        return failed(
          `L’en-tête ${describeCell(cell)} s’applique à toute sa ${direction === 'col' ? 'colonne' : 'ligne'} mais a role="${cell.role}" : mettre role="${EXPECTED[direction]}".`,
        );
    }
    return unclear
      ? cantTell(
          `Vérifier que le rôle de l’en-tête ${describeCell(unclear)} (role="${unclear.role}") correspond à sa portée.`,
        )
      : passed();
  },
});
