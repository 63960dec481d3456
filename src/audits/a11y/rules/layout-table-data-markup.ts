// RGAA 5.8.1: a layout table (role="presentation"/"none") carries no data-table markup: no summary, caption,
// th, thead, tfoot, role columnheader/rowheader, nor scope, headers or axis on its cells. WCAG 1.3.1.

import { type TableFact, tableKind } from '../../../core/facts/tables.js';
import { defineRule, failed, passed } from '../../../core/rule.js';

function dataMarkup(table: TableFact): string[] {
  const found: string[] = [];
  if ((table.summary ?? '').trim() !== '') found.push('un attribut summary');
  if (table.caption !== null) found.push('un élément <caption>');
  if (table.hasThead) found.push('un élément <thead>');
  if (table.hasTfoot) found.push('un élément <tfoot>');
  if (table.cells.some((cell) => cell.tag === 'th')) found.push('des cellules <th>');
  if (table.cells.some((cell) => cell.role === 'columnheader' || cell.role === 'rowheader'))
    found.push('des rôles columnheader ou rowheader');
  if (table.cells.some((cell) => cell.scope !== null)) found.push('des attributs scope');
  if (table.cells.some((cell) => cell.headers !== null)) found.push('des attributs headers');
  if (table.cells.some((cell) => cell.axis)) found.push('des attributs axis');
  return found;
}

export default defineRule({
  id: 'layout-table-data-markup',
  version: 1,
  family: 'a11y',
  title: 'Tableau de mise en forme utilisant des éléments propres aux tableaux de données',
  description:
    'Tableaux déclarés de mise en forme (<table role="presentation"> ou role="none"), affichés : échec dès que le ' +
    'tableau a un attribut summary non vide, un <caption>, un <thead>, un <tfoot>, des <th>, des rôles ' +
    'columnheader/rowheader, ou des cellules avec scope, headers ou axis. Les tableaux sans rôle ne sont pas ' +
    'jugés ici : rien ne dit avec certitude qu’ils servent à la mise en forme.',
  rgaa: ['5.8.1'],
  wcag: ['1.3.1'],
  act: [],
  coverage: 'full',
  requires: ['tables'],
  applicability: ({ tables }) =>
    tables.filter((table) => !table.hidden && table.tag === 'table' && tableKind(table) === 'layout'),
  expectation: (table) => {
    const found = dataMarkup(table);
    return found.length === 0
      ? passed()
      : failed(
          `Ce tableau de mise en forme contient ${found.join(', ')} : les retirer, ou retirer role="${table.role}" s’il s’agit d’un tableau de données.`,
        );
  },
});
