// RGAA 5.7.3 (failures only): a <th> that does not apply to a whole row or column has a unique id, no scope and
// no role rowheader/columnheader. The one partial header found for sure: a section header row in the body,
// a lone <th> spanning the whole width, heading only the rows after it.

import {
  describeCell,
  shownTables,
  type TableCell,
  type TableFact,
  tableKind,
} from '../../../core/facts/tables.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

const sectionHeaders = (table: TableFact): TableCell[] =>
  table.colCount > 1
    ? table.cells.filter(
        (cell) =>
          cell.tag === 'th' &&
          cell.row > 0 &&
          !cell.inThead &&
          cell.text !== '' &&
          cell.colSpan >= table.colCount,
      )
    : [];

export default defineRule({
  id: 'table-partial-header-not-identified',
  version: 1,
  family: 'a11y',
  title: 'En-tête partiel <th> sans id unique, ou avec scope ou rôle d’en-tête',
  description:
    'Tableaux de données affichés ayant une ligne d’en-tête de section : un <th> seul sur sa ligne, hors de la ' +
    'première ligne et du <thead>, couvrant toute la largeur du tableau ; il ne s’applique qu’aux lignes qui le ' +
    'suivent. Échec s’il n’a pas d’id unique, ou s’il a un scope ou un rôle rowheader/columnheader. Les autres ' +
    'en-têtes partiels (en-têtes fusionnés de tableaux complexes) ne sont pas cherchés : passes laissées « non testé ».',
  rgaa: ['5.7.3'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['tables'],
  applicability: ({ tables }) =>
    shownTables(tables).filter((table) => tableKind(table) === 'data' && sectionHeaders(table).length > 0),
  expectation: (table) => {
    for (const cell of sectionHeaders(table)) {
      const where = `L’en-tête de section ${describeCell(cell)} ne s’applique qu’aux lignes qui le suivent`;
      if (cell.scope !== null)
        return failed(
          `${where} : retirer son attribut scope="${cell.scope}", lui donner un id unique et le citer dans l’attribut headers des cellules concernées.`,
        );
      if (cell.role === 'rowheader' || cell.role === 'columnheader')
        return failed(
          `${where} : retirer role="${cell.role}", lui donner un id unique et le citer dans l’attribut headers des cellules concernées.`,
        );
      if (!cell.idUnique)
        return failed(
          `${where} : lui donner un id unique et le citer dans l’attribut headers des cellules concernées.`,
        );
    }
    return passed();
  },
});
