/**
 * Reading the three inputs of a reconciliation from Grids: the bank statement (a portal's export opened in the
 * workbook, pasted, or read from a .csv / .xlsx file), the book (the 银行存款日记账, read through the journal job), and
 * last month's 未达账项 (the previous 调节表, a 未达账项 sheet or a --carry file). Every header is found by the core's
 * one header finder; every cell by the core's readers, so an unreadable cell is a Finding on that cell.
 *
 * A statement is read through the bank profiles (model.ts): the first whose signature labels are all in the header
 * names the bank; the direction of each amount comes from the column it is in (借方 = out on a statement), a 借/贷
 * flag, or the sign of a single amount column. Lines that move no money are left out without a finding: preamble and
 * disclaimer text, 合计 lines after the data, 上月余额 / 承前 lines, and zero amounts (利息税 0.00).
 */
import { readAmount, readDate, readText, type CellSource } from "../../core/cells";
import { dayNumber, parseDateCell, parseMonth, type CalendarDate, type CalendarMonth } from "../../core/dates";
import type { Finding } from "../../core/findings";
import { cellAddress, isBlank, type CellValue, type Grid } from "../../core/grid";
import { findHeader, hasAll, normalizedLabel, type Aliases, type HeaderSpec } from "../../core/header";
import { fail, ok, type Result } from "../../core/result";
import { shownText } from "../../core/text";
import { checkBalancesAndTotals, findJournalHeader, readJournal, type JournalHeader } from "../journal";
import {
  BANK_PROFILES,
  CARRY_ALIASES,
  DIRECTION_WORDS,
  LIST_SIDES,
  MASKED_BALANCE,
  NON_TRANSACTION_MARKERS,
  OUTSTANDING_LISTS,
  OUTSTANDING_TITLES,
  STATEMENT_ALIASES,
  STATEMENT_ONLY_COLUMNS,
  type BankProfile,
  type BookEntry,
  type CarryColumn,
  type Flow,
  type Item,
  type OutstandingItems,
  type OutstandingList,
  type StatementColumn,
  type StatementLine,
} from "./model";

export interface StatementRead {
  lines: StatementLine[];
  /** The bank the profile names ("工商银行"), "" for the generic profile. */
  bank: string;
  profile: string;
  /** The balance after the latest line (by date, then time, then the file's own order); null when not shown. */
  closingBalance: number | null;
  /** Whether the export hides its balances (xx,yyyy.zz). */
  masked: boolean;
  /** The last day of the period the export says it covers (起止日期：2026-03-01 至 2026-03-31), or null. */
  periodEnd: CalendarDate | null;
  findings: Finding[];
}

export interface BookRead {
  entries: BookEntry[];
  /** The index in the grid of the header's last row. */
  headerRow: number;
  /** The running balance after the latest entry; null when the sheet shows none and none can be summed. */
  closingBalance: number | null;
  /** What the reader could not read. */
  findings: Finding[];
  /**
   * What the journal's own balance rule says of its 余额 and closing rows (a balance miscalculated, an amount that
   * disagrees with it), at their cells: why a closing balance taken from the journal may be wrong.
   */
  balanceFindings: Finding[];
  /** Whether the journal opens with a 期初余额 / 上月结转 row: its month follows one whose 未达账项 may be open. */
  opened: boolean;
  /** The months a 本月合计 row closes (月结): the month of its date, else of the entry above it. */
  closedMonths: CalendarMonth[];
  /** The bank and the account the journal's title lines name (开户银行：… 账号：…), or null. */
  bank: string | null;
  account: string | null;
}

export interface CarriedRead {
  items: OutstandingItems;
  findings: Finding[];
}

// ————————————————————————————————————————————————————————————————— shared helpers

const sheetRow = (grid: Grid, row: number) => grid.top + row + 1;

const NORMALIZED_MARKERS = NON_TRANSACTION_MARKERS.map(normalizedLabel);
/** Totals lines say 合计 anywhere (人民币合计, 本页合计); the others start their cell. */
const TOTAL_WORDS = ["合计", "总计", "小计"];

function isMarker(text: string): boolean {
  const label = normalizedLabel(text);
  if (label === "") return false;
  return TOTAL_WORDS.some((word) => label.includes(word)) || NORMALIZED_MARKERS.some((m) => label.startsWith(m));
}

/** Seconds since midnight of a time cell (14:06:51, 140651, an Excel time fraction) or of a date text's time; else -1. */
export function secondsOfDay(value: CellValue | undefined, timeColumn = false): number {
  // A time column read as a number: 140651 for 14:06:51, or an Excel time fraction.
  if (typeof value === "number" && !(timeColumn && Number.isInteger(value))) {
    const fraction = value - Math.floor(value);
    return value < 1 || fraction > 0 ? Math.round(fraction * 86_400) : -1;
  }
  const text = shownText(value).trim();
  const match = /(?:^|\s|T)(\d{1,2}):?(\d{2}):?(\d{2})?$/.exec(text);
  if (!match) return -1;
  const [hours, minutes, seconds] = [match[1], match[2], match[3] ?? "0"].map(Number) as [number, number, number];
  return hours < 24 && minutes < 60 && seconds < 60 ? hours * 3600 + minutes * 60 + seconds : -1;
}

type Ordered = Pick<Item, "date" | "time" | "flow" | "amount"> & { balance?: number | null };

const signed = (item: Ordered) => (item.flow === "in" ? item.amount : -item.amount);

/**
 * Whether the lines are listed newest first: by the first and last dates, or, where those are the same day, by the
 * balances, which follow each other one way only (each is the one before plus its own line's movement).
 */
function newestFirst(items: readonly Ordered[]): boolean {
  const byDate = dayNumber(items[0]!.date) - dayNumber(items[items.length - 1]!.date);
  if (byDate !== 0) return byDate > 0;
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < items.length; i++) {
    const [before, after] = [items[i - 1]!.balance, items[i]!.balance];
    if (before === null || before === undefined || after === null || after === undefined) continue;
    if (after === before + signed(items[i]!)) forward++;
    if (before === after + signed(items[i - 1]!)) backward++;
  }
  return backward > forward;
}

/** The index of the latest of `items` by date, then time, then file order (reversed when the file runs newest first). */
export function latestIndex(items: readonly Ordered[]): number {
  if (items.length === 0) return -1;
  const reversed = newestFirst(items);
  let latest = 0;
  for (let index = 1; index < items.length; index++) {
    const a = items[index]!;
    const b = items[latest]!;
    const order = dayNumber(a.date) - dayNumber(b.date) || a.time - b.time;
    if (order > 0 || (order === 0 && !reversed)) latest = index;
  }
  return latest;
}

// ————————————————————————————————————————————————————————————————— the statement

type Columns = Partial<Record<StatementColumn, number>>;

function profileAliases(profile: BankProfile): Aliases<StatementColumn> {
  const merged = { ...STATEMENT_ALIASES };
  for (const [column, labels] of Object.entries(profile.aliases) as [StatementColumn, readonly string[]][])
    merged[column] = [...labels, ...STATEMENT_ALIASES[column]];
  return merged;
}

/**
 * A date and a way to tell the amount and its direction: one signed column, a flag, or columns for in and out. The
 * date may be a 交易时间 column's alone (2026-04-30 16:00:01), where an export has no 交易日期 (dateOfTime).
 */
function completeStatement(columns: Columns): boolean {
  return (
    (columns.date ?? columns.time) !== undefined &&
    (columns.amount !== undefined ||
      hasAll(columns, ["in", "out"]) ||
      hasAll(columns, ["postedIn", "postedOut"]) ||
      columns.postedAmount !== undefined)
  );
}

/** The header and profile of a statement: the first profile whose signature the header holds, else the generic one. */
export function findStatementHeader(
  grid: Grid,
): { profile: BankProfile; columns: Columns; row: number; labels: readonly string[] } | null {
  const header = statementHeaderAsLabelled(grid);
  return header && { ...header, columns: dateOfTime(header.columns) };
}

/** The statement header of the first bank profile that reads the grid, its columns as their labels name them. */
function statementHeaderAsLabelled(
  grid: Grid,
): { profile: BankProfile; columns: Columns; row: number; labels: readonly string[] } | null {
  for (const profile of BANK_PROFILES) {
    const spec: HeaderSpec<StatementColumn> = { aliases: profileAliases(profile), complete: completeStatement };
    const header = findHeader(grid, spec);
    if (!header) continue;
    const labels = new Set(header.labels);
    if (profile.signature.every((label) => labels.has(normalizedLabel(label))))
      return { profile, columns: header.columns, row: header.row, labels: header.labels };
  }
  return null;
}

/**
 * Whether the grid is a bank statement rather than a journal: the statement header finder also reads 日期 | 摘要 |
 * 借方 | 贷方 | …, which is a journal's header too, so a statement is told by a column only statements have.
 */
export function isBankStatement(grid: Grid): boolean {
  const header = statementHeaderAsLabelled(grid);
  return header !== null && STATEMENT_ONLY_COLUMNS.some((column) => header.columns[column] !== undefined);
}

/**
 * An export whose only date column is 交易时间 writes date and time in it: it is the date column, and the time read
 * from its text orders a day's lines, as a 交易日期 with a time does.
 */
function dateOfTime(columns: Columns): Columns {
  if (columns.date !== undefined || columns.time === undefined) return columns;
  const { time, ...rest } = columns;
  return { ...rest, date: time };
}

const FLOW_BY_WORD: ReadonlyMap<string, Flow> = new Map(
  (Object.entries(DIRECTION_WORDS) as [Flow, readonly string[]][]).flatMap(([flow, words]) =>
    words.map((word) => [normalizedLabel(word), flow] as const),
  ),
);

/** 借, "借 Dr", "贷(Cr)", "D", "来账": the flag's first word, else its first character. */
export function flowOfFlag(text: string): Flow | null {
  const label = normalizedLabel(
    text
      .replace(/[()（）/]/g, " ")
      .split(/\s+/)
      .find((part) => part !== "") ?? "",
  );
  return FLOW_BY_WORD.get(label) ?? FLOW_BY_WORD.get(label.charAt(0)) ?? null;
}

class StatementReader {
  private readonly source: CellSource;
  private readonly lines: StatementLine[] = [];
  private masked = false;

  constructor(
    private readonly grid: Grid,
    private readonly columns: Columns,
  ) {
    this.source = { grid, findings: [] };
  }

  read(headerRow: number): { lines: StatementLine[]; masked: boolean; findings: Finding[] } {
    for (let row = headerRow + 1; row < this.grid.values.length; row++) this.readLine(row);
    return { lines: this.lines, masked: this.masked, findings: this.source.findings };
  }

  private cell(row: number, column: StatementColumn): CellValue | undefined {
    const index = this.columns[column];
    return index === undefined ? undefined : this.grid.values[row]?.[index];
  }

  /** The cell's text; "-" and "--", which exports write for nothing, read as "". */
  private text(row: number, column: StatementColumn): string {
    const index = this.columns[column];
    const text = index === undefined ? "" : readText(this.source, row, index);
    return /^[-–—]{1,2}$/.test(text) ? "" : text;
  }

  private amount(row: number, column: StatementColumn): number | null {
    const index = this.columns[column];
    return index === undefined ? null : readAmount(this.source, row, index);
  }

  private address(row: number, column: StatementColumn): string {
    return cellAddress(this.grid.top + row, this.grid.left + (this.columns[column] ?? 0));
  }

  private readLine(row: number): void {
    const line = this.grid.values[row] ?? [];
    if (line.every((cell) => isBlank(cell))) return;
    const dateCell = this.cell(row, "date");
    const summary = this.text(row, "summary");
    // 合计 lines, 上月余额 / 承前 lines: totals and balances, not movements.
    if (isMarker(shownText(dateCell)) || isMarker(summary)) return;
    if (!this.hasAmount(row)) return; // preamble, disclaimer and blank-amount lines move no money
    const findingsBefore = this.source.findings.length;
    const date = readDate(this.source, row, this.columns.date!);
    if (date === null && this.source.findings.length === findingsBefore)
      this.source.findings.push({
        rule: "date-empty",
        severity: "error",
        sheet: this.grid.sheet,
        cell: this.address(row, "date"),
        params: {},
      });
    const movement = this.movement(row);
    const balance = this.balance(row);
    if (date === null || movement === null || movement.fen === 0) return;
    this.lines.push({
      row: sheetRow(this.grid, row),
      date,
      time: this.columns.time !== undefined ? secondsOfDay(this.cell(row, "time"), true) : secondsOfDay(dateCell),
      flow: movement.fen > 0 ? "in" : "out",
      amount: Math.abs(movement.fen),
      summary,
      counterparty: this.text(row, "counterparty"),
      number: this.text(row, "number"),
      carried: false,
      sheet: this.grid.sheet,
      cell: movement.cell,
      balance,
    });
  }

  private hasAmount(row: number): boolean {
    const columns: StatementColumn[] = ["amount", "in", "out", "postedIn", "postedOut", "postedAmount"];
    return columns.some((column) => {
      const value = this.cell(row, column);
      return !isBlank(value) && !/^[-–—]{1,2}$/.test(shownText(value).trim());
    });
  }

  /**
   * The signed movement (in > 0, out < 0) and the cell it was read from, or null when a cell cannot be read (a
   * finding then). 记账金额, what reached the account in its currency, goes before 交易金额 where both are given.
   */
  private movement(row: number): { fen: number; cell: string } | null {
    const before = this.source.findings.length;
    const pairs: [StatementColumn, StatementColumn][] = [
      ["postedIn", "postedOut"],
      ["in", "out"],
    ];
    for (const [inColumn, outColumn] of pairs) {
      const received = this.amount(row, inColumn);
      const paid = this.amount(row, outColumn);
      if (this.source.findings.length > before) return null;
      if (received === null && paid === null) continue;
      // A negative amount in a column is a reversal (冲正): money the other way.
      const fen = (received ?? 0) - (paid ?? 0);
      return { fen, cell: this.address(row, received !== null && received !== 0 ? inColumn : outColumn) };
    }
    for (const column of ["postedAmount", "amount"] as const) {
      const signed = this.amount(row, column);
      if (this.source.findings.length > before) return null;
      if (signed === null) continue;
      if (this.columns.direction === undefined) return { fen: signed, cell: this.address(row, column) };
      const flag = this.text(row, "direction");
      const flow = flowOfFlag(flag);
      if (flow === null) {
        this.source.findings.push({
          rule: "reconcile-direction-unreadable",
          severity: "error",
          sheet: this.grid.sheet,
          cell: this.address(row, "direction"),
          params: { text: flag },
        });
        return null;
      }
      return { fen: flow === "in" ? signed : -signed, cell: this.address(row, column) };
    }
    return null;
  }

  private balance(row: number): number | null {
    const value = this.cell(row, "balance");
    if (typeof value === "string" && MASKED_BALANCE.test(value.trim())) {
      if (!this.masked)
        this.source.findings.push({
          rule: "reconcile-balance-masked",
          severity: "info",
          sheet: this.grid.sheet,
          cell: this.address(row, "balance"),
          params: { text: value.trim() },
        });
      this.masked = true;
      return null;
    }
    return this.amount(row, "balance");
  }
}

/** A date as a statement's preamble writes it: 2026-03-31, 2026/3/31, 2026年3月31日, 20260331. */
const PERIOD_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?<!\d)\d{8}(?!\d)/g;

/**
 * The end of the period a statement's preamble says it covers: the last date of a line that gives two (起止日期：
 * 2026-03-01 至 2026-03-31, 查询期间 20260301-20260331). A statement may end on a day with no transaction: the period,
 * not its last line, says it runs to the month's end.
 */
function periodEnd(grid: Grid, headerRow: number): CalendarDate | null {
  for (const row of grid.values.slice(0, headerRow)) {
    const dates = row.flatMap((cell) => (typeof cell === "string" ? (cell.match(PERIOD_DATE) ?? []) : []));
    if (dates.length < 2) continue;
    const date = parseDateCell(dates[dates.length - 1]!.replace(/\s+/g, ""));
    if (date.ok) return date.value;
  }
  return null;
}

/** The statement's lines, or a failure when no row of the grid is a statement's header. */
export function readStatement(grid: Grid): Result<StatementRead> {
  const header = findStatementHeader(grid);
  if (!header) return fail("reconcile-statement-no-header", { sheet: grid.sheet });
  const read = new StatementReader(grid, header.columns).read(header.row);
  const latest = latestIndex(read.lines);
  return ok({
    lines: read.lines,
    bank: header.profile.bank,
    profile: header.profile.id,
    closingBalance: latest < 0 ? null : read.lines[latest]!.balance,
    masked: read.masked,
    periodEnd: periodEnd(grid, header.row),
    findings: read.findings,
  });
}

// ————————————————————————————————————————————————————————————————— the book

/** A journal that says it is the cash journal (现金日记账 in its title or name); a plain table is taken for the bank's. */
export const saysCash = (header: JournalHeader) => header.kind === "cash" && header.kindSaid;

/** The book (银行存款日记账, ours or any journal-like table) read through the journal job; entries only. */
export function readBook(grid: Grid): Result<BookRead> {
  const header = findJournalHeader(grid);
  if (!header) return fail("reconcile-book-no-header", { sheet: grid.sheet });
  // DOMAIN §5 reconciles the 银行存款日记账 with the bank's statement; cash has no statement to agree with.
  if (saysCash(header)) return fail("reconcile-book-is-cash", { sheet: grid.sheet });
  const read = readJournal(grid, header);
  const { rows } = read;
  const counterpartyColumn = header.columns.counterparty ?? -1;
  const documentColumn = header.columns.document ?? -1;
  const source: CellSource = { grid, findings: [] };
  const entries: BookEntry[] = [];
  let opening: number | null = null;
  let opened = false;
  let movements = 0;
  const closedMonths: CalendarMonth[] = [];
  let lastDate: CalendarDate | null = null;
  for (let index = 0; index < rows.length; index++) {
    const kind = rows.kind(index);
    if (kind === "opening") {
      opened = true;
      if (opening === null) opening = rows.balance(index);
    }
    const closes = rows.date(index) ?? lastDate;
    if (kind === "month-total" && closes !== null) closedMonths.push({ year: closes.year, month: closes.month });
    if (kind !== "entry") continue;
    lastDate = rows.date(index) ?? lastDate;
    const movement = (rows.receipt(index) ?? 0) - (rows.payment(index) ?? 0);
    movements += movement;
    const date = rows.date(index);
    if (date === null || movement === 0) continue;
    const row = rows.row(index);
    const column = movement > 0 ? "receipt" : "payment";
    entries.push({
      row: sheetRow(grid, row),
      date,
      time: -1,
      flow: movement > 0 ? "in" : "out",
      amount: Math.abs(movement),
      summary: rows.summary(index),
      counterparty: counterpartyColumn < 0 ? "" : readText(source, row, counterpartyColumn),
      number: documentColumn < 0 ? "" : readText(source, row, documentColumn),
      voucher: rows.voucher(index),
      carried: false,
      sheet: grid.sheet,
      cell: rows.cell(index, column) ?? "",
      balance: rows.balance(index),
    });
  }
  const latest = latestIndex(entries);
  const unreadable = read.findings.some((finding) => finding.severity === "error");
  // A journal written by a program keeps its balances as formulas with no cached result: the running balance is then
  // the opening balance plus the entries, when every amount could be read.
  const shown = latest < 0 ? null : entries[latest]!.balance;
  const summed = opening !== null && !unreadable ? opening + movements : null;
  // The balance rule over cells the reader could read: one it could not is among `findings` already.
  const unreadableCells = new Set(read.findings.map((finding) => finding.cell));
  const balanceFindings = checkBalancesAndTotals(rows, { kind: header.kind }, grid.sheet).filter(
    (finding) => !unreadableCells.has(finding.cell),
  );
  return ok({
    entries,
    headerRow: header.headerRow,
    closingBalance: shown ?? summed,
    findings: read.findings,
    balanceFindings,
    opened,
    closedMonths,
    bank: header.bank,
    account: header.accountNumber,
  });
}

// ————————————————————————————————————————————————————————————————— last month's 未达账项

const LIST_BY_TITLE: ReadonlyMap<string, OutstandingList> = new Map(
  OUTSTANDING_LISTS.flatMap((list) => OUTSTANDING_TITLES[list].map((title) => [titleKey(title), list] as const)),
);

/** A list's title without its numbering and punctuation: "一、银行已收，企业未收：" → "银行已收企业未收". */
function titleKey(text: string): string {
  return normalizedLabel(text)
    .replace(/^[一二三四五六七八九十\d]+[、.．]/, "")
    .replace(/[、，,:：;；()（）\s]/g, "");
}

function listOfTitle(text: string): OutstandingList | null {
  const key = titleKey(text);
  for (const [title, list] of LIST_BY_TITLE) if (key === title || key.startsWith(title)) return list;
  return null;
}

/** The header of a flat 未达账项 table: a 类别 column naming each item's list. */
const CARRY_TABLE_HEADER: HeaderSpec<CarryColumn> = {
  aliases: CARRY_ALIASES,
  complete: (columns) => hasAll(columns, ["list", "date", "amount"]),
};

const CARRY_ITEM_HEADER: HeaderSpec<CarryColumn> = {
  aliases: CARRY_ALIASES,
  complete: (columns) => hasAll(columns, ["date", "amount"]),
  searchRows: 3,
};

function emptyLists(): OutstandingItems {
  return { bankReceivedNotBooked: [], bankPaidNotBooked: [], bookReceivedNotBank: [], bookPaidNotBank: [] };
}

/** One item of a carried list, or null for a row that is none (blank, 小计) or cannot be read (a finding). */
function carriedItem(
  source: CellSource,
  row: number,
  columns: Partial<Record<CarryColumn, number>>,
  list: OutstandingList,
): Item | null {
  const { grid } = source;
  const line = grid.values[row] ?? [];
  const amountColumn = columns.amount!;
  // A row without an amount carries nothing (a spare row, a signature line under the lists).
  if (isBlank(line[amountColumn])) return null;
  const before = source.findings.length;
  const date = readDate(source, row, columns.date!);
  const amount = readAmount(source, row, amountColumn);
  if (source.findings.length > before || date === null || amount === null || amount === 0) return null;
  const text = (column: CarryColumn) => {
    const index = columns[column];
    return index === undefined ? "" : readText(source, row, index);
  };
  return {
    row: sheetRow(grid, row),
    date,
    time: -1,
    flow: LIST_SIDES[list].flow,
    amount: Math.abs(amount),
    summary: text("summary"),
    counterparty: "",
    number: text("number"),
    carried: true,
    sheet: grid.sheet,
    cell: cellAddress(grid.top + row, grid.left + amountColumn),
  };
}

/**
 * Last month's 未达账项 from a grid: a flat table with a 类别 column naming each item's list, or the four lists of a
 * 调节表, each under its title (银行已收、企业未收 …) with its own header of 日期, 票据号, 摘要, 金额 and ending at
 * its 小计. Null when the grid holds neither.
 */
export function readCarried(grid: Grid): CarriedRead | null {
  const source: CellSource = { grid, findings: [] };
  const items = emptyLists();
  const flat = findHeader(grid, CARRY_TABLE_HEADER);
  if (flat) {
    for (let row = flat.row + 1; row < grid.values.length; row++) {
      const listText = readText(source, row, flat.columns.list!);
      if (listText === "" || isMarker(listText)) continue;
      const list = listOfTitle(listText);
      if (list === null) {
        source.findings.push({
          rule: "reconcile-carry-list-unknown",
          severity: "error",
          sheet: grid.sheet,
          cell: cellAddress(grid.top + row, grid.left + flat.columns.list!),
          params: { text: listText },
        });
        continue;
      }
      const item = carriedItem(source, row, flat.columns, list);
      if (item) items[list].push(item);
    }
    return { items, findings: source.findings };
  }
  let sections = 0;
  for (let row = 0; row < grid.values.length; row++) {
    const title = (grid.values[row] ?? []).find((cell) => typeof cell === "string" && cell.trim() !== "");
    const list = typeof title === "string" ? listOfTitle(title) : null;
    if (list === null) continue;
    const below: Grid = { ...grid, top: grid.top + row + 1, values: grid.values.slice(row + 1) };
    const header = findHeader(below, CARRY_ITEM_HEADER);
    if (!header) continue;
    sections++;
    let at = row + 1 + header.row + 1;
    for (; at < grid.values.length; at++) {
      const line = grid.values[at] ?? [];
      const first = line.find((cell) => !isBlank(cell));
      // Blank rows are spare rows the cashier may have left between items; 小计 or the next title ends the list.
      if (first === undefined) continue;
      if (isMarker(shownText(first)) || listOfTitle(shownText(first)) !== null) break;
      const item = carriedItem(source, at, header.columns, list);
      if (item) items[list].push(item);
    }
    row = at - 1;
  }
  return sections > 0 ? { items, findings: source.findings } : null;
}

/**
 * The rows and columns at a sheet's top that say what month of 未达账项 it holds (carriedSheetMonth reads no further:
 * a 调节表's title, 截止日期 and lists are in A to D), so that a shell can tell such a sheet among many by reading only
 * this corner of each, and sees what the command line sees of a whole sheet.
 */
export const CARRIED_TOP_ROWS = 5;
export const CARRIED_TOP_COLUMNS = 12;

/** Words of a title (or a sheet name) that say the sheet lists 未达账项: 银行存款余额调节表, 未达账项表. */
const CARRIED_TITLE_WORDS = ["调节表", "未达账"];

/**
 * The month of last month's 调节表 or 未达账项 sheet, from its first CARRIED_TOP_ROWS rows and its name only: a sheet
 * whose title or name says it is one (调节表, 未达账项) or whose top holds a flat 未达账项 table's header, and whose month
 * carriedMonth can tell. Null for any other sheet, whatever month its name bears (last month's journal or
 * statement), so that such a sheet is never read for 未达账项.
 */
export function carriedSheetMonth(grid: Grid): CalendarMonth | null {
  const top: Grid = {
    ...grid,
    values: grid.values.slice(0, CARRIED_TOP_ROWS).map((row) => row.slice(0, CARRIED_TOP_COLUMNS)),
  };
  const says = (text: string) => CARRIED_TITLE_WORDS.some((word) => text.includes(word));
  const titled =
    says(grid.sheet) || top.values.some((row) => row.some((cell) => typeof cell === "string" && says(cell)));
  const flat = findHeader(top, CARRY_TABLE_HEADER) !== null;
  return titled || flat ? carriedMonth(top) : null;
}

/** A date in a sheet's name: 2026-02-28, 2026-02, 2026年2月, 2026.2. */
const NAME_MONTH = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})(?!\d)/;

/**
 * The month a 调节表 or 未达账项 sheet is of: its 截止日期 (the cell after that label in its first rows, as the
 * 调节表 writes it), else a year and month in its name. Null when neither says: such a sheet could be of any month,
 * and carrying the wrong month's items would clear this month's lines against them.
 */
export function carriedMonth(grid: Grid): CalendarMonth | null {
  for (const row of grid.values.slice(0, CARRIED_TOP_ROWS)) {
    const at = row.findIndex((cell) => typeof cell === "string" && normalizedLabel(cell).startsWith("截止日期"));
    if (at < 0) continue;
    const label = shownText(row[at]).replace(/^\s*截止日期\s*[:：]?\s*/, "");
    const value = label !== "" ? label : row.slice(at + 1).find((cell) => !isBlank(cell));
    const date = parseDateCell(value);
    if (date.ok) return { year: date.value.year, month: date.value.month };
  }
  const named = NAME_MONTH.exec(grid.sheet);
  const month = named ? parseMonth(`${named[1]}-${named[2]}`) : null;
  return month?.ok ? month.value : null;
}
