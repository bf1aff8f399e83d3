/**
 * 日清: the 本日合计 row a cashier adds after the last entry of a day in a journal kept by hand in a generated sheet
 * (an empty month filled in). The row carries the same live formulas the generator writes for a day's total, so a
 * journal closed day by day in the pane reads exactly like one generated from its entries.
 */
import { cellAddress, columnLetters, type Grid } from "../../core/grid";
import type { PlanBlock, PlanCell, RangeFormat } from "../../core/plan";
import { fail, ok, type Result } from "../../core/result";
import { SINGLE_RED_RULE } from "../../core/styles";
import { balanceThroughFormula, sinceAnchorFormulas } from "./formulas";
import { ROW_MARKERS, type JournalColumn, type RowKind } from "./model";
import { findJournalHeader, readJournal } from "./read";
import type { JournalRows } from "./rows";

export interface ClosingRowInsert {
  /** The new row's cells, from the journal's first column; `block.at` is the row it takes, the rows from there
   * down moving one row down. */
  block: PlanBlock;
  formats: RangeFormat[];
}

/** Where a day's sums start: the row after the last closing row above (or the opening row). */
const DAY_ANCHORS: ReadonlySet<RowKind> = new Set(["opening", "day-total", "month-total", "year-total"]);
/** Where the page's balance starts: the opening row or the 承前页 that opens the page. */
const PAGE_ANCHORS: ReadonlySet<RowKind> = new Set(["opening", "brought-forward"]);
/** The date columns a closing row repeats from the day's entries. */
const DATE_COLUMNS: readonly JournalColumn[] = ["year", "month", "day", "date"];

/** The grid row of the nearest row above read row `index` whose kind is one of `kinds`. */
function lastAbove(rows: JournalRows, index: number, kinds: ReadonlySet<RowKind>): number | undefined {
  for (let above = index - 1; above >= 0; above--) if (kinds.has(rows.kind(above))) return rows.row(above);
  return undefined;
}

/**
 * The 本日合计 row to insert below `entryRow` (0-based row within the grid, the day's last entry). Refused when the
 * sheet is not a journal, the row is not an entry, or the day is already closed there.
 */
export function dayTotalBelow(grid: Grid, entryRow: number): Result<ClosingRowInsert> {
  const header = findJournalHeader(grid);
  if (!header) return fail("journal-header-missing");
  const rows = readJournal(grid, header).rows;
  let index = 0;
  while (index < rows.length && rows.row(index) !== entryRow) index++;
  if (index === rows.length || rows.kind(index) !== "entry") return fail("journal-day-total-needs-entry");
  if (index + 1 < rows.length && rows.kind(index + 1) === "day-total")
    return fail("journal-day-already-closed", { cell: rows.cell(index, "summary") ?? "" });
  const dayAnchor = lastAbove(rows, index, DAY_ANCHORS);
  const pageAnchor = lastAbove(rows, index, PAGE_ANCHORS);
  if (dayAnchor === undefined || pageAnchor === undefined) return fail("journal-opening-row-missing");

  const sheetRow = (gridRow: number) => grid.top + gridRow + 1;
  const letter = (column: JournalColumn) => columnLetters(grid.left + (header.columns[column] ?? 0));
  const formulaColumns = {
    summary: letter("summary"),
    receipt: letter("receipt"),
    payment: letter("payment"),
    balance: letter("balance"),
  };
  const newRow = sheetRow(entryRow) + 1;
  const totals = sinceAnchorFormulas(formulaColumns, sheetRow(dayAnchor));
  const width = Math.max(...Object.values(header.columns).filter((c): c is number => c !== undefined)) + 1;
  const cells: PlanCell[] = Array<PlanCell>(width).fill(null);
  for (const column of DATE_COLUMNS) {
    const at = header.columns[column];
    if (at !== undefined) cells[at] = grid.values[entryRow]?.[at] ?? null;
  }
  cells[header.columns.summary!] = ROW_MARKERS["day-total"][0]!;
  cells[header.columns.receipt!] = { formula: totals.receipt };
  cells[header.columns.payment!] = { formula: totals.payment };
  cells[header.columns.balance!] = {
    formula: `=${balanceThroughFormula(formulaColumns, sheetRow(pageAnchor), newRow)}`,
  };
  const first = columnLetters(grid.left);
  const last = columnLetters(grid.left + width - 1);
  return ok({
    block: { at: cellAddress(newRow - 1, grid.left), rows: [cells] },
    formats: [
      { range: `${formulaColumns.summary}${newRow}`, style: { font: { bold: true } } },
      // Locked like the generator's closing rows: an inserted row takes the format of the entry above it, unlocked.
      { range: `${first}${newRow}:${last}${newRow}`, style: { borders: { bottom: SINGLE_RED_RULE }, locked: true } },
    ],
  });
}
