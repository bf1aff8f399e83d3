/**
 * The checks of a cash or bank journal (DOMAIN §4) over the rows read.ts gives. Each rule is a pure function of the
 * rows and the journal's settings; each finding is on the cell to correct, with what it should hold and what it
 * holds, as money. Rules look at a row's `cells` only to place a finding: building addresses costs more than the
 * checks themselves on a million-row journal.
 */
import { formatIsoDate, type CalendarDate } from "../core/dates";
import type { Finding, Severity } from "../core/findings";
import type { MessageId, MessageParams } from "../core/messages";
import { formatMoney, MAX_FEN } from "../core/money";
import type { JournalRow, JournalSettings } from "./model";

/** What the rules need of the settings; with `opening`, the opening row is checked against it (账账相符). */
export type JournalRuleSettings = Pick<JournalSettings, "kind" | "cashLimit"> &
  Partial<Pick<JournalSettings, "opening">>;

export type JournalRule = (rows: readonly JournalRow[], settings: JournalRuleSettings, sheet: string) => Finding[];

type AmountColumn = "receipt" | "payment";

function money(fen: number): string {
  return formatMoney(fen, { symbol: true });
}

/** Findings that may be right as they stand (one voucher on two lines, a limit kept loosely): the accountant decides. */
const SEVERITY: Partial<Record<MessageId, Severity>> = {
  "journal-cash-over-limit": "warning",
  "journal-voucher-repeated": "warning",
};

function finding(sheet: string, cell: string | undefined, rule: MessageId, params: MessageParams = {}): Finding {
  return { rule, severity: SEVERITY[rule] ?? "error", sheet, cell: cell ?? "", params };
}

/**
 * MAX_FEN read once: in a loop over a million rows, an imported binding can cost a getter call at every use
 * (CommonJS output of loaders and of development bundles), more than the check it is part of.
 */
const LARGEST_FEN = MAX_FEN;

/** Sums stay exact and printable while every figure is within the amounts a cell can hold. */
function within(fen: number): boolean {
  return Math.abs(fen) <= LARGEST_FEN;
}

/** What an entry adds to the balance. Closing rows add nothing: their figures are totals of entries. */
function movementOf(row: JournalRow): number {
  return row.kind === "entry" ? (row.receipt ?? 0) - (row.payment ?? 0) : 0;
}

function dayNumber(date: CalendarDate): number {
  return date.year * 10_000 + date.month * 100 + date.day;
}

interface BalanceBreak {
  index: number;
  expected: number;
  found: number;
  /**
   * Whether the row's 收入 or 支出 may be the wrong cell rather than its balance: the row is an entry, the only
   * one since the balance above, and the balances below go on from its balance as shown.
   */
  amountSuspect: boolean;
}

/** Whether the next balance shown after rows[index] goes on from `balance`. */
function nextBalanceFollows(rows: readonly JournalRow[], index: number, balance: number): boolean {
  let moved = 0;
  for (let next = index + 1; next < rows.length; next++) {
    const row = rows[next]!;
    moved += movementOf(row);
    if (row.balance !== null) return row.balance === balance + moved;
  }
  return false;
}

/**
 * Every balance that is not the balance above + 收入 − 支出 (closing rows repeat the balance above). Checking goes
 * on from whichever figure the next balance follows, so one wrong balance is one break: a balance typed wrong
 * alone, or a wrong balance the rows below were worked out from.
 */
function balanceBreaks(rows: readonly JournalRow[], opening: number | undefined): BalanceBreak[] {
  const breaks: BalanceBreak[] = [];
  let before = opening ?? null;
  let moved = 0;
  let entries = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    moved += movementOf(row);
    if (row.kind === "entry") entries++;
    const found = row.balance;
    if (found === null) continue;
    // Without an opening balance, the first balance shown is where the journal starts.
    const expected = before === null ? found : before + moved;
    if (expected === found || !within(expected)) {
      before = found;
    } else {
      const followsExpected = nextBalanceFollows(rows, index, expected);
      const amountSuspect = !followsExpected && entries === 1 && row.kind === "entry";
      breaks.push({ index, expected, found, amountSuspect });
      before = followsExpected ? expected : found;
    }
    moved = 0;
    entries = 0;
  }
  return breaks;
}

/** 收入 and 支出 added up from one row on, as a closing row should show them. */
class Tally {
  receipts = 0;
  payments = 0;
  /** Index of the first row counted. */
  from = 0;
  /**
   * False when a closing row cannot be checked against the sums: a journal starting mid-year lacks the year's first
   * months, and sums beyond MAX_FEN are no longer exact.
   */
  checkable = true;

  restart(from: number, checkable = true): void {
    this.receipts = 0;
    this.payments = 0;
    this.from = from;
    this.checkable = checkable;
  }

  add(receipt: number, payment: number): void {
    this.receipts += receipt;
    this.payments += payment;
    if (!within(this.receipts) || !within(this.payments)) this.checkable = false;
  }

  /** Takes a closing row's figures as the sums so far, for the months the journal does not hold. */
  startFrom(row: JournalRow): void {
    if (row.receipt === null || row.payment === null) return;
    this.receipts = row.receipt;
    this.payments = row.payment;
    this.checkable = true;
  }
}

interface TotalMismatch {
  index: number;
  column: AmountColumn;
  expected: number;
  found: number;
  /** Index of the first row the total counts. */
  from: number;
}

interface Correction {
  column: AmountColumn;
  amount: number;
}

function tallyMismatches(row: JournalRow, index: number, tally: Tally, mismatches: TotalMismatch[]): void {
  if (!tally.checkable) return;
  const { from } = tally;
  if (row.receipt !== null && row.receipt !== tally.receipts)
    mismatches.push({ index, column: "receipt", expected: tally.receipts, found: row.receipt, from });
  if (row.payment !== null && row.payment !== tally.payments)
    mismatches.push({ index, column: "payment", expected: tally.payments, found: row.payment, from });
}

/**
 * The closing rows' 收入 and 支出 against the entries they add up: 本日合计 the day's, 本月合计 the month's, 本年累计
 * the year's so far, 过次页 and 承前页 the month's so far. A day, month or year ends at its closing row or when the
 * entries' dates move on, whichever comes first. A journal whose first date is not in January cannot show where
 * its 本年累计 comes from: its first 本年累计 is taken as given. `corrections` are amounts found wrong elsewhere.
 */
function totalMismatches(rows: readonly JournalRow[], corrections: ReadonlyMap<number, Correction>): TotalMismatch[] {
  const mismatches: TotalMismatch[] = [];
  const day = new Tally();
  const month = new Tally();
  const year = new Tally();
  year.checkable = false;
  let lastDate: CalendarDate | null = null;
  let yearStartKnown = false;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.kind === "opening") {
      day.restart(index + 1);
      month.restart(index + 1);
      year.restart(index + 1, false);
      yearStartKnown = false;
    }
    const date = row.date;
    if ((row.kind === "entry" || row.kind === "opening") && date !== null && date !== lastDate) {
      if (!yearStartKnown) {
        year.checkable = date.month === 1;
        yearStartKnown = true;
      } else if (lastDate !== null && date.year !== lastDate.year) {
        day.restart(index);
        month.restart(index);
        year.restart(index);
      } else if (lastDate !== null && date.month !== lastDate.month) {
        day.restart(index);
        month.restart(index);
      } else if (lastDate !== null && date.day !== lastDate.day) {
        day.restart(index);
      }
      lastDate = date;
    }
    switch (row.kind) {
      case "entry": {
        const correction = corrections.size > 0 ? corrections.get(index) : undefined;
        const receipt = correction?.column === "receipt" ? correction.amount : (row.receipt ?? 0);
        const payment = correction?.column === "payment" ? correction.amount : (row.payment ?? 0);
        day.add(receipt, payment);
        month.add(receipt, payment);
        year.add(receipt, payment);
        break;
      }
      case "day-total":
        tallyMismatches(row, index, day, mismatches);
        day.restart(index + 1);
        break;
      case "month-total":
        tallyMismatches(row, index, month, mismatches);
        month.restart(index + 1);
        day.restart(index + 1);
        break;
      case "year-total":
        if (year.checkable) tallyMismatches(row, index, year, mismatches);
        else year.startFrom(row);
        break;
      case "carried-forward":
      case "brought-forward":
        tallyMismatches(row, index, month, mismatches);
        break;
      case "opening":
        break;
    }
  }
  return mismatches;
}

/** Index in `breaks` (ordered by row) of the first break at or after row `from`. */
function firstBreakFrom(breaks: readonly BalanceBreak[], from: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (breaks[middle]!.index < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Entries whose 收入 or 支出 is the wrong cell: the balance on the row and a total that counts it both disagree
 * with the amount, by the same difference. A receipt shown ε too high leaves the balance ε below the running
 * balance and the total ε below the sum; a payment shown ε too high leaves the balance ε above and the total ε
 * below.
 */
function amountSlips(
  rows: readonly JournalRow[],
  breaks: readonly BalanceBreak[],
  mismatches: readonly TotalMismatch[],
): Map<number, Correction> {
  const slips = new Map<number, Correction>();
  const suspects = breaks.filter((candidate) => candidate.amountSuspect);
  if (suspects.length === 0) return slips;
  for (const mismatch of mismatches) {
    const totalShort = mismatch.found - mismatch.expected;
    const balanceShort = mismatch.column === "receipt" ? totalShort : -totalShort;
    for (let i = firstBreakFrom(suspects, mismatch.from); i < suspects.length; i++) {
      const suspect = suspects[i]!;
      if (suspect.index >= mismatch.index) break;
      if (suspect.found - suspect.expected !== balanceShort) continue;
      // A later total off by the same difference is the same slip seen again.
      if (!slips.has(suspect.index)) {
        const shown = rows[suspect.index]![mismatch.column] ?? 0;
        const amount = mismatch.column === "receipt" ? shown + balanceShort : shown - balanceShort;
        slips.set(suspect.index, { column: mismatch.column, amount });
      }
      break;
    }
  }
  return slips;
}

const CARRY_RULES: Record<AmountColumn, MessageId> = {
  receipt: "journal-carry-receipts-wrong",
  payment: "journal-carry-payments-wrong",
};
const TOTAL_RULES: Record<AmountColumn, MessageId> = {
  receipt: "journal-total-receipts-wrong",
  payment: "journal-total-payments-wrong",
};

/**
 * 余额 and the closing rows' 收入 / 支出, read together: a wrong figure shows in both the running balance and the
 * totals, and which of them disagree tells which cell is wrong.
 * - A balance that is not the balance above + 收入 − 支出 is a break at that balance (with settings.opening, the
 *   opening row is the first such balance); but when a total that counts the row is off by the same difference,
 *   the row's 收入 or 支出 is the cell to correct.
 * - 本日合计, 本月合计 and 本年累计 add up the day's, the month's and the year's entries; 过次页 and 承前页 carry the
 *   month's totals so far (《会计基础工作规范》第六十条).
 */
export function checkBalancesAndTotals(
  rows: readonly JournalRow[],
  settings: JournalRuleSettings,
  sheet: string,
): Finding[] {
  const breaks = balanceBreaks(rows, settings.opening);
  const firstMismatches = totalMismatches(rows, new Map());
  const slips = amountSlips(rows, breaks, firstMismatches);
  const mismatches = slips.size > 0 ? totalMismatches(rows, slips) : firstMismatches;
  const located: { index: number; finding: Finding }[] = [];
  for (const { index, expected, found } of breaks) {
    const row = rows[index]!;
    const slip = slips.get(index);
    if (slip) {
      const params = { expected: money(slip.amount), found: money(row[slip.column] ?? 0) };
      located.push({ index, finding: finding(sheet, row.cells[slip.column], "journal-amount-mismatch", params) });
    } else {
      const rule = row.kind === "opening" ? "journal-opening-mismatch" : "journal-balance-break";
      const params = { expected: money(expected), found: money(found) };
      located.push({ index, finding: finding(sheet, row.cells.balance, rule, params) });
    }
  }
  for (const { index, column, expected, found } of mismatches) {
    const row = rows[index]!;
    const carry = row.kind === "carried-forward" || row.kind === "brought-forward";
    const rule = (carry ? CARRY_RULES : TOTAL_RULES)[column];
    const params = { row: row.summary, expected: money(expected), found: money(found) };
    located.push({ index, finding: finding(sheet, row.cells[column], rule, params) });
  }
  return located.sort((a, b) => a.index - b.index).map((entry) => entry.finding);
}

/** Entries are posted in date order (逐日逐笔登记): an entry dated before the one above is out of order. */
export function checkDateOrder(rows: readonly JournalRow[], _settings: JournalRuleSettings, sheet: string): Finding[] {
  const findings: Finding[] = [];
  let previous: CalendarDate | null = null;
  for (const row of rows) {
    const date = row.date;
    if (row.kind !== "entry" || date === null) continue;
    if (previous !== null && date !== previous && dayNumber(date) < dayNumber(previous)) {
      const { cells } = row;
      const params = { date: formatIsoDate(date), previous: formatIsoDate(previous) };
      findings.push(finding(sheet, cells.date ?? cells.day, "journal-date-order", params));
    }
    previous = date;
  }
  return findings;
}

/**
 * Entries whose text `field` is blank. Rows read from one sheet share its columns: when the first blank one has no
 * cell for the field, the sheet has no such column and there is nothing to report.
 */
function blankText(
  rows: readonly JournalRow[],
  field: "voucher" | "summary",
  sheet: string,
  rule: MessageId,
): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    if (row.kind !== "entry" || row[field] !== "") continue;
    const cell = row.cells[field];
    if (cell === undefined) return findings;
    findings.push(finding(sheet, cell, rule));
  }
  return findings;
}

/** Every entry names its voucher (凭证字号), when the sheet has the column. */
export function checkVoucherPresent(
  rows: readonly JournalRow[],
  _settings: JournalRuleSettings,
  sheet: string,
): Finding[] {
  return blankText(rows, "voucher", sheet, "journal-voucher-missing");
}

/** Every entry says what it was for (摘要). */
export function checkSummaryPresent(
  rows: readonly JournalRow[],
  _settings: JournalRuleSettings,
  sheet: string,
): Finding[] {
  return blankText(rows, "summary", sheet, "journal-summary-missing");
}

/** An entry is a receipt or a payment, never both on one line; the finding is on the 支出. */
export function checkOneSided(rows: readonly JournalRow[], _settings: JournalRuleSettings, sheet: string): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    if (row.kind !== "entry" || !row.receipt || !row.payment) continue;
    const params = { receipt: money(row.receipt), payment: money(row.payment) };
    findings.push(finding(sheet, row.cells.payment, "journal-both-sides", params));
  }
  return findings;
}

/**
 * Visits each row with its balance: the one shown, or for a blank balance cell the balance above + 收入 − 支出
 * (null until a balance is known, or once it leaves the amounts a cell can hold).
 */
function forEachBalance(rows: readonly JournalRow[], visit: (row: JournalRow, balance: number | null) => void): void {
  let balance: number | null = null;
  for (const row of rows) {
    if (row.balance !== null) {
      balance = row.balance;
    } else if (balance !== null) {
      const next: number = balance + movementOf(row);
      balance = within(next) ? next : null;
    }
    visit(row, balance);
  }
}

/**
 * Cash on hand can never be negative, nor can a bank deposit (no 空头支票). The finding is where the balance goes
 * below zero; the rows after it that stay below are the same shortfall. Closing rows repeat the balance above.
 */
export function checkBalanceNotNegative(
  rows: readonly JournalRow[],
  settings: JournalRuleSettings,
  sheet: string,
): Finding[] {
  const rule = settings.kind === "cash" ? "journal-cash-negative" : "journal-bank-overdrawn";
  const findings: Finding[] = [];
  let short = false;
  forEachBalance(rows, (row, balance) => {
    if (row.kind !== "entry" && row.kind !== "opening") return;
    const negative = balance !== null && balance < 0;
    if (negative && !short) findings.push(finding(sheet, row.cells.balance, rule, { found: money(balance) }));
    short = negative;
  });
  return findings;
}

/**
 * Cash above the 库存现金限额 at the end of a day must be deposited. A day ends at its 本日合计 or at its last entry
 * before the date moves on; the finding is on that row's balance.
 */
export function checkCashLimit(rows: readonly JournalRow[], settings: JournalRuleSettings, sheet: string): Finding[] {
  const limit = settings.cashLimit;
  if (settings.kind !== "cash" || limit === undefined) return [];
  const findings: Finding[] = [];
  let dayEnd: JournalRow | null = null;
  let dayEndBalance = 0;
  let day: CalendarDate | null = null;
  const closeDay = () => {
    if (dayEnd !== null && dayEndBalance > limit) {
      const params = { found: money(dayEndBalance), limit: money(limit) };
      findings.push(finding(sheet, dayEnd.cells.balance, "journal-cash-over-limit", params));
    }
    dayEnd = null;
  };
  forEachBalance(rows, (row, balance) => {
    if (row.kind === "entry") {
      const date = row.date;
      if (date !== null && day !== null && date !== day && dayNumber(date) !== dayNumber(day)) closeDay();
      if (date !== null) day = date;
    } else if (row.kind !== "day-total") return;
    if (balance !== null) {
      dayEnd = row;
      dayEndBalance = balance;
    }
    if (row.kind === "day-total") closeDay();
  });
  closeDay();
  return findings;
}

/** Voucher numbers of up to six digits are tallied in arrays indexed by the number; longer ones as text. */
const MAX_COUNTED_DIGITS = 6;

/**
 * Which numbers of one voucher word (记-, 收-, 银付…) each month has used, and on which row: arrays indexed by the
 * number. A hash map of a million voucher texts costs more than every other rule together.
 */
class VoucherNumbers {
  private monthOf = new Int32Array(256);
  private rowOf = new Int32Array(256);

  /** Records `number` as used on row `index` in `month` (never 0); returns the row that used it first, or -1. */
  use(number: number, month: number, index: number): number {
    if (number >= this.monthOf.length) this.grow(number);
    if (this.monthOf[number] === month) return this.rowOf[number]!;
    this.monthOf[number] = month;
    this.rowOf[number] = index;
    return -1;
  }

  private grow(number: number): void {
    const length = Math.max(number + 1, this.monthOf.length * 2);
    const monthOf = new Int32Array(length);
    const rowOf = new Int32Array(length);
    monthOf.set(this.monthOf);
    rowOf.set(this.rowOf);
    this.monthOf = monthOf;
    this.rowOf = rowOf;
  }
}

/** Where the trailing digits of `text` start (its length when there are none). */
function trailingDigitsFrom(text: string): number {
  let from = text.length;
  while (from > 0) {
    const code = text.charCodeAt(from - 1);
    if (code < 48 || code > 57) break;
    from--;
  }
  return from;
}

/** The number the digits of `text` from `from` on write; read digit by digit, since cutting the text costs more. */
function digitsValue(text: string, from: number): number {
  let value = 0;
  for (let at = from; at < text.length; at++) value = value * 10 + text.charCodeAt(at) - 48;
  return value;
}

/**
 * A voucher number (凭证字号) names one voucher, and numbering starts again each month: the same voucher twice in a
 * month is a finding on the second, naming the first. The number is compared by value under the same word as
 * written, so 记-001 and 记-1 are one voucher; a voucher without a number is compared as written.
 */
export function checkRepeatedVouchers(
  rows: readonly JournalRow[],
  _settings: JournalRuleSettings,
  sheet: string,
): Finding[] {
  const findings: Finding[] = [];
  const numbersByWord = new Map<string, VoucherNumbers>();
  const unnumbered = new Map<string, number>();
  let word = "";
  let numbers: VoucherNumbers | undefined;
  let month = 1;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const { voucher, date } = row;
    if (row.kind !== "entry" || voucher === "") continue;
    if (date !== null && date.year * 12 + date.month !== month) {
      month = date.year * 12 + date.month;
      unnumbered.clear();
    }
    const digitsFrom = trailingDigitsFrom(voucher);
    const digits = voucher.length - digitsFrom;
    let first: number;
    if (digits === 0 || digits > MAX_COUNTED_DIGITS) {
      first = unnumbered.get(voucher) ?? -1;
      if (first < 0) unnumbered.set(voucher, index);
    } else {
      // Most journals use one word throughout: compare with the last one rather than cut and look up every row's.
      if (numbers === undefined || digitsFrom !== word.length || !voucher.startsWith(word)) {
        word = voucher.slice(0, digitsFrom);
        numbers = numbersByWord.get(word) ?? new VoucherNumbers();
        numbersByWord.set(word, numbers);
      }
      first = numbers.use(digitsValue(voucher, digitsFrom), month, index);
    }
    if (first >= 0) {
      const params = { voucher, first: rows[first]!.cells.voucher ?? "" };
      findings.push(finding(sheet, row.cells.voucher, "journal-voucher-repeated", params));
    }
  }
  return findings;
}

/** Every rule, in the order their findings are listed. */
export const JOURNAL_RULES: readonly JournalRule[] = [
  checkBalancesAndTotals,
  checkDateOrder,
  checkVoucherPresent,
  checkSummaryPresent,
  checkOneSided,
  checkBalanceNotNegative,
  checkCashLimit,
  checkRepeatedVouchers,
];

export function validateJournal(rows: readonly JournalRow[], settings: JournalRuleSettings, sheet: string): Finding[] {
  return JOURNAL_RULES.flatMap((rule) => rule(rows, settings, sheet));
}
