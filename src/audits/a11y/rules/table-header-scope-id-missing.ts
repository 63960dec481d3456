// RGAA 5.7.1: a <th> applying to a whole row or column has a unique id, a scope, or role rowheader/columnheader
// (particular case: a table whose headers are all on one row or one column may use bare <th>).

import {
  describeCell,
  headerCells,
  shownTables,
  tableComplexity,
  tableKind,
} from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

export default defineRule({
  id: 'table-header-scope-id-missing',
  version: 1,
  family: 'a11y',
  title: 'En-tête <th> sans scope, id unique ni rôle d’en-tête',
  description:
    'Tableaux de données affichés ayant des <th> non vides. Conforme quand chaque <th> a un id unique, un scope ou ' +
    'role="rowheader"/"columnheader", ou quand tous les <th> sont sur la première ligne ou tous sur la première ' +
    'colonne (cas particulier du critère 5.7). Non conforme : tableau simple à en-têtes de lignes et de colonnes ' +
    '(sans fusion) dont un <th> hors de la cellule de coin n’a rien de cela. Tableaux complexes ou cas de la ' +
    'seule cellule de coin : « à vérifier ».',
  rgaa: ['5.7.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) =>
    shownTables(tables).filter(
      (table) =>
        tableKind(table) === 'data' &&
        headerCells(table).some((cell) => cell.tag === 'th' && cell.text !== ''),
    ),
  expectation: (table) => {
    const ths = headerCells(table).filter((cell) => cell.tag === 'th' && cell.text !== '');
    const bare = ths.filter(
      (cell) =>
        !cell.idUnique && cell.scope === null && cell.role !== 'rowheader' && cell.role !== 'columnheader',
    );
    if (bare.length === 0) return passed();
    if (ths.every((cell) => cell.row === 0) || ths.every((cell) => cell.col === 0)) return passed();
    const offCorner = bare.filter((cell) => cell.row !== 0 || cell.col !== 0);
    const simpleGrid =
      tableComplexity(table) === 'simple' && ths.every((cell) => cell.rowSpan === 1 && cell.colSpan === 1);
    if (simpleGrid && offCorner.length > 0)
      return failed(
        `Ce tableau a des en-têtes de lignes et de colonnes ; l’en-tête ${describeCell(offCorner[0]!)}${offCorner.length > 1 ? ` et ${offCorner.length - 1} autre(s)` : ''} n’a ni scope, ni id unique, ni rôle : ajouter scope="col" ou scope="row".`,
      );
    return cantTell(
      `L’en-tête ${describeCell(bare[0]!)} n’a ni scope, ni id unique, ni rôle : s’il s’applique à toute sa ligne ou colonne, lui ajouter scope="row" ou scope="col".`,
    );
  },
});
