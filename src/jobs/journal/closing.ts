/**
 * 日清: the 本日合计 row a cashier adds after the last entry of a day in a journal kept by hand in a generated sheet
 * (an empty month filled in). The row carries the same live formulas the generator writes for a day's total, so a
 * journal closed day by day in the pane reads exactly like one generated from its entries.
 */
import { cellAddress, columnLetters, type Grid } from "../../core/grid";
import type { PlanBlock, PlanCell, RangeFormat } from "../../core/plan";
import { fail, ok, type Result } from "../../core/result";
import { SINGLE_RED_RULE } from "../../core/styles";
import { balanceThroughFormula, entryBalanceFormula, sinceAnchorFormulas } from "./formulas";
import { ROW_MARKERS, type JournalColumn, type RowKind } from "./model";
import { findJournalHeader, readJournal, rowKindOf } from "./read";
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

/** A balance cell and the live formula the generator writes in it. */
export interface BalanceFormula {
  /** A1 address of the 余额 cell. */
  cell: string;
  /** The formula, from its "=". */
  formula: string;
}

/** The rows a balance's sums start from: the opening row, or the 承前页 that opens a page. */
const PAGE_FIRST: ReadonlySet<RowKind> = PAGE_ANCHORS;

/**
 * Formulas compared as Excel may give them back: case and spaces outside the "…" of a text may differ from what was
 * written, the text inside (the 摘要 markers) may not.
 */
function sameFormula(a: string, b: string): boolean {
  const plain = (formula: string) =>
    formula
      .split('"')
      .map((part, index) => (index % 2 === 0 ? part.replace(/\s+/g, "").toUpperCase() : part))
      .join('"');
  return plain(a) === plain(b);
}

/** A journal sheet as balanceFormulaAt reads it: its columns, and each row's kind by its 摘要. */
function balancePages(grid: Grid) {
  const header = findJournalHeader(grid);
  if (!header) return null;
  const { summary, receipt, payment, balance } = header.columns;
  if (summary === undefined || receipt === undefined || payment === undefined || balance === undefined) return null;
  const inJournal = (gridRow: number) => gridRow > header.headerRow && gridRow < grid.values.length;
  const kindOf = (gridRow: number): RowKind => rowKindOf(String(grid.values[gridRow]?.[summary] ?? "").trim());
  /** The grid row the balance of `gridRow` is summed from, or undefined when there is none above. */
  const pageFirst = (gridRow: number): number | undefined => {
    for (let above = gridRow - 1; above > header.headerRow; above--) if (PAGE_FIRST.has(kindOf(above))) return above;
    return undefined;
  };
  return { header, columns: { summary, receipt, payment, balance }, inJournal, kindOf, pageFirst };
}

/**
 * The rows balanceFormulaAt reads for the balance of grid row `row`, besides the header: from the row above the one
 * its page's sums start from (a 承前页 is borne out by the 过次页 above it) to the 承前页 that opens the next page, or
 * the grid's last row; of them, only the 摘要 and the 余额 (`balanceColumn`, within the grid). The header is the
 * grid's rows down to `headerRow`. A sheet's formulas are read for these cells alone. Null when the grid has no journal header, the row is not under it, or no row above it
 * starts a page (there is then no formula to give).
 */
export function balanceFormulaRows(
  grid: Grid,
  row: number,
): { headerRow: number; first: number; last: number; balanceColumn: number } | null {
  const pages = balancePages(grid);
  if (!pages || !pages.inJournal(row)) return null;
  const start = pages.kindOf(row) === "brought-forward" ? row : pages.pageFirst(row);
  if (start === undefined) return null;
  let last = row;
  while (pages.inJournal(last + 1) && !(last > row && pages.kindOf(last) === "brought-forward")) last++;
  const { headerRow } = pages.header;
  return { headerRow, first: Math.max(start - 1, headerRow + 1), last, balanceColumn: pages.columns.balance };
}

/**
 * The formula the generator writes in the 余额 of grid row `row` (0-based within the grid), to put back a balance
 * that was typed over it (a journal-balance-break finding). `grid` is the sheet as its cells hold it, a formula as
 * its text from its "=" (Excel's Range.formulas), since only the formulas tell a sheet we generated from a copy; of
 * its rows, only those balanceFormulaRows names are read, and of them only the 摘要 and the 余额.
 * The formula is the one the generator (layout.ts) and 日清 (dayTotalBelow) write, made for the rows where they are
 * now, so that rows inserted since change nothing: an entry's `=IF(COUNT(收入:支出)=0,"",page's first balance +
 * SUMIFS…)`, a closing row's balance through its row, a 承前页's the 过次页 above it.
 * It is given only when certain: another balance of the same page holds exactly the formula this gives for its own
 * row, which shows that the columns and the page's first row are the generator's. Refused, with the reason, when
 * the sheet has no journal header, the row holds no balance of ours (the opening row, a row outside the journal),
 * the cell holds a formula already, no 期初余额, 上年结转 or 承前页 is above the row, or no other balance of its page
 * bears the generator out (a journal typed by hand, or exported from an accounting package).
 */
export function balanceFormulaAt(grid: Grid, row: number): Result<BalanceFormula> {
  const pages = balancePages(grid);
  if (!pages) return fail("journal-header-missing");
  const { inJournal, kindOf, pageFirst } = pages;
  const letter = (column: number) => columnLetters(grid.left + column);
  const columns = {
    summary: letter(pages.columns.summary),
    receipt: letter(pages.columns.receipt),
    payment: letter(pages.columns.payment),
    balance: letter(pages.columns.balance),
  };
  const sheetRow = (gridRow: number) => grid.top + gridRow + 1;
  const cellOf = (gridRow: number) => `${columns.balance}${sheetRow(gridRow)}`;
  const balanceText = (gridRow: number) => grid.values[gridRow]?.[pages.columns.balance];

  /** The generator's formula for the balance of `gridRow`; undefined when it writes none or has nothing to go from. */
  const generated = (gridRow: number): string | undefined => {
    const kind = kindOf(gridRow);
    const own = sheetRow(gridRow);
    if (kind === "opening") return undefined;
    if (kind === "brought-forward")
      return kindOf(gridRow - 1) === "carried-forward" ? `=${columns.balance}${own - 1}` : undefined;
    const first = pageFirst(gridRow);
    if (first === undefined) return undefined;
    return kind === "entry"
      ? entryBalanceFormula(columns, sheetRow(first), own)
      : `=${balanceThroughFormula(columns, sheetRow(first), own)}`;
  };

  if (!inJournal(row) || kindOf(row) === "opening")
    return fail("journal-balance-no-formula", { cell: cellOf(Math.max(row, 0)) });
  const cell = cellOf(row);
  const typed = balanceText(row);
  if (typeof typed === "string" && typed.startsWith("=")) return fail("journal-balance-formula-present", { cell });
  const formula = generated(row);
  if (formula === undefined) return fail("journal-balance-anchor-missing", { cell });

  // Another balance of the page (from the row it is summed from down to the 承前页 that opens the next) holding the
  // generator's formula for its own row.
  const first = kindOf(row) === "brought-forward" ? row : pageFirst(row)!;
  for (let other = first + 1; inJournal(other); other++) {
    const text = balanceText(other);
    const expected = other === row ? undefined : generated(other);
    if (typeof text === "string" && expected !== undefined && sameFormula(text, expected)) return ok({ cell, formula });
    if (other > row && kindOf(other) === "brought-forward") break;
  }
  return fail("journal-balance-formula-unconfirmed", { cell });
}
