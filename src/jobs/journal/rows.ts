/**
 * The rows of a journal as read, held column by column. A journal runs to a million rows: as one object each, their
 * allocation and garbage collection took more of a check than reading and all the rules together; as typed arrays
 * and arrays of the cells' own strings they cost neither. A row is told by its index in the read (0, 1, 2 …); its
 * row within the grid and the A1 addresses of its cells are asked for by that index.
 */
import type { CalendarDate } from "../../core/dates";
import type { JournalColumn, RowKind } from "./model";

/** The amount columns a total adds up. */
export type AmountColumn = "receipt" | "payment";

/** Where a read's cells are: the letters of each column it found and the sheet row of the grid's first row. */
export interface JournalCells {
  /** With the 号 column of a voucher written in two columns (字 | 号), where a voucher's number is corrected. */
  letters: Partial<Record<JournalColumn | "voucherNumber", string>>;
  /** 0-based sheet row of the grid's first row. */
  top: number;
}

/** A blank amount: not a number any cell holds, and one typed arrays can keep. */
const BLANK = NaN;

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

export class JournalRows {
  private count = 0;
  private rows: Int32Array;
  private receipts: Float64Array;
  private payments: Float64Array;
  private balances: Float64Array;
  // Arrays of references: a row's kind is one of a few strings, its date the one object every row of its day
  // shares, its texts the cells' own strings.
  private kinds: RowKind[];
  private dates: (CalendarDate | null)[];
  private vouchers: string[];
  private summaries: string[];
  /**
   * Month × 100 + day of rows whose date has no year (月 and 日 columns, no year anywhere), by index; made when the
   * first such row is added. Their dates cannot be checked, but their days still close apart (dayOf).
   */
  private yearless: Int32Array | null = null;

  /** `capacity` is how many rows to make room for at first: the rows under the header, when reading a grid. */
  constructor(
    private readonly cells: JournalCells,
    capacity = 64,
  ) {
    const size = Math.max(1, capacity);
    this.rows = new Int32Array(size);
    this.receipts = new Float64Array(size);
    this.payments = new Float64Array(size);
    this.balances = new Float64Array(size);
    this.kinds = new Array<RowKind>(size);
    this.dates = new Array<CalendarDate | null>(size);
    this.vouchers = new Array<string>(size);
    this.summaries = new Array<string>(size);
  }

  get length(): number {
    return this.count;
  }

  /** Adds a row read from grid row `row`; amounts are in 分, null when blank. */
  add(
    row: number,
    kind: RowKind,
    date: CalendarDate | null,
    voucher: string,
    summary: string,
    receipt: number | null,
    payment: number | null,
    balance: number | null,
    yearless: { month: number; day: number } | null = null,
  ): void {
    const index = this.count++;
    if (index === this.rows.length) this.grow();
    if (yearless) (this.yearless ??= new Int32Array(this.rows.length))[index] = yearless.month * 100 + yearless.day;
    this.rows[index] = row;
    this.receipts[index] = receipt ?? BLANK;
    this.payments[index] = payment ?? BLANK;
    this.balances[index] = balance ?? BLANK;
    this.kinds[index] = kind;
    this.dates[index] = date;
    this.vouchers[index] = voucher;
    this.summaries[index] = summary;
  }

  private grow(): void {
    const length = this.rows.length * 2;
    this.rows = grown(this.rows, length);
    this.receipts = grown(this.receipts, length);
    this.payments = grown(this.payments, length);
    this.balances = grown(this.balances, length);
    this.kinds.length = length;
    this.dates.length = length;
    this.vouchers.length = length;
    this.summaries.length = length;
    if (this.yearless) this.yearless = grown(this.yearless, length);
  }

  /**
   * Puts an entry's 收入 and 支出 as the journal's balances prove them (amountsAsBalancesProve), for a report to add
   * up what the balances say rather than a slip.
   */
  setAmounts(index: number, receipt: number, payment: number): void {
    this.receipts[index] = receipt === 0 ? BLANK : receipt;
    this.payments[index] = payment === 0 ? BLANK : payment;
  }

  /** The row within the grid. */
  row(index: number): number {
    return this.rows[index]!;
  }

  /** The row's number as the sheet shows it (1-based). */
  sheetRow(index: number): number {
    return this.cells.top + this.rows[index]! + 1;
  }

  kind(index: number): RowKind {
    return this.kinds[index]!;
  }

  date(index: number): CalendarDate | null {
    return this.dates[index] ?? null;
  }

  /**
   * The day a row is of, for the rules that tell days and months apart: its date, or for a date without a year its
   * month and day in year 0 (never shown: the dates of such a journal are not checked). Null when it has neither.
   */
  dayOf(index: number): CalendarDate | null {
    const date = this.dates[index];
    if (date) return date;
    const key = this.yearless?.[index] ?? 0;
    return key === 0 ? null : { year: 0, month: Math.floor(key / 100), day: key % 100 };
  }

  /** 凭证字号 as written ("" when blank). */
  voucher(index: number): string {
    return this.vouchers[index]!;
  }

  /** 摘要 as written ("" when blank). */
  summary(index: number): string {
    return this.summaries[index]!;
  }

  /** 收入 / 借方 in 分; null when blank. */
  receipt(index: number): number | null {
    const fen = this.receipts[index]!;
    return fen === fen ? fen : null;
  }

  /** 支出 / 贷方 in 分; null when blank. */
  payment(index: number): number | null {
    const fen = this.payments[index]!;
    return fen === fen ? fen : null;
  }

  amount(index: number, column: AmountColumn): number | null {
    return column === "receipt" ? this.receipt(index) : this.payment(index);
  }

  /** 余额 in 分 as the sheet shows it; null when blank. */
  balance(index: number): number | null {
    const fen = this.balances[index]!;
    return fen === fen ? fen : null;
  }

  /** What an entry adds to the balance. Closing rows add nothing: their figures are totals of entries. */
  movement(index: number): number {
    return this.kind(index) === "entry" ? (this.receipt(index) ?? 0) - (this.payment(index) ?? 0) : 0;
  }

  /** The A1 address of the row's cell in `column`, for a finding; undefined when the sheet has no such column. */
  cell(index: number, column: JournalColumn | "voucherNumber"): string | undefined {
    const letters = this.cells.letters[column];
    return letters === undefined ? undefined : `${letters}${this.cells.top + this.rows[index]! + 1}`;
  }
}
