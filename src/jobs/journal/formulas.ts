/**
 * The journal's live formulas that more than one file writes: the generator lays a whole journal out with them, and
 * 日清 (closing.ts) inserts a 本日合计 later with the very same ones, so both read alike.
 */
import { ROW_MARKERS } from "./model";

export type ClosingKind = "day-total" | "month-total" | "year-total" | "carried-forward" | "brought-forward";
export const CLOSING_KINDS: readonly ClosingKind[] = [
  "day-total",
  "month-total",
  "year-total",
  "carried-forward",
  "brought-forward",
];
/** What the generator writes in the 摘要 of a closing row. */
export const marker = (kind: ClosingKind) => ROW_MARKERS[kind][0]!;
/** The columns the journal's formulas refer to, by letter. */
export interface FormulaColumns {
  summary: string;
  receipt: string;
  payment: string;
  balance: string;
}

/**
 * The balance through `row`: the balance on the page's first row (`pageAnchor`) plus the entries since, closing
 * rows left out. Shared by the generator and by a 本日合计 inserted later, so both write the same formula.
 */
export function balanceThroughFormula(columns: FormulaColumns, pageAnchor: number, row: number): string {
  const sum = (column: string) =>
    entriesOnly(
      `$${column}$${pageAnchor}:${column}${row}`,
      `$${columns.summary}$${pageAnchor}:$${columns.summary}${row}`,
    );
  return `$${columns.balance}$${pageAnchor}+${sum(columns.receipt)}-${sum(columns.payment)}`;
}

/** An entry row's balance: blank while the row has no amount (a blank row, or one not finished), else the balance through it. */
export function entryBalanceFormula(columns: FormulaColumns, pageAnchor: number, row: number): string {
  const amounts = `${columns.receipt}${row}:${columns.payment}${row}`;
  return `=IF(COUNT(${amounts})=0,"",${balanceThroughFormula(columns, pageAnchor, row)})`;
}

/** Sums of the entries from `anchor` down to the row above the formula's own row, wherever that row has moved. */
export function sinceAnchorFormulas(columns: FormulaColumns, anchor: number): { receipt: string; payment: string } {
  const upToRowAbove = (column: string) => `OFFSET(${column}${anchor},0,0,ROW()-ROW(${column}${anchor}))`;
  const sum = (column: string) => `=${entriesOnly(upToRowAbove(column), upToRowAbove(`$${columns.summary}`))}`;
  return { receipt: sum(columns.receipt), payment: sum(columns.payment) };
}

/** SUMIFS of `sumRange` over the rows whose 摘要 (in `summaryRange`) is not a closing row's marker. */
function entriesOnly(sumRange: string, summaryRange: string): string {
  return `SUMIFS(${sumRange}${CLOSING_KINDS.map((kind) => `,${summaryRange},"<>${marker(kind)}"`).join("")})`;
}
