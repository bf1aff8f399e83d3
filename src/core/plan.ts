/**
 * A SheetPlan describes a sheet to generate: what goes in the cells (values and live formulas) and how it looks
 * and prints. Layout functions build plans as plain data (serialisable, no host types); the Excel host and the
 * file host each apply the same plan. Addresses are A1 style on the plan's own sheet; formulas are English-locale
 * A1 formulas as Excel's `Range.formulas` takes them ("=SUM(G5:G9)").
 */
import type { CellValue } from "./grid";

/** "#RRGGBB". */
export type Color = string;

export interface Font {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: Color;
  /** Points. */
  size?: number;
  name?: string;
}

export interface Alignment {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  indent?: number;
}

export type BorderStyle = "thin" | "medium" | "thick" | "double" | "dashed" | "dotted";

export interface BorderLine {
  style: BorderStyle;
  color?: Color;
}

/**
 * A line corner to corner through a cell: "down" from its top-left to its bottom-right corner, "up" from its
 * bottom-left to its top-right, "both" a cross. A cell has one diagonal style for both directions, as .xlsx keeps it
 * (one <diagonal> in a cell's border, with diagonalUp and diagonalDown flags: ECMA-376 Part 1, 18.8.4).
 */
export interface DiagonalLine extends BorderLine {
  direction: "down" | "up" | "both";
}

/**
 * The sides of every cell of a range, and its diagonal: a diagonal is drawn through each cell of the range, and
 * through a merged area once, corner to corner across the whole area (Excel and LibreOffice draw a merged cell's
 * diagonal so), which is how one line crosses out a block.
 */
export interface Borders {
  top?: BorderLine;
  bottom?: BorderLine;
  left?: BorderLine;
  right?: BorderLine;
  diagonal?: DiagonalLine;
}

export interface CellStyle {
  /** Excel number format code, such as "¥#,##0.00" or "yyyy-mm-dd". */
  numberFormat?: string;
  font?: Font;
  /** Solid fill colour. */
  fill?: Color;
  alignment?: Alignment;
  borders?: Borders;
  /** Unlocked cells stay editable when the sheet is protected; every cell is locked unless a format says not. */
  locked?: boolean;
}

/**
 * A live formula, and what it computes when the job knows it: a file keeps `result` as the formula's saved value, so
 * a reader that does not calculate (`cashbook check`, a preview) sees the figures of a workbook no one has opened
 * yet. It must be exactly what Excel computes (test/recalc compares it with LibreOffice's); the Excel host leaves it,
 * since Excel computes the formula itself.
 */
export interface PlanFormula {
  formula: string;
  result?: string | number | boolean;
}

/** A cell's content: a value, written as a value (text is never taken for a formula), or a live formula. */
export type PlanCell = CellValue | PlanFormula;

/** A rectangle of contents whose top-left cell is `at` ("A5"); null leaves a cell empty. */
export interface PlanBlock {
  at: string;
  rows: PlanCell[][];
}

export interface RangeFormat {
  /** "G5:I100", or a single cell; later formats on the same cells win for the properties they set. */
  range: string;
  style: CellStyle;
}

export interface ColumnSetting {
  /** 0-based column index. */
  index: number;
  /** Excel's column width unit: characters of the default font. */
  width?: number;
  hidden?: boolean;
}

export interface RowSetting {
  /** 0-based row index. */
  index: number;
  /** Points. */
  height?: number;
}

export interface ListValidation {
  range: string;
  /** The allowed values, or a range or name that holds them ("=科目表!A2:A200", "=ChartOfAccounts"). */
  list: string[] | { source: string };
  allowBlank: boolean;
  /** Shown when a value outside the list is typed. */
  errorMessage?: string;
  /**
   * What Excel does then: refuse the value ("stop", the default), or warn and let the user keep it ("warning"), for
   * a list of the usual values rather than of the only ones there are.
   */
  alert?: "stop" | "warning";
}

export type ConditionalRule =
  /** Applies where the formula, written for the range's top-left cell, is TRUE. */
  | { kind: "expression"; formula: string }
  | { kind: "cellValue"; operator: "lessThan" | "greaterThan" | "equal" | "notEqual" | "between"; values: string[] };

export interface ConditionalFormat {
  range: string;
  rule: ConditionalRule;
  style: { font?: Pick<Font, "bold" | "color">; fill?: Color };
}

export interface PlanTable {
  name: string;
  /** Header row included. */
  range: string;
  style?: string;
  showTotals?: boolean;
}

export interface NamedRange {
  /** Workbook-scoped name. */
  name: string;
  /** A range of this sheet, such as "$A$2:$A$200". */
  range: string;
}

/**
 * A native Excel chart over a range of this sheet, series in columns with their names in the first row and the
 * categories in the first column. Both hosts draw it: the Excel host through Office.js, the file host by adding the
 * chart's DrawingML parts to the package ExcelJS wrote (hosts/xlsx-charts.ts), since ExcelJS cannot write charts.
 */
export interface PlanChart {
  kind: "line" | "column";
  title: string;
  /** Data with headers, such as "A4:D35". */
  data: string;
  /** Where the chart's top-left corner goes, such as "G4". */
  at: string;
  /**
   * Each series' values, one per category, when the data cells are formulas: a file keeps them as the chart's cached
   * figures, which a reader that draws without calculating (a preview) shows. Excel and LibreOffice redraw from the
   * cells.
   */
  seriesValues?: number[][];
}

export interface PrintSetup {
  paper: "A4" | "A3" | "A5" | "Letter";
  orientation: "portrait" | "landscape";
  /** Inches, as Excel and ExcelJS both take them. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, 1-based inclusive, such as { first: 1, last: 4 }. */
  titleRows?: { first: number; last: number };
  /** 0-based rows that start a new printed page. */
  rowBreaks?: number[];
  /** Scale the sheet to one page wide, as many pages tall as it takes. */
  fitToWidth?: boolean;
  /** "第 3 页，共 12 页" centred in the footer of every page, so that a bound book's pages can be put in order. */
  pageNumbers?: boolean;
}

/**
 * The footer text of `pageNumbers`, in Excel's header and footer codes (&P the page, &N the pages; the codes of
 * https://learn.microsoft.com/en-us/office/vba/excel/concepts/workbooks-and-worksheets/formatting-and-vba-codes-for-headers-and-footers).
 */
export const PAGE_NUMBER_FOOTER = "第 &P 页，共 &N 页";

export interface SheetPlan {
  /** The sheet's name; a host picks a free variant ("现金日记账 (2)") when one exists. */
  name: string;
  blocks: PlanBlock[];
  formats: RangeFormat[];
  merges: string[];
  columns: ColumnSetting[];
  rows: RowSetting[];
  freeze?: { rows: number; columns: number };
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  tables: PlanTable[];
  names: NamedRange[];
  charts?: PlanChart[];
  /** Protects the sheet so that formula cells cannot be overwritten by accident; unlocked cells stay editable. */
  protect?: { allowFormatColumns: boolean; allowSort: boolean };
  print?: PrintSetup;
}

export function emptyPlan(name: string): SheetPlan {
  return {
    name,
    blocks: [],
    formats: [],
    merges: [],
    columns: [],
    rows: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
  };
}

/**
 * A block at A1 whose cells are placed one at a time, as a form's are (a label here, a formula there): `put` a cell by
 * its row and column from 0; `block(width)` gives the rows placed, each filled out with empty cells to `width`.
 */
export function placedCells(): {
  put: (row: number, column: number, value: PlanCell) => void;
  block: (width: number) => PlanBlock;
} {
  const rows: PlanCell[][] = [];
  return {
    put: (row, column, value) => {
      while (rows.length <= row) rows.push([]);
      const line = rows[row]!;
      while (line.length <= column) line.push(null);
      line[column] = value;
    },
    block: (width) => ({
      at: "A1",
      rows: rows.map((line) => [...line, ...Array<PlanCell>(Math.max(0, width - line.length)).fill(null)]),
    }),
  };
}

/**
 * Excel's limits on a data-validation alert (MS-OI29500 2.1.613, dataValidation): a title of at most 32 characters
 * and a message of at most 224. Excel refuses longer ones.
 */
export const VALIDATION_TITLE_MAX = 32;
export const VALIDATION_MESSAGE_MAX = 224;

/** The text cut to `max` UTF-16 units, as Excel counts them, never in the middle of a surrogate pair; "…" ends a cut. */
export function withinLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function isFormula(cell: PlanCell): cell is PlanFormula {
  return cell !== null && typeof cell === "object";
}

/**
 * The first name not yet taken, as Excel would make it: "现金日记账", then "现金日记账 (2)", "(3)"…
 * Sheet names are compared without regard to case, as Excel does, and kept within Excel's 31 characters and its
 * other rules on names.
 */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  // Excel reserves "History", and a name may not start or end with an apostrophe.
  const taken = new Set([...existing, "History"].map((name) => name.toLowerCase()));
  const base =
    wanted
      .replace(/[\\/?*[\]:]/g, "_")
      .replace(/^'+|'+$/g, "")
      .slice(0, 31) || "Sheet";
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
