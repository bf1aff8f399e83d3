/**
 * A recording test double of the slice of Office.js the Excel host uses. It behaves as Excel does where mistakes
 * hide: properties can be read only after load() and sync(), writes and selections are queued until sync(), a
 * write whose shape differs from its range fails, and each sync is one request whose JSON size is measured against
 * Excel on the web's 5 MB limit. Tests read `syncs`, `requests` and `calls` to assert what the host did.
 */
import { blockAddress, parseRangeAddress, type CellValue, type RangeAddress } from "../../src/core/grid";

export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

type Operation = () => void;

class OfficeLikeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeExcel {
  syncs = 0;
  /** JSON bytes of what each sync sent, as Office.js would serialise it (non-ASCII escaped). */
  readonly requests: number[] = [];
  /** JSON bytes of the values each load brought back: responses have the same 5 MB limit. */
  readonly responses: number[] = [];
  readonly calls: string[] = [];
  /** A selection of several areas makes getSelectedRange fail, as in Excel. */
  multipleAreasSelected = false;
  private readonly sheets = new Map<string, Map<string, CellValue>>();
  /** Conditional formats by sheet, as Excel keeps them. */
  readonly conditionalFormats = new Map<string, { type: string; formula: string; fill: string; address: string }[]>();
  /** Named tables: name → sheet and address. */
  readonly tables = new Map<string, { sheet: string; address: string }>();
  private activeSheet: string;
  private selection: RangeAddress;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.set(name, new Map());
    this.activeSheet = sheetNames[0]!;
    this.selection = parseRangeAddress(`${this.activeSheet}!A1`)!;
  }

  /** The `Excel.run` the host is given. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

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

  select(sheet: string, address: string): void {
    this.activeSheet = sheet;
    this.selection = { ...parseRangeAddress(address)!, sheet };
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
    this.sheets.set(name, new Map());
  }

  /** @internal whole rows inserted at `row`: the cells from there down move down by `count` */
  insertRows(sheet: string, row: number, count: number): void {
    const cells = this.cells(sheet);
    const moved = [...cells.entries()].filter(([key]) => Number(key.split(",")[0]) >= row);
    for (const [key] of moved) cells.delete(key);
    for (const [key, value] of moved) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      cells.set(`${r + count},${c}`, value);
    }
  }

  /** @internal the used range of a sheet, or null when it is empty */
  usedRange(sheet: string): RangeAddress | null {
    let bottom = -1;
    let right = -1;
    for (const key of this.cells(sheet).keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { sheet, start: { row: 0, column: 0 }, end: { row: bottom, column: right } };
  }

  /** @internal used by the fake objects */
  cells(sheet: string): Map<string, CellValue> {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new OfficeLikeError("ItemNotFound", `The requested resource doesn't exist: ${sheet}`);
    return cells;
  }

  /** @internal */
  selectedRange(): RangeAddress {
    if (this.multipleAreasSelected) {
      throw new OfficeLikeError("InvalidSelection", "The current selection is invalid for this operation.");
    }
    return this.selection;
  }

  /** @internal */
  activate(sheet: string): void {
    this.cells(sheet);
    this.activeSheet = sheet;
  }
}

class FakeContext {
  private queue: Operation[] = [];
  private bytes = 0;
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
    if (this.bytes > WEB_REQUEST_LIMIT_BYTES) {
      throw new OfficeLikeError("RequestPayloadSizeLimitExceeded", `request of ${this.bytes} bytes`);
    }
    const queue = this.queue;
    this.queue = [];
    this.bytes = 0;
    for (const operation of queue) operation();
  }
}

/**
 * Write-only parts of the API (formats, page layout, names, freeze panes…) are recorded, not modelled: every
 * property set and method call is queued as a call such as `Sheet1!A1:I1.format.font.bold=true`, with its
 * arguments counted in the request size, and answers another recorder.
 */
function recorder(context: FakeContext, path: string): unknown {
  return new Proxy(function () {}, {
    get: (_target, property) => (property === "then" ? undefined : recorder(context, `${path}.${String(property)}`)),
    set: (_target, property, value) => {
      context.enqueue(
        `${path}.${String(property)}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`,
        () => undefined,
        value,
      );
      return true;
    },
    apply: (_target, _this, args) => {
      const call = `${path}(${args.map((a) => (typeof a === "object" ? JSON.stringify(a) : String(a))).join(",")})`;
      context.enqueue(call, () => undefined, args);
      return recorder(context, call);
    },
  });
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: unknown;
  readonly tables: { getItem: (name: string) => { getRange: () => FakeRange } };

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = recorder(context, "names");
    this.tables = {
      getItem: (name: string) => ({
        getRange: () =>
          new FakeRange(context, () => {
            const table = context.excel.tables.get(name);
            if (!table) throw new OfficeLikeError("ItemNotFound", `no table ${name}`);
            return { ...parseRangeAddress(table.address)!, sheet: table.sheet };
          }),
      }),
    };
  }

  getSelectedRange(): FakeRange {
    const range = new FakeRange(this.context, () => this.context.excel.selectedRange());
    this.context.excel.calls.push("getSelectedRange");
    return range;
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

  load(properties: string): void {
    if (properties !== "items/name")
      throw new OfficeLikeError("InvalidArgument", `the double does not load ${properties}`);
    this.context.enqueue("worksheets.load(items/name)", () => {
      this.loadedNames = this.context.excel.sheetNames;
    });
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedNames) throw new OfficeLikeError("PropertyNotLoaded", "worksheets.items is not loaded");
    return this.loadedNames.map((name) => Object.assign(new FakeWorksheet(this.context, name), { name }));
  }
}

class FakeWorksheet {
  readonly freezePanes: unknown;
  readonly pageLayout: unknown;
  readonly horizontalPageBreaks: unknown;
  readonly protection: unknown;
  readonly charts: unknown;
  readonly tables: { add: (address: string, hasHeaders: boolean) => unknown };

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
  ) {
    this.freezePanes = recorder(context, `${sheetName}.freezePanes`);
    this.pageLayout = recorder(context, `${sheetName}.pageLayout`);
    this.horizontalPageBreaks = recorder(context, `${sheetName}.horizontalPageBreaks`);
    this.protection = recorder(context, `${sheetName}.protection`);
    this.charts = recorder(context, `${sheetName}.charts`);
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const table = { name: "" };
        context.enqueue(`${sheetName}.tables.add(${address},${hasHeaders})`, () =>
          context.excel.tables.set(table.name, { sheet: sheetName, address }),
        );
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
        end: { row: 1_048_575, column: 16_383 },
      }));
    }
    const parsed = parseRangeAddress(address) ?? parseWholeLines(address);
    if (!parsed) throw new OfficeLikeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.context, () => ({ ...parsed, sheet: this.sheetName }));
  }

  getRanges(addresses: string): { conditionalFormats: FakeConditionalFormats } {
    return { conditionalFormats: new FakeConditionalFormats(this.context, this.sheetName, addresses) };
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => this.context.excel.usedRange(this.sheetName));
  }
}

/** "C:C" and "5:5", which getRange takes for whole columns and rows. */
function parseWholeLines(address: string): RangeAddress | null {
  const column = /^([A-Z]{1,3}):\1$/.exec(address);
  if (column) return { ...parseRangeAddress(`${column[1]}1:${column[1]}1048576`)!, sheet: "" };
  const row = /^(\d+):\1$/.exec(address);
  if (row) return { ...parseRangeAddress(`A${row[1]}:XFD${row[1]}`)!, sheet: "" };
  return null;
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

  load(properties: string): void {
    this.context.enqueue(`${this.sheet}.conditionalFormats.load(${properties})`, () => {
      this.loaded = [...(this.context.excel.conditionalFormats.get(this.sheet) ?? [])];
    });
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
            const list = this.context.excel.conditionalFormats.get(this.sheet)!;
            list.splice(list.indexOf(stored), 1);
          }),
      };
    });
  }
}

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
    return recorder(this.context, `${this.label()}.format`);
  }

  get conditionalFormats(): FakeConditionalFormats {
    const at = this.at();
    return new FakeConditionalFormats(this.context, at.sheet, this.label().slice(at.sheet.length + 1));
  }

  get dataValidation(): unknown {
    return recorder(this.context, `${this.label()}.dataValidation`);
  }

  insert(shift: string): void {
    const at = this.at();
    this.context.enqueue(`${this.label()}.insert(${shift})`, () =>
      this.context.excel.insertRows(at.sheet, at.start.row, at.end.row - at.start.row + 1),
    );
  }

  merge(across: boolean): void {
    this.context.enqueue(`${this.label()}.merge(${across})`, () => undefined);
  }

  set columnHidden(hidden: boolean) {
    this.context.enqueue(`${this.label()}.columnHidden=${hidden}`, () => undefined);
  }

  set numberFormat(formats: string[][]) {
    this.context.enqueue(`${this.label()}.numberFormat=${formats[0]?.[0]}`, () => this.checkShape(formats), formats);
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
      for (const name of names) {
        if (name === "address") {
          const quoted = /^[A-Za-z0-9_]+$/.test(at.sheet) ? at.sheet : `'${at.sheet.replace(/'/g, "''")}'`;
          const size = blockAddress(
            at.start.row,
            at.start.column,
            at.end.row - at.start.row + 1,
            at.end.column - at.start.column + 1,
          );
          this.loaded.set(name, `${quoted}!${size}`);
        } else if (name === "rowCount") {
          this.loaded.set(name, at.end.row - at.start.row + 1);
        } else if (name === "columnCount") {
          this.loaded.set(name, at.end.column - at.start.column + 1);
        } else if (name === "values") {
          const values: CellValue[][] = [];
          for (let r = at.start.row; r <= at.end.row; r++) {
            const row: CellValue[] = [];
            for (let c = at.start.column; c <= at.end.column; c++) row.push(cells.get(`${r},${c}`) ?? "");
            values.push(row);
          }
          this.loaded.set(name, values);
          // A response carries the values: count them against the limit too.
          this.context.excel.responses.push(JSON.stringify(values).replace(/[\u0080-\uffff]/g, "\\uXXXX").length);
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
        const cells = this.context.excel.cells(at.sheet);
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === null) return; // null leaves the cell unchanged, as in Office.js
            const key = `${at.start.row + r},${at.start.column + c}`;
            if (typeof value !== "string") cells.set(key, value);
            // A leading apostrophe makes Excel keep the rest as text and not show the apostrophe.
            else if (value.startsWith("'")) cells.set(key, value.slice(1));
            else if (/^[=+\-@]/.test(value))
              cells.set(key, formulas && value.startsWith("=") ? value : `#FORMULA:${value}`);
            else cells.set(key, value);
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
