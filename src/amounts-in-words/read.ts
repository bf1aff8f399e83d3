/**
 * Reads the cells the 大写金额 job works on: a column of amounts, or pairs of (figures, words) columns.
 * An unreadable amount becomes a Finding on its cell; a text label on the first row is taken as the column header.
 */
import { findingFromProblem, type Finding } from "../core/findings";
import { gridCellAddress, isBlank, type CellValue, type Grid } from "../core/grid";
import { parseMoney } from "../core/money";

export interface AmountCell {
  /** Row index within the grid. */
  row: number;
  address: string;
  /** Integer 分; null when the cell is blank. */
  fen: number | null;
}

export interface FiguresAndWords {
  row: number;
  figuresCell: string;
  wordsCell: string;
  fen: number | null;
  words: string;
}

export interface Read<T> {
  records: T[];
  findings: Finding[];
}

/**
 * A first row of text that is not an amount (such as 金额 or 大写) is a header: accountants select whole columns
 * with their titles, and reporting the title as an unreadable amount would only be noise.
 */
function firstDataRow(grid: Grid, column: number): number {
  const first = grid.values[0]?.[column];
  const isLabel = typeof first === "string" && !isBlank(first) && !parseMoney(first).ok;
  return grid.values.length > 1 && isLabel ? 1 : 0;
}

function readAmount(grid: Grid, row: number, column: number, findings: Finding[]): number | null {
  const parsed = parseMoney(grid.values[row]?.[column] ?? null);
  if (parsed.ok) return parsed.value;
  findings.push(findingFromProblem(parsed.problem, grid.sheet, gridCellAddress(grid, row, column)));
  return null;
}

/** Every cell of the grid's first column, in order (blank cells too, so that outputs line up row by row). */
export function readAmountColumn(grid: Grid): Read<AmountCell> {
  const findings: Finding[] = [];
  const records: AmountCell[] = [];
  for (let row = firstDataRow(grid, 0); row < grid.values.length; row++) {
    records.push({ row, address: gridCellAddress(grid, row, 0), fen: readAmount(grid, row, 0, findings) });
  }
  return { records, findings };
}

function wordsText(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The grid's first column holds figures and its last column the words (a selection of two columns, or more). */
export function readFiguresAndWords(grid: Grid): Read<FiguresAndWords> {
  const findings: Finding[] = [];
  const records: FiguresAndWords[] = [];
  const wordsColumn = (grid.values[0]?.length ?? 1) - 1;
  for (let row = firstDataRow(grid, 0); row < grid.values.length; row++) {
    const figures = grid.values[row]?.[0];
    const words = wordsText(grid.values[row]?.[wordsColumn]);
    if (isBlank(figures) && isBlank(words)) continue;
    const findingsBefore = findings.length;
    const fen = readAmount(grid, row, 0, findings);
    if (findings.length > findingsBefore) continue;
    records.push({
      row,
      figuresCell: gridCellAddress(grid, row, 0),
      wordsCell: gridCellAddress(grid, row, wordsColumn),
      fen,
      words,
    });
  }
  return { records, findings };
}
