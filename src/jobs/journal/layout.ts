/**
 * The cash journal (现金日记账) and bank deposit journal (银行存款日记账) as a SheetPlan (DOMAIN §4): a title, the unit,
 * account and period, the header, the 期初余额 / 上年结转 row, the entries day by day with 本日合计, 本月合计 and 本年累计,
 * and 过次页 / 承前页 at every page break. Every balance, total and carry is a live formula, so the journal stays right
 * while the cashier types, leaves rows blank or inserts rows. Each formula also carries the figure it computes for the
 * entries posted (PlanFormula.result, in 元 from integer 分), which a file keeps as its saved value: `cashbook check`
 * reads a journal just generated without anyone opening it in Excel first (test/recalc proves the figures are
 * LibreOffice's).
 *
 * How the formulas stay right when the sheet is edited:
 * - A balance is the balance on the row that opens its page (the opening row, or 承前页) plus the entries from that row
 *   down to its own: `$I$35+SUMIFS($G$35:G40,…)−SUMIFS($H$35:H40,…)`. A row inserted anywhere between falls inside
 *   the range and is counted even if the cashier copies no formula into it, and a blank row changes nothing.
 *   Chaining each balance to the one above instead (`I39+G40−H40`) would skip an inserted row for good, since a
 *   reference to the row above does not follow an insertion just above the formula. Summing from the page's first
 *   row rather than from the opening row keeps every sum a page long, so a year's journal recomputes as fast as a
 *   month's; the price is a #REF! should the cashier delete a 过次页 or 承前页 row.
 * - Closing rows hold totals in the amount columns, so the sums leave them out by their 摘要 marker (本日合计, 本月合计,
 *   本年累计, 过次页, 承前页). Because it goes by the text, a 本日合计 row the cashier adds by hand is left out too.
 * - A total sums from the row that opens its period (the opening row, the previous 本日合计 or 本月合计) down to the row
 *   above itself. A range ending at the row above would miss a row inserted just above the total, which is where a
 *   forgotten entry goes, and a range ending at its own row would be a circular reference; so the range is
 *   `OFFSET(anchor,0,0,ROW()-ROW(anchor))`, which always ends at the row above whatever was inserted. OFFSET makes
 *   Excel recompute these formulas on every change, which costs little at a journal's size.
 * - 承前页 and 本年累计 refer to the cells they carry or add up, which move with their rows.
 *
 * The sheet is not protected: a protected sheet forbids inserting rows, which the cashier needs (a forgotten entry,
 * the 本日合计 rows of a month typed by hand). Entry cells are unlocked all the same, so that protecting the sheet in
 * Excel, with row insertion allowed, guards the formulas and nothing else.
 */
import { columnLetters } from "../../core/grid";
import { fenToYuan, formatMoney, MAX_FEN } from "../../core/money";
import { dayNumber, lastDayOfMonth, type CalendarDate } from "../../core/dates";
import {
  emptyPlan,
  type BorderLine,
  type PlanCell,
  type PlanFormula,
  type RangeFormat,
  type SheetPlan,
} from "../../core/plan";
import { DOUBLE_RED_RULE, HEADER_FILL, MONEY_FORMAT, SINGLE_RED_RULE } from "../../core/styles";
import {
  balanceThroughFormula,
  entryBalanceFormula,
  marker,
  sinceAnchorFormulas,
  type ClosingKind,
  type FormulaColumns,
} from "./formulas";
import {
  COLUMN_LABELS,
  PREAMBLE_LABELS,
  ROW_MARKERS,
  type JournalColumn,
  type JournalEntry,
  type JournalKind,
  type JournalSettings,
  type YearToDate,
} from "./model";

const CASH_COLUMNS: readonly JournalColumn[] = [
  "year",
  "month",
  "day",
  "voucher",
  "summary",
  "counterAccount",
  "receipt",
  "payment",
  "balance",
];
/** The bank journal writes the settlement document (结算方式, 票据号) after the 摘要, as the printed journals do. */
const BANK_COLUMNS: readonly JournalColumn[] = [
  "year",
  "month",
  "day",
  "voucher",
  "summary",
  "settlement",
  "document",
  "counterAccount",
  "receipt",
  "payment",
  "balance",
];
/** With a 对方单位 column after the 对方科目, when the entries name the other party (bank reconciliation matches on it). */
const BANK_COLUMNS_WITH_COUNTERPARTY: readonly JournalColumn[] = [
  ...BANK_COLUMNS.slice(0, BANK_COLUMNS.indexOf("counterAccount") + 1),
  "counterparty",
  ...BANK_COLUMNS.slice(BANK_COLUMNS.indexOf("counterAccount") + 1),
];

/** The columns a journal of `kind` is written with, given its entries. */
export function journalColumns(kind: JournalKind, entries: readonly JournalEntry[]): readonly JournalColumn[] {
  if (kind === "cash") return CASH_COLUMNS;
  return entries.some((entry) => entry.counterparty !== "") ? BANK_COLUMNS_WITH_COUNTERPARTY : BANK_COLUMNS;
}

/** Wide enough for the longest usual entries: 应交税费—未交增值税 (对方科目), 银行承兑汇票 (结算方式). */
const COLUMN_WIDTHS: Record<JournalColumn, number> = {
  year: 6,
  month: 4,
  day: 4,
  date: 11,
  voucher: 10,
  summary: 32,
  counterAccount: 22,
  counterparty: 24,
  settlement: 14,
  document: 14,
  receipt: 15,
  payment: 15,
  balance: 16,
};

const TITLES = { cash: "现金日记账", bank: "银行存款日记账" } as const;
const HEADER_ROWS = 3;
/** 1-based: the opening row comes right after the header. */
const OPENING_ROW = HEADER_ROWS + 1;
/** An empty month comes with two pages of blank rows; more come by inserting rows, which the formulas survive. */
const EMPTY_MONTH_PAGES = 2;
const GRID_LINE: BorderLine = { style: "thin", color: "#808080" };

/** 期初余额, or 上年结转 when the opening balance is last year's closing balance. */
const openingMarker = (carriedFromLastYear: boolean) => ROW_MARKERS.opening[carriedFromLastYear ? 1 : 0]!;

/** A row of the journal before pagination; carries are added when the rows are laid out on pages. */
type Line =
  | { kind: "opening" }
  /** null: a blank row for the cashier to fill. */
  | { kind: "entry"; entry: JournalEntry | null }
  | { kind: "day-total"; date: CalendarDate }
  | { kind: "month-total"; date: CalendarDate }
  | { kind: "year-total"; date: CalendarDate }
  /** The 本年累计 a journal starting after January brings in, as figures. */
  | { kind: "brought-year-total"; brought: YearToDate };

/**
 * The journal as a sheet. With `settings.month` it is that month's journal (blank rows to fill when there are no
 * entries); otherwise it runs from the month of the first entry to the month of the last. Entries are posted in date
 * order (entries of a day keep their order); entries outside the journal's year or month are left out, which the
 * generator reports before it gets here.
 */
export function layoutJournal(settings: JournalSettings, entries: readonly JournalEntry[]): SheetPlan {
  const { months, posted, lines } = outline(settings, entries);
  return new SheetWriter(settings, posted, months).write(lines, settings.rowsPerPage);
}

/** The months, the entries posted in date order, and the journal's lines before pagination. */
function outline(settings: JournalSettings, entries: readonly JournalEntry[]) {
  const months = journalMonths(settings, entries);
  // Array sort is stable, so the entries of a day keep their order.
  const posted = entries
    .filter((entry) => entry.date.year === settings.year && months.includes(entry.date.month))
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  return { months, posted, lines: journalLines(settings, months, posted, settings.rowsPerPage) };
}

/**
 * What a generator must know before it lays a journal out: the sheet rows it takes (header, lines, 过次页 and 承前页,
 * and the 对方科目 list below), and the first balance or total it would show past MAX_FEN, the largest amount
 * kept exact (null when none), so that a journal that cannot be is refused before any of it is written.
 */
export function journalExtent(
  settings: JournalSettings,
  entries: readonly JournalEntry[],
): { rows: number; pastExact: number | null } {
  const { months, posted, lines } = outline(settings, entries);
  const perPage = settings.rowsPerPage;
  // The first page holds perPage lines; each later one opens with 承前页 and holds perPage - 1 (SheetWriter.write).
  const pageBreaks = lines.length <= perPage ? 0 : Math.ceil((lines.length - perPage) / (perPage - 1));
  const accounts = counterAccountList(settings.chartOfAccounts, posted).length;
  const rows = HEADER_ROWS + lines.length + 2 * pageBreaks + 2 + accounts;
  // Totals only grow and a balance moves by one entry at a time, so the first figure past the range is within
  // twice MAX_FEN, a safe integer.
  let balance = settings.opening;
  // 本年累计 brings in the figures of the months before, as journalLines does.
  const brought = (months[0] ?? 1) === 1 ? undefined : settings.yearToDate;
  let receipts = brought?.receipts ?? 0;
  let payments = brought?.payments ?? 0;
  for (const figure of [balance, receipts, payments])
    if (Math.abs(figure) > MAX_FEN) return { rows, pastExact: figure };
  for (const entry of posted) {
    receipts += entry.receipt;
    payments += entry.payment;
    balance += entry.receipt - entry.payment;
    for (const figure of [balance, receipts, payments])
      if (Math.abs(figure) > MAX_FEN) return { rows, pastExact: figure };
  }
  return { rows, pastExact: null };
}

/** The months a journal covers, in order: its month, or those from the first entry's to the last entry's. */
export function journalMonths(
  period: Pick<JournalSettings, "year" | "month">,
  entries: readonly JournalEntry[],
): number[] {
  if (period.month !== undefined) return [period.month];
  const inYear = entries.filter((entry) => entry.date.year === period.year).map((entry) => entry.date.month);
  if (inYear.length === 0) return [1];
  // A loop rather than Math.min(...months): a spread of a hundred thousand entries overflows the stack.
  const first = inYear.reduce((a, b) => Math.min(a, b));
  const last = inYear.reduce((a, b) => Math.max(a, b));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * 本年累计 needs the year's figures from January on (《会计基础工作规范》第六十三条: every month, and December's is the
 * year's), so it closes each month when the journal starts in January, or when a journal starting later is given
 * the 本年累计 of the months before it: a 本年累计 row under the opening row then brings those figures in. It has no
 * date of its own, so that a date cell the cashier leaves blank below it takes the opening row's month, as in a
 * paper journal, and not the month before.
 */
function journalLines(
  settings: JournalSettings,
  months: readonly number[],
  entries: readonly JournalEntry[],
  rowsPerPage: number,
): Line[] {
  const firstMonth = months[0] ?? 1;
  const brought = firstMonth === 1 ? undefined : settings.yearToDate;
  const withYearTotals = firstMonth === 1 || brought !== undefined;
  const lines: Line[] = [{ kind: "opening" }];
  if (brought) lines.push({ kind: "brought-year-total", brought });
  for (const month of months) {
    const monthEntries = entries.filter((entry) => entry.date.month === month);
    if (monthEntries.length === 0 && settings.month !== undefined) {
      const fixedLines = 2 + Number(withYearTotals) + Number(brought !== undefined);
      const blankRows = EMPTY_MONTH_PAGES * rowsPerPage - (EMPTY_MONTH_PAGES - 1) - fixedLines;
      for (let n = 0; n < Math.max(1, blankRows); n++) lines.push({ kind: "entry", entry: null });
    }
    monthEntries.forEach((entry, index) => {
      lines.push({ kind: "entry", entry });
      const next = monthEntries[index + 1];
      if (next === undefined || next.date.day !== entry.date.day) lines.push({ kind: "day-total", date: entry.date });
    });
    const monthEnd = { year: settings.year, month, day: lastDayOfMonth(settings.year, month) };
    lines.push({ kind: "month-total", date: monthEnd });
    if (withYearTotals) lines.push({ kind: "year-total", date: monthEnd });
  }
  return lines;
}

/**
 * An entry row's balance, `{ formula }` as any formula cell of a plan, whose text is made when it is read: a host
 * reads it once, as it writes the row. Held as text, the balances of a 500,000-entry journal took 620 MB of the
 * 770 MB its entries and plan took together (heap after collection); held as their row and page, about 12 MB. A row
 * without amounts (a blank row, or one the cashier has not finished) shows no balance.
 */
class EntryBalance implements PlanFormula {
  constructor(
    private readonly columns: FormulaColumns,
    private readonly pageAnchor: number,
    private readonly row: number,
    /** The balance in 元, or "" on a row without amounts. */
    readonly result: number | "",
  ) {}

  get formula(): string {
    return entryBalanceFormula(this.columns, this.pageAnchor, this.row);
  }

  /** Serialised as the plain `{ formula, result }` it stands for. */
  toJSON(): PlanFormula {
    return { formula: this.formula, result: this.result };
  }
}

/** Receipts and payments in 分. */
interface Sums {
  receipt: number;
  payment: number;
}
const NO_SUMS: Sums = { receipt: 0, payment: 0 };
const added = (a: Sums, b: Sums): Sums => ({ receipt: a.receipt + b.receipt, payment: a.payment + b.payment });

/** Lays the lines out row by row, keeping track of the rows the formulas refer to. */
class SheetWriter {
  private readonly columns: readonly JournalColumn[];
  private readonly formulaColumns: FormulaColumns;
  /** Each column's index in a row, -1 where this journal has no such column. */
  private readonly columnIndex: Record<JournalColumn, number>;
  private readonly rows: PlanCell[][] = [];
  private readonly formats: RangeFormat[] = [];
  /** Rows whose top border is the red rule under the closing row above them. */
  private readonly rulesAbove: { row: number; rule: BorderLine }[] = [];
  private readonly pageStarts: number[] = [];
  /** 1-based rows: where the current page's, day's and month's sums start, and the totals 本年累计 adds up. */
  private pageAnchor = OPENING_ROW;
  private dayAnchor = OPENING_ROW;
  private monthAnchor = OPENING_ROW;
  private monthTotalRow = 0;
  private yearTotalRow = 0;
  /** The first row of the run of entry rows being written, or 0. */
  private entryRunStart = 0;
  /** In 分, what the formulas compute as the rows are written: the balance, and the sums since each anchor. */
  private balance: number;
  private daySums: Sums = NO_SUMS;
  private monthSums: Sums = NO_SUMS;
  private lastMonthSums: Sums = NO_SUMS;
  private yearSums: Sums = NO_SUMS;

  constructor(
    private readonly settings: JournalSettings,
    private readonly entries: readonly JournalEntry[],
    private readonly months: readonly number[],
  ) {
    this.columns = journalColumns(settings.kind, entries);
    this.columnIndex = Object.fromEntries(
      Object.keys(COLUMN_WIDTHS).map((column) => [column, this.columns.indexOf(column as JournalColumn)]),
    ) as Record<JournalColumn, number>;
    this.balance = settings.opening;
    this.formulaColumns = {
      summary: this.letter("summary"),
      receipt: this.letter("receipt"),
      payment: this.letter("payment"),
      balance: this.letter("balance"),
    };
  }

  private letter(column: JournalColumn): string {
    return columnLetters(this.columns.indexOf(column));
  }

  private get lastLetter(): string {
    return columnLetters(this.columns.length - 1);
  }

  /** The 1-based row the next line goes to. */
  private get nextRow(): number {
    return HEADER_ROWS + this.rows.length + 1;
  }

  write(lines: readonly Line[], rowsPerPage: number): SheetPlan {
    let onPage = 0;
    for (const line of lines) {
      if (onPage === rowsPerPage) {
        this.carry("carried-forward");
        this.pageStarts.push(this.nextRow - 1);
        this.carry("brought-forward");
        this.pageAnchor = this.nextRow - 1;
        onPage = 1;
      }
      this.line(line);
      onPage++;
    }
    return this.plan();
  }

  private line(line: Line): void {
    if (line.kind === "entry") {
      if (this.entryRunStart === 0) this.entryRunStart = this.nextRow;
      this.rows.push(this.entryRow(line.entry));
      return;
    }
    this.endEntryRun();
    const row = this.nextRow;
    switch (line.kind) {
      case "opening":
        this.rows.push(this.openingRow());
        this.boldSummary(row);
        return;
      case "day-total":
        this.closingRow("day-total", line.date, this.daySums, this.sinceAnchor(this.dayAnchor), SINGLE_RED_RULE);
        this.dayAnchor = row;
        this.daySums = NO_SUMS;
        return;
      case "month-total":
        this.closingRow("month-total", line.date, this.monthSums, this.sinceAnchor(this.monthAnchor), SINGLE_RED_RULE);
        this.dayAnchor = this.monthAnchor = this.monthTotalRow = row;
        this.lastMonthSums = this.monthSums;
        this.daySums = this.monthSums = NO_SUMS;
        return;
      case "year-total": {
        const rule = line.date.month === 12 ? DOUBLE_RED_RULE : SINGLE_RED_RULE;
        // 本年累计 adds this month's 本月合计 to the 本年累计 above, as its formula does.
        this.yearSums = added(this.lastMonthSums, this.yearTotalRow > 0 ? this.yearSums : NO_SUMS);
        const formulas = this.addedUp(this.monthTotalRow, this.yearTotalRow);
        this.closingRow("year-total", line.date, this.yearSums, formulas, rule);
        this.dayAnchor = this.yearTotalRow = row;
        this.daySums = NO_SUMS;
        return;
      }
      case "brought-year-total": {
        this.yearSums = { receipt: line.brought.receipts, payment: line.brought.payments };
        this.closingRow("year-total", null, this.yearSums, null, null);
        this.dayAnchor = this.yearTotalRow = row;
        this.daySums = NO_SUMS;
        return;
      }
    }
  }

  private endEntryRun(): void {
    if (this.entryRunStart === 0) return;
    const last = this.columns.indexOf("payment");
    // Entry cells stay editable should the cashier protect the sheet; balances and totals do not.
    this.formats.push({
      range: `A${this.entryRunStart}:${columnLetters(last)}${this.nextRow - 1}`,
      style: { locked: false },
    });
    this.entryRunStart = 0;
  }

  private cells(values: Partial<Record<JournalColumn, PlanCell>>): PlanCell[] {
    return this.columns.map((column) => values[column] ?? null);
  }

  private dateCells(date: CalendarDate): Partial<Record<JournalColumn, PlanCell>> {
    return { year: date.year, month: date.month, day: date.day };
  }

  private openingRow(): PlanCell[] {
    const { settings } = this;
    const first = { year: settings.year, month: this.months[0] ?? 1, day: 1 };
    return this.cells({
      ...this.dateCells(first),
      summary: openingMarker(settings.openingIsCarriedFromLastYear),
      balance: fenToYuan(settings.opening),
    });
  }

  /**
   * Filled in place by each column's index rather than through an object of the row's cells, as the other rows are:
   * at 500,000 entries those objects came to 1.2 GB of allocations that lived long enough to be collected late, and
   * took a generation's memory past 900 MB.
   */
  private entryRow(entry: JournalEntry | null): PlanCell[] {
    const row = new Array<PlanCell>(this.columns.length).fill(null);
    // Posted entries have an amount (entries.ts refuses one without); a row without shows no balance.
    const moves = entry !== null && (entry.receipt !== 0 || entry.payment !== 0);
    if (entry !== null) {
      this.balance += entry.receipt - entry.payment;
      const sums = { receipt: entry.receipt, payment: entry.payment };
      this.daySums = added(this.daySums, sums);
      this.monthSums = added(this.monthSums, sums);
    }
    const balance = moves ? fenToYuan(this.balance) : "";
    this.put(row, "balance", new EntryBalance(this.formulaColumns, this.pageAnchor, this.nextRow, balance));
    if (entry === null) return row;
    const text = (value: string) => (value === "" ? null : value);
    const amount = (fen: number) => (fen === 0 ? null : fenToYuan(fen));
    this.put(row, "year", entry.date.year);
    this.put(row, "month", entry.date.month);
    this.put(row, "day", entry.date.day);
    this.put(row, "voucher", text(entry.voucher));
    this.put(row, "summary", text(entry.summary));
    this.put(row, "counterAccount", text(entry.counterAccount));
    this.put(row, "counterparty", text(entry.counterparty));
    this.put(row, "settlement", text(entry.settlement));
    this.put(row, "document", text(entry.document));
    this.put(row, "receipt", amount(entry.receipt));
    this.put(row, "payment", amount(entry.payment));
    return row;
  }

  private put(row: PlanCell[], column: JournalColumn, value: PlanCell): void {
    const index = this.columnIndex[column];
    if (index >= 0) row[index] = value;
  }

  private balanceThrough(row: number): string {
    return balanceThroughFormula(this.formulaColumns, this.pageAnchor, row);
  }

  private sinceAnchor(anchor: number): { receipt: string; payment: string } {
    return sinceAnchorFormulas(this.formulaColumns, anchor);
  }

  /** 本年累计: this month's 本月合计 plus last month's 本年累计. */
  private addedUp(monthTotalRow: number, previousYearTotalRow: number): { receipt: string; payment: string } {
    const add = (column: string) =>
      `=${column}${monthTotalRow}` + (previousYearTotalRow > 0 ? `+${column}${previousYearTotalRow}` : "");
    return { receipt: add(this.letter("receipt")), payment: add(this.letter("payment")) };
  }

  /**
   * A closing row: its totals (`sums`, in 分) as the formulas that compute them, or as figures in 元 where there are
   * no formulas (a 本年累计 brought in).
   */
  private closingRow(
    kind: ClosingKind,
    date: CalendarDate | null,
    sums: Sums,
    formulas: { receipt: string; payment: string } | null,
    bottomRule: BorderLine | null,
  ): void {
    const row = this.nextRow;
    const total = (fen: number, formula: string | undefined): PlanCell =>
      formula === undefined ? fenToYuan(fen) : { formula, result: fenToYuan(fen) };
    this.rows.push(
      this.cells({
        ...(date && this.dateCells(date)),
        summary: marker(kind),
        receipt: total(sums.receipt, formulas?.receipt),
        payment: total(sums.payment, formulas?.payment),
        balance: { formula: `=${this.balanceThrough(row)}`, result: fenToYuan(this.balance) },
      }),
    );
    this.boldSummary(row);
    if (bottomRule) {
      this.formats.push({ range: `A${row}:${this.lastLetter}${row}`, style: { borders: { bottom: bottomRule } } });
      // The row below draws the same edge as its top border, grey from the grid, and Excel and LibreOffice show that
      // one: only the journal's last rule would print red. So the row below takes the rule as its top border too.
      this.rulesAbove.push({ row: row + 1, rule: bottomRule });
    }
  }

  /**
   * 过次页 carries the month's sums so far and the balance (《会计基础工作规范》第六十条); the 承前页 that opens the
   * next page repeats them. A month's sums start again after its 本月合计.
   */
  private carry(kind: "carried-forward" | "brought-forward"): void {
    this.endEntryRun();
    if (kind === "carried-forward") {
      this.closingRow(kind, null, this.monthSums, this.sinceAnchor(this.monthAnchor), null);
      return;
    }
    const above = this.nextRow - 1;
    const carried = (column: JournalColumn, fen: number) => ({
      formula: `=${this.letter(column)}${above}`,
      result: fenToYuan(fen),
    });
    this.rows.push(
      this.cells({
        summary: marker(kind),
        receipt: carried("receipt", this.monthSums.receipt),
        payment: carried("payment", this.monthSums.payment),
        balance: carried("balance", this.balance),
      }),
    );
    this.boldSummary(above + 1);
  }

  /** The 摘要 of the opening and closing rows stands out from the entries. */
  private boldSummary(row: number): void {
    this.formats.push({ range: `${this.letter("summary")}${row}`, style: { font: { bold: true } } });
  }

  private plan(): SheetPlan {
    const { settings } = this;
    const lastRow = this.nextRow - 1;
    const last = this.lastLetter;
    const letter = (column: JournalColumn) => this.letter(column);
    /*
     * The 对方科目 list sits in a hidden column below the journal: rows the cashier deletes from the journal (unused
     * blank rows, say) can then never take accounts with them, and rows inserted into the journal move it down
     * together with the list's reference.
     */
    const listColumn = columnLetters(this.columns.length + 1);
    const listRow = lastRow + 2;
    const accounts = counterAccountList(settings.chartOfAccounts, this.entries);
    const body = (column: JournalColumn) => `${letter(column)}${OPENING_ROW}:${letter(column)}${lastRow}`;
    const summaryIndex = this.columns.indexOf("summary");
    const name =
      settings.kind === "bank" && settings.account.trim() !== ""
        ? `${TITLES.bank} ${settings.account.trim()}`
        : TITLES[settings.kind];
    return {
      ...emptyPlan(name),
      blocks: [
        {
          at: "A1",
          rows: [
            this.columns.map((_, index) => (index === 0 ? this.title() : null)),
            this.infoRow(summaryIndex),
            this.columns.map((column) => COLUMN_LABELS[column][0]!),
            ...this.rows,
          ],
        },
        { at: `${listColumn}${listRow}`, rows: [["对方科目表"], ...accounts.map((account) => [account])] },
      ],
      formats: [
        {
          range: `A1`,
          style: { font: { bold: true, size: 18 }, alignment: { horizontal: "center", vertical: "center" } },
        },
        { range: `A2:${last}2`, style: { alignment: { vertical: "center" } } },
        { range: `${columnLetters(this.columns.length - 2)}2`, style: { alignment: { horizontal: "right" } } },
        {
          range: `A${HEADER_ROWS}:${last}${lastRow}`,
          style: { borders: { top: GRID_LINE, bottom: GRID_LINE, left: GRID_LINE, right: GRID_LINE } },
        },
        {
          range: `A${HEADER_ROWS}:${last}${HEADER_ROWS}`,
          style: {
            font: { bold: true },
            fill: HEADER_FILL,
            alignment: { horizontal: "center", vertical: "center", wrap: true },
          },
        },
        { range: `A${OPENING_ROW}:${letter("day")}${lastRow}`, style: { alignment: { horizontal: "center" } } },
        { range: `${letter("receipt")}${OPENING_ROW}:${last}${lastRow}`, style: { numberFormat: MONEY_FORMAT } },
        ...this.formats,
        ...this.rulesAbove
          .filter(({ row }) => row <= lastRow)
          .map(({ row, rule }) => ({ range: `A${row}:${last}${row}`, style: { borders: { top: rule } } })),
        { range: `${listColumn}${listRow}`, style: { font: { bold: true } } },
      ],
      merges: [
        `A1:${last}1`,
        `A2:${columnLetters(summaryIndex)}2`,
        `${columnLetters(summaryIndex + 1)}2:${columnLetters(this.columns.length - 3)}2`,
        `${columnLetters(this.columns.length - 2)}2:${last}2`,
      ],
      columns: [
        ...this.columns.map((column, index) => ({ index, width: COLUMN_WIDTHS[column] })),
        { index: this.columns.length + 1, width: 16, hidden: true },
      ],
      rows: [{ index: 0, height: 32 }],
      freeze: { rows: HEADER_ROWS, columns: 0 },
      validations:
        accounts.length === 0
          ? []
          : [
              {
                range: body("counterAccount"),
                list: { source: `=$${listColumn}$${listRow + 1}:$${listColumn}$${listRow + accounts.length}` },
                allowBlank: true,
                // The list holds the usual accounts; a 明细科目 (其他应收款—张三) is right too, so Excel only asks.
                alert: "warning",
                errorMessage: `不在对方科目表中。明细科目等可点“是”照用；要把它加进列表，可取消隐藏 ${listColumn} 列，在日记账下方的对方科目表中插入`,
              },
            ],
      conditionalFormats: this.balanceWarnings(body("balance")),
      print: {
        paper: "A4",
        orientation: "landscape",
        margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
        titleRows: { first: 1, last: HEADER_ROWS },
        rowBreaks: this.pageStarts,
        fitToWidth: true,
        // Loose-leaf journal pages are bound and numbered in order (《会计基础工作规范》: 活页账页装订成册后顺序编定页码).
        pageNumbers: true,
      },
    };
  }

  /**
   * The title, with the 库存现金限额 when one is set, written as `check` reads it from a journal's title lines
   * (PREAMBLE_LABELS), so that the file keeps the limit for every later check.
   */
  private title(): string {
    const { kind, cashLimit } = this.settings;
    const limit = kind === "cash" && cashLimit !== undefined;
    return limit ? `${TITLES.cash}（${PREAMBLE_LABELS.cashLimit[0]}：${formatMoney(cashLimit)}元）` : TITLES[kind];
  }

  private infoRow(summaryIndex: number): PlanCell[] {
    const { settings, months } = this;
    const first = months[0] ?? 1;
    const lastMonth = months[months.length - 1] ?? first;
    const period =
      first === lastMonth ? `${settings.year}年${first}月` : `${settings.year}年${first}月至${lastMonth}月`;
    const row: PlanCell[] = this.columns.map(() => null);
    row[0] = `单位名称：${settings.unit}`;
    row[summaryIndex + 1] = `账户：${settings.account}`;
    row[this.columns.length - 2] = period;
    return row;
  }

  /**
   * A negative balance can never be (DOMAIN §4); a cash balance above the 库存现金限额 at the end of a day must be
   * deposited. Both show in colour as the cashier types.
   */
  private balanceWarnings(balances: string): SheetPlan["conditionalFormats"] {
    const { settings } = this;
    const warnings: SheetPlan["conditionalFormats"] = [
      {
        range: balances,
        rule: { kind: "cellValue", operator: "lessThan", values: ["0"] },
        style: { font: { bold: true, color: "#9C0006" }, fill: "#FFC7CE" },
      },
    ];
    if (settings.kind === "cash" && settings.cashLimit !== undefined) {
      const summary = `$${this.letter("summary")}${OPENING_ROW}`;
      const balance = `$${this.letter("balance")}${OPENING_ROW}`;
      warnings.push({
        range: balances,
        rule: {
          kind: "expression",
          formula: `=AND(${summary}="${marker("day-total")}",N(${balance})>${fenToYuan(settings.cashLimit)})`,
        },
        style: { font: { color: "#9C5700" }, fill: "#FFEB9C" },
      });
    }
    return warnings;
  }
}

/** The chart of accounts, then any other 对方科目 the entries use, each once. */
function counterAccountList(chart: readonly string[], entries: readonly JournalEntry[]): string[] {
  const accounts = [...chart, ...entries.map((entry) => entry.counterAccount)].map((account) => account.trim());
  return [...new Set(accounts.filter((account) => account !== ""))];
}
