/**
 * A Grid is a rectangular block of cells exactly as a host gave them. Hosts (Excel, .xlsx, .csv) produce Grids and
 * know nothing of accounting; job readers turn Grids into typed records and report problems by A1 address.
 */

/** What a cell can hold once a host has read it: Excel gives numbers, text and booleans; blank is "". */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Worksheet name as the host gave it. */
  sheet: string;
  /** 0-based row and column of the top-left cell, so that row r, column c of `values` is at (top + r, left + c). */
  top: number;
  left: number;
  values: CellValue[][];
  /**
   * Formula cells the file holds without a saved result (a workbook written by a program and never opened in Excel
   * or WPS): such a cell is read as blank, but its figure is unknown, not blank. How many there are, and the first
   * (A1). Hosts that compute formulas (Excel) never set it.
   */
  uncalculated?: { count: number; first: string };
  /**
   * Only the first rows and columns of the sheet (a host's readSheetTops, where a title and header are looked for),
   * not every cell in use: what the rows below hold is not known from it.
   */
  topOnly?: boolean;
}

/** 0 → "A", 25 → "Z", 26 → "AA": Excel's bijective base-26 column letters. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column → "F7". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export interface CellPosition {
  row: number;
  column: number;
}

export interface RangeAddress {
  /** Empty when the address named no sheet. */
  sheet: string;
  start: CellPosition;
  end: CellPosition;
}

/** Excel's last column is XFD (16,384 columns) and its last row 1,048,576. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** "A" → 0, "d" → 3, "XFD" → 16383; null for anything that is not a column of a sheet. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column <= MAX_COLUMNS ? column - 1 : null;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
/** A whole column or columns' end, "C" or "$C", as in "C:C" and "$A:$C". */
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
/** A whole row or rows' end, "5" or "$5", as in "5:5" and "$1:$4". */
const ROW = /^\$?(\d{1,7})$/;

function parseCell(text: string): CellPosition | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnIndex(match[1]!);
  const row = Number(match[2]);
  return column !== null && row >= 1 && row <= MAX_ROWS ? { row: row - 1, column } : null;
}

/**
 * The two corners of "C:E" (whole columns) or "5:9" (whole rows), as Excel reports a selection made by clicking
 * column or row headers: "Sheet1!C:C", "Sheet1!5:5", and "Sheet1!1:1048576" for the whole sheet.
 */
function parseLines(first: string, second: string): [CellPosition, CellPosition] | null {
  const columns = [COLUMN.exec(first), COLUMN.exec(second)];
  if (columns[0] && columns[1]) {
    const start = columnIndex(columns[0][1]!);
    const end = columnIndex(columns[1][1]!);
    if (start === null || end === null) return null;
    return [
      { row: 0, column: start },
      { row: MAX_ROWS - 1, column: end },
    ];
  }
  const rows = [ROW.exec(first), ROW.exec(second)];
  if (rows[0] && rows[1]) {
    const start = Number(rows[0][1]);
    const end = Number(rows[1][1]);
    if (start < 1 || end < 1 || start > MAX_ROWS || end > MAX_ROWS) return null;
    return [
      { row: start - 1, column: 0 },
      { row: end - 1, column: MAX_COLUMNS - 1 },
    ];
  }
  return null;
}

/**
 * Parses what Excel's `Range.address` gives ("Sheet1!B2:C10", "'出纳 账'!A1", "B2", "Sheet1!C:C", "Sheet1!5:5",
 * "$A:$C") or what a user types. Whole columns and rows become their cells, row 1 to 1,048,576 or column A to XFD.
 * Returns null for anything else.
 */
export function parseRangeAddress(address: string): RangeAddress | null {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang) : "";
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [first, second, extra] = address.slice(bang + 1).split(":");
  if (extra !== undefined || first === undefined) return null;
  let start = parseCell(first);
  let end = second === undefined ? start : parseCell(second);
  if ((!start || !end) && second !== undefined) [start, end] = parseLines(first, second) ?? [null, null];
  if (!start || !end) return null;
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

/** Whether a range reaches from the first row to the last or from column A to XFD: Excel calls it unbounded. */
export function isUnbounded(range: RangeAddress): boolean {
  return (
    (range.start.row === 0 && range.end.row === MAX_ROWS - 1) ||
    (range.start.column === 0 && range.end.column === MAX_COLUMNS - 1)
  );
}

/** A sheet's name as a formula or a defined name refers to it: always quoted, quotes inside doubled ('出纳''s 账'!A1). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "B2:D9" for a block of `rows` × `columns` cells whose top-left is at (top, left). */
export function blockAddress(top: number, left: number, rows: number, columns: number): string {
  const start = cellAddress(top, left);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(top + rows - 1, left + columns - 1)}`;
}

/** The address of values[r][c] of a grid. */
export function gridCellAddress(grid: Grid, r: number, c: number): string {
  return cellAddress(grid.top + r, grid.left + c);
}

/** Blank as Excel means it: empty, or text of nothing but spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A block of values to write; null leaves a cell as it is (Office.js and the file host both honour that). */
export interface ValueBlock {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
}

export function valueBlockAddress(block: ValueBlock): string {
  return blockAddress(block.top, block.left, block.values.length, block.values[0]?.length ?? 1);
}

/**
 * Cells the block would change that already hold something else: the accountant's data, which is never
 * overwritten unasked. `current` holds the values now in the block's cells, row for row.
 */
export function occupiedCells(block: ValueBlock, current: readonly (readonly CellValue[])[]): string[] {
  const occupied: string[] = [];
  block.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const existing = current[r]?.[c];
      if (value !== null && !isBlank(existing) && existing !== value)
        occupied.push(cellAddress(block.top + r, block.left + c));
    }),
  );
  return occupied;
}
