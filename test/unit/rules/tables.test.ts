// Pure readings of the table facts (data or layout, complexity, header direction) and the table rules' tricky
// cases, on tables built by hand.

import { describe, expect, it } from 'vitest';
import complexSummary from '../../../src/audits/a11y/rules/complex-table-summary-missing.js';
import scopeIdMissing from '../../../src/audits/a11y/rules/table-header-scope-id-missing.js';
import scopeMismatch from '../../../src/audits/a11y/rules/table-header-scope-mismatch.js';
import { runRule } from '../../../src/audits/a11y/run-rules.js';
import {
  headerDirection,
  type TableCell,
  type TableFact,
  tableComplexity,
  tableKind,
} from '../../../src/core/facts/tables.js';

/** A table from rows of cell codes: `H` th, `D` td, `E` empty td; `H2` a th spanning 2 columns. */
function table(rows: string[][], extra: Partial<TableFact> = {}, cell: Partial<TableCell> = {}): TableFact {
  const grid: string[][] = [];
  const cells: TableCell[] = [];
  rows.forEach((codes, r) => {
    const slots: string[] = [];
    grid[r] = slots;
    let c = 0;
    for (const code of codes) {
      const colSpan = Number(code.slice(1) || 1);
      cells.push({
        row: r,
        col: c,
        rowSpan: 1,
        colSpan,
        tag: code[0] === 'H' ? 'th' : 'td',
        role: null,
        scope: null,
        id: null,
        idUnique: false,
        headers: null,
        axis: false,
        text: code[0] === 'E' ? '' : `${code}${r}${c}`,
        inThead: false,
        control: false,
        below: 'none',
        right: 'none',
        ...cell,
      });
      for (let i = 0; i < colSpan; i++) slots[c + i] = code[0]!;
      c += colSpan;
    }
  });
  const look = (codes: string[]) => (codes.length === 0 ? 'none' : codes.includes('H') ? 'headers' : 'data');
  for (const item of cells) {
    const below = grid.slice(item.row + 1).map((row) => row[item.col]!);
    const right = grid[item.row]!.slice(item.col + item.colSpan);
    item.below = look(below);
    item.right = look(right);
  }
  return {
    selector: 'table',
    snippet: '<table>',
    tag: 'table',
    role: null,
    hidden: false,
    caption: null,
    summary: null,
    title: null,
    ariaLabel: null,
    labelledbyText: null,
    describedbyText: null,
    hasThead: false,
    hasTfoot: false,
    nested: false,
    rowCount: rows.length,
    colCount: Math.max(...grid.map((row) => row.length)),
    cells,
    truncated: false,
    titleCandidate: null,
    ...extra,
  };
}

describe('table readings', () => {
  it('tells layout, data and unknown tables apart', () => {
    expect(tableKind(table([['D', 'D']], { role: 'presentation' }))).toBe('layout');
    expect(
      tableKind(
        table(
          [
            ['H', 'H'],
            ['D', 'D'],
          ],
          { role: 'none' },
        ),
      ),
    ).toBe('layout');
    expect(tableKind(table([['H', 'D']]))).toBe('data');
    expect(tableKind(table([['D', 'D']], { caption: 'Titre' }))).toBe('data');
    expect(tableKind(table([['D', 'D']], { tag: 'div', role: 'table' }))).toBe('data');
    expect(
      tableKind(
        table([
          ['D', 'D'],
          ['D', 'D'],
        ]),
      ),
    ).toBe('unknown');
  });

  it('reads complexity from header positions', () => {
    expect(
      tableComplexity(
        table([
          ['H', 'H'],
          ['D', 'D'],
        ]),
      ),
    ).toBe('simple');
    expect(
      tableComplexity(
        table([
          ['E', 'H', 'H'],
          ['H', 'D', 'D'],
        ]),
      ),
    ).toBe('simple');
    expect(
      tableComplexity(
        table([
          ['H', 'H'],
          ['D', 'H'],
        ]),
      ),
    ).toBe('complex');
    expect(tableComplexity(table([['H2'], ['D', 'D']]))).toBe('unsure');
    expect(
      tableComplexity(
        table(
          [
            ['H', 'H'],
            ['D', 'D'],
          ],
          { truncated: true },
        ),
      ),
    ).toBe('unsure');
  });

  it('reads a header direction from the cells below and to the right', () => {
    const grid = table([
      ['E', 'H', 'H'],
      ['H', 'D', 'D'],
    ]);
    const at = (row: number, col: number) => grid.cells.find((cell) => cell.row === row && cell.col === col)!;
    expect(headerDirection(at(0, 1))).toBe('col');
    expect(headerDirection(at(1, 0))).toBe('row');
    const lone = table([
      ['H', 'D'],
      ['D', 'D'],
    ]);
    expect(headerDirection(lone.cells[0]!)).toBe('unclear');
  });
});

describe('table rules', () => {
  it('5.7.1: bare th are allowed when all headers are on the first row', () => {
    expect(
      runRule(scopeIdMissing, {
        tables: [
          table([
            ['H', 'H'],
            ['D', 'D'],
          ]),
        ],
      }).outcome,
    ).toBe('passed');
  });

  it('5.7.1: bare th fail in a simple table with row and column headers', () => {
    const finding = runRule(scopeIdMissing, {
      tables: [
        table([
          ['E', 'H'],
          ['H', 'D'],
        ]),
      ],
    });
    expect(finding.outcome).toBe('failed');
  });

  it('5.7.1: a bare th in a complex table is left to a person', () => {
    const finding = runRule(scopeIdMissing, {
      tables: [
        table([
          ['E', 'H', 'H'],
          ['H', 'H', 'D'],
        ]),
      ],
    });
    expect(finding.outcome).toBe('cantTell');
  });

  it('5.7.2: scope="row" on a column header fails, colgroup is out of the test', () => {
    const wrong = table(
      [
        ['H', 'H'],
        ['D', 'D'],
      ],
      {},
      { scope: 'row' },
    );
    expect(runRule(scopeMismatch, { tables: [wrong] }).outcome).toBe('failed');
    const group = table([['H2'], ['D', 'D']], {}, { scope: 'colgroup' });
    expect(runRule(scopeMismatch, { tables: [group] }).outcome).toBe('inapplicable');
  });

  it('5.1.1: a complex table passes with a caption or aria-describedby, fails with neither', () => {
    const rows = [
      ['E', 'H', 'H'],
      ['H', 'H', 'D'],
    ];
    expect(runRule(complexSummary, { tables: [table(rows)] }).outcome).toBe('failed');
    expect(runRule(complexSummary, { tables: [table(rows, { caption: 'Résumé' })] }).outcome).toBe('passed');
    expect(runRule(complexSummary, { tables: [table(rows, { describedbyText: 'Résumé' })] }).outcome).toBe(
      'passed',
    );
    expect(
      runRule(complexSummary, {
        tables: [
          table([
            ['H', 'H'],
            ['D', 'D'],
          ]),
        ],
      }).outcome,
    ).toBe('inapplicable');
  });
});
