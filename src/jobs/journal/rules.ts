/**
 * The checks of a cash or bank journal (DOMAIN §4) over the rows read.ts gives. Each rule is a pure function of the
 * rows and the journal's settings; each finding is on the cell to correct, with what it should hold and what it
 * holds, as money. Rules ask for a row's cell address only to place a finding: building addresses costs more than
 * the checks themselves on a million-row journal.
 */
import { dayNumber, formatIsoDate, type CalendarDate } from "../../core/dates";
import type { Finding } from "../../core/findings";
import type { MessageId } from "../../core/messages";
import { checkBalancesAndTotals } from "./rules/balances";
import {
  dateCell,
  dateSlips,
  dayOfMisdated,
  finding,
  money,
  within,
  type JournalRule,
  type JournalRuleSettings,
} from "./rules/shared";
import type { JournalRows } from "./rows";

/**
 * Entries are posted in date order (逐日逐笔登记). Each entry out of order is one finding, on the date to correct:
 * one dated before the entry above, or one dated ahead of the entry below when that one fits after the entry above.
 */
export function checkDateOrder(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  const slips = dateSlips(rows);
  // The part of the date to correct is told against the day the row stands in (after a 本月合计, the next month's).
  const standsIn = slips.length > 0 ? dayOfMisdated(rows) : new Map<number, CalendarDate | null>();
  return slips.map(({ index, previous, ahead, other }) => {
    const date = formatIsoDate(rows.date(index)!);
    const cell = dateCell(rows, index, standsIn.get(index) ?? previous ?? other);
    return ahead
      ? finding(sheet, cell, "journal-date-ahead", { date, next: formatIsoDate(other) })
      : finding(sheet, cell, "journal-date-order", { date, previous: formatIsoDate(other) });
  });
}

/**
 * Entries whose text `field` is blank. Rows read from one sheet share its columns: when the first blank one has no
 * cell for the field, the sheet has no such column and there is nothing to report.
 */
function blankText(rows: JournalRows, field: "voucher" | "summary", sheet: string, rule: MessageId): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < rows.length; index++) {
    const text = field === "voucher" ? rows.voucher(index) : rows.summary(index);
    if (text !== "" || rows.kind(index) !== "entry") continue;
    const cell = rows.cell(index, field);
    if (cell === undefined) return findings;
    findings.push(finding(sheet, cell, rule));
  }
  return findings;
}

/** Every entry names its voucher (凭证字号), when the sheet has the column. */
export function checkVoucherPresent(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  return blankText(rows, "voucher", sheet, "journal-voucher-missing");
}

/** Every entry says what it was for (摘要). */
export function checkSummaryPresent(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  return blankText(rows, "summary", sheet, "journal-summary-missing");
}

/** An entry is a receipt or a payment, never both on one line; the finding is on the 支出. */
export function checkOneSided(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < rows.length; index++) {
    const receipt = rows.receipt(index);
    const payment = rows.payment(index);
    if (!receipt || !payment || rows.kind(index) !== "entry") continue;
    const params = { receipt: money(receipt), payment: money(payment) };
    findings.push(finding(sheet, rows.cell(index, "payment"), "journal-both-sides", params));
  }
  return findings;
}

/**
 * Visits each row with its balance: the one shown, or for a blank balance cell the balance above + 收入 − 支出
 * (null until a balance is known, or once it leaves the amounts a cell can hold).
 */
function forEachBalance(rows: JournalRows, visit: (index: number, balance: number | null) => void): void {
  let balance: number | null = null;
  for (let index = 0; index < rows.length; index++) {
    const shown = rows.balance(index);
    if (shown !== null) {
      balance = shown;
    } else if (balance !== null) {
      const next: number = balance + rows.movement(index);
      balance = within(next) ? next : null;
    }
    visit(index, balance);
  }
}

/**
 * Cash on hand can never be negative, nor can a bank deposit (no 空头支票). The finding is where the balance goes
 * below zero; the rows after it that stay below are the same shortfall. Closing rows repeat the balance above.
 */
export function checkBalanceNotNegative(rows: JournalRows, settings: JournalRuleSettings, sheet: string): Finding[] {
  const rule = settings.kind === "cash" ? "journal-cash-negative" : "journal-bank-overdrawn";
  const findings: Finding[] = [];
  let short = false;
  forEachBalance(rows, (index, balance) => {
    const kind = rows.kind(index);
    if (kind !== "entry" && kind !== "opening") return;
    const negative = balance !== null && balance < 0;
    if (negative && !short) findings.push(finding(sheet, rows.cell(index, "balance"), rule, { found: money(balance) }));
    short = negative;
  });
  return findings;
}

/**
 * Cash above the 库存现金限额 at the end of a day must be deposited. A day ends at its 本日合计 or at its last entry
 * before the date moves on; the finding is on that row's balance.
 */
export function checkCashLimit(rows: JournalRows, settings: JournalRuleSettings, sheet: string): Finding[] {
  const limit = settings.cashLimit;
  if (settings.kind !== "cash" || limit === undefined) return [];
  const findings: Finding[] = [];
  /** Index of the row that ends the day so far, or -1. */
  let dayEnd = -1;
  let dayEndBalance = 0;
  let day: CalendarDate | null = null;
  const closeDay = () => {
    if (dayEnd >= 0 && dayEndBalance > limit) {
      const params = { found: money(dayEndBalance), limit: money(limit) };
      findings.push(finding(sheet, rows.cell(dayEnd, "balance"), "journal-cash-over-limit", params));
    }
    dayEnd = -1;
  };
  forEachBalance(rows, (index, balance) => {
    const kind = rows.kind(index);
    if (kind === "entry") {
      const date = rows.date(index);
      if (date !== null && day !== null && date !== day && dayNumber(date) !== dayNumber(day)) closeDay();
      if (date !== null) day = date;
    } else if (kind !== "day-total") return;
    if (balance !== null) {
      dayEnd = index;
      dayEndBalance = balance;
    }
    if (kind === "day-total") closeDay();
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
export function checkRepeatedVouchers(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  const findings: Finding[] = [];
  const numbersByWord = new Map<string, VoucherNumbers>();
  const unnumbered = new Map<string, number>();
  let word = "";
  let numbers: VoucherNumbers | undefined;
  let month = 1;
  // A misdated entry (checkDateOrder reports it) is numbered in the month it stands in.
  const misdated = dayOfMisdated(rows);
  for (let index = 0; index < rows.length; index++) {
    const voucher = rows.voucher(index);
    if (voucher === "" || rows.kind(index) !== "entry") continue;
    const date = misdated.size > 0 && misdated.has(index) ? misdated.get(index)! : rows.date(index);
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
      // Where a voucher takes two columns (字 | 号), its number is what to correct.
      const cell = rows.cell(index, "voucherNumber") ?? rows.cell(index, "voucher");
      findings.push(finding(sheet, cell, "journal-voucher-repeated", { voucher, row: rows.sheetRow(first) }));
    }
  }
  return findings;
}

/**
 * A journal that keeps 本日合计 (it has one somewhere) closes every day of several entries with one, and one that
 * keeps 本月合计 closes every month with one (日清月结). A day of one entry needs its 本日合计 too (DOMAIN §4: after
 * each day) in a journal that closes such a day somewhere; many cashiers leave a day of one entry unclosed, its
 * balance already being the day's, and a journal kept so is not held to it. The finding is on the 摘要 of the day's
 * or the month's last row, under which the total belongs. The last day and month are left alone: they may still be
 * open. A 本月合计 closes its last day too, as some cashiers keep it.
 */
export function checkClosingRowsKept(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  let keepsDays = false;
  let keepsMonths = false;
  /** Whether a 本日合计 closes a day of one entry somewhere. */
  let closesSingleDays = false;
  /** The entries of the day of the entry above, since the last closing row. */
  let dayEntries = 0;
  for (let index = 0; index < rows.length; index++) {
    const kind = rows.kind(index);
    keepsDays ||= kind === "day-total";
    keepsMonths ||= kind === "month-total";
    if (kind === "day-total") closesSingleDays ||= dayEntries === 1;
    if (kind !== "entry") dayEntries = 0;
    else if (index > 0 && rows.kind(index - 1) === "entry" && sameDay(rows.dayOf(index), rows.dayOf(index - 1)))
      dayEntries++;
    else dayEntries = 1;
  }
  if (!keepsDays && !keepsMonths) return [];
  const dayNeedsTotal = closesSingleDays ? 1 : 2;
  const misdated = dayOfMisdated(rows);
  const findings: Finding[] = [];
  let day: CalendarDate | null = null;
  /** Entries of the day since its last closing row, and whether the month has entries since its 本月合计. */
  let open = 0;
  let monthOpen = false;
  let lastRow = -1;
  let lastEntry = -1;
  for (let index = 0; index < rows.length; index++) {
    const kind = rows.kind(index);
    if (kind === "day-total" || kind === "month-total") {
      open = 0;
      if (kind === "month-total") monthOpen = false;
      lastRow = index;
      continue;
    }
    if (kind !== "entry") continue;
    const date: CalendarDate | null =
      misdated.size > 0 && misdated.has(index) ? misdated.get(index)! : rows.dayOf(index);
    if (date !== null && day !== null && date !== day && dayNumber(date) !== dayNumber(day)) {
      if (keepsDays && open >= dayNeedsTotal) {
        // A date without its year (year 0, JournalRows.dayOf) is named by its month and day.
        const params = { date: day.year === 0 ? formatIsoDate(day).slice(5) : formatIsoDate(day) };
        findings.push(finding(sheet, rows.cell(lastEntry, "summary"), "journal-day-total-missing", params));
      }
      if ((date.month !== day.month || date.year !== day.year) && keepsMonths && monthOpen) {
        const params = { month: `${day.year}-${String(day.month).padStart(2, "0")}` };
        findings.push(finding(sheet, rows.cell(lastRow, "summary"), "journal-month-total-missing", params));
      }
      open = 0;
    }
    if (date !== null) day = date;
    open++;
    monthOpen = true;
    lastEntry = index;
    lastRow = index;
  }
  return findings;
}

/** Whether two rows are of one day; rows without a readable date are taken for one. */
function sameDay(a: CalendarDate | null, b: CalendarDate | null): boolean {
  return a === b || a === null || b === null || dayNumber(a) === dayNumber(b);
}

/** Every rule, in the order their findings are listed. */
export const RULES: readonly JournalRule[] = [
  checkBalancesAndTotals,
  checkDateOrder,
  checkVoucherPresent,
  checkSummaryPresent,
  checkOneSided,
  checkBalanceNotNegative,
  checkCashLimit,
  checkRepeatedVouchers,
  checkClosingRowsKept,
];

export function applyRules(rows: JournalRows, settings: JournalRuleSettings, sheet: string): Finding[] {
  return RULES.flatMap((rule) => rule(rows, settings, sheet));
}

export type { JournalRule, JournalRuleSettings } from "./rules/shared";
