// RGAA 5.7.4: a cell with a headers attribute lists the ids of its headers: every id must name a header cell
// (th, columnheader, rowheader) of the same table. Completeness of the list is left to a person.

import { shownTables, tableKind } from '../../../core/facts/tables.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

const WHY = {
  missing: 'ne correspond à aucun élément de la page',
  outside: 'désigne un élément hors de ce tableau',
  cell: 'désigne une cellule de données, pas un en-tête',
} as const;

export default defineRule({
  id: 'table-headers-attr-invalid',
  version: 1,
  family: 'a11y',
  title: 'Attribut headers ne désignant pas les en-têtes du tableau',
  description:
    'Tableaux de données affichés dont des cellules ont un attribut headers : non conforme quand un id listé ne ' +
    'désigne pas un en-tête (th, columnheader, rowheader) du même tableau. Ne sait pas dire si la liste est ' +
    'complète, ni trouver les cellules qui devraient avoir un attribut headers : passes laissées « non testé ».',
  rgaa: ['5.7.4'],
  wcag: ['1.3.1'],
  act: ['a25f45'],
  coverage: 'failuresOnly',
  requires: ['tables'],
  applicability: ({ tables }) =>
    shownTables(tables).filter(
      (table) => tableKind(table) !== 'layout' && table.cells.some((cell) => cell.headers !== null),
    ),
  expectation: (table) => {
    for (const cell of table.cells)
      for (const ref of cell.headers ?? [])
        if (ref.target !== 'header')
          return failed(
            `L’attribut headers de la cellule « ${cell.text.slice(0, 40)} » cite l’id « ${ref.id} », qui ${WHY[ref.target]} : n’y lister que les id des <th> de ce tableau qui s’appliquent à la cellule.`,
          );
    return passed();
  },
});
