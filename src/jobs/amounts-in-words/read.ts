/**
 * Reads the cells the 大写金额 job works on: a column of amounts, or pairs of (figures, words) columns.
 * An unreadable amount becomes a Finding on its cell; a text label on the first row is taken as the column header.
 */
import { findingFromProblem, type Finding } from "../../core/findings";
import { gridCellAddress, isBlank, type CellValue, type Grid } from "../../core/grid";
import { parseMoney } from "../../core/money";

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

/** Where a grid keeps its figures and words: column indexes within the grid, and the first row of data. */
export interface WordsColumns {
  figures: number;
  words: number;
  firstRow: number;
}

/** A selection: figures in its first column, words in its last, and a header row if the first row is a label. */
export function selectionColumns(grid: Grid): WordsColumns {
  return { figures: 0, words: (grid.values[0]?.length ?? 1) - 1, firstRow: firstDataRow(grid, 0) };
}

const FIGURES_LABEL = /^(小写|小写金额|金额|金额（小写）|金额\(小写\)|amount|amount in figures|figures)$/i;
const WORDS_LABEL = /^(大写|大写金额|金额（大写）|金额\(大写\)|amount in words|words)$/i;
/** Headers are looked for in the first rows only: a title and a unit line may stand above them. */
const HEADER_SEARCH_ROWS = 10;

/** A sheet of a file: its header row names the figures and the words columns (小写 / 大写, in either language). */
export function labelledColumns(grid: Grid): WordsColumns | null {
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.values.length); row++) {
    const labels = (grid.values[row] ?? []).map((cell) =>
      String(cell ?? "")
        .replace(/\s+/g, " ")
        .trim(),
    );
    const figures = labels.findIndex((label) => FIGURES_LABEL.test(label));
    const words = labels.findIndex((label) => WORDS_LABEL.test(label));
    if (figures >= 0 && words >= 0) return { figures, words, firstRow: row + 1 };
  }
  return null;
}

export function readFiguresAndWords(grid: Grid, columns: WordsColumns): Read<FiguresAndWords> {
  const findings: Finding[] = [];
  const records: FiguresAndWords[] = [];
  for (let row = columns.firstRow; row < grid.values.length; row++) {
    const figures = grid.values[row]?.[columns.figures];
    const words = wordsText(grid.values[row]?.[columns.words]);
    if (isBlank(figures) && isBlank(words)) continue;
    const findingsBefore = findings.length;
    const fen = readAmount(grid, row, columns.figures, findings);
    if (findings.length > findingsBefore) continue;
    records.push({
      row,
      figuresCell: gridCellAddress(grid, row, columns.figures),
      wordsCell: gridCellAddress(grid, row, columns.words),
      fen,
      words,
    });
  }
  return { records, findings };
}
