/**
 * The file host: SheetPlans written to .xlsx, and .xlsx workbooks read back as Grids, with ExcelJS. Like every host it
 * moves cells and knows nothing of accounting. Cells read come back as Office.js gives them, so a job reads a file
 * exactly as it reads the open workbook.
 */
import ExcelJS from "exceljs";
import {
  MAX_COLUMNS,
  cellAddress,
  parseRangeAddress,
  type CellPosition,
  type CellValue,
  type Grid,
  type RangeAddress,
} from "../core/grid";
import {
  freeSheetName,
  isFormula,
  PAGE_NUMBER_FOOTER,
  type CellStyle,
  type Color,
  type ConditionalFormat,
  type Font,
  type ListValidation,
  type PlanTable,
  type PrintSetup,
  type SheetPlan,
  VALIDATION_MESSAGE_MAX,
  withinLength,
} from "../core/plan";
import { mayNotStayText } from "../core/text";
import { fail, ok, type Result } from "../core/result";
import { HostError } from "./host";

/**
 * Writes the plans as the sheets of a new workbook, in order, each under a free variant of its name. Tables and names
 * share one workbook-wide namespace: a later plan's table whose name is taken becomes "Amounts_2", and a later plan's
 * name that is taken keeps pointing at the first sheet that defined it.
 */
export async function writeWorkbook(plans: readonly SheetPlan[]): Promise<Buffer> {
  if (plans.length === 0) throw new RangeError("A workbook needs at least one sheet");
  const workbook = new ExcelJS.Workbook();
  // The file holds formulas without cached results; this makes Excel and LibreOffice compute them all on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  const takenNames = new Set<string>();
  for (const plan of plans) {
    const name = freeSheetName(
      plan.name,
      workbook.worksheets.map((sheet) => sheet.name),
    );
    await writeSheet(workbook, workbook.addWorksheet(name), plan, takenNames);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  takenNames: Set<string>,
): Promise<void> {
  const textCells = writeBlocks(sheet, plan);
  for (const table of plan.tables) addTable(sheet, table, claimName(table.name, takenNames, "_"));
  // Merging keeps the top-left value, as Excel does; styles come after so that each merged cell keeps its own borders.
  for (const merge of plan.merges) sheet.mergeCellsWithoutStyle(rangeOf(merge).excel);
  applyFormats(sheet, plan, textCells);
  for (const column of plan.columns) {
    const sheetColumn = sheet.getColumn(column.index + 1);
    if (column.width !== undefined) sheetColumn.width = column.width;
    if (column.hidden !== undefined) sheetColumn.hidden = column.hidden;
  }
  for (const row of plan.rows) {
    if (row.height !== undefined) sheet.getRow(row.index + 1).height = row.height;
  }
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) }];
  }
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
  if (plan.print) applyPrintSetup(sheet, plan.print);
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

/**
 * Writes the blocks' cells and returns the text cells that must keep the Text format ("@"), by row and column.
 * A string is stored as a text cell whatever it starts with: only `{ formula }` makes a formula. But when the user
 * edits such a cell and confirms it, Excel and LibreOffice read what is there as if typed, and "=1+1" becomes a
 * formula, "00012345" the number 12345 (core/text). The Text format keeps it text through the edit.
 * ExcelJS cannot write the quotePrefix style attribute, which would do the same without a format.
 */
function writeBlocks(sheet: ExcelJS.Worksheet, plan: SheetPlan): Set<number>[] {
  const textCells: Set<number>[] = [];
  for (const block of plan.blocks) {
    const at = rangeOf(block.at).start;
    block.rows.forEach((cells, r) => {
      const row = sheet.getRow(at.row + r + 1);
      cells.forEach((cell, c) => {
        if (cell === null) return;
        row.getCell(at.column + c + 1).value = isFormula(cell) ? { formula: withoutEquals(cell.formula) } : cell;
        const guarded = (textCells[at.row + r] ??= new Set());
        if (typeof cell === "string" && mayNotStayText(cell)) guarded.add(at.column + c);
        else guarded.delete(at.column + c);
      });
    });
  }
  return textCells;
}

/** The file format stores formulas without the "=" that Excel shows and Office.js takes. */
function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/**
 * Applies the formats in order, later ones winning for the properties they set. Cells that got the same formats in
 * the same order share one merged style, so a hundred thousand formatted rows cost a handful of style objects.
 */
function applyFormats(
  sheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  textCells: readonly (Set<number> | undefined)[],
): void {
  const merged: CellStyle[] = [];
  /** The index in `merged` of each formatted cell's style, by row and column. */
  const styleOfCell: number[][] = [];
  for (const format of plan.formats) {
    /** The merged style a cell gets from this format, by the one it had before (-1: none). */
    const styleAfter = new Map<number, number>();
    for (const { row, column } of cellsOf(rangeOf(format.range))) {
      const rowStyles = (styleOfCell[row] ??= []);
      const before = rowStyles[column] ?? -1;
      let after = styleAfter.get(before);
      if (after === undefined) {
        after = merged.push(before === -1 ? format.style : mergeStyles(merged[before]!, format.style)) - 1;
        styleAfter.set(before, after);
      }
      rowStyles[column] = after;
    }
  }
  const excelStyles = merged.map(excelStyle);
  /** Each style with the Text format, made once; index -1 is a cell the plan gives no format. */
  const asText = new Map<number, Partial<ExcelJS.Style>>();
  const textStyle = (styleIndex: number) => {
    let style = asText.get(styleIndex);
    if (!style) asText.set(styleIndex, (style = { ...(excelStyles[styleIndex] ?? {}), numFmt: "@" }));
    return style;
  };
  styleOfCell.forEach((rowStyles, row) => {
    const sheetRow = sheet.getRow(row + 1);
    rowStyles.forEach((styleIndex, column) => {
      // Sharing one style object lets ExcelJS work out its styles.xml entry once rather than once per cell. ExcelJS's
      // setters (`cell.font = …`) change cell.style in place, so nothing may set a cell's format after this.
      sheetRow.getCell(column + 1).style = textCells[row]?.has(column)
        ? textStyle(styleIndex)
        : excelStyles[styleIndex]!;
    });
  });
  textCells.forEach((columns, row) => {
    for (const column of columns ?? []) {
      if (styleOfCell[row]?.[column] === undefined) sheet.getRow(row + 1).getCell(column + 1).style = textStyle(-1);
    }
  });
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
      if (line)
        excel.border[side] = { style: line.style, ...(line.color !== undefined && { color: argb(line.color) }) };
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
  for (const { row, column } of cellsOf(rangeOf(validation.range)))
    sheet.getCell(row + 1, column + 1).dataValidation = rule;
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

function applyPrintSetup(sheet: ExcelJS.Worksheet, print: PrintSetup): void {
  const setup = sheet.pageSetup;
  setup.paperSize = PAPER_SIZE[print.paper] as ExcelJS.PageSetup["paperSize"];
  setup.orientation = print.orientation;
  if (print.margins) setup.margins = { ...print.margins };
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.first}:${print.titleRows.last}`;
  if (print.fitToWidth) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  // The file's footer holds one string, its sections marked by &L, &C and &R (ECMA-376 18.3.1.39).
  if (print.pageNumbers) sheet.headerFooter.oddFooter = `&C${PAGE_NUMBER_FOOTER}`;
  // A break before row r ends the page after 1-based row r; the first row starts a page anyway. Excel keeps at most
  // 1,023 manual breaks (MS-XLSB 2.4.196).
  const breaks = (print.rowBreaks ?? []).filter((row) => row > 0).slice(0, 1023);
  for (const row of breaks) sheet.getRow(row).addPageBreak(0, MAX_COLUMNS);
}

function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
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
  if (isOleFile(bytes)) return fail("xlsx-legacy-or-encrypted");
  const expanded = zipExpandedBytes(bytes);
  if (expanded !== null && expanded > maxExpandedBytes) {
    const megabytes = (count: number) => (Number.isFinite(count) ? Math.ceil(count / 2 ** 20) : "4,096+");
    return fail("xlsx-too-large", { size: megabytes(expanded), limit: megabytes(maxExpandedBytes) });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return fail("xlsx-unreadable");
  }
  if (workbook.worksheets.length === 0) return fail("xlsx-unreadable");
  const grids = workbook.worksheets.map(sheetGrid);
  // ExcelJS reads Excel's cached "" (<v></v>) as no result at all. Excel saves a result for every formula, so a
  // workbook with any result was calculated, and its formulas without one show "".
  if (grids.some((grid) => grid.calculated)) for (const grid of grids) delete grid.uncalculated;
  for (const grid of grids) delete grid.calculated;
  return ok(grids);
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid & { calculated?: boolean } {
  const found: CellValue[][] = [];
  let width = 1;
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
      // No saved result at all: the file was never calculated, and "" here would pass for a blank cell.
      if (formula && value === undefined && uncalculated++ === 0)
        firstUncalculated = cellAddress(rowNumber - 1, columnNumber - 1);
      calculated ||= formula && value !== undefined;
      (found[rowNumber - 1] ??= [])[columnNumber - 1] = officeValue(value);
      width = Math.max(width, columnNumber);
    });
  });
  const height = Math.max(found.length, 1);
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < width; c++) line.push(found[r]?.[c] ?? "");
    values.push(line);
  }
  const grid: Grid & { calculated?: boolean } = { sheet: sheet.name, top: 0, left: 0, values, calculated };
  if (uncalculated > 0) grid.uncalculated = { count: uncalculated, first: firstUncalculated };
  return grid;
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 in Excel's 1900 date system, as ExcelJS's own serial-to-Date takes it, so serials read back unchanged. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A cell's value as Office.js's `Range.values` gives it: a date as its 1900-system serial number (ExcelJS has already
 * turned a 1904-system serial into the right day), a formula as its cached result, rich text as plain text, an error
 * as its text.
 */
function officeValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value !== "object") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return officeValue(value.text);
  return officeValue(value.result);
}
