/**
 * Reads a cash or bank journal (DOMAIN §4) from a Grid: the one the generator writes, or one an accountant made with
 * similar headers. The header row is found by its labels (COLUMN_LABELS, on one row or two), never by position; each
 * row below becomes a row of JournalRows, and a cell that cannot be read becomes a Finding on that cell and a blank
 * value in the row, never an exception. Journals run to a million rows, so the loop over rows allocates nothing per
 * row and parses a cell only when it differs from the cell above where that is cheap to tell.
 */
import { parseDateCell, type CalendarDate } from "../../core/dates";
import { findingFromProblem, type Finding, type Severity } from "../../core/findings";
import { cellAddress, columnLetters, isBlank, type CellValue, type Grid } from "../../core/grid";
import type { MessageId, MessageParams } from "../../core/messages";
import { MAX_FEN, parseMoney, toHalfWidth } from "../../core/money";
import { findHeader, hasAll, nearestHeader, normalizedLabel, type HeaderSpec } from "../../core/header";
import { findLabelledValues } from "../../core/labels";
import {
  HEADER_ALIASES,
  COLUMN_LABELS,
  PREAMBLE_LABELS,
  PREAMBLE_OTHER_LABELS,
  ROW_MARKERS,
  ZERO_BALANCE_MARKS,
  type JournalColumn,
  type JournalKind,
  type RowKind,
} from "./model";
import { fail, type Result } from "../../core/result";
import { JournalRows, type JournalCells } from "./rows";

/** Where a journal's columns are, as its header says. */
export interface JournalHeader {
  kind: JournalKind;
  /**
   * Whether the journal says its kind (a 结算方式 or 票据号 column, a title or sheet name naming 银行 or 现金), rather
   * than being taken for a cash journal because nothing says otherwise.
   */
  kindSaid: boolean;
  /** Column index within the grid of each column the header names. */
  columns: Partial<Record<JournalColumn, number>>;
  /** A voucher written in two columns, 字 and 号 (记 | 15): the 号 column. The 字 column is `columns.voucher`. */
  voucherNumberColumn: number | null;
  /** 借或贷: the side of the balance, in three-column (三栏式) journals; 贷 makes the balance negative. */
  balanceSideColumn: number | null;
  /** The year the title or header gives (2026年), for dates written as month and day only. */
  titleYear: number | null;
  /** The bank account the title lines name (账户, or 开户行 and 账号), or null. */
  account: string | null;
  /** The bank alone (开户行, 开户银行) and the account alone (账户, else 账号) as the title lines give them, or null. */
  bank: string | null;
  accountNumber: string | null;
  /** The 库存现金限额 in 分 the title lines give, or null. */
  cashLimit: number | null;
  /** Row index within the grid of the last header row. */
  headerRow: number;
}

export interface ReadJournal {
  rows: JournalRows;
  findings: Finding[];
}

/**
 * MAX_FEN read once: in a loop over a million cells, an imported binding can cost a getter call at every use
 * (CommonJS output of loaders and of development bundles), more than the check it is part of.
 */
const LARGEST_FEN = MAX_FEN;
const KIND_BY_MARKER: ReadonlyMap<string, RowKind> = new Map(
  (Object.entries(ROW_MARKERS) as [RowKind, readonly string[]][]).flatMap(([kind, markers]) =>
    markers.map((marker) => [normalizedLabel(marker), kind] as const),
  ),
);

/** First characters of the markers: most 摘要 start with none of them and need no normalising to be told apart. */
const MARKER_INITIALS = new Set(
  [...KIND_BY_MARKER.keys()].flatMap((marker) => [marker, marker.toUpperCase()].map((text) => text.charCodeAt(0))),
);

/** What a row is, by its 摘要: an entry, or one of the journal's own rows (期初余额, 本日合计, 过次页…). */
export function rowKindOf(summary: string): RowKind {
  if (summary === "" || !MARKER_INITIALS.has(summary.charCodeAt(0))) return "entry";
  return KIND_BY_MARKER.get(summary) ?? KIND_BY_MARKER.get(normalizedLabel(summary)) ?? "entry";
}

const ZERO_BALANCES: ReadonlySet<string> = new Set(ZERO_BALANCE_MARKS);

/** Read once for the same reason: it is called for every row. */
const kindOfRow = rowKindOf;

/** The journal's columns and its 借或贷, 字 and 号 columns, as the core's header finder reads them. */
const REQUIRED_COLUMNS = ["summary", "receipt", "payment", "balance"] as const;
const JOURNAL_HEADER: HeaderSpec<keyof typeof HEADER_ALIASES> = {
  aliases: HEADER_ALIASES,
  complete: (columns) => hasAll(columns, REQUIRED_COLUMNS),
  required: REQUIRED_COLUMNS,
};

/** Columns a sheet that is no journal rarely has: one of them beside another known label makes a near miss. */
const JOURNAL_FIGURES = ["receipt", "payment", "balance"] as const;

/**
 * Why a grid has no journal header, as a finding: the row that comes closest and the columns it lacks
 * (journal-header-incomplete, on that row's first cell), or journal-header-missing when no row comes close.
 * `nearMiss` is true when the closest row names two journal columns or more, one of them an amount or the balance:
 * such a sheet is most likely a journal whose headers were not understood, never one to pass over in silence.
 */
export function journalHeaderProblem(grid: Grid): { finding: Finding; nearMiss: boolean } {
  const nearest = nearestHeader(grid, JOURNAL_HEADER);
  const named = nearest ? Object.keys(nearest.columns) : [];
  const nearMiss = named.length >= 2 && JOURNAL_FIGURES.some((column) => nearest?.columns[column] !== undefined);
  if (!nearest || !nearMiss)
    return {
      finding: { rule: "journal-header-missing", severity: "error", sheet: grid.sheet, cell: "", params: {} },
      nearMiss,
    };
  const missing = nearest.missing.map((column) => `“${COLUMN_LABELS[column as JournalColumn][0]!}”`).join("、");
  const finding: Finding = {
    rule: "journal-header-incomplete",
    severity: "error",
    sheet: grid.sheet,
    cell: cellAddress(grid.top + nearest.row, grid.left),
    params: { row: grid.top + nearest.row + 1, missing },
  };
  return { finding, nearMiss };
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年|(?:year|fy)\W{0,3}((?:19|20)\d{2})(?!\d)/i;

/** The year the title or header gives (2026年, FY 2026), or null. */
export function titleYear(grid: Grid, lastRow: number): number | null {
  for (let row = 0; row <= lastRow; row++) {
    for (const cell of grid.values[row] ?? []) {
      const match = typeof cell === "string" ? TITLE_YEAR.exec(toHalfWidth(cell)) : null;
      if (match) return Number(match[1] ?? match[2]);
    }
  }
  return null;
}

/**
 * A known label followed by a colon, where a title cell is cut so that each of its labels reads on its own: 账户：工行
 * 1234 单位：某某公司 is the account, then another label. Longest first, and matched without overlap, so that a label
 * inside a longer one (单位 in 编制单位) does not cut it.
 */
const PREAMBLE_LABEL = new RegExp(
  `(?:${[...Object.values(PREAMBLE_LABELS), ...Object.values(PREAMBLE_OTHER_LABELS)]
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})\\s*[:：]`,
  "gi",
);

function cutAtLabels(text: string): string[] {
  const starts = [...text.matchAll(PREAMBLE_LABEL)].map((match) => match.index).filter((start) => start > 0);
  return [0, ...starts].map((start, at, all) => text.slice(start, all[at + 1]));
}

/**
 * The account and the 库存现金限额 the title lines above the header give, read by the core's label reader. A cell
 * holding several labels (开户行：工商银行 账号：1202…) or a label inside a title is cut at each label first.
 */
function preambleFacts(
  grid: Grid,
  firstHeaderRow: number,
): Pick<JournalHeader, "account" | "bank" | "accountNumber" | "cashLimit"> {
  if (firstHeaderRow === 0) return { account: null, bank: null, accountNumber: null, cashLimit: null };
  const values = grid.values
    .slice(0, firstHeaderRow)
    .map((line) => line.flatMap((cell): CellValue[] => (typeof cell === "string" ? cutAtLabels(cell) : [cell])));
  const found = findLabelledValues({ ...grid, values }, PREAMBLE_LABELS, PREAMBLE_OTHER_LABELS);
  const text = (field: keyof typeof PREAMBLE_LABELS) =>
    textOf(found[field]?.value)
      .replace(/[)）\]】]+$/, "")
      .trim();
  const account = text("account") || [text("bank"), text("number")].filter((part) => part !== "").join(" ");
  const limit = parseMoney(text("cashLimit").replace(/元整?$/, ""));
  return {
    account: account || null,
    bank: text("bank") || null,
    accountNumber: text("account") || text("number") || null,
    cashLimit: limit.ok && limit.value !== null && limit.value > 0 ? limit.value : null,
  };
}

/** Which journal a text names: 现金 decides first, as a cash journal's title may name a bank (the unit's own). */
function kindNamed(text: string): JournalKind | null {
  if (/现金|cash/i.test(text)) return "cash";
  return /银行|bank/i.test(text) ? "bank" : null;
}

/** The kind the title above the header names (银行存款日记账, 现金日记账), else the sheet's name; null when neither does. */
function kindByName(grid: Grid, firstHeaderRow: number): JournalKind | null {
  let bank = false;
  for (let row = 0; row < firstHeaderRow; row++) {
    for (const cell of grid.values[row] ?? []) {
      if (typeof cell !== "string") continue;
      const kind = kindNamed(cell);
      if (kind === "cash") return kind;
      bank ||= kind === "bank";
    }
  }
  return bank ? "bank" : kindNamed(grid.sheet);
}

/**
 * The journal header of a grid, or null when none of its first rows names at least the 摘要, 收入, 支出 and 余额
 * columns. A bank journal is told by a 结算方式 or 票据号 column, else by its title (银行存款日记账) or sheet name.
 */
export function findJournalHeader(grid: Grid): JournalHeader | null {
  const header = findHeader(grid, JOURNAL_HEADER);
  if (!header) return null;
  const { voucherWord, voucherNumber, balanceSide, ...columns } = header.columns;
  // A voucher in two columns is read as 字-号; either alone is the voucher column.
  let voucherNumberColumn: number | null = null;
  const voucher = columns.voucher ?? voucherWord ?? voucherNumber;
  if (voucher !== undefined && columns.voucher === undefined) {
    columns.voucher = voucher;
    if (voucherWord !== undefined && voucherNumber !== undefined) voucherNumberColumn = voucherNumber;
  }
  const bankColumns = columns.settlement !== undefined || columns.document !== undefined;
  const named = bankColumns ? "bank" : kindByName(grid, header.firstRow);
  return {
    ...preambleFacts(grid, header.firstRow),
    kind: named ?? "cash",
    kindSaid: named !== null,
    columns,
    voucherNumberColumn,
    balanceSideColumn: balanceSide ?? null,
    titleYear: titleYear(grid, header.row),
    headerRow: header.row,
  };
}

function textOf(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  return value === null || value === undefined ? "" : String(value);
}

function cellAt(line: readonly CellValue[], column: number): CellValue | undefined {
  return column >= 0 ? line[column] : undefined;
}

/** What Excel shows in a cell whose formula fails; a generated journal shows #REF! after a row it used is deleted. */
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

/** A year, month or day cell: 2026, "01", "１５", "15日". NaN when it is none of those. */
function wholeNumberOf(value: CellValue | undefined): number {
  if (typeof value === "number") return Number.isInteger(value) ? value : NaN;
  const match = /^(\d{1,4})\s*[年月日号]?$/.exec(toHalfWidth(String(value)).trim());
  return match ? Number(match[1]) : NaN;
}

/** 1月15日, 01-15, 1/15, 1.15: a date without its year, which the title gives. */
const MONTH_AND_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;

/**
 * A date cell of a journal or of entries to post: a full date, or month and day alone (1月15日, 01-15) in `year`,
 * the year the title gives or the month to generate. Month and day with no year known is a problem of its own.
 */
export function journalDate(value: CellValue, year: number | null): Result<CalendarDate> {
  const parsed = parseDateCell(value);
  if (parsed.ok || typeof value !== "string") return parsed;
  const parts = MONTH_AND_DAY.exec(toHalfWidth(value).trim());
  if (!parts) return parsed;
  if (year === null) return fail("journal-entry-date-no-year", { text: value.trim() });
  return parseDateCell(`${year}-${parts[1]}-${parts[2]}`);
}

/** Builds the rows of one read. */
class JournalReader {
  private readonly rows: JournalRows;
  private readonly findings: Finding[] = [];
  private readonly dateColumn: number;
  private readonly yearColumn: number;
  private readonly monthColumn: number;
  private readonly dayColumn: number;
  /** Month and day alone need a year from a 年 column or the title; without one no date can be read. */
  private readonly datesReadable: boolean;
  /** 月 and 日 columns and no year anywhere: the rows' days are kept apart all the same (JournalRows.dayOf). */
  private readonly yearlessParts: boolean;
  /** Amounts stored as text, as row, column pairs: reported only if the sheet also has amounts stored as numbers. */
  private readonly textAmounts: number[] = [];
  private numericAmounts = false;
  /** Whether any row so far had a date: an entry with none, and none above, lacks its date. */
  private dateSeen = false;
  // The date of the row above, which a blank date cell repeats as in a paper journal, and the cells it was read from.
  private lastDate: CalendarDate | null = null;
  private lastDateCell: CellValue | undefined = undefined;
  private lastYear: number | null;
  private lastMonth: number | null = null;
  private lastDay: number | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly header: JournalHeader,
  ) {
    const { columns } = header;
    const letters: JournalCells["letters"] = Object.fromEntries(
      Object.entries(columns).map(([column, index]) => [column, columnLetters(grid.left + index)]),
    );
    if (header.voucherNumberColumn !== null)
      letters.voucherNumber = columnLetters(grid.left + header.voucherNumberColumn);
    this.rows = new JournalRows({ letters, top: grid.top }, grid.values.length - header.headerRow - 1);
    this.dateColumn = columns.date ?? -1;
    this.yearColumn = columns.year ?? -1;
    this.monthColumn = columns.month ?? -1;
    this.dayColumn = columns.day ?? -1;
    this.lastYear = header.titleYear;
    const byParts = this.dateColumn < 0 && this.monthColumn >= 0 && this.dayColumn >= 0;
    this.datesReadable = this.dateColumn >= 0 || (byParts && (this.yearColumn >= 0 || header.titleYear !== null));
    this.yearlessParts = byParts && !this.datesReadable;
    if (this.yearlessParts) this.report(header.headerRow, this.monthColumn, "journal-year-unknown", {}, "warning");
  }

  read(): ReadJournal {
    const { values } = this.grid;
    const { columns, voucherNumberColumn, balanceSideColumn } = this.header;
    const summaryColumn = columns.summary ?? -1;
    const voucherColumn = columns.voucher ?? -1;
    const receiptColumn = columns.receipt ?? -1;
    const paymentColumn = columns.payment ?? -1;
    const balanceColumn = columns.balance ?? -1;
    for (let row = this.header.headerRow + 1; row < values.length; row++) {
      const line = values[row];
      if (line === undefined) continue;
      const summary = textOf(cellAt(line, summaryColumn));
      const kind = kindOfRow(summary);
      const voucher = voucherOf(line, voucherColumn, voucherNumberColumn);
      const receiptCell = cellAt(line, receiptColumn);
      const paymentCell = cellAt(line, paymentColumn);
      const balanceCell = cellAt(line, balanceColumn);
      // A row with nothing to post is a blank line, a continuation of a long 摘要, or a signature line: not a record.
      if (kind === "entry" && voucher === "" && isBlank(receiptCell) && isBlank(paymentCell) && isBlank(balanceCell))
        continue;
      const date = this.dateOf(line, row, kind === "entry");
      const receipt = this.amountOf(receiptCell, row, receiptColumn);
      const payment = this.amountOf(paymentCell, row, paymentColumn);
      const balance = this.balanceOf(line, balanceCell, row, balanceColumn, balanceSideColumn);
      const yearless = this.yearlessParts ? this.yearlessDayOf(line) : null;
      this.rows.add(row, kind, date, voucher, summary, receipt, payment, balance, yearless);
    }
    if (this.numericAmounts) this.reportTextAmounts();
    return { rows: this.rows, findings: this.findings };
  }

  private report(row: number, column: number, rule: MessageId, params: MessageParams, severity: Severity = "error") {
    this.findings.push({ rule, severity, sheet: this.grid.sheet, cell: this.cellOf(row, column), params });
  }

  private cellOf(row: number, column: number): string {
    return cellAddress(this.grid.top + row, this.grid.left + column);
  }

  /**
   * 分 of an amount cell, null when blank or unreadable (a finding then). parseMoney reads a number through its
   * decimal text, which costs more than all the rest of a row; a number within 1/100 分 of a whole 分 (every amount
   * the generator writes, and the balances its formulas compute in binary floating point) rounds to the same 分
   * either way, for every amount up to MAX_FEN, so it is rounded directly.
   */
  private amountOf(value: CellValue | undefined, row: number, column: number): number | null {
    if (typeof value === "number") {
      this.numericAmounts = true;
      const scaled = value * 100;
      const fen = Math.round(scaled);
      // `+ 0` turns -0 into 0.
      if (Math.abs(scaled - fen) < 0.01 && Math.abs(fen) <= LARGEST_FEN) return fen + 0;
    }
    if (value === null || value === undefined || value === "") return null;
    const parsed = parseMoney(value);
    if (parsed.ok) {
      if (typeof value === "string" && parsed.value !== null) this.textAmounts.push(row, column);
      return parsed.value;
    }
    if (typeof value === "string" && EXCEL_ERRORS.has(value.trim().toUpperCase()))
      this.report(row, column, "journal-cell-error", { text: value.trim() });
    else this.findings.push(findingFromProblem(parsed.problem, this.grid.sheet, this.cellOf(row, column)));
    return null;
  }

  private balanceOf(
    line: readonly CellValue[],
    value: CellValue | undefined,
    row: number,
    column: number,
    sideColumn: number | null,
  ): number | null {
    const balance =
      typeof value === "string" && ZERO_BALANCES.has(value.trim()) ? 0 : this.amountOf(value, row, column);
    if (sideColumn === null) return balance;
    const side = textOf(line[sideColumn]);
    if (side === "平") return balance ?? 0;
    return side === "贷" && balance !== null ? -Math.abs(balance) : balance;
  }

  /**
   * A text amount among numbers is one Excel's SUM leaves out, so the sheet's own totals skip it. A sheet with no
   * numeric amount at all came from text (a CSV file), where the difference does not exist.
   */
  private reportTextAmounts(): void {
    for (let i = 0; i < this.textAmounts.length; i += 2) {
      const row = this.textAmounts[i]!;
      const column = this.textAmounts[i + 1]!;
      this.report(row, column, "journal-amount-as-text", { text: textOf(this.grid.values[row]?.[column]) }, "warning");
    }
  }

  /** The row's date: its own, or for blank date cells the one above. Only an entry must have one. */
  private dateOf(line: readonly CellValue[], row: number, required: boolean): CalendarDate | null {
    if (!this.datesReadable) return null;
    const seenAbove = this.dateSeen;
    const findingsBefore = this.findings.length;
    const date = this.dateColumn >= 0 ? this.dateFromCell(line, row) : this.dateFromParts(line, row);
    // An unreadable date cell has its finding already; one left blank under an unreadable one is the same problem.
    if (date === null && required && !seenAbove && this.findings.length === findingsBefore)
      this.report(row, this.dateColumn >= 0 ? this.dateColumn : this.dayColumn, "date-empty", {});
    return date;
  }

  private dateFromCell(line: readonly CellValue[], row: number): CalendarDate | null {
    const value = line[this.dateColumn];
    if (isBlank(value)) return this.lastDate;
    this.dateSeen = true;
    if (value === this.lastDateCell) return this.lastDate;
    const dated = journalDate(value ?? null, this.header.titleYear);
    if (!dated.ok)
      this.findings.push(findingFromProblem(dated.problem, this.grid.sheet, this.cellOf(row, this.dateColumn)));
    const date = dated.ok ? dated.value : null;
    // Only a readable cell is remembered: the same unreadable text further down is a finding on its own cell too.
    this.lastDateCell = date ? value : undefined;
    return (this.lastDate = date);
  }

  private dateFromParts(line: readonly CellValue[], row: number): CalendarDate | null {
    const year = this.partOf(line, row, this.yearColumn, this.lastYear);
    const month = this.partOf(line, row, this.monthColumn, this.lastMonth);
    const day = this.partOf(line, row, this.dayColumn, this.lastDay);
    if (year === undefined || month === undefined || day === undefined) return null;
    if (year === this.lastYear && month === this.lastMonth && day === this.lastDay) return this.lastDate;
    this.lastYear = year;
    this.lastMonth = month;
    this.lastDay = day;
    this.lastDate = null;
    if (year === null || month === null || day === null) return null;
    const parsed = parseDateCell(`${String(year).padStart(4, "0")}-${month}-${day}`);
    if (parsed.ok) return (this.lastDate = parsed.value);
    const yearCell = parsed.problem.id === "date-out-of-range" && this.yearColumn >= 0;
    const column = yearCell ? this.yearColumn : month < 1 || month > 12 ? this.monthColumn : this.dayColumn;
    this.findings.push(findingFromProblem(parsed.problem, this.grid.sheet, this.cellOf(row, column)));
    return this.lastDate;
  }

  /**
   * The month and day of a row of a journal whose dates have no year, the row above's where blank; null when not a
   * day. Read only to tell days apart: such dates are not checked (journal-year-unknown says so), so an unreadable
   * cell here is no finding.
   */
  private yearlessDayOf(line: readonly CellValue[]): { month: number; day: number } | null {
    const part = (column: number, above: number | null) => {
      const value = line[column];
      if (typeof value !== "number" && isBlank(value)) return above;
      const number = wholeNumberOf(value);
      return Number.isNaN(number) ? null : number;
    };
    const month = (this.lastMonth = part(this.monthColumn, this.lastMonth));
    const day = (this.lastDay = part(this.dayColumn, this.lastDay));
    return month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
  }

  /** A year, month or day cell: its number, the one above when blank, undefined when unreadable (a finding). */
  private partOf(
    line: readonly CellValue[],
    row: number,
    column: number,
    above: number | null,
  ): number | null | undefined {
    if (column < 0) return above;
    const value = line[column];
    if (typeof value !== "number" && isBlank(value)) return above;
    this.dateSeen = true;
    const number = wholeNumberOf(value);
    if (!Number.isNaN(number)) return number;
    this.report(row, column, "date-unreadable", { text: textOf(value) });
    return undefined;
  }
}

function voucherOf(line: readonly CellValue[], column: number, numberColumn: number | null): string {
  const voucher = textOf(cellAt(line, column));
  if (numberColumn === null) return voucher;
  const number = textOf(line[numberColumn]);
  return voucher === "" || number === "" ? voucher + number : `${voucher}-${number}`;
}

/**
 * A sheet whose formulas have no saved results (written by a program, never opened in Excel) as a finding on its
 * first such cell, or null: read as blank, its figures would pass every check.
 */
export function notCalculated(grid: Grid): Finding | null {
  if (!grid.uncalculated) return null;
  const { count, first } = grid.uncalculated;
  return {
    rule: "journal-not-calculated",
    severity: "error",
    sheet: grid.sheet,
    cell: first,
    params: { count, first },
  };
}

/** The rows of a journal under its header, with a finding for every cell that cannot be read. */
export function readJournal(grid: Grid, header: JournalHeader): ReadJournal {
  return new JournalReader(grid, header).read();
}
