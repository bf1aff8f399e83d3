/**
 * The file host: SheetPlans written to .xlsx, and .xlsx workbooks read back as Grids, with ExcelJS. Like every host it
 * moves cells and knows nothing of accounting. Cells read come back as Office.js gives them, so a job reads a file
 * exactly as it reads the open workbook.
 */
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import {
  MAX_COLUMNS,
  cellAddress,
  parseRangeAddress,
  quotedSheetName,
  type CellPosition,
  type CellValue,
  type Grid,
  type RangeAddress,
} from "../core/grid";
import {
  freeSheetName,
  isFormula,
  PAGE_NUMBER_FOOTER,
  type BorderLine,
  type CellStyle,
  type Color,
  type ConditionalFormat,
  type Font,
  type ListValidation,
  type PlanBlock,
  type PlanTable,
  type PrintSetup,
  type RangeFormat,
  type SheetPlan,
  VALIDATION_MESSAGE_MAX,
  withinLength,
} from "../core/plan";
import { mayNotStayText } from "../core/text";
import { fail, ok, type Result } from "../core/result";
import { HostError } from "./host";
import { addCharts } from "./xlsx-charts";

/**
 * Writes the plans as the sheets of a new workbook, in order, each under a free name, and gives its bytes. Tables and
 * names share one workbook-wide namespace: a later plan's table whose name is taken becomes "Amounts_2", and a later
 * plan's name that is taken keeps pointing at the first sheet that defined it.
 */
export async function writeWorkbook(plans: readonly SheetPlan[]): Promise<Buffer> {
  if (plans.length === 0) throw new RangeError("A workbook needs at least one sheet");
  const workbook = new ExcelJS.Workbook();
  // The file holds formulas without saved results, or with the results the job computed: this makes Excel and
  // LibreOffice compute them all on opening all the same.
  workbook.calcProperties.fullCalcOnLoad = true;
  const names = await writeSheets(workbook, plans);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return addCharts(
    bytes,
    plans.map((plan, index) => ({ name: names[index]!, plan })),
  );
}

/**
 * Writes the same workbook as writeWorkbook to a stream, for the command line: ExcelJS's streaming writer puts each
 * row into the zip as soon as it is complete, so memory stays that of a page of rows however long the sheet (a
 * 500,000-entry journal held whole took over 4 GB). The cells read back the same as writeWorkbook's (test/hosts).
 * ExcelJS's streaming writer cannot write tables, and charts are added to a written package (xlsx-charts), so plans
 * with tables or charts are written whole first: such sheets are reports of a page or two. Node only: ExcelJS's
 * browser build, which the pane loads, has no streaming writer. Settles once the stream has taken the last byte, or
 * at the stream's first error (a full disk), and then writes no more.
 */
export async function writeWorkbookTo(plans: readonly SheetPlan[], sink: Writable): Promise<void> {
  if (plans.length === 0) throw new RangeError("A workbook needs at least one sheet");
  const state: { failure?: unknown } = {};
  const failed = new Promise<never>((_, reject) =>
    sink.on("error", (error) => {
      state.failure ??= error;
      reject(error);
    }),
  );
  // A failure after the workbook is settled has nothing left to stop.
  failed.catch(() => undefined);
  const write = async () => {
    if (plans.some((plan) => plan.tables.length > 0 || (plan.charts ?? []).length > 0)) {
      const data = await writeWorkbook(plans);
      await new Promise<void>((resolve) => sink.end(data, resolve));
      return;
    }
    // Styles on; shared strings off: inline strings need no table of every text, held until the end.
    const workbook = quietly(
      () => new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false }),
    );
    calculateOnLoad(workbook);
    await writeSheets(workbook, plans, state);
    await workbook.commit();
  };
  await Promise.race([write(), failed]);
}

/**
 * The zip library under ExcelJS's streaming writer (archiver 5) turns text into bytes with `new Buffer()`, and Node
 * prints a deprecation warning for it on stderr, where the user would read it as something wrong: Node tells code
 * under node_modules apart, but the command line is one bundle. The warning comes once, from the writer's
 * constructor, so it is silenced there and nowhere else.
 */
function quietly<T>(make: () => T): T {
  const before = process.noDeprecation;
  process.noDeprecation = true;
  try {
    return make();
  } finally {
    process.noDeprecation = before;
  }
}

/**
 * ExcelJS's streaming writer writes <calcPr> without fullCalcOnLoad, which writeWorkbook sets through
 * calcProperties; the workbook part is one short string written last, so the attribute is added there.
 */
function calculateOnLoad(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const zip = (workbook as unknown as { zip: { append(source: unknown, data: { name: string }): unknown } }).zip;
  const append = zip.append.bind(zip);
  zip.append = (source, data) =>
    append(
      data.name === "/xl/workbook.xml" && typeof source === "string"
        ? source.replace(/<calcPr ([^>]*?)\/>/, '<calcPr $1 fullCalcOnLoad="1"/>')
        : source,
      data,
    );
}

/** How a streaming write is going: a failure of the stream stops the rows being made. */
interface Streaming {
  failure?: unknown;
}

/** Gives the name each plan's sheet got. */
async function writeSheets(
  workbook: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
  streaming?: Streaming,
): Promise<string[]> {
  const takenNames = new Set<string>();
  const names: string[] = [];
  for (const plan of plans) {
    const name = freeSheetName(plan.name, names);
    names.push(name);
    await writeSheet(workbook, name, plan, takenNames, streaming);
  }
  return names;
}

/** Rows are written and committed in order, so that the streaming writer can let each go once it is written. */
async function writeSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  plan: SheetPlan,
  takenNames: Set<string>,
  streaming: Streaming | undefined,
): Promise<void> {
  // The streaming writer writes views and the page set-up's fit-to-page at the top of the sheet, when it is added.
  const sheet = workbook.addWorksheet(name, {
    ...(plan.freeze && { views: [frozenView(plan.freeze)] }),
    ...(plan.print && { pageSetup: pageSetup(plan.print) }),
    ...(plan.print?.pageNumbers && { headerFooter: { oddFooter: `&C${PAGE_NUMBER_FOOTER}` } }),
  });
  for (const column of plan.columns) {
    const sheetColumn = sheet.getColumn(column.index + 1);
    if (column.width !== undefined) sheetColumn.width = column.width;
    if (column.hidden !== undefined) sheetColumn.hidden = column.hidden;
  }
  const heights = new Map(plan.rows.map((row) => [row.index, row.height]));
  // A break before 0-based row r ends the page after 1-based row r, 0-based r - 1; the first row starts a page
  // anyway. Excel keeps at most 1,023 manual breaks (MS-XLSB 2.4.196).
  const breaks = new Set(
    (plan.print?.rowBreaks ?? [])
      .filter((row) => row > 0)
      .slice(0, 1023)
      .map((row) => row - 1),
  );
  const blocks = new Sweep(plan.blocks.map((block) => blockRange(block)));
  const formats = new Sweep(plan.formats.map((format) => rangeOf(format.range)));
  const styles = new StyleMerger(plan.formats);
  const merges = plan.merges.map(rangeOf);
  const mergesEndingAt = groupBy(merges, (merge) => merge.end.row);
  /** How many merges span from each row into the next: those rows wait uncommitted until the merge is made. */
  let openMerges = 0;
  const mergesStartingAt = groupBy(merges, (merge) => merge.start.row);
  const lastRow = Math.max(
    -1,
    ...[blocks, formats].map((sweep) => sweep.lastRow),
    ...merges.map((merge) => merge.end.row),
    ...plan.rows.map((row) => row.index),
    ...breaks,
  );
  for (let r = 0; r <= lastRow; r++) {
    const row = sheet.getRow(r + 1);
    const textColumns = writeRowValues(row, r, plan.blocks, blocks.at(r));
    styles.styleRow(row, formats.at(r), textColumns);
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    if (breaks.has(r)) row.addPageBreak(0, MAX_COLUMNS);
    openMerges += mergesStartingAt.get(r)?.filter((merge) => merge.end.row > r).length ?? 0;
    for (const merge of mergesEndingAt.get(r) ?? []) {
      mergeKeepingStyles(sheet, merge);
      if (merge.start.row < r) openMerges--;
    }
    if (streaming && openMerges === 0) {
      row.commit();
      // Lets the zip take what is written so far, rather than the whole sheet's text piling up ahead of it.
      if (r % 1024 === 1023) {
        forgetFormulas(sheet);
        await zipped(sheet);
        if (streaming.failure !== undefined) throw streaming.failure;
      }
    }
  }
  for (const table of plan.tables) addTable(sheet, table, claimName(table.name, takenNames, "_"));
  for (const validation of plan.validations) addListValidation(sheet, validation);
  plan.conditionalFormats.forEach((format, index) => addConditionalFormat(sheet, format, index + 1));
  for (const named of plan.names) {
    if (takenNames.has(named.name.toLowerCase())) continue;
    takenNames.add(named.name.toLowerCase());
    workbook.definedNames.add(`${quotedSheetName(sheet.name)}!${named.range}`, named.name);
  }
  if (plan.protect) {
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: plan.protect.allowFormatColumns,
      sort: plan.protect.allowSort,
    });
  }
  if (streaming) sheet.commit();
}

/**
 * Waits until the zip has taken in what the sheet has written so far. ExcelJS writes a sheet's text into the zip's
 * input without waiting for it, so a sheet written faster than it is compressed would pile up there whole (500 MB
 * for a 500,000-entry journal). The input is the one stream ExcelJS's sheet stream is piped to.
 */
async function zipped(sheet: ExcelJS.Worksheet): Promise<void> {
  const input = (sheet as unknown as { stream?: { pipes?: ZipInput[] } }).stream?.pipes?.[0];
  const full = input && (input.writableNeedDrain ?? input._writableState?.needDrain);
  await new Promise<void>((resolve) => (full ? input.once("drain", resolve) : setImmediate(resolve)));
}

/**
 * ExcelJS's streaming writer keeps every formula cell it has written, by address, for later cells whose shared
 * formula refers back to it; plans write none, and a 500,000-entry journal's would come to 400 MB. So the cells of
 * the rows committed are let go.
 */
function forgetFormulas(sheet: ExcelJS.Worksheet): void {
  (sheet as unknown as { _formulae: Record<string, unknown> })._formulae = {};
}

/** The zip's input: a stream of the readable-stream package, older than Node's and without writableNeedDrain. */
interface ZipInput {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain: boolean };
  once(event: "drain", listener: () => void): unknown;
}

function frozenView({ rows, columns }: NonNullable<SheetPlan["freeze"]>): Partial<ExcelJS.WorksheetView> {
  return { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const at = key(item);
    const group = groups.get(at);
    if (group) group.push(item);
    else groups.set(at, [item]);
  }
  return groups;
}

/**
 * Merging keeps the top-left value, as Excel does, and each merged cell keeps the style its formats gave it (its own
 * borders): ExcelJS's streaming writer has only the merge that copies the top-left cell's style over the others.
 */
function mergeKeepingStyles(sheet: ExcelJS.Worksheet, merge: RangeAddress): void {
  const cells = [...cellsOf(merge)].map(({ row, column }) => sheet.getRow(row + 1).getCell(column + 1));
  const styles = cells.map(({ style }) => style);
  sheet.mergeCells(merge.start.row + 1, merge.start.column + 1, merge.end.row + 1, merge.end.column + 1);
  cells.forEach((merged, index) => (merged.style = styles[index]!));
}

/** A plan's range, checked, with its ExcelJS form ("B2:D9"). */
function rangeOf(address: string): RangeAddress & { excel: string } {
  const range = parseRangeAddress(address);
  if (!range) throw new HostError("host-address-unreadable", { address });
  return {
    ...range,
    excel: `${cellAddress(range.start.row, range.start.column)}:${cellAddress(range.end.row, range.end.column)}`,
  };
}

function* cellsOf(range: RangeAddress): Generator<CellPosition> {
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let column = range.start.column; column <= range.end.column; column++) yield { row, column };
  }
}

/** A block's cells as a range, so that the rows a block covers are found as a format's are. */
function blockRange(block: PlanBlock): RangeAddress {
  const start = rangeOf(block.at).start;
  const width = block.rows.reduce((widest, row) => Math.max(widest, row.length), 1);
  return {
    sheet: "",
    start,
    end: { row: start.row + Math.max(block.rows.length, 1) - 1, column: start.column + width - 1 },
  };
}

/**
 * The ranges that cover each row, by their index in the plan, for rows asked for in order: ranges start and end
 * where they will, and a journal's hundred thousand formats are each looked at twice, not once per row.
 */
class Sweep {
  private readonly byStart: number[];
  private next = 0;
  private active: number[] = [];
  readonly lastRow: number;

  constructor(readonly ranges: readonly RangeAddress[]) {
    this.byStart = ranges.map((_, index) => index).sort((a, b) => ranges[a]!.start.row - ranges[b]!.start.row || a - b);
    this.lastRow = ranges.reduce((last, range) => Math.max(last, range.end.row), -1);
  }

  /** The indexes, in plan order, of the ranges over 0-based row `row`; rows must be asked for in order. */
  at(row: number): readonly number[] {
    let changed = false;
    if (this.active.some((index) => this.ranges[index]!.end.row < row)) {
      this.active = this.active.filter((index) => this.ranges[index]!.end.row >= row);
      changed = true;
    }
    while (this.next < this.byStart.length && this.ranges[this.byStart[this.next]!]!.start.row <= row) {
      const index = this.byStart[this.next++]!;
      if (this.ranges[index]!.end.row >= row) {
        this.active.push(index);
        changed = true;
      }
    }
    if (changed) this.active.sort((a, b) => a - b);
    return this.active;
  }
}

/**
 * Writes the row's cells from the blocks over it, later blocks winning, and gives the columns whose text must keep
 * the Text format ("@"). A string is stored as a text cell whatever it starts with: only `{ formula }` makes a
 * formula. But when the user edits such a cell and confirms it, Excel and LibreOffice read what is there as if typed,
 * and "=1+1" becomes a formula, "00012345" the number 12345 (core/text). The Text format keeps it text through the
 * edit. ExcelJS cannot write the quotePrefix style attribute, which would do the same without a format.
 */
function writeRowValues(
  sheetRow: ExcelJS.Row,
  row: number,
  blocks: readonly PlanBlock[],
  covering: readonly number[],
): Set<number> | undefined {
  let textColumns: Set<number> | undefined;
  for (const index of covering) {
    const block = blocks[index]!;
    const at = rangeOf(block.at).start;
    const cells = block.rows[row - at.row];
    cells?.forEach((cell, c) => {
      if (cell === null) return;
      const column = at.column + c;
      sheetRow.getCell(column + 1).value = isFormula(cell)
        ? { formula: withoutEquals(cell.formula), result: cell.result }
        : cell;
      if (typeof cell === "string" && mayNotStayText(cell)) (textColumns ??= new Set()).add(column);
      else textColumns?.delete(column);
    });
  }
  return textColumns;
}

/** The file format stores formulas without the "=" that Excel shows and Office.js takes. */
function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/**
 * Applies the formats in order, later ones winning for the properties they set. Cells that got formats of the same
 * content in the same order share one merged style object, so that a hundred thousand formatted rows cost a handful
 * of styles, and ExcelJS works out each one's styles.xml entry once rather than once per cell. ExcelJS's setters
 * (`cell.font = …`) change cell.style in place, so nothing may set a cell's format after this.
 */
class StyleMerger {
  private readonly merged: Partial<ExcelJS.Style>[] = [];
  private readonly mergedPlan: CellStyle[] = [];
  /** By merged style (-1: none) and a format's content, the merged style after it. */
  private readonly after = new Map<number, Map<string, number>>();
  private readonly keys: string[];
  /** Each style with the Text format, made once; index -1 is a cell the plan gives no format. */
  private readonly asText = new Map<number, Partial<ExcelJS.Style>>();
  /** The last row's formats and the style each column got from them: consecutive rows mostly share both. */
  private lastFormats: readonly number[] = [];
  private lastStyles = new Map<number, number>();

  constructor(private readonly formats: readonly RangeFormat[]) {
    this.keys = formats.map((format) => JSON.stringify(format.style));
  }

  styleRow(sheetRow: ExcelJS.Row, covering: readonly number[], textColumns: Set<number> | undefined): void {
    const styles = this.columnStyles(covering);
    for (const [column, styleIndex] of styles) {
      sheetRow.getCell(column + 1).style = textColumns?.has(column)
        ? this.textStyle(styleIndex)
        : this.merged[styleIndex]!;
    }
    for (const column of textColumns ?? []) {
      if (!styles.has(column)) sheetRow.getCell(column + 1).style = this.textStyle(-1);
    }
  }

  private columnStyles(covering: readonly number[]): Map<number, number> {
    if (covering === this.lastFormats || sameIndexes(covering, this.lastFormats)) return this.lastStyles;
    const styles = new Map<number, number>();
    for (const index of covering) {
      const range = rangeOf(this.formats[index]!.range);
      for (let column = range.start.column; column <= range.end.column; column++) {
        styles.set(column, this.next(styles.get(column) ?? -1, index));
      }
    }
    this.lastFormats = [...covering];
    this.lastStyles = styles;
    return styles;
  }

  private next(before: number, format: number): number {
    let transitions = this.after.get(before);
    if (!transitions) this.after.set(before, (transitions = new Map()));
    const key = this.keys[format]!;
    let after = transitions.get(key);
    if (after === undefined) {
      const style = this.formats[format]!.style;
      const plan = before === -1 ? style : mergeStyles(this.mergedPlan[before]!, style);
      after = this.mergedPlan.push(plan) - 1;
      this.merged.push(excelStyle(plan));
      transitions.set(key, after);
    }
    return after;
  }

  private textStyle(styleIndex: number): Partial<ExcelJS.Style> {
    let style = this.asText.get(styleIndex);
    if (!style) this.asText.set(styleIndex, (style = { ...(this.merged[styleIndex] ?? {}), numFmt: "@" }));
    return style;
  }
}

function sameIndexes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, i) => index === b[i]);
}

function mergeStyles(base: CellStyle, over: CellStyle): CellStyle {
  return {
    ...base,
    ...over,
    font: { ...base.font, ...over.font },
    alignment: { ...base.alignment, ...over.alignment },
    borders: { ...base.borders, ...over.borders },
  };
}

function argb(color: Color): { argb: string } {
  return { argb: `FF${color.replace(/^#/, "").toUpperCase()}` };
}

function solidFill(color: Color): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: argb(color) };
}

function excelFont(font: Font): Partial<ExcelJS.Font> {
  const { color, ...rest } = font;
  return color === undefined ? rest : { ...rest, color: argb(color) };
}

function excelLine(line: BorderLine): Partial<ExcelJS.Border> {
  return { style: line.style, ...(line.color !== undefined && { color: argb(line.color) }) };
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const excel: Partial<ExcelJS.Style> = {};
  if (style.numberFormat !== undefined) excel.numFmt = style.numberFormat;
  if (style.font) excel.font = excelFont(style.font);
  if (style.fill !== undefined) excel.fill = solidFill(style.fill);
  if (style.alignment) {
    const { horizontal, vertical, wrap, indent } = style.alignment;
    excel.alignment = {
      ...(horizontal && { horizontal }),
      ...(vertical && { vertical: vertical === "center" ? "middle" : vertical }),
      ...(wrap !== undefined && { wrapText: wrap }),
      ...(indent !== undefined && { indent }),
    };
  }
  if (style.borders) {
    excel.border = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const line = style.borders[side];
      if (line) excel.border[side] = excelLine(line);
    }
    const diagonal = style.borders.diagonal;
    if (diagonal) {
      const { direction } = diagonal;
      excel.border.diagonal = { ...excelLine(diagonal), up: direction !== "down", down: direction !== "up" };
    }
  }
  if (style.locked !== undefined) excel.protection = { locked: style.locked };
  return excel;
}

/**
 * A table over cells the blocks already hold, its column names taken from the header row as Excel takes them
 * (a blank header becomes "Column3", a repeated one "金额2"). A table needs a data row, so a header-only range gets
 * an empty one. A totals row goes below the range with what Excel puts there: a subtotal of the last column, a sum
 * when it holds numbers or formulas and a count otherwise.
 */
function addTable(sheet: ExcelJS.Worksheet, table: PlanTable, name: string): void {
  const range = rangeOf(table.range);
  const [header = [], ...rows] = cellValues(sheet, range);
  if (rows.length === 0) rows.push(header.map(() => null));
  const columnNames = tableColumnNames(header);
  const lastNumeric = rows.every((row) => {
    const last = row[row.length - 1];
    return (
      last === null || last === undefined || typeof last === "number" || (typeof last === "object" && "formula" in last)
    );
  });
  sheet.addTable({
    name,
    displayName: name,
    ref: cellAddress(range.start.row, range.start.column),
    headerRow: true,
    totalsRow: table.showTotals ?? false,
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: columnNames.map((columnName, index) => {
      if (index === 0) return { name: columnName, filterButton: true, totalsRowLabel: "" };
      if (index < columnNames.length - 1) return { name: columnName, filterButton: true };
      return { name: columnName, filterButton: true, totalsRowFunction: lastNumeric ? "sum" : "count" };
    }),
    rows,
  });
}

function cellValues(sheet: ExcelJS.Worksheet, range: RangeAddress): ExcelJS.CellValue[][] {
  const values: ExcelJS.CellValue[][] = [];
  for (let row = range.start.row; row <= range.end.row; row++) {
    const line: ExcelJS.CellValue[] = [];
    for (let column = range.start.column; column <= range.end.column; column++) {
      line.push(sheet.getCell(row + 1, column + 1).value);
    }
    values.push(line);
  }
  return values;
}

function tableColumnNames(headers: ExcelJS.CellValue[]): string[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const text = header === null || header === undefined || typeof header === "object" ? "" : String(header).trim();
    return claimName(text === "" ? `Column${index + 1}` : text, taken, "");
  });
}

/** The first of "name", "name{joiner}2", "name{joiner}3"… not yet taken, ignoring case as Excel does. */
function claimName(wanted: string, taken: Set<string>, joiner: string): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${joiner}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** An inline list is one quoted, comma-separated formula, as Excel stores it; quotes inside are doubled. */
function addListValidation(sheet: ExcelJS.Worksheet, validation: ListValidation): void {
  const formula = Array.isArray(validation.list)
    ? `"${validation.list.map((item) => item.replace(/"/g, '""')).join(",")}"`
    : withoutEquals(validation.list.source);
  const rule: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: validation.allowBlank,
    formulae: [formula],
    // Office.js alerts on a wrong entry unless told not to; the file format stays silent unless told to alert.
    showErrorMessage: true,
    errorStyle: validation.alert ?? "stop",
    // Excel refuses a file whose alert message is over 224 characters (MS-OI29500 2.1.613).
    ...(validation.errorMessage !== undefined && {
      error: withinLength(validation.errorMessage, VALIDATION_MESSAGE_MAX),
    }),
  };
  // One rule over the range, as Excel stores it, rather than one per cell: a journal's column is a million cells.
  (
    sheet as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add(rangeOf(validation.range).excel, rule);
}

function addConditionalFormat(sheet: ExcelJS.Worksheet, format: ConditionalFormat, priority: number): void {
  const style: Partial<ExcelJS.Style> = {
    ...(format.style.font && { font: excelFont(format.style.font) }),
    // A conditional format's solid fill takes its colour from bgColor, unlike a cell's.
    ...(format.style.fill !== undefined && {
      fill: { type: "pattern", pattern: "solid", bgColor: argb(format.style.fill) },
    }),
  };
  const { rule } = format;
  sheet.addConditionalFormatting({
    ref: rangeOf(format.range).excel,
    rules: [
      rule.kind === "expression"
        ? { type: "expression", priority, formulae: [withoutEquals(rule.formula)], style }
        : {
            type: "cellIs",
            priority,
            // The file format knows notEqual too; ExcelJS's typings list only four operators.
            operator: rule.operator as ExcelJS.CellIsOperators,
            formulae: rule.values.map(withoutEquals),
            style,
          },
    ],
  });
}

/** The file format's paper size codes (ECMA-376 ST_PaperSize). */
const PAPER_SIZE: Record<PrintSetup["paper"], number> = { Letter: 1, A3: 8, A4: 9, A5: 11 };

function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PageSetup["paperSize"],
    orientation: print.orientation,
    ...(print.margins && { margins: { ...print.margins } }),
    ...(print.titleRows && { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }),
    ...(print.fitToWidth && { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
  };
}

/** A password-protected .xlsx and an Excel 97–2003 .xls both start with the OLE compound file signature. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Such a file is neither CSV text nor a zip, whatever its name says: readWorkbookGrids tells the user what to do. */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * How much a workbook may expand to when unzipped before it is read. ExcelJS inflates every part into memory, a few
 * times over as it parses; a zip bomb (a few MB that inflate to gigabytes) would take the process down after
 * minutes, so it is refused first, by the sizes the zip's central directory declares.
 */
export const MAX_EXPANDED_BYTES = 1024 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * The sum of the uncompressed sizes a zip's central directory declares (APPNOTE.TXT 4.3.12 and 4.3.16), or null when
 * there is no readable directory (the zip reader then says the file is damaged). A zip64 directory, which an .xlsx
 * needs only past 4 GB, counts as infinite.
 */
export function zipExpandedBytes(bytes: Uint8Array): number | null {
  // A DataView, not Buffer's readers: the task pane reads a picked .xlsx in the browser, where there is no Buffer.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (entries === 0xffff || start === 0xffffffff) return Infinity;
  let total = 0;
  for (let at = start, n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/**
 * Every worksheet as a Grid from A1 to its last cell holding a value or a formula (an empty sheet gives A1 alone,
 * [[""]], as Office.js's used range does). Bytes that are not a workbook give a failure, never an exception; a
 * workbook that would expand past `maxExpandedBytes` is refused before it is read.
 */
export async function readWorkbookGrids(
  data: Uint8Array | ArrayBuffer,
  { maxExpandedBytes = MAX_EXPANDED_BYTES }: { maxExpandedBytes?: number } = {},
): Promise<Result<Grid[]>> {
  // A Buffer is a Uint8Array: the command line's files and the pane's picked files read the same way.
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const refused = refusedWorkbook(bytes, maxExpandedBytes);
  if (refused) return refused;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return fail("xlsx-unreadable");
  }
  if (workbook.worksheets.length === 0) return fail("xlsx-unreadable");
  return ok(workbook.worksheets.map(sheetGrid));
}

/** Why bytes cannot be read as a workbook before they are unzipped, or null when they may be. */
export function refusedWorkbook(bytes: Uint8Array, maxExpandedBytes: number): Result<never> | null {
  if (isOleFile(bytes)) return fail("xlsx-legacy-or-encrypted");
  const expanded = zipExpandedBytes(bytes);
  if (expanded !== null && expanded > maxExpandedBytes) {
    const megabytes = (count: number) => (Number.isFinite(count) ? Math.ceil(count / 2 ** 20) : "4,096+");
    return fail("xlsx-too-large", { size: megabytes(expanded), limit: megabytes(maxExpandedBytes) });
  }
  return null;
}

/**
 * A sheet as a Grid. ExcelJS reads a formula's saved "" (Excel's and LibreOffice's <v></v>) as no result at all, so a
 * formula without one is either never calculated or calculated to "": a sheet with a result for any formula was
 * calculated (Excel saves one for every formula) and its formulas without one show "", as in Excel; a sheet with
 * none was not, and says so (Grid.uncalculated). Judged sheet by sheet: a program may have written one sheet of a
 * workbook Excel saved. The command line's reader (xlsx-stream.ts) sees the <v></v> itself and judges each cell.
 */
function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const found: CellValue[][] = [];
  let calculated = false;
  let uncalculated = 0;
  let firstUncalculated = "";
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, columnNumber) => {
      // Office.js gives "" for every cell of a merged area but its top-left one; ExcelJS repeats the value there.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // ExcelJS's cell.value drops a formula's cached result when it is 0, FALSE or ""; cell.result keeps it. Such a
      // cell counts toward the used range even when it shows "", as in Excel.
      const formula = cell.type === ExcelJS.ValueType.Formula;
      const value = formula ? cell.result : cell.value;
      if (formula && value === undefined && uncalculated++ === 0)
        firstUncalculated = cellAddress(rowNumber - 1, columnNumber - 1);
      calculated ||= formula && value !== undefined;
      (found[rowNumber - 1] ??= [])[columnNumber - 1] = officeValue(value);
    });
  });
  return gridOf(
    sheet.name,
    found,
    uncalculated > 0 && !calculated ? { count: uncalculated, first: firstUncalculated } : undefined,
  );
}

/** The cells found, by row and column, as a Grid from A1 to the last row and column holding one (A1 at least). */
export function gridOf(sheet: string, found: CellValue[][], uncalculated: Grid["uncalculated"]): Grid {
  let width = 1;
  for (const line of found) if (line) width = Math.max(width, lastIndex(line) + 1);
  let height = found.length;
  while (height > 0 && (!found[height - 1] || lastIndex(found[height - 1]!) < 0)) height--;
  const values: CellValue[][] = [];
  for (let r = 0; r < Math.max(height, 1); r++) {
    // The row as found, filled out in place: a second copy of a million rows would double what reading costs.
    const line = found[r] ?? [];
    for (let c = 0; c < width; c++) line[c] ??= "";
    line.length = width;
    values.push(line);
  }
  const grid: Grid = { sheet, top: 0, left: 0, values };
  if (uncalculated) grid.uncalculated = uncalculated;
  return grid;
}

/** The index of a sparse row's last cell, or -1. */
function lastIndex(line: readonly CellValue[]): number {
  for (let c = line.length - 1; c >= 0; c--) if (line[c] !== undefined) return c;
  return -1;
}

export const MS_PER_DAY = 86_400_000;
/** 1970-01-01 in Excel's 1900 date system, as ExcelJS's own serial-to-Date takes it, so serials read back unchanged. */
export const UNIX_EPOCH_SERIAL = 25_569;
/** And in the 1904 date system. */
export const UNIX_EPOCH_SERIAL_1904 = 24_107;

/**
 * A cell's value as Office.js's `Range.values` gives it: a date as its 1900-system serial number (ExcelJS has already
 * turned a 1904-system serial into the right day), a formula as its cached result, rich text as plain text, an error
 * as its text.
 */
export function officeValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value !== "object") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return officeValue(value.text);
  return officeValue(value.result);
}
