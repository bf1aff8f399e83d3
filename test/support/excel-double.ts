/**
 * A recording test double of the slice of Office.js the Excel host uses. It behaves as Excel does where mistakes
 * hide: properties can be read only after load() and sync(), writes and selections are queued until sync(), a
 * write whose shape differs from its range fails, and each sync is one request whose JSON size is measured against
 * Excel on the web's 5 MB limit. It also has the real Excel's less obvious behaviours, each listed with its source in
 * EXCEL-BEHAVIOURS.md beside this file: text written is parsed as if typed, whole columns are reported as "C:C",
 * responses and reads have limits, validation titles have a length limit, a protected sheet refuses changes to its
 * locked cells, a table may not overlap merged cells, and table and workbook names are unique. Tests read `syncs`,
 * `requests` and `calls` to assert what the host did.
 */
import {
  blockAddress,
  cellAddress,
  columnLetters,
  isUnbounded,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRangeAddress,
  type CellValue,
  type RangeAddress,
} from "../../src/core/grid";

export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Responses have the same limit as requests on the web. */
export const WEB_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** "A range is limited to five million cells for get operations." */
export const READ_CELL_LIMIT = 5_000_000;
/** Data-validation alert limits (MS-OI29500 2.1.613): title 32 characters, message 224. */
export const VALIDATION_TITLE_LIMIT = 32;
export const VALIDATION_MESSAGE_LIMIT = 224;
/** Manual page breaks a sheet may hold in each direction (MS-XLSB BrtBeginRwBrk: at most 1,023). */
export const PAGE_BREAK_LIMIT = 1023;
/** The year Excel gives a typed date without one ("3/4"): the double's "today" is in 2026. */
export const DOUBLE_YEAR = 2026;

export interface ProtectionOptions {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertRows?: boolean;
  allowSort?: boolean;
}

/** Days from Excel's day 0 (1899-12-30 in the 1900 date system, counting its phantom 1900-02-29) to a date. */
function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = Date.UTC(year, month - 1, day);
  if (new Date(date).getUTCDate() !== day) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const DATES: [RegExp, (m: RegExpExecArray) => number | null][] = [
  [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, (m) => dateSerial(+m[1]!, +m[2]!, +m[3]!)],
  [/^(\d{4})[-/](\d{1,2})$/, (m) => dateSerial(+m[1]!, +m[2]!, 1)],
  [
    /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/,
    (m) => dateSerial(+m[3]! < 100 ? 2000 + +m[3]! : +m[3]!, +m[1]!, +m[2]!),
  ],
  [/^(\d{1,2})[-/](\d{1,2})$/, (m) => dateSerial(DOUBLE_YEAR, +m[1]!, +m[2]!)],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, (m) => dateSerial(+m[1]!, +m[2]!, +m[3]!)],
  [/^(\d{4})年(\d{1,2})月$/, (m) => dateSerial(+m[1]!, +m[2]!, 1)],
  [/^(\d{1,2})月(\d{1,2})日$/, (m) => dateSerial(DOUBLE_YEAR, +m[1]!, +m[2]!)],
];

/**
 * What Excel stores for text given through Range.values or Range.formulas, parsed as if the user typed it
 * (en-US / zh-CN conventions): a leading apostrophe keeps the rest as text and is not stored; in a cell formatted
 * as Text ("@") the text stays as it is; otherwise numbers (to 15 significant digits), dates (as serial numbers),
 * TRUE/FALSE, and formulas. A formula is stored as its text when written through `formulas`, and as
 * "#FORMULA:…" when written through `values`, so that tests see that text became a formula.
 */
export function typedAsExcel(text: string, numberFormat: string | undefined, formulas: boolean): CellValue {
  if (text.startsWith("'")) return text.slice(1);
  if (numberFormat === "@") return text;
  const trimmed = text.trim();
  if (trimmed !== "" && /\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const number = Number(trimmed.replace(/,/g, "").replace(/%$/, "")) / (trimmed.endsWith("%") ? 100 : 1);
    // Excel keeps 15 significant digits (KB 269370).
    if (Number.isFinite(number)) return Number(number.toPrecision(15));
  }
  for (const [pattern, serial] of DATES) {
    const match = pattern.exec(trimmed);
    const value = match && serial(match);
    if (value !== null && value !== undefined) return value;
  }
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  if (/^[=+\-@]/.test(text)) return formulas && text.startsWith("=") ? text : `#FORMULA:${text}`;
  return text;
}

/** The address as Excel's Range.address gives it: "Sheet1!C:C", "Sheet1!5:5", "Sheet1!1:1048576", "Sheet1!B2:C9". */
export function excelAddress(at: RangeAddress): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(at.sheet) ? at.sheet : `'${at.sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${localAddress(at)}`;
}

function localAddress(at: RangeAddress): string {
  const allRows = at.start.row === 0 && at.end.row === MAX_ROWS - 1;
  const allColumns = at.start.column === 0 && at.end.column === MAX_COLUMNS - 1;
  if (allRows && !allColumns) return `${columnLetters(at.start.column)}:${columnLetters(at.end.column)}`;
  if (allColumns) return `${at.start.row + 1}:${at.end.row + 1}`;
  return blockAddress(
    at.start.row,
    at.start.column,
    at.end.row - at.start.row + 1,
    at.end.column - at.start.column + 1,
  );
}

function overlaps(a: RangeAddress, b: RangeAddress): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

function contains(area: RangeAddress, row: number, column: number): boolean {
  return area.start.row <= row && row <= area.end.row && area.start.column <= column && column <= area.end.column;
}

type Operation = () => void;

/** Excel.BorderIndex (ExcelApi 1.1): what `format.borders.getItem` takes; anything else is an InvalidArgument. */
const BORDER_INDEXES = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
]);
type DiagonalIndex = "DiagonalDown" | "DiagonalUp";
/** What a cell keeps of the borders set on it: its four sides and its two diagonals. */
type CellBorder = "top" | "bottom" | "left" | "right" | DiagonalIndex;

/** A diagonal as Excel draws it: through one cell, or once across a merged area. */
export interface DrawnDiagonal {
  /** "D5", or a merged area "A5:E7". */
  area: string;
  index: DiagonalIndex;
  style: string;
}

/**
 * The lines between cells that cells' sides draw, each once and sorted: "top A2" for the line between A1 and A2 (A1's
 * bottom or A2's top, one line on screen), "left B1" for the one between A1 and B1. A merged area shows no line
 * inside it. For the double's sheets, and for a file's cells read back, so that the two compare.
 */
export function shownEdgeLines(
  cells: Iterable<{
    row: number;
    column: number;
    sides: Partial<Record<"top" | "bottom" | "left" | "right", unknown>>;
  }>,
  merges: readonly RangeAddress[],
): string[] {
  const lines = new Set<string>();
  const inside = (row: number, column: number, otherRow: number, otherColumn: number) =>
    merges.some((merge) => contains(merge, row, column) && contains(merge, otherRow, otherColumn));
  const line = (side: "top" | "left", row: number, column: number) => {
    const [before, beside] = side === "top" ? [row - 1, column] : [row, column - 1];
    if (!inside(row, column, before, beside)) lines.add(`${side} ${cellAddress(row, column)}`);
  };
  for (const { row, column, sides } of cells) {
    if (sides.top) line("top", row, column);
    if (sides.bottom) line("top", row + 1, column);
    if (sides.left) line("left", row, column);
    if (sides.right) line("left", row, column + 1);
  }
  return [...lines].sort();
}

class OfficeLikeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface SheetState {
  cells: Map<string, CellValue>;
  /** Number formats set by the add-in, by cell; only "@" changes how text is stored. */
  numberFormats: Map<string, string>;
  /** Areas whose lock was set, in order; a cell is locked unless the last area holding it says not. */
  locks: { area: RangeAddress; locked: boolean }[];
  merges: RangeAddress[];
  /** Borders by cell: the line style set on each side and diagonal ("Continuous", "Double"…). */
  borders: Map<string, Partial<Record<CellBorder, string>>>;
  protection: ProtectionOptions | null;
  pageBreaks: number;
  /** Worksheet-scoped names, lower case. */
  names: Set<string>;
}

export class FakeExcel {
  syncs = 0;
  /** JSON bytes of what each sync sent, as Office.js would serialise it (non-ASCII escaped). */
  readonly requests: number[] = [];
  /** JSON bytes of the values each load brought back: responses have the same 5 MB limit. */
  readonly responses: number[] = [];
  readonly calls: string[] = [];
  /** A selection of several areas: getSelectedRange fails, getSelectedRanges reports the areas. */
  multipleAreasSelected = false;
  private readonly sheets = new Map<string, SheetState>();
  /** Conditional formats by sheet, as Excel keeps them. */
  readonly conditionalFormats = new Map<string, { type: string; formula: string; fill: string; address: string }[]>();
  /** Named tables: name → sheet and address. */
  readonly tables = new Map<string, { sheet: string; address: string }>();
  /** The add-in's settings kept in the workbook (Workbook.settings, ExcelApi 1.4). */
  readonly settings = new Map<string, unknown>();
  /** Workbook-scoped names: lower-case name → sheet and address. */
  readonly names = new Map<string, { name: string; sheet: string; address: string }>();
  private activeSheet: string;
  private selection: RangeAddress;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.set(name, newSheet());
    this.activeSheet = sheetNames[0]!;
    this.selection = parseRangeAddress(`${this.activeSheet}!A1`)!;
  }

  /** The `Excel.run` the host is given. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

  /** Puts values in as they are, as if already there: no parsing, the way a test sets up a workbook. */
  setValues(sheet: string, topLeft: string, values: CellValue[][]): void {
    const at = parseRangeAddress(topLeft)!;
    values.forEach((row, r) =>
      row.forEach((v, c) => this.cells(sheet).set(`${at.start.row + r},${at.start.column + c}`, v)),
    );
  }

  value(sheet: string, cell: string): CellValue {
    const at = parseRangeAddress(cell)!;
    return this.cells(sheet).get(`${at.start.row},${at.start.column}`) ?? "";
  }

  numberFormat(sheet: string, cell: string): string | undefined {
    const at = parseRangeAddress(cell)!;
    return this.state(sheet).numberFormats.get(`${at.start.row},${at.start.column}`);
  }

  select(sheet: string, address: string): void {
    this.activeSheet = sheet;
    this.selection = { ...parseRangeAddress(address)!, sheet };
  }

  /** Protects a sheet as the user would (Review > Protect Sheet), with what it still allows. */
  protect(sheet: string, options: ProtectionOptions = {}): void {
    this.state(sheet).protection = { ...options };
  }

  isProtected(sheet: string): boolean {
    return this.state(sheet).protection !== null;
  }

  /** Every cell starts locked, as in Excel; a format's `protection.locked = false` unlocks it. */
  isLocked(sheet: string, cell: string): boolean {
    const at = parseRangeAddress(cell)!.start;
    return this.lockedAt(this.state(sheet), at.row, at.column);
  }

  /**
   * The diagonal lines the sheet shows, as Excel draws them: a diagonal border is set on each cell of a range
   * (Excel.BorderIndex: "each cell in the range"), and a merged area shows its top-left cell's diagonal once, corner
   * to corner across the area, while the cells it hides show none.
   */
  diagonalLines(sheet: string): DrawnDiagonal[] {
    const state = this.state(sheet);
    const lines: DrawnDiagonal[] = [];
    const draw = (area: string, set: Partial<Record<DiagonalIndex, string>> | undefined) => {
      for (const index of ["DiagonalDown", "DiagonalUp"] as const) {
        const style = set?.[index];
        if (style) lines.push({ area, index, style });
      }
    };
    for (const merge of state.merges) {
      const { start, end } = merge;
      draw(
        blockAddress(start.row, start.column, end.row - start.row + 1, end.column - start.column + 1),
        state.borders.get(`${start.row},${start.column}`),
      );
    }
    for (const [key, set] of state.borders) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (!state.merges.some((merge) => contains(merge, row, column))) draw(cellAddress(row, column), set);
    }
    return lines;
  }

  /** The lines between cells the sheet shows (shownEdgeLines). */
  edgeLines(sheet: string): string[] {
    const state = this.state(sheet);
    const cells = [...state.borders].map(([key, sides]) => {
      const [row, column] = key.split(",").map(Number) as [number, number];
      return { row, column, sides };
    });
    return shownEdgeLines(cells, state.merges);
  }

  /** Merges a range as the user would. */
  merge(sheet: string, address: string): void {
    this.state(sheet).merges.push({ ...parseRangeAddress(address)!, sheet });
  }

  get selected(): { sheet: string; address: string } {
    const s = this.selection;
    return {
      sheet: s.sheet,
      address: blockAddress(
        s.start.row,
        s.start.column,
        s.end.row - s.start.row + 1,
        s.end.column - s.start.column + 1,
      ),
    };
  }

  get active(): string {
    return this.activeSheet;
  }

  get sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  /** @internal */
  addSheet(name: string): void {
    if (this.sheets.has(name)) throw new OfficeLikeError("ItemAlreadyExists", `A sheet named ${name} exists`);
    this.sheets.set(name, newSheet());
  }

  /** @internal the state of a sheet */
  state(sheet: string): SheetState {
    const state = this.sheets.get(sheet);
    if (!state) throw new OfficeLikeError("ItemNotFound", `The requested resource doesn't exist: ${sheet}`);
    return state;
  }

  /** @internal */
  lockedAt(state: SheetState, row: number, column: number): boolean {
    for (let i = state.locks.length - 1; i >= 0; i--) {
      const { area, locked } = state.locks[i]!;
      if (contains(area, row, column)) return locked;
    }
    return true;
  }

  /**
   * @internal Excel's AccessDenied for a change a protected sheet does not allow: `allowed` names the option that
   * would allow it; `cells` are the cells whose content would change, refused when any of them is locked.
   */
  guard(sheet: string, what: string, allowed?: keyof ProtectionOptions, cells?: RangeAddress): void {
    const state = this.state(sheet);
    const protection = state.protection;
    if (!protection) return;
    if (cells) {
      for (let row = cells.start.row; row <= cells.end.row; row++)
        for (let column = cells.start.column; column <= cells.end.column; column++)
          if (this.lockedAt(state, row, column))
            throw new OfficeLikeError(
              "AccessDenied",
              `${what}: ${cellAddress(row, column)} is locked on the protected sheet ${sheet}`,
            );
      return;
    }
    if (!allowed || !protection[allowed])
      throw new OfficeLikeError("AccessDenied", `${what} is not allowed on the protected sheet ${sheet}`);
  }

  /**
   * @internal whole rows inserted at `row`: the cells from there down move down by `count`, and the new rows take
   * the format of the row above (its lock included), as Excel's Insert does.
   */
  insertRows(sheet: string, row: number, count: number): void {
    const state = this.state(sheet);
    if (state.protection && !state.protection.allowInsertRows)
      throw new OfficeLikeError("AccessDenied", `inserting rows is not allowed on the protected sheet ${sheet}`);
    const cells = state.cells;
    const moved = [...cells.entries()].filter(([key]) => Number(key.split(",")[0]) >= row);
    for (const [key] of moved) cells.delete(key);
    for (const [key, value] of moved) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      cells.set(`${r + count},${c}`, value);
    }
    const shift = (area: RangeAddress): RangeAddress => ({
      ...area,
      start: { ...area.start, row: area.start.row >= row ? area.start.row + count : area.start.row },
      end: { ...area.end, row: area.end.row >= row - 1 ? area.end.row + count : area.end.row },
    });
    state.locks = state.locks.map(({ area, locked }) => ({ area: shift(area), locked }));
    state.merges = state.merges.map((area) => ({
      ...area,
      start: { ...area.start, row: area.start.row >= row ? area.start.row + count : area.start.row },
      end: { ...area.end, row: area.end.row >= row ? area.end.row + count : area.end.row },
    }));
  }

  /** @internal the used range of a sheet, or null when it is empty */
  /**
   * getUsedRange(valuesOnly: true): the smallest block holding every cell with a value, from its first used row and
   * column (not from A1); a cell emptied by writing "" holds no value.
   */
  usedRange(sheet: string): RangeAddress | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, value] of this.cells(sheet)) {
      if (value === "" || value === null) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { sheet, start: { row: top, column: left }, end: { row: bottom, column: right } };
  }

  /** @internal used by the fake objects */
  cells(sheet: string): Map<string, CellValue> {
    return this.state(sheet).cells;
  }

  /** @internal */
  selectedRange(): RangeAddress {
    if (this.multipleAreasSelected) {
      throw new OfficeLikeError("InvalidSelection", "The current selection is invalid for this operation.");
    }
    return this.selection;
  }

  /** @internal */
  selectedAreas(): RangeAddress[] {
    const s = this.selection;
    if (!this.multipleAreasSelected) return [s];
    return [s, { ...s, start: { ...s.start, column: s.end.column + 2 }, end: { ...s.end, column: s.end.column + 2 } }];
  }

  /** @internal */
  activate(sheet: string): void {
    this.cells(sheet);
    this.activeSheet = sheet;
  }
}

function newSheet(): SheetState {
  return {
    cells: new Map(),
    numberFormats: new Map(),
    locks: [],
    merges: [],
    borders: new Map(),
    protection: null,
    pageBreaks: 0,
    names: new Set(),
  };
}

class FakeContext {
  private queue: Operation[] = [];
  private bytes = 0;
  /** JSON bytes the loads of the current request bring back. */
  responseBytes = 0;
  readonly workbook: FakeWorkbook;
  readonly application: unknown;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = recorder(this, "application");
  }

  enqueue(call: string, operation: Operation, payload: unknown = null): void {
    this.excel.calls.push(call);
    this.queue.push(operation);
    // Office.js sends JSON with non-ASCII characters escaped as \uXXXX.
    this.bytes += JSON.stringify({ call, payload }).replace(/[\u0080-\uffff]/g, "\\uXXXX").length;
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    this.excel.requests.push(this.bytes);
    const queue = this.queue;
    this.queue = [];
    const bytes = this.bytes;
    this.bytes = 0;
    if (bytes > WEB_REQUEST_LIMIT_BYTES) {
      throw new OfficeLikeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    }
    this.responseBytes = 0;
    // Operations run in order until one fails: what came before it stays done, as in Excel (a batch is no
    // transaction).
    for (const operation of queue) operation();
    if (this.responseBytes > 0) this.excel.responses.push(this.responseBytes);
    if (this.responseBytes > WEB_RESPONSE_LIMIT_BYTES) {
      throw new OfficeLikeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
    }
  }
}

/** What a recorded call does in the workbook when the request runs: nothing, unless a hook says otherwise. */
type Effect = (path: string, value: unknown) => Operation | undefined;

/**
 * Write-only parts of the API (formats, page layout, names, freeze panes…) are recorded, not modelled: every
 * property set and method call is queued as a call such as `Sheet1!A1:I1.format.font.bold=true`, with its
 * arguments counted in the request size, and answers another recorder. An `effect` gives some of them a meaning
 * (a protected sheet refusing a format, a lock changing).
 */
function recorder(context: FakeContext, path: string, effect?: Effect, relative = ""): unknown {
  return new Proxy(function () {}, {
    get: (_target, property) =>
      property === "then"
        ? undefined
        : recorder(context, `${path}.${String(property)}`, effect, `${relative}.${String(property)}`),
    set: (_target, property, value) => {
      context.enqueue(
        `${path}.${String(property)}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`,
        effect?.(`${relative}.${String(property)}`, value) ?? (() => undefined),
        value,
      );
      return true;
    },
    apply: (_target, _this, args) => {
      const call = `${path}(${args.map((a) => (typeof a === "object" ? JSON.stringify(a) : String(a))).join(",")})`;
      const relativeCall = `${relative}(${args.map(String).join(",")})`;
      context.enqueue(call, effect?.(relativeCall, args) ?? (() => undefined), args);
      return recorder(context, call, effect, relativeCall);
    },
  });
}

/**
 * Workbook.settings: add() sets or replaces a setting when the batch runs; items are readable after load() and sync(),
 * as the values were when the load ran.
 */
class FakeSettingCollection {
  private loaded: { key: string; value: unknown }[] | null = null;

  constructor(private readonly context: FakeContext) {}

  add(key: string, value: unknown): void {
    this.context.enqueue(`settings.add(${key})`, () => void this.context.excel.settings.set(key, value), [key, value]);
  }

  load(properties: string): this {
    this.context.enqueue(`settings.load(${properties})`, () => {
      this.loaded = [...this.context.excel.settings].map(([key, value]) => ({ key, value }));
    });
    return this;
  }

  get items(): { key: string; value: unknown }[] {
    if (!this.loaded) throw new OfficeLikeError("PropertyNotLoaded", "settings.items is not loaded");
    return this.loaded;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly settings: FakeSettingCollection;
  readonly tables: {
    getItem: (name: string) => { getRange: () => FakeRange };
    load: (properties: string) => void;
    readonly items: { name: string }[];
  };

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNames(context, null);
    this.settings = new FakeSettingCollection(context);
    let loaded: string[] | null = null;
    this.tables = {
      getItem: (name: string) => ({
        getRange: () =>
          new FakeRange(context, () => {
            const table = context.excel.tables.get(name);
            if (!table) throw new OfficeLikeError("ItemNotFound", `no table ${name}`);
            return { ...parseRangeAddress(table.address)!, sheet: table.sheet };
          }),
      }),
      load: (properties: string) =>
        context.enqueue(`tables.load(${properties})`, () => (loaded = [...context.excel.tables.keys()])),
      get items() {
        if (!loaded) throw new OfficeLikeError("PropertyNotLoaded", "tables.items is not loaded");
        return loaded.map((name) => ({ name }));
      },
    };
  }

  getSelectedRange(): FakeRange {
    const range = new FakeRange(this.context, () => this.context.excel.selectedRange());
    this.context.excel.calls.push("getSelectedRange");
    return range;
  }

  /** The selected areas (ExcelApi 1.9): how many, and their address, "Sheet1!A1:B2, Sheet1!D4" for several. */
  getSelectedRanges(): FakeRangeAreas {
    this.context.excel.calls.push("getSelectedRanges");
    return new FakeRangeAreas(this.context, () => this.context.excel.selectedAreas());
  }
}

/** Workbook names (`sheet` null) or a worksheet's own names; a name is unique in its scope, as in Excel. */
class FakeNames {
  private loaded: string[] | null = null;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: string | null,
  ) {}

  add(name: string, reference: FakeRange | string): void {
    const address = typeof reference === "string" ? reference : reference.toJSON();
    const scope = this.sheet ? `${this.sheet}.names` : "names";
    this.context.enqueue(`${scope}.add(${name},${JSON.stringify(address)})`, () => {
      const key = name.toLowerCase();
      if (this.sheet) {
        const names = this.context.excel.state(this.sheet).names;
        if (names.has(key)) throw new OfficeLikeError("ItemAlreadyExists", `The name ${name} already exists`);
        names.add(key);
        return;
      }
      if (
        this.context.excel.names.has(key) ||
        [...this.context.excel.tables.keys()].some((t) => t.toLowerCase() === key)
      )
        throw new OfficeLikeError("ItemAlreadyExists", `The name ${name} already exists`);
      const [sheet = "", local = ""] = address.split("!");
      this.context.excel.names.set(key, { name, sheet, address: local });
    });
  }

  load(properties: string): this {
    this.context.enqueue(`names.load(${properties})`, () => {
      this.loaded = this.sheet
        ? [...this.context.excel.state(this.sheet).names]
        : [...this.context.excel.names.values()].map((n) => n.name);
    });
    return this;
  }

  get items(): { name: string }[] {
    if (!this.loaded) throw new OfficeLikeError("PropertyNotLoaded", "names.items is not loaded");
    return this.loaded.map((name) => ({ name }));
  }
}

class FakeWorksheetCollection {
  private loadedNames: string[] | null = null;

  constructor(private readonly context: FakeContext) {}

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name);
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(`worksheets.add(${name})`, () => this.context.excel.addSheet(name));
    return new FakeWorksheet(this.context, name);
  }

  load(properties: string): this {
    if (properties !== "items/name")
      throw new OfficeLikeError("InvalidArgument", `the double does not load ${properties}`);
    this.context.enqueue("worksheets.load(items/name)", () => {
      this.loadedNames = this.context.excel.sheetNames;
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedNames) throw new OfficeLikeError("PropertyNotLoaded", "worksheets.items is not loaded");
    return this.loadedNames.map((name) => Object.assign(new FakeWorksheet(this.context, name), { name }));
  }
}

class FakeWorksheetProtection {
  private loaded: boolean | null = null;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: string,
  ) {}

  load(properties: string): this {
    if (properties !== "protected")
      throw new OfficeLikeError("InvalidArgument", `the double does not load ${properties}`);
    this.context.enqueue(`${this.sheet}.protection.load(protected)`, () => {
      this.loaded = this.context.excel.isProtected(this.sheet);
    });
    return this;
  }

  get protected(): boolean {
    if (this.loaded === null) throw new OfficeLikeError("PropertyNotLoaded", "protection.protected is not loaded");
    return this.loaded;
  }

  protect(options: ProtectionOptions = {}): void {
    this.context.enqueue(`${this.sheet}.protection.protect(${JSON.stringify(options)})`, () =>
      this.context.excel.protect(this.sheet, options),
    );
  }
}

class FakeWorksheet {
  readonly freezePanes: unknown;
  readonly pageLayout: unknown;
  readonly horizontalPageBreaks: { add: (cell: string) => void };
  readonly protection: FakeWorksheetProtection;
  readonly charts: unknown;
  readonly names: FakeNames;
  readonly tables: { add: (address: string, hasHeaders: boolean) => unknown };

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
  ) {
    this.freezePanes = recorder(context, `${sheetName}.freezePanes`);
    this.pageLayout = recorder(context, `${sheetName}.pageLayout`);
    this.horizontalPageBreaks = {
      add: (cell: string) =>
        context.enqueue(`${sheetName}.horizontalPageBreaks.add(${cell})`, () => {
          const state = context.excel.state(sheetName);
          if (state.pageBreaks >= PAGE_BREAK_LIMIT)
            throw new OfficeLikeError("InvalidArgument", `more than ${PAGE_BREAK_LIMIT} manual page breaks`);
          state.pageBreaks++;
        }),
    };
    this.protection = new FakeWorksheetProtection(context, sheetName);
    this.charts = recorder(context, `${sheetName}.charts`);
    this.names = new FakeNames(context, sheetName);
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const table = { name: "" };
        context.enqueue(`${sheetName}.tables.add(${address},${hasHeaders})`, () => {
          const at = { ...parseRangeAddress(address)!, sheet: sheetName };
          context.excel.guard(sheetName, "adding a table");
          if (context.excel.state(sheetName).merges.some((merge) => overlaps(merge, at)))
            throw new OfficeLikeError("MergedRangeConflict", `a table cannot overlap merged cells: ${address}`);
          const name = table.name || `Table${context.excel.tables.size + 1}`;
          const key = name.toLowerCase();
          if ([...context.excel.tables.keys()].some((t) => t.toLowerCase() === key) || context.excel.names.has(key))
            throw new OfficeLikeError("ItemAlreadyExists", `A table or name ${name} already exists`);
          context.excel.tables.set(name, { sheet: sheetName, address });
        });
        return new Proxy(table, {
          set: (target, property, value) => {
            if (property === "name") target.name = value;
            else context.enqueue(`${sheetName}.table.${String(property)}=${value}`, () => undefined);
            return true;
          },
        });
      },
    };
  }

  activate(): void {
    this.context.enqueue(`activate(${this.sheetName})`, () => this.context.excel.activate(this.sheetName));
  }

  /** The whole sheet without an address, as in Office.js. */
  getRange(address?: string): FakeRange {
    if (address === undefined) {
      return new FakeRange(this.context, () => ({
        sheet: this.sheetName,
        start: { row: 0, column: 0 },
        end: { row: MAX_ROWS - 1, column: MAX_COLUMNS - 1 },
      }));
    }
    const parsed = parseRangeAddress(address);
    if (!parsed || (parsed.sheet !== "" && parsed.sheet !== this.sheetName))
      throw new OfficeLikeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.context, () => ({ ...parsed, sheet: this.sheetName }));
  }

  getRanges(addresses: string): { conditionalFormats: FakeConditionalFormats } {
    return { conditionalFormats: new FakeConditionalFormats(this.context, this.sheetName, addresses) };
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => this.context.excel.usedRange(this.sheetName));
  }
}

/** The selected areas, as getSelectedRanges gives them. */
class FakeRangeAreas {
  private loaded = new Map<string, unknown>();

  constructor(
    private readonly context: FakeContext,
    private readonly where: () => RangeAddress[],
  ) {}

  load(properties: string | string[]): this {
    const names = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    this.context.enqueue(`areas.load(${names.join(",")})`, () => {
      const areas = this.where();
      for (const name of names) {
        if (name === "areaCount") this.loaded.set(name, areas.length);
        else if (name === "address") this.loaded.set(name, areas.map(excelAddress).join(", "));
        else throw new OfficeLikeError("InvalidArgument", `the double does not load ${name}`);
      }
    });
    return this;
  }

  /** The sheet of the selection. */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.where()[0]!.sheet);
  }

  private read(name: string): unknown {
    if (!this.loaded.has(name)) throw new OfficeLikeError("PropertyNotLoaded", `${name} is not loaded`);
    return this.loaded.get(name);
  }

  get areaCount(): number {
    return this.read("areaCount") as number;
  }

  get address(): string {
    return this.read("address") as string;
  }
}

class FakeConditionalFormats {
  private loaded: { type: string; formula: string; fill: string; address: string }[] | null = null;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: string,
    private readonly address: string,
  ) {}

  add(type: string) {
    const added = { type, formula: "", fill: "", address: this.address };
    this.context.enqueue(`${this.sheet}!${this.address}.conditionalFormats.add(${type})`, () => {
      this.context.excel.guard(this.sheet, "adding a conditional format", "allowFormatCells");
      const list = this.context.excel.conditionalFormats.get(this.sheet) ?? [];
      list.push(added);
      this.context.excel.conditionalFormats.set(this.sheet, list);
    });
    const rule = {
      set formula(value: string) {
        added.formula = value;
      },
    };
    const format = {
      fill: {
        set color(value: string) {
          added.fill = value;
        },
      },
      font: {},
    };
    return { custom: { rule, format }, cellValue: { set rule(_value: unknown) {}, format } };
  }

  load(properties: string): this {
    this.context.enqueue(`${this.sheet}.conditionalFormats.load(${properties})`, () => {
      this.loaded = [...(this.context.excel.conditionalFormats.get(this.sheet) ?? [])];
    });
    return this;
  }

  get items() {
    if (!this.loaded) throw new OfficeLikeError("PropertyNotLoaded", "conditionalFormats.items is not loaded");
    return this.loaded.map((stored) => {
      let formulaLoaded = false;
      return {
        type: stored.type,
        custom: {
          rule: {
            load: () => this.context.enqueue("rule.load(formula)", () => (formulaLoaded = true)),
            get formula() {
              if (!formulaLoaded) throw new OfficeLikeError("PropertyNotLoaded", "formula is not loaded");
              return stored.formula;
            },
          },
        },
        delete: () =>
          this.context.enqueue("conditionalFormat.delete", () => {
            this.context.excel.guard(this.sheet, "deleting a conditional format", "allowFormatCells");
            const list = this.context.excel.conditionalFormats.get(this.sheet)!;
            list.splice(list.indexOf(stored), 1);
          }),
      };
    });
  }
}

/** Range.format properties a protected sheet allows with which option; any other format needs allowFormatCells. */
const FORMAT_PERMISSION: Record<string, keyof ProtectionOptions> = {
  ".columnWidth": "allowFormatColumns",
  ".rowHeight": "allowFormatRows",
};

class FakeRange {
  private loaded = new Map<string, unknown>();
  private nullObject = false;

  constructor(
    private readonly context: FakeContext,
    private readonly where: () => RangeAddress | null,
  ) {}

  private at(): RangeAddress {
    const at = this.where();
    if (!at) throw new OfficeLikeError("ItemNotFound", "null object");
    return at;
  }

  get format(): unknown {
    const at = this.at();
    return recorder(this.context, `${this.label()}.format`, (path, value) => () => {
      if (path === ".protection.locked") {
        this.context.excel.guard(at.sheet, "changing a cell's lock");
        this.context.excel.state(at.sheet).locks.push({ area: at, locked: Boolean(value) });
        return;
      }
      const item = /^\.borders\.getItem\((\w*)\)(.*)$/.exec(path);
      if (item && !BORDER_INDEXES.has(item[1]!))
        throw new OfficeLikeError("InvalidArgument", `${item[1]} is not an Excel.BorderIndex`);
      this.context.excel.guard(at.sheet, `format${path}`, FORMAT_PERMISSION[path] ?? "allowFormatCells");
      if (item && item[2] === ".style") this.setBorder(at, item[1]!, String(value));
    });
  }

  get conditionalFormats(): FakeConditionalFormats {
    const at = this.at();
    return new FakeConditionalFormats(this.context, at.sheet, this.label().slice(at.sheet.length + 1));
  }

  get dataValidation(): unknown {
    const at = this.at();
    return recorder(this.context, `${this.label()}.dataValidation`, (path, value) => () => {
      this.context.excel.guard(at.sheet, "data validation");
      if (path === ".errorAlert" || path === ".prompt") {
        const { title = "", message = "" } = value as { title?: string; message?: string };
        const messageLimit = path === ".prompt" ? 255 : VALIDATION_MESSAGE_LIMIT;
        if (title.length > VALIDATION_TITLE_LIMIT || message.length > messageLimit)
          throw new OfficeLikeError(
            "InvalidArgument",
            `data validation ${path.slice(1)}: title ${title.length} characters (at most ${VALIDATION_TITLE_LIMIT}), message ${message.length} (at most ${messageLimit})`,
          );
      }
    });
  }

  insert(shift: string): void {
    const at = this.at();
    this.context.enqueue(`${this.label()}.insert(${shift})`, () =>
      this.context.excel.insertRows(at.sheet, at.start.row, at.end.row - at.start.row + 1),
    );
  }

  merge(across: boolean): void {
    const at = this.at();
    this.context.enqueue(`${this.label()}.merge(${across})`, () => {
      this.context.excel.guard(at.sheet, "merging cells", "allowFormatCells");
      const state = this.context.excel.state(at.sheet);
      // office-js#6405: merging an area whose top-left cell is empty loses the formats set on its cells before (the
      // issue shows a fill lost; the double models the borders).
      const topLeft = state.cells.get(`${at.start.row},${at.start.column}`);
      if (topLeft === undefined || topLeft === null || topLeft === "")
        for (let row = at.start.row; row <= at.end.row; row++)
          for (let column = at.start.column; column <= at.end.column; column++)
            state.borders.delete(`${row},${column}`);
      state.merges.push(at);
    });
  }

  /**
   * A border item set on a range, on the cells it belongs to (Excel.BorderIndex): an edge on the range's cells along
   * that edge only, an inside line between each two cells within it, a diagonal through every cell. "None" takes it
   * away.
   */
  private setBorder(at: RangeAddress, index: string, style: string): void {
    const borders = this.context.excel.state(at.sheet).borders;
    const { start, end } = at;
    const set = (row: number, column: number, side: CellBorder) => {
      const key = `${row},${column}`;
      const cell = { ...borders.get(key) };
      if (style === "None") delete cell[side];
      else cell[side] = style;
      borders.set(key, cell);
    };
    for (let row = start.row; row <= end.row; row++)
      for (let column = start.column; column <= end.column; column++) {
        if (index === "EdgeTop" && row === start.row) set(row, column, "top");
        if (index === "EdgeBottom" && row === end.row) set(row, column, "bottom");
        if (index === "EdgeLeft" && column === start.column) set(row, column, "left");
        if (index === "EdgeRight" && column === end.column) set(row, column, "right");
        if (index === "InsideHorizontal" && row < end.row) set(row, column, "bottom");
        if (index === "InsideVertical" && column < end.column) set(row, column, "right");
        if (index === "DiagonalDown" || index === "DiagonalUp") set(row, column, index);
      }
  }

  set columnHidden(hidden: boolean) {
    const at = this.at();
    this.context.enqueue(`${this.label()}.columnHidden=${hidden}`, () =>
      this.context.excel.guard(at.sheet, "hiding columns", "allowFormatColumns"),
    );
  }

  set numberFormat(formats: string[][]) {
    const at = this.at();
    this.context.enqueue(
      `${this.label()}.numberFormat=${formats[0]?.[0]}`,
      () => {
        this.checkShape(formats);
        this.context.excel.guard(at.sheet, "numberFormat", "allowFormatCells");
        const stored = this.context.excel.state(at.sheet).numberFormats;
        formats.forEach((row, r) =>
          row.forEach((format, c) => stored.set(`${at.start.row + r},${at.start.column + c}`, format)),
        );
      },
      formats,
    );
  }

  get isNullObject(): boolean {
    return this.read("isNullObject") as boolean;
  }

  /** A range passed as an argument (freezeAt, names.add) is recorded by its address. */
  toJSON(): string {
    return this.label();
  }

  private label(): string {
    const at = this.at();
    return `${at.sheet}!${blockAddress(at.start.row, at.start.column, at.end.row - at.start.row + 1, at.end.column - at.start.column + 1)}`;
  }

  load(properties: string | string[]): this {
    const names = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    this.context.enqueue(`load(${names.join(",")})`, () => {
      const at = this.where();
      this.nullObject = at === null;
      this.loaded.set("isNullObject", this.nullObject);
      if (!at) return;
      const cells = this.context.excel.cells(at.sheet);
      const rows = at.end.row - at.start.row + 1;
      const columns = at.end.column - at.start.column + 1;
      for (const name of names) {
        if (name === "address") {
          this.loaded.set(name, excelAddress(at));
        } else if (name === "rowCount") {
          this.loaded.set(name, rows);
        } else if (name === "columnCount") {
          this.loaded.set(name, columns);
        } else if (name === "values" || name === "formulas") {
          // The double keeps a formula as its text and computes nothing: both read what the cells hold.
          // Cell-level properties of an unbounded range come back null (docs: excel-add-ins-ranges-unbounded).
          if (isUnbounded(at)) {
            this.loaded.set(name, null);
            continue;
          }
          if (rows * columns > READ_CELL_LIMIT)
            throw new OfficeLikeError("ResponsePayloadSizeLimitExceeded", `a read of ${rows * columns} cells`);
          const values: CellValue[][] = [];
          for (let r = at.start.row; r <= at.end.row; r++) {
            const row: CellValue[] = [];
            for (let c = at.start.column; c <= at.end.column; c++) row.push(cells.get(`${r},${c}`) ?? "");
            values.push(row);
          }
          this.loaded.set(name, values);
          // A response carries the values: count them against the limit too.
          this.context.responseBytes += JSON.stringify(values).replace(/[\u0080-\uffff]/g, "\\uXXXX").length;
        } else {
          throw new OfficeLikeError("InvalidArgument", `the double does not load ${name}`);
        }
      }
    });
    return this;
  }

  private read(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new OfficeLikeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Call load() and sync() first.`,
      );
    }
    if (this.nullObject && name !== "isNullObject") throw new OfficeLikeError("InvalidObjectPath", "null object");
    return this.loaded.get(name);
  }

  get address(): string {
    return this.read("address") as string;
  }

  get rowCount(): number {
    return this.read("rowCount") as number;
  }

  get columnCount(): number {
    return this.read("columnCount") as number;
  }

  get values(): CellValue[][] {
    return this.read("values") as CellValue[][];
  }

  get formulas(): CellValue[][] {
    return this.read("formulas") as CellValue[][];
  }

  set values(values: CellValue[][]) {
    this.write("values", values, false);
  }

  /** Like values, but text starting with "=" is a formula, kept here as its text. */
  set formulas(values: CellValue[][]) {
    this.write("formulas", values, true);
  }

  private checkShape(values: readonly (readonly unknown[])[]): void {
    const at = this.at();
    const rows = at.end.row - at.start.row + 1;
    const columns = at.end.column - at.start.column + 1;
    if (values.length !== rows || values.some((row) => row.length !== columns)) {
      throw new OfficeLikeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  }

  private write(property: string, values: CellValue[][], formulas: boolean): void {
    const at = this.at();
    this.context.enqueue(
      `${property}=${blockAddress(at.start.row, at.start.column, values.length, values[0]?.length ?? 0)}`,
      () => {
        this.checkShape(values);
        this.context.excel.guard(at.sheet, `writing ${property}`, undefined, at);
        const state = this.context.excel.state(at.sheet);
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === null) return; // null leaves the cell unchanged, as in Office.js
            const key = `${at.start.row + r},${at.start.column + c}`;
            state.cells.set(
              key,
              typeof value === "string" ? typedAsExcel(value, state.numberFormats.get(key), formulas) : value,
            );
          }),
        );
      },
      values,
    );
  }

  select(): void {
    this.context.enqueue("select", () => {
      const at = this.at();
      this.context.excel.select(
        at.sheet,
        blockAddress(at.start.row, at.start.column, at.end.row - at.start.row + 1, at.end.column - at.start.column + 1),
      );
    });
  }
}
