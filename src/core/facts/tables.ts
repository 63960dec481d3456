// Facts for the rules on tables (RGAA 5.x), filled by src/crawl/collectors/facts/tables.ts, and the pure
// readings the table rules share: data or layout table, grid position of headers, complex or simple table.

import type { RuleTarget } from './target.js';

export interface TableCell {
  /** Position in the table grid (HTML table model, spans applied), from 0. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  tag: string;
  /** Explicit `role` attribute, first token lowercased; null when absent. */
  role: string | null;
  /** `scope` attribute trimmed and lowercased; null when absent. */
  scope: string | null;
  id: string | null;
  /** The id is used by no other element of the document. */
  idUnique: boolean;
  /** `headers` attribute tokens with what each one names; null when absent. */
  headers: { id: string; target: 'header' | 'cell' | 'outside' | 'missing' }[] | null;
  axis: boolean;
  /** Text content, whitespace collapsed, at most 60 characters. */
  text: string;
  inThead: boolean;
  /** Contains a form control (input, select, textarea, button): a filter row, not a header. */
  control: boolean;
  /** The cells below it in its column(s) / right of it in its row(s): all data cells, some headers, none. */
  below: 'data' | 'headers' | 'none';
  right: 'data' | 'headers' | 'none';
}

export interface TableFact extends RuleTarget {
  tag: string;
  /** Explicit `role` attribute, first token lowercased; null when absent. */
  role: string | null;
  /** Not rendered or hidden from assistive technologies. */
  hidden: boolean;
  /** `<caption>` text; null when the table has no caption element. */
  caption: string | null;
  summary: string | null;
  title: string | null;
  ariaLabel: string | null;
  /** Text of the elements aria-labelledby names ('' when none exists); null when the attribute is absent. */
  labelledbyText: string | null;
  describedbyText: string | null;
  hasThead: boolean;
  hasTfoot: boolean;
  /** Contains another table or is inside one. */
  nested: boolean;
  rowCount: number;
  colCount: number;
  /** Header cells (th, role columnheader/rowheader), cells of the first row and column, cells with scope,
   * headers or axis, in row order; at most 300 per table and 500 per page. */
  cells: TableCell[];
  /** Some cells were left out (cap reached). */
  truncated: boolean;
  /** Short text right before the table (a heading or a short paragraph), a candidate title; null when none. */
  titleCandidate: { text: string; heading: boolean } | null;
}

const LAYOUT_ROLES = new Set(['presentation', 'none']);
export const ARIA_TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);

export const isHeaderCell = (cell: TableCell): boolean =>
  cell.role === 'columnheader' ||
  cell.role === 'rowheader' ||
  (cell.tag === 'th' && !(cell.role && ['cell', 'gridcell', 'presentation', 'none'].includes(cell.role)));

/** Layout (role presentation/none), data (HTML or ARIA table semantics), or unknown (td only, no sign). */
export function tableKind(table: TableFact): 'layout' | 'data' | 'unknown' {
  if (table.role && LAYOUT_ROLES.has(table.role)) return 'layout';
  if (table.tag !== 'table' || (table.role && ARIA_TABLE_ROLES.has(table.role))) return 'data';
  const signs =
    (table.caption ?? '') !== '' ||
    (table.summary ?? '').trim() !== '' ||
    table.hasThead ||
    table.cells.some(
      (cell) => isHeaderCell(cell) || cell.scope !== null || cell.headers !== null || cell.axis,
    );
  return signs ? 'data' : 'unknown';
}

export const headerCells = (table: TableFact): TableCell[] => table.cells.filter(isHeaderCell);

/** Gathered cells of the first grid row / first grid column (spans applied). */
export const firstRow = (table: TableFact): TableCell[] => table.cells.filter((cell) => cell.row === 0);
export const firstCol = (table: TableFact): TableCell[] => table.cells.filter((cell) => cell.col === 0);

/**
 * RGAA glossary « tableau de données complexe »: headers not only in the first row and/or first column, or
 * whose scope is not the whole row or column. `complex` when a non-empty header sits outside the first row
 * and column; `unsure` when headers span several cells, cells use `headers`, or cells were left out.
 */
export function tableComplexity(table: TableFact): 'simple' | 'complex' | 'unsure' {
  const headers = headerCells(table).filter((cell) => cell.text !== '');
  // A table of headers only (th used for every cell) says nothing of its structure.
  const headsData = headers.some((cell) => cell.below === 'data' || cell.right === 'data');
  if (headsData && headers.some((cell) => cell.row > 0 && cell.col > 0)) return 'complex';
  if (
    !headsData ||
    table.truncated ||
    headers.some((cell) => cell.rowSpan > 1 || cell.colSpan > 1) ||
    table.cells.some((cell) => cell.headers !== null)
  )
    return 'unsure';
  return 'simple';
}

/** Whether a header clearly heads its whole column, its whole row, or cannot be told from its position. */
export function headerDirection(cell: TableCell): 'col' | 'row' | 'unclear' {
  if (cell.rowSpan > 1 || cell.colSpan > 1) return 'unclear';
  const col = cell.below === 'data';
  const row = cell.right === 'data';
  if (col && !row) return 'col';
  if (row && !col) return 'row';
  return 'unclear';
}

/** The top-left cell, alone in its slot: may head the first column or the header row. */
export const isCorner = (cell: TableCell): boolean =>
  cell.row === 0 && cell.col === 0 && cell.rowSpan === 1 && cell.colSpan === 1;

/** Tables the rules judge: rendered and exposed. */
export const shownTables = (tables: readonly TableFact[]): TableFact[] =>
  tables.filter((table) => !table.hidden);

/** `ligne 2, colonne 3 (« Prix »)`, for messages. */
export const describeCell = (cell: TableCell): string =>
  `ligne ${cell.row + 1}, colonne ${cell.col + 1}${cell.text ? ` (« ${cell.text.slice(0, 40)} »)` : ''}`;
