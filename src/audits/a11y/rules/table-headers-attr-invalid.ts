// RGAA 5.7.4: a cell with a headers attribute lists the ids of its headers: every id must name a header cell
// (th, columnheader, rowheader) of the same table. Completeness of the list is left to a person.

import { shownTables, tableKind } from '../../../core/facts/tables.js';
import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

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
    'désigne aucun élément ou un élément hors du tableau (règle ACT a25f45) ; « à vérifier » quand il désigne ' +
    'une cellule <td> du tableau (en-tête mal balisé ?). Ne sait pas dire si la liste est ' +
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
    let toCell: string | undefined;
    for (const cell of table.cells)
      for (const ref of cell.headers ?? []) {
        if (ref.target === 'missing' || ref.target === 'outside')
          return failed(
            `L’attribut headers de la cellule « ${cell.text.slice(0, 40)} » cite l’id « ${ref.id} », qui ${WHY[ref.target]} : n’y lister que les id des en-têtes de ce tableau qui s’appliquent à la cellule.`,
          );
        if (ref.target === 'cell') toCell ??= ref.id;
      }
    // ACT a25f45 accepts a td as referenced cell: a td used as header is a matter for RGAA 5.6.
    return toCell
      ? cantTell(
          `L’attribut headers cite l’id « ${toCell} », qui ${WHY.cell} : vérifier que cette cellule est un en-tête et la baliser avec <th>.`,
        )
      : passed();
  },
});
