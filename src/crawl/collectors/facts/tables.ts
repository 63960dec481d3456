// Table facts (RGAA 5.x): every <table> and role=table/grid/treegrid element of the top document, with its
// title and summary sources and its cells placed on the table grid (spans applied, HTML table model).

import type { TableCell, TableFact } from '../../../core/facts/tables.js';
import { defineGatherer } from './gatherer.js';
import type { VigieWindow } from './page-helpers.js';

export default defineGatherer({
  key: 'tables',
  mutates: false,
  gather: (page) =>
    page.evaluate((): TableFact[] => {
      const v = (window as unknown as VigieWindow).__vigie;
      const MAX_TABLES = 200;
      // Cells kept per table and for the whole page: snapshots stay small on pages full of big tables.
      const MAX_CELLS = 300;
      let budget = 500;
      const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
      // The table's opening tag and caption, without serialising every cell.
      const snippetOf = (table: Element) => {
        const html = (table.cloneNode(false) as Element).outerHTML;
        const close = `</${table.localName}>`;
        const open = html.endsWith(close) ? html.slice(0, -close.length) : html;
        const caption = table instanceof HTMLTableElement && table.caption ? table.caption.outerHTML : '';
        return cut(`${open}${caption}…${close}`, 250);
      };
      const capped = (text: string | null) => (text === null ? null : cut(text, 200));
      const roleOf = (element: Element) =>
        element.getAttribute('role')?.trim().split(/\s+/)[0]?.toLowerCase() || null;
      const idCount = new Map<string, number>();
      for (const element of Array.from(document.querySelectorAll('[id]')))
        idCount.set(element.id, (idCount.get(element.id) ?? 0) + 1);
      const refText = (element: Element, attribute: string): string | null => {
        const value = element.getAttribute(attribute);
        if (value === null) return null;
        return value
          .trim()
          .split(/\s+/)
          .map((id) => (id ? document.getElementById(id) : null))
          .map((target) => (target ? v.text(target) : ''))
          .join(' ')
          .trim();
      };
      const ARIA_TABLE = '[role="table" i],[role="grid" i],[role="treegrid" i]';
      const CELL_ROLES = ['cell', 'gridcell', 'columnheader', 'rowheader'];
      const isHeader = (cell: Element) => {
        const role = roleOf(cell);
        if (role === 'columnheader' || role === 'rowheader') return true;
        return (
          cell.localName === 'th' && !(role && ['cell', 'gridcell', 'presentation', 'none'].includes(role))
        );
      };
      // Rows of the table itself (not of a nested table), each with its cells.
      const rowsOf = (table: Element): Element[][] => {
        if (table instanceof HTMLTableElement)
          return Array.from(table.rows)
            .filter((row) => row.closest('table') === table)
            .map((row) => Array.from(row.cells));
        return Array.from(table.querySelectorAll('[role="row" i]'))
          .filter((row) => row.parentElement?.closest(`table,${ARIA_TABLE}`) === table)
          .map((row) =>
            Array.from(row.querySelectorAll('*')).filter(
              (cell) =>
                CELL_ROLES.includes(roleOf(cell) ?? '') &&
                cell.parentElement?.closest('[role="row" i]') === row,
            ),
          );
      };
      const span = (cell: Element, html: string, aria: string) => {
        const raw = Number.parseInt(cell.getAttribute(html) ?? cell.getAttribute(aria) ?? '1', 10);
        return Number.isFinite(raw) && raw > 0 ? Math.min(raw, 1000) : 1;
      };
      const candidateTitle = (table: Element): TableFact['titleCandidate'] => {
        let node: Element | null = table;
        while (
          node &&
          !node.previousElementSibling &&
          node.parentElement &&
          node.parentElement !== document.body
        )
          node = node.parentElement;
        const before = node?.previousElementSibling;
        if (!before || !v.isVisible(before)) return null;
        const heading = /^h[1-6]$/.test(before.localName) || roleOf(before) === 'heading';
        const text = v.text(before);
        const short =
          ['p', 'strong', 'b', 'span', 'div', 'label'].includes(before.localName) && text.length <= 100;
        return text && (heading || short) && !before.querySelector('table,ul,ol,form')
          ? { text: cut(text, 120), heading }
          : null;
      };
      const tables = Array.from(document.querySelectorAll(`table,${ARIA_TABLE}`)).slice(0, MAX_TABLES);
      return tables.map((table): TableFact => {
        const rows = rowsOf(table);
        // The grid: which cell covers each slot, spans applied.
        const grid: Element[][] = [];
        const placed: { cell: Element; row: number; col: number; rowSpan: number; colSpan: number }[] = [];
        rows.forEach((cells, r) => {
          grid[r] ??= [];
          let c = 0;
          for (const cell of cells) {
            while (grid[r]![c]) c++;
            const rowSpan = Math.min(span(cell, 'rowspan', 'aria-rowspan'), rows.length - r);
            const colSpan = span(cell, 'colspan', 'aria-colspan');
            for (let i = r; i < r + rowSpan; i++) {
              grid[i] ??= [];
              for (let j = c; j < c + colSpan; j++) grid[i]![j] = cell;
            }
            placed.push({ cell, row: r, col: c, rowSpan, colSpan });
            c += colSpan;
          }
        });
        const colCount = Math.max(0, ...grid.map((row) => row.length));
        const look = (slots: (Element | undefined)[], self: Element): 'data' | 'headers' | 'none' => {
          const others = [...new Set(slots.filter((slot): slot is Element => !!slot && slot !== self))];
          if (others.length === 0) return 'none';
          return others.some(isHeader) ? 'headers' : 'data';
        };
        const kept = placed.filter(
          ({ cell, row, col }) =>
            row === 0 ||
            col === 0 ||
            isHeader(cell) ||
            cell.hasAttribute('scope') ||
            cell.hasAttribute('headers') ||
            cell.hasAttribute('axis'),
        );
        const room = Math.max(0, Math.min(MAX_CELLS, budget));
        budget -= Math.min(room, kept.length);
        const cells = kept.slice(0, room).map(({ cell, row, col, rowSpan, colSpan }): TableCell => {
          const headers = cell.getAttribute('headers');
          const below: (Element | undefined)[] = [];
          for (let i = row + rowSpan; i < grid.length; i++)
            for (let j = col; j < col + colSpan; j++) below.push(grid[i]?.[j]);
          const right: (Element | undefined)[] = [];
          for (let i = row; i < row + rowSpan; i++) right.push(...(grid[i] ?? []).slice(col + colSpan));
          return {
            row,
            col,
            rowSpan,
            colSpan,
            tag: cell.localName,
            role: roleOf(cell),
            scope: cell.getAttribute('scope')?.trim().toLowerCase() ?? null,
            id: cell.getAttribute('id'),
            idUnique: cell.id !== '' && idCount.get(cell.id) === 1,
            headers:
              headers === null
                ? null
                : headers
                    .trim()
                    .split(/\s+/)
                    .filter(Boolean)
                    .slice(0, 20)
                    .map((id) => {
                      const target = document.getElementById(id);
                      const inTable = target && placed.some((other) => other.cell === target);
                      return {
                        id: cut(id, 100),
                        target: !target
                          ? 'missing'
                          : !inTable
                            ? 'outside'
                            : isHeader(target)
                              ? 'header'
                              : 'cell',
                      };
                    }),
            axis: cell.hasAttribute('axis'),
            text: cut(v.text(cell), 60),
            inThead: cell.parentElement?.parentElement?.localName === 'thead',
            control: cell.querySelector('input,select,textarea,button') !== null,
            below: look(below, cell),
            right: look(right, cell),
          };
        });
        const caption = table instanceof HTMLTableElement ? table.caption : null;
        return {
          selector: v.selector(table),
          snippet: snippetOf(table),
          tag: table.localName,
          role: roleOf(table),
          hidden: v.isHiddenFromAT(table),
          caption: caption ? cut(v.text(caption), 200) : null,
          summary: capped(table.getAttribute('summary')),
          title: capped(table.getAttribute('title')),
          ariaLabel: capped(table.getAttribute('aria-label')),
          labelledbyText: capped(refText(table, 'aria-labelledby')),
          describedbyText: capped(refText(table, 'aria-describedby')),
          hasThead: table.querySelector(':scope > thead') !== null,
          hasTfoot: table.querySelector(':scope > tfoot') !== null,
          nested: table.querySelector('table') !== null || table.parentElement?.closest('table') != null,
          rowCount: grid.length,
          colCount,
          cells,
          truncated: kept.length > room,
          titleCandidate: candidateTitle(table),
        };
      });
    }),
});
