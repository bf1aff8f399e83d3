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
  readonly calls: string[] = [];
  /** A selection of several areas makes getSelectedRange fail, as in Excel. */
  multipleAreasSelected = false;
  private readonly sheets = new Map<string, Map<string, CellValue>>();
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

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
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

class FakeWorkbook {
  readonly worksheets: { getItem: (name: string) => FakeWorksheet };

  constructor(private readonly context: FakeContext) {
    this.worksheets = { getItem: (name: string) => new FakeWorksheet(context, name) };
  }

  getSelectedRange(): FakeRange {
    const range = new FakeRange(this.context, () => this.context.excel.selectedRange());
    this.context.excel.calls.push("getSelectedRange");
    return range;
  }
}

class FakeWorksheet {
  constructor(
    private readonly context: FakeContext,
    private readonly name: string,
  ) {}

  activate(): void {
    this.context.enqueue(`activate(${this.name})`, () => this.context.excel.activate(this.name));
  }

  getRange(address: string): FakeRange {
    const parsed = parseRangeAddress(address);
    if (!parsed) throw new OfficeLikeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.context, () => ({ ...parsed, sheet: this.name }));
  }
}

class FakeRange {
  private loaded = new Map<string, unknown>();
  private requested = new Set<string>();

  constructor(
    private readonly context: FakeContext,
    private readonly where: () => RangeAddress,
  ) {}

  load(properties: string | string[]): this {
    const names = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    names.forEach((name) => this.requested.add(name));
    this.context.enqueue(`load(${names.join(",")})`, () => {
      const at = this.where();
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
        } else if (name === "values") {
          const values: CellValue[][] = [];
          for (let r = at.start.row; r <= at.end.row; r++) {
            const row: CellValue[] = [];
            for (let c = at.start.column; c <= at.end.column; c++) row.push(cells.get(`${r},${c}`) ?? "");
            values.push(row);
          }
          this.loaded.set(name, values);
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
    return this.loaded.get(name);
  }

  get address(): string {
    return this.read("address") as string;
  }

  get values(): CellValue[][] {
    return this.read("values") as CellValue[][];
  }

  set values(values: CellValue[][]) {
    const at = this.where();
    this.context.enqueue(
      `values=${blockAddress(at.start.row, at.start.column, values.length, values[0]?.length ?? 0)}`,
      () => {
        const rows = at.end.row - at.start.row + 1;
        const columns = at.end.column - at.start.column + 1;
        if (values.length !== rows || values.some((row) => row.length !== columns)) {
          throw new OfficeLikeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
        const cells = this.context.excel.cells(at.sheet);
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === null) return; // null leaves the cell unchanged, as in Office.js
            // A leading apostrophe makes Excel keep the rest as text and not show the apostrophe.
            const stored = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
            if (
              typeof stored === "string" &&
              /^[=+\-@]/.test(stored) &&
              !(typeof value === "string" && value.startsWith("'"))
            ) {
              cells.set(`${at.start.row + r},${at.start.column + c}`, `#FORMULA:${stored}`);
            } else {
              cells.set(`${at.start.row + r},${at.start.column + c}`, stored);
            }
          }),
        );
      },
      values,
    );
  }

  select(): void {
    this.context.enqueue("select", () => {
      const at = this.where();
      this.context.excel.select(
        at.sheet,
        blockAddress(at.start.row, at.start.column, at.end.row - at.start.row + 1, at.end.column - at.start.column + 1),
      );
    });
  }
}
