/**
 * A statement whose header no bank profile recognises (a bank's own labels, a spreadsheet someone typed) is read
 * through a mapping the cashier gives: which label is the date, the amount, and so on. The mapping names labels, not
 * positions, so that next month's export of the same bank, remembered in the workbook, reads without asking again.
 * Reading goes through the one statement reader: the mapped header cells are given the labels the reader knows, the
 * others none, and the rows stay where they are (a line's row is still the row the file shows).
 */
import { isBlank, type Grid } from "../../core/grid";
import { normalizedLabel } from "../../core/header";
import { shownText } from "../../core/text";
import { STATEMENT_ALIASES, type StatementColumn } from "./model";

/** The columns a cashier maps; the 交易金额 / 记账金额 pairs of some exports are for profiles, not for a form. */
export const MAPPED_COLUMNS = [
  "date",
  "amount",
  "direction",
  "in",
  "out",
  "balance",
  "summary",
  "counterparty",
  "number",
  "time",
] as const satisfies readonly StatementColumn[];

export type MappedColumn = (typeof MAPPED_COLUMNS)[number];

/** Each mapped column's label as the statement writes it. */
export type StatementMapping = Partial<Record<MappedColumn, string>>;

/** Rows from the top a header may be in, as the header finder looks. */
const SEARCH_ROWS = 20;

const labelsOf = (grid: Grid, row: number) => (grid.values[row] ?? []).map((cell) => shownText(cell).trim());

/**
 * The row most likely the header of a statement nothing recognised, for the mapping form: within the first rows, the
 * one with the most cells of text that are not numbers (a preamble line has one or two cells, a data line numbers).
 */
export function headerGuess(grid: Grid): { row: number; labels: string[] } | null {
  let best: { row: number; labels: string[]; count: number } | null = null;
  const last = Math.min(SEARCH_ROWS, grid.values.length);
  for (let row = 0; row < last; row++) {
    const labels = labelsOf(grid, row);
    const count = labels.filter((label) => label !== "" && !/^[-+\d.,\s/:]+$/.test(label)).length;
    if (count >= 2 && (!best || count > best.count)) best = { row, labels, count };
  }
  return best && { row: best.row, labels: best.labels };
}

/** Why a mapping cannot read a statement; the shells word it, on the field named. */
export type MappingRefusal =
  | { reason: "needs-date"; field: "date" }
  /** Neither one amount column (signed, or with 借贷标志) nor both 收入 and 支出 columns. */
  | { reason: "needs-amount"; field: "amount" }
  /** 收入 without 支出, or the other way round. */
  | { reason: "needs-in-and-out"; field: "in" | "out" }
  | { reason: "column-twice"; field: MappedColumn };

/** Whether the mapping can read a statement, or why not. */
export function checkMapping(mapping: StatementMapping): MappingRefusal | null {
  const given = (column: MappedColumn) => (mapping[column] ?? "").trim() !== "";
  if (!given("date")) return { reason: "needs-date", field: "date" };
  if (given("in") !== given("out")) return { reason: "needs-in-and-out", field: given("in") ? "out" : "in" };
  if (!given("amount") && !given("in")) return { reason: "needs-amount", field: "amount" };
  const seen = new Set<string>();
  for (const column of MAPPED_COLUMNS) {
    if (!given(column)) continue;
    const label = normalizedLabel(mapping[column]!);
    if (seen.has(label)) return { reason: "column-twice", field: column };
    seen.add(label);
  }
  return null;
}

/**
 * The grid with its header relabelled as the mapping says, for readStatement; null when no row of the first ones
 * holds every label the mapping names (another bank's export, say). Header cells the mapping does not name are
 * cleared, so that a label the reader would take for another column (a 金额 the cashier left out) is not read.
 */
export function mappedStatement(grid: Grid, mapping: StatementMapping): Grid | null {
  if (checkMapping(mapping) !== null) return null;
  const wanted = MAPPED_COLUMNS.filter((column) => (mapping[column] ?? "").trim() !== "").map(
    (column) => [column, normalizedLabel(mapping[column]!)] as const,
  );
  const last = Math.min(SEARCH_ROWS, grid.values.length);
  for (let row = 0; row < last; row++) {
    const labels = labelsOf(grid, row).map(normalizedLabel);
    if (!wanted.every(([, label]) => labels.includes(label))) continue;
    const header = labels.map((label, index) => {
      const column = wanted.find(([, wantedLabel]) => wantedLabel === label)?.[0];
      return column === undefined || isBlank(grid.values[row]![index]) ? "" : STATEMENT_ALIASES[column][0]!;
    });
    const values = grid.values.map((line, index) => (index === row ? header : line));
    return { ...grid, values };
  }
  return null;
}
