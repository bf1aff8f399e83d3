/**
 * One header finder for every job. A sheet is recognised by its header labels, never by fixed positions: a title, a
 * unit name or a bank's preamble may stand above the header, columns come in any order, and labels are Chinese or
 * English, with or without a bracketed note (收入(借方), 余额(元), Balance (CNY)). A header may take two rows, as
 * printed forms do: 月 | 日 under 2026年, 字 | 号 under 凭证, 借方 | 贷方 under 金额.
 */
import type { Grid } from "./grid";
import { toHalfWidth } from "./money";

/** Labels are compared without spaces, in lower case, with full-width brackets, colons and letters read as half-width. */
export function normalizedLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, "")
    .replace(/[:：]$/, "")
    .toLowerCase();
}

/** Each column's labels, in any language; the first is what a generator writes. Data, not code. */
export type Aliases<Column extends string> = Readonly<Record<Column, readonly string[]>>;

export type HeaderColumns<Column extends string> = Partial<Record<Column, number>>;

export interface HeaderSpec<Column extends string> {
  aliases: Aliases<Column>;
  /** Whether the columns found make a header of this kind (the required ones are there, one of the date forms…). */
  complete(columns: HeaderColumns<Column>): boolean;
  /** How many rows from the top may hold the header; a preamble is a few lines, never a page. Default 20. */
  searchRows?: number;
  /** The columns a header of this kind cannot do without, to say which are missing when none is found. */
  required?: readonly Column[];
}

export interface Header<Column extends string> {
  /** Index within the grid of each column the header names: the first such column where a label repeats. */
  columns: HeaderColumns<Column>;
  /** Row index within the grid of the header's first row, and of its last (the same row unless it takes two). */
  firstRow: number;
  row: number;
  /** The labels as the finder read them (normalised), by column: a lower row's label where it has one. */
  labels: readonly string[];
}

const DEFAULT_SEARCH_ROWS = 20;

/** 收入(借方), 余额(元): a known label with a bracketed note before or after it. */
const BRACKETED_LABEL = /^([^()]*)\(([^()]*)\)$/;

/** Tells a normalised label's column: exactly, else by the part inside or outside its brackets. */
export function labelMatcher<Column extends string>(
  aliases: Aliases<Column>,
): (normalized: string) => Column | undefined {
  const byLabel = new Map<string, Column>();
  for (const [column, labels] of Object.entries(aliases) as [Column, readonly string[]][]) {
    for (const label of labels) if (!byLabel.has(normalizedLabel(label))) byLabel.set(normalizedLabel(label), column);
  }
  return (label) => {
    const exact = byLabel.get(label);
    if (exact !== undefined) return exact;
    const bracketed = BRACKETED_LABEL.exec(label);
    return bracketed ? (byLabel.get(bracketed[1] ?? "") ?? byLabel.get(bracketed[2] ?? "")) : undefined;
  };
}

function rowLabels(grid: Grid, row: number): string[] {
  return (grid.values[row] ?? []).map((cell) => (typeof cell === "string" ? normalizedLabel(cell) : ""));
}

function columnsOf<Column extends string>(
  labels: readonly string[],
  match: (label: string) => Column | undefined,
): HeaderColumns<Column> {
  const columns: HeaderColumns<Column> = {};
  labels.forEach((label, index) => {
    const column = label === "" ? undefined : match(label);
    if (column !== undefined) columns[column] ??= index;
  });
  return columns;
}

/**
 * The header of a grid, or null when none of its first rows names a complete set of columns. A row under a row of
 * labels is its lower level when it holds labels and no figures, and the upper row names some column too (a title
 * above a header is not its upper level); each column then goes by its lower label where it has a known one.
 */
export function findHeader<Column extends string>(grid: Grid, spec: HeaderSpec<Column>): Header<Column> | null {
  let found: Header<Column> | null = null;
  scanHeaderRows(grid, spec, (candidate) => {
    if (!spec.complete(candidate.columns)) return false;
    found = candidate;
    return true;
  });
  return found;
}

/** The row that came closest to a header, when none was complete: what it names, and what it lacks. */
export interface NearestHeader<Column extends string> {
  /** Row index within the grid of the candidate's last row. */
  row: number;
  columns: HeaderColumns<Column>;
  /** The required columns (HeaderSpec.required) it does not name, in the order required lists them. */
  missing: Column[];
}

/**
 * Why a grid has no header: the row among its first rows that names the most of the required columns (the first
 * such), or null when no row names any column at all (an empty sheet, a list of names, notes). Asked only after
 * findHeader has found nothing, so it costs a check nothing.
 */
export function nearestHeader<Column extends string>(
  grid: Grid,
  spec: HeaderSpec<Column>,
): NearestHeader<Column> | null {
  const required = spec.required ?? [];
  let best: NearestHeader<Column> | null = null;
  let bestCount = 0;
  scanHeaderRows(grid, spec, ({ columns, row }) => {
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { row, columns, missing: required.filter((column) => columns[column] === undefined) };
      bestCount = count;
    }
    return false;
  });
  return best;
}

/**
 * Offers each candidate header to `take` in order, until it takes one: every row of the first rows that names a
 * column, first with the row below as its lower level (when that row holds labels and no figures), then alone.
 */
function scanHeaderRows<Column extends string>(
  grid: Grid,
  spec: HeaderSpec<Column>,
  take: (candidate: Header<Column>) => boolean,
): void {
  const match = labelMatcher(spec.aliases);
  const known = (label: string) => label !== "" && match(label) !== undefined;
  const last = Math.min(spec.searchRows ?? DEFAULT_SEARCH_ROWS, grid.values.length) - 1;
  for (let row = 0; row <= last; row++) {
    const upper = rowLabels(grid, row);
    if (!upper.some(known)) continue;
    const below = grid.values[row + 1];
    if (below && !below.some((cell) => typeof cell === "number")) {
      const lower = rowLabels(grid, row + 1);
      if (lower.some(known)) {
        const merged = Array.from({ length: Math.max(upper.length, lower.length) }, (_, index) =>
          known(lower[index] ?? "") ? lower[index]! : (upper[index] ?? ""),
        );
        if (take({ columns: columnsOf(merged, match), firstRow: row, row: row + 1, labels: merged })) return;
      }
    }
    if (take({ columns: columnsOf(upper, match), firstRow: row, row, labels: upper })) return;
  }
}

/** Whether every one of `required` was found. */
export function hasAll<Column extends string>(columns: HeaderColumns<Column>, required: readonly Column[]): boolean {
  return required.every((column) => columns[column] !== undefined);
}
