/**
 * Reads the cells the 大写金额 job works on: a column of amounts, or pairs of (figures, words) columns.
 * An unreadable amount becomes a Finding on its cell; a text label on the first row is taken as the column header.
 */
import { readAmount, type CellSource } from "../../core/cells";
import type { Finding } from "../../core/findings";
import { gridCellAddress, isBlank, type Grid } from "../../core/grid";
import { findHeader, hasAll } from "../../core/header";
import { parseMoney } from "../../core/money";
import { WORDS_HEADER_ALIASES, type AmountCell, type FiguresAndWords, type WordsColumns } from "./model";

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

/** Every cell of the grid's first column, in order (blank cells too, so that outputs line up row by row). */
export function readAmountColumn(grid: Grid): Read<AmountCell> {
  const source: CellSource = { grid, findings: [] };
  const records: AmountCell[] = [];
  for (let row = firstDataRow(grid, 0); row < grid.values.length; row++) {
    records.push({ row, address: gridCellAddress(grid, row, 0), fen: readAmount(source, row, 0) });
  }
  return { records, findings: source.findings };
}

/** A selection: figures in its first column, words in its last, and a header row if the first row is a label. */
export function selectionColumns(grid: Grid): WordsColumns {
  return { figures: 0, words: (grid.values[0]?.length ?? 1) - 1, firstRow: firstDataRow(grid, 0) };
}

/** A sheet of a file: its header row names the figures and the words columns (小写 / 大写, in either language). */
export function labelledColumns(grid: Grid): WordsColumns | null {
  const header = findHeader(grid, {
    aliases: WORDS_HEADER_ALIASES,
    complete: (columns) => hasAll(columns, ["figures", "words"]),
    // A title and a unit line may stand above the header; a sheet with figures and words lower down is a form.
    searchRows: 10,
  });
  if (!header) return null;
  return { figures: header.columns.figures!, words: header.columns.words!, firstRow: header.row + 1 };
}

export function readFiguresAndWords(grid: Grid, columns: WordsColumns): Read<FiguresAndWords> {
  const source: CellSource = { grid, findings: [] };
  const records: FiguresAndWords[] = [];
  for (let row = columns.firstRow; row < grid.values.length; row++) {
    const figures = grid.values[row]?.[columns.figures];
    const words = grid.values[row]?.[columns.words];
    if (isBlank(figures) && isBlank(words)) continue;
    const findingsBefore = source.findings.length;
    const fen = readAmount(source, row, columns.figures);
    if (source.findings.length > findingsBefore) continue;
    records.push({
      row,
      figuresCell: gridCellAddress(grid, row, columns.figures),
      wordsCell: gridCellAddress(grid, row, columns.words),
      fen,
      words: words === null || words === undefined ? "" : String(words),
    });
  }
  return { records, findings: source.findings };
}
