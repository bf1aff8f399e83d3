/**
 * How a SheetPlan becomes Office.js calls. Every call is queued on a RequestBatch, which syncs only when the
 * queued request approaches Excel on the web's 5 MB limit, so a plan of any size costs one sync per 5 MB plus one.
 * Values and formulas go first, formats after: Excel then formats cells that already hold their data, and a
 * failure in formatting cannot lose the accountant's numbers.
 */
import { blockAddress, cellAddress, columnLetters, parseRangeAddress, type CellValue } from "../core/grid";
import {
  isFormula,
  PAGE_NUMBER_FOOTER,
  VALIDATION_MESSAGE_MAX,
  VALIDATION_TITLE_MAX,
  withinLength,
  type BorderLine,
  type Borders,
  type CellStyle,
  type PlanCell,
  type RangeFormat,
  type SheetPlan,
} from "../core/plan";
import { mayNotStayText } from "../core/text";

/** Kept below Excel on the web's 5 MB request limit with room for the request's own envelope. */
export const REQUEST_BYTE_BUDGET = 4_000_000;

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * About what a row costs in a request's JSON: Chinese text may travel as \uXXXX escapes, six bytes a character.
 * Close estimates let each request carry nearly 4 MB, so a large plan needs fewer round trips.
 */
export function estimatedBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const value of row) {
    if (typeof value === "string") bytes += value.length + 5 * (value.match(NON_ASCII)?.length ?? 0) + 3;
    else bytes += String(value).length + 1;
  }
  return bytes;
}

/** What one queued call without bulk data costs in a request: its path, arguments and bookkeeping. */
const CALL_BYTES = 300;

export class RequestBatch {
  private bytes = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Called before every sync: calculation stays suspended only until the next sync. */
    private readonly beforeSync: () => void = () => undefined,
  ) {
    this.beforeSync();
  }

  /** Accounts for a queued call; syncs first when it would not fit in the current request. */
  async add(bytes: number = CALL_BYTES): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > REQUEST_BYTE_BUDGET) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    this.bytes = 0;
    this.syncs++;
    await this.context.sync();
    this.beforeSync();
  }
}

/** Rows [start, end) per request, each within the byte budget (a single oversized row still goes alone). */
export function chunkRows(values: readonly (readonly unknown[])[], budget = REQUEST_BYTE_BUDGET): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, index) => {
    const rowBytes = estimatedBytes(row);
    if (index > start && bytes + rowBytes > budget) {
      chunks.push([start, index]);
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (values.length > start) chunks.push([start, values.length]);
  return chunks;
}

/**
 * A value as `Range.values` and `Range.formulas` must get it to store exactly that value. Excel parses text written
 * through the API as if typed (core/text), so text it would turn into something else goes behind an apostrophe,
 * which Excel takes as the mark of text and does not store or show (the same apostrophe a user types; see
 * KB 269370). Only this sink adds it: a plan holds the text itself, and the .xlsx sink stores text as text.
 */
export function officeValue(value: CellValue): CellValue {
  return typeof value === "string" && mayNotStayText(value) ? `'${value}` : value;
}

/** What `Range.formulas` takes: "=…" for a formula, a value otherwise (text kept as text). */
function formulaCell(cell: PlanCell): CellValue {
  return isFormula(cell) ? `=${cell.formula.replace(/^=/, "")}` : officeValue(cell);
}

/** Manual page breaks Excel keeps in one direction (MS-XLSB 2.4.196 BrtBeginRwBrk: at most 1,023). */
export const MAX_PAGE_BREAKS = 1023;

/** Table and workbook names already taken in the workbook, lower case: a plan's names must not collide with them. */
export interface TakenNames {
  tables: Set<string>;
  names: Set<string>;
}

/** The first of "name", "name_2", "name_3"… that is neither a table's nor a workbook name, claimed. */
function claimTableName(wanted: string, taken: TakenNames): string {
  let name = wanted;
  for (let n = 2; taken.tables.has(name.toLowerCase()) || taken.names.has(name.toLowerCase()); n++)
    name = `${wanted}_${n}`;
  taken.tables.add(name.toLowerCase());
  return name;
}

const BORDER_STYLE: Record<
  BorderLine["style"],
  { style: Excel.BorderLineStyle | `${Excel.BorderLineStyle}`; weight: Excel.BorderWeight | `${Excel.BorderWeight}` }
> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  double: { style: "Double", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  dotted: { style: "Dot", weight: "Thin" },
};

const BORDER_EDGE = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

/** The border items of a diagonal (Excel.BorderIndex, ExcelApi 1.1): each draws through every cell of the range. */
const DIAGONALS = { down: ["DiagonalDown"], up: ["DiagonalUp"], both: ["DiagonalDown", "DiagonalUp"] } as const;

function setBorder(border: Excel.RangeBorder, line: BorderLine): void {
  border.style = BORDER_STYLE[line.style].style;
  border.weight = BORDER_STYLE[line.style].weight;
  if (line.color) border.color = line.color;
}

/**
 * A plan's borders are every cell's sides; Excel's edges are the range's (EdgeTop: "at the top of the range"). So a
 * range of several rows also gets the line between each two rows, InsideHorizontal: the cell above's bottom, which is
 * the cell below's top, one line in Excel; and one of several columns InsideVertical.
 */
function setBorders(items: Excel.RangeBorderCollection, address: string, borders: Borders): void {
  const { rows, columns } = rangeSize(address);
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const line = borders[edge];
    if (line) setBorder(items.getItem(BORDER_EDGE[edge]), line);
  }
  const between = borders.bottom ?? borders.top;
  if (rows > 1 && between) setBorder(items.getItem("InsideHorizontal"), between);
  const beside = borders.right ?? borders.left;
  if (columns > 1 && beside) setBorder(items.getItem("InsideVertical"), beside);
  if (borders.diagonal)
    for (const index of DIAGONALS[borders.diagonal.direction]) setBorder(items.getItem(index), borders.diagonal);
}

const ALIGN = { left: "Left", center: "Center", right: "Right", top: "Top", bottom: "Bottom" } as const;

/** Excel's column width unit is characters of the default font; Office.js takes points. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function rangeSize(range: string): { rows: number; columns: number } {
  const parsed = parseRangeAddress(range);
  if (!parsed) throw new Error(`A plan names a range that is not one: ${range}`);
  return { rows: parsed.end.row - parsed.start.row + 1, columns: parsed.end.column - parsed.start.column + 1 };
}

async function applyStyle(range: Excel.Range, address: string, style: CellStyle, batch: RequestBatch): Promise<void> {
  if (style.numberFormat !== undefined) {
    // numberFormat takes one entry per cell; the array is sent in full, so it counts against the request size.
    const { rows, columns } = rangeSize(address);
    const formats = Array.from({ length: rows }, () => Array<string>(columns).fill(style.numberFormat!));
    await batch.add(rows * estimatedBytes(formats[0]!));
    range.numberFormat = formats;
  }
  await batch.add();
  const format = range.format;
  const font = style.font;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.underline !== undefined) format.font.underline = font.underline ? "Single" : "None";
  if (font?.color !== undefined) format.font.color = font.color;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.name !== undefined) format.font.name = font.name;
  if (style.fill !== undefined) format.fill.color = style.fill;
  const alignment = style.alignment;
  if (alignment?.horizontal) format.horizontalAlignment = ALIGN[alignment.horizontal];
  if (alignment?.vertical)
    format.verticalAlignment = alignment.vertical === "center" ? "Center" : ALIGN[alignment.vertical];
  if (alignment?.wrap !== undefined) format.wrapText = alignment.wrap;
  if (alignment?.indent !== undefined) format.indentLevel = alignment.indent;
  if (style.borders) setBorders(format.borders, address, style.borders);
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

const CELL_VALUE_OPERATOR = {
  lessThan: "LessThan",
  greaterThan: "GreaterThan",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  between: "Between",
} as const;

const PAPER = { A4: "A4", A3: "A3", A5: "A5", Letter: "Letter" } as const;

/** Queues every part of the plan on `sheet`; the caller syncs what is left in the batch. */
export async function queuePlan(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  context: Excel.RequestContext,
  batch: RequestBatch,
  /** The workbook's table and workbook names, when the plan makes a new sheet: its names are kept clear of them. */
  taken?: TakenNames,
): Promise<void> {
  for (const block of plan.blocks) {
    const at = parseRangeAddress(block.at);
    // A plan's rows may be shorter than its widest (a blank spacer row is []); Office.js takes only a rectangle,
    // so the rest of a row is null, which leaves the cell as it is (docs: excel-add-ins-blank-null-values).
    const columns = block.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    if (!at || columns === 0) continue;
    for (const [start, end] of chunkRows(block.rows)) {
      const rows = block.rows
        .slice(start, end)
        .map((row) => Array.from({ length: columns }, (_, c) => formulaCell(row[c] ?? null)));
      await batch.add(rows.reduce((sum, row) => sum + estimatedBytes(row), 0));
      const topLeft = cellAddress(at.start.row + start, at.start.column);
      const bottomRight = cellAddress(at.start.row + end - 1, at.start.column + columns - 1);
      sheet.getRange(`${topLeft}:${bottomRight}`).formulas = rows;
    }
  }
  // Formats with a diagonal go on after the merges, whole: a format set on the cells of an area whose top-left cell
  // is empty is lost when the area is merged (office-js#6405), and a merged area's diagonal is the one line that
  // crosses it out, an empty area (a voucher's unused lines) with its sides.
  const crossing = (format: RangeFormat) => format.style.borders?.diagonal !== undefined;
  for (const { range, style } of plan.formats.filter((format) => !crossing(format)))
    await applyStyle(sheet.getRange(range), range, style, batch);
  for (const range of plan.merges) {
    await batch.add();
    sheet.getRange(range).merge(false);
  }
  for (const { range, style } of plan.formats.filter(crossing))
    await applyStyle(sheet.getRange(range), range, style, batch);
  for (const column of plan.columns) {
    await batch.add();
    const letters = columnLetters(column.index);
    const range = sheet.getRange(`${letters}:${letters}`);
    if (column.width !== undefined) range.format.columnWidth = columnWidthPoints(column.width);
    if (column.hidden !== undefined) range.columnHidden = column.hidden;
  }
  for (const row of plan.rows) {
    if (row.height === undefined) continue;
    await batch.add();
    sheet.getRange(`${row.index + 1}:${row.index + 1}`).format.rowHeight = row.height;
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    await batch.add();
    const { rows, columns } = plan.freeze;
    if (columns === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(columns);
    else sheet.freezePanes.freezeAt(sheet.getRange(`A1:${cellAddress(rows - 1, columns - 1)}`));
  }
  for (const validation of plan.validations) {
    await batch.add();
    const source = Array.isArray(validation.list) ? validation.list.join(",") : validation.list.source;
    const dataValidation = sheet.getRange(validation.range).dataValidation;
    dataValidation.ignoreBlanks = validation.allowBlank;
    dataValidation.rule = { list: { inCellDropDown: true, source } };
    dataValidation.errorAlert = {
      // Empty, Excel shows its own message. Excel refuses a title over 32 characters or a message over 224
      // (MS-OI29500 2.1.613), and a refusal would leave the sheet half built.
      message: withinLength(validation.errorMessage ?? "", VALIDATION_MESSAGE_MAX),
      showAlert: true,
      style: validation.alert === "warning" ? "Warning" : "Stop",
      title: withinLength(plan.name, VALIDATION_TITLE_MAX),
    };
  }
  for (const conditional of plan.conditionalFormats) {
    await batch.add();
    const formats = sheet.getRange(conditional.range).conditionalFormats;
    const { rule, style } = conditional;
    const format = rule.kind === "expression" ? formats.add("Custom").custom : formats.add("CellValue").cellValue;
    if (rule.kind === "expression") {
      (format as Excel.CustomConditionalFormat).rule.formula = `=${rule.formula.replace(/^=/, "")}`;
    } else {
      (format as Excel.CellValueConditionalFormat).rule = {
        formula1: rule.values[0] ?? "",
        ...(rule.values[1] !== undefined ? { formula2: rule.values[1] } : {}),
        operator: CELL_VALUE_OPERATOR[rule.operator],
      };
    }
    if (style.fill) format.format.fill.color = style.fill;
    if (style.font?.color) format.format.font.color = style.font.color;
    if (style.font?.bold !== undefined) format.format.font.bold = style.font.bold;
  }
  for (const table of plan.tables) {
    await batch.add();
    const added = sheet.tables.add(table.range, true);
    // Table names are unique in the workbook, shared with defined names: a sheet generated again gets "Journal_2".
    added.name = taken ? claimTableName(table.name, taken) : table.name;
    if (table.style) added.style = table.style;
    if (table.showTotals !== undefined) added.showTotals = table.showTotals;
  }
  for (const name of plan.names) {
    await batch.add();
    const key = name.name.toLowerCase();
    if (taken && (taken.names.has(key) || taken.tables.has(key))) {
      // Taken by a sheet generated before: a name of this sheet's own, which its formulas then refer to (a
      // worksheet-scoped name wins over the workbook's on its sheet), while the earlier sheet keeps its own.
      sheet.names.add(name.name, sheet.getRange(name.range));
    } else {
      taken?.names.add(key);
      context.workbook.names.add(name.name, sheet.getRange(name.range));
    }
  }
  if (plan.print) {
    await batch.add();
    const { print } = plan;
    const layout = sheet.pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = PAPER[print.paper];
    if (print.margins) {
      // The plan speaks inches like Excel's page setup dialog; Office.js takes points.
      layout.topMargin = print.margins.top * 72;
      layout.bottomMargin = print.margins.bottom * 72;
      layout.leftMargin = print.margins.left * 72;
      layout.rightMargin = print.margins.right * 72;
      layout.headerMargin = print.margins.header * 72;
      layout.footerMargin = print.margins.footer * 72;
    }
    if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
    // One page wide is horizontalFitToPages alone: verticalFitToPages 0 is not a documented value. Excel may still
    // not apply the fit until its Page Layout tab has been shown (office-js#1860, an Excel bug); the .xlsx sink
    // writes the same setting into the file, where it always holds.
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
    // HeaderFooter sections take the codes without the &C that places them (Excel.HeaderFooter, ExcelApi 1.9).
    if (print.pageNumbers) layout.headersFooters.defaultForAllPages.centerFooter = PAGE_NUMBER_FOOTER;
    // Excel keeps at most 1,023 manual breaks; past them its own page breaks take over.
    for (const row of (print.rowBreaks ?? []).filter((row) => row > 0).slice(0, MAX_PAGE_BREAKS)) {
      await batch.add();
      sheet.horizontalPageBreaks.add(`A${row + 1}`);
    }
  }
  for (const chart of plan.charts ?? []) {
    await batch.add();
    // The first column holds the categories (dates, which are numbers to Excel): left to guess, Excel draws them
    // as one more series. So the chart is made from the series columns alone and each series is given the
    // categories (ChartSeries.setXAxisValues, ExcelApi 1.7).
    const data = parseRangeAddress(chart.data);
    if (!data) throw new Error(`A plan names a chart range that is not one: ${chart.data}`);
    const rows = data.end.row - data.start.row + 1;
    const seriesColumns = data.end.column - data.start.column;
    const added = sheet.charts.add(
      chart.kind === "line" ? "Line" : "ColumnClustered",
      sheet.getRange(blockAddress(data.start.row, data.start.column + 1, rows, seriesColumns)),
      "Columns",
    );
    const categories = sheet.getRange(blockAddress(data.start.row + 1, data.start.column, rows - 1, 1));
    for (let i = 0; i < seriesColumns; i++) added.series.getItemAt(i).setXAxisValues(categories);
    added.title.text = chart.title;
    added.setPosition(chart.at);
  }
  if (plan.protect) {
    await batch.add();
    sheet.protection.protect({
      allowFormatColumns: plan.protect.allowFormatColumns,
      allowSort: plan.protect.allowSort,
    });
  }
}
