/**
 * The checks of a cash or bank journal (DOMAIN §4) over the rows read.ts gives. Each rule is a pure function of the
 * rows and the journal's settings; each finding is on the cell to correct, with what it should hold and what it
 * holds, as money. Rules ask for a row's cell address only to place a finding: building addresses costs more than
 * the checks themselves on a million-row journal.
 */
import { formatIsoDate, type CalendarDate } from "../../core/dates";
import type { Finding, Severity } from "../../core/findings";
import type { MessageId, MessageParams } from "../../core/messages";
import { formatMoney, MAX_FEN } from "../../core/money";
import type { JournalSettings } from "./model";
import type { AmountColumn, JournalRows } from "./rows";

/** What the rules need of the settings; with `opening`, the opening row is checked against it (账账相符). */
export type JournalRuleSettings = Pick<JournalSettings, "kind" | "cashLimit"> &
  Partial<Pick<JournalSettings, "opening">>;

export type JournalRule = (rows: JournalRows, settings: JournalRuleSettings, sheet: string) => Finding[];

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
function nextBalanceFollows(rows: JournalRows, index: number, balance: number): boolean {
  let moved = 0;
  for (let next = index + 1; next < rows.length; next++) {
    moved += rows.movement(next);
    const shown = rows.balance(next);
    if (shown !== null) return shown === balance + moved;
  }
  return false;
}

/**
 * Every balance that is not the balance above + 收入 − 支出 (closing rows repeat the balance above). Checking goes
 * on from whichever figure the next balance follows, so one wrong balance is one break: a balance typed wrong
 * alone, or a wrong balance the rows below were worked out from.
 */
function balanceBreaks(rows: JournalRows, opening: number | undefined): BalanceBreak[] {
  const breaks: BalanceBreak[] = [];
  let before = opening ?? null;
  let moved = 0;
  let entries = 0;
  for (let index = 0; index < rows.length; index++) {
    const isEntry = rows.kind(index) === "entry";
    moved += rows.movement(index);
    // Every entry counts, one without amounts too: it may be one struck out, or one whose amount was left out, and
    // only in the second case is its blank the cell to correct.
    if (isEntry) entries++;
    const found = rows.balance(index);
    if (found === null) continue;
    // Without an opening balance, the first balance shown is where the journal starts.
    const expected = before === null ? found : before + moved;
    if (expected === found || !within(expected)) {
      before = found;
    } else {
      const followsExpected = nextBalanceFollows(rows, index, expected);
      const amountSuspect = !followsExpected && entries === 1 && isEntry;
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
  startFrom(rows: JournalRows, index: number): void {
    const receipts = rows.receipt(index);
    const payments = rows.payment(index);
    if (receipts === null || payments === null) return;
    this.receipts = receipts;
    this.payments = payments;
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

function tallyMismatches(rows: JournalRows, index: number, tally: Tally, mismatches: TotalMismatch[]): void {
  if (!tally.checkable) return;
  const { from } = tally;
  const receipts = rows.receipt(index);
  const payments = rows.payment(index);
  if (receipts !== null && receipts !== tally.receipts)
    mismatches.push({ index, column: "receipt", expected: tally.receipts, found: receipts, from });
  if (payments !== null && payments !== tally.payments)
    mismatches.push({ index, column: "payment", expected: tally.payments, found: payments, from });
}

/**
 * The closing rows' 收入 and 支出 against the entries they add up: 本日合计 the day's, 本月合计 the month's, 本年累计
 * the year's so far, 过次页 and 承前页 the month's so far. A day, month or year ends at its closing row or when the
 * entries' dates move on, whichever comes first. A journal whose first date is not in January cannot show where
 * its 本年累计 comes from: its first 本年累计 is taken as given. `corrections` are amounts found wrong elsewhere.
 */
function totalMismatches(rows: JournalRows, corrections: ReadonlyMap<number, Correction>): TotalMismatch[] {
  const mismatches: TotalMismatch[] = [];
  const day = new Tally();
  const month = new Tally();
  const year = new Tally();
  year.checkable = false;
  let lastDate: CalendarDate | null = null;
  let yearStartKnown = false;
  for (let index = 0; index < rows.length; index++) {
    const kind = rows.kind(index);
    if (kind === "opening") {
      day.restart(index + 1);
      month.restart(index + 1);
      year.restart(index + 1, false);
      yearStartKnown = false;
    }
    const date = rows.date(index);
    if ((kind === "entry" || kind === "opening") && date !== null && date !== lastDate) {
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
    switch (kind) {
      case "entry": {
        const correction = corrections.size > 0 ? corrections.get(index) : undefined;
        const receipt = correction?.column === "receipt" ? correction.amount : (rows.receipt(index) ?? 0);
        const payment = correction?.column === "payment" ? correction.amount : (rows.payment(index) ?? 0);
        day.add(receipt, payment);
        month.add(receipt, payment);
        year.add(receipt, payment);
        break;
      }
      case "day-total":
        tallyMismatches(rows, index, day, mismatches);
        day.restart(index + 1);
        break;
      case "month-total":
        tallyMismatches(rows, index, month, mismatches);
        month.restart(index + 1);
        day.restart(index + 1);
        break;
      case "year-total":
        if (year.checkable) tallyMismatches(rows, index, year, mismatches);
        else year.startFrom(rows, index);
        break;
      case "carried-forward":
      case "brought-forward":
        tallyMismatches(rows, index, month, mismatches);
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
  rows: JournalRows,
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
        const shown = rows.amount(suspect.index, mismatch.column) ?? 0;
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
export function checkBalancesAndTotals(rows: JournalRows, settings: JournalRuleSettings, sheet: string): Finding[] {
  const breaks = balanceBreaks(rows, settings.opening);
  const firstMismatches = totalMismatches(rows, new Map());
  const slips = amountSlips(rows, breaks, firstMismatches);
  const mismatches = slips.size > 0 ? totalMismatches(rows, slips) : firstMismatches;
  const located: { index: number; finding: Finding }[] = [];
  for (const { index, expected, found } of breaks) {
    const slip = slips.get(index);
    if (slip) {
      const params = { expected: money(slip.amount), found: money(rows.amount(index, slip.column) ?? 0) };
      located.push({
        index,
        finding: finding(sheet, rows.cell(index, slip.column), "journal-amount-mismatch", params),
      });
    } else {
      const rule = rows.kind(index) === "opening" ? "journal-opening-mismatch" : "journal-balance-break";
      const params = { expected: money(expected), found: money(found) };
      located.push({ index, finding: finding(sheet, rows.cell(index, "balance"), rule, params) });
    }
  }
  for (const { index, column, expected, found } of mismatches) {
    const kind = rows.kind(index);
    const carry = kind === "carried-forward" || kind === "brought-forward";
    const rule = (carry ? CARRY_RULES : TOTAL_RULES)[column];
    const params = { row: rows.summary(index), expected: money(expected), found: money(found) };
    located.push({ index, finding: finding(sheet, rows.cell(index, column), rule, params) });
  }
  return located.sort((a, b) => a.index - b.index).map((entry) => entry.finding);
}

/** Entries are posted in date order (逐日逐笔登记): an entry dated before the one above is out of order. */
export function checkDateOrder(rows: JournalRows, _settings: JournalRuleSettings, sheet: string): Finding[] {
  const findings: Finding[] = [];
  let previous: CalendarDate | null = null;
  for (let index = 0; index < rows.length; index++) {
    const date = rows.date(index);
    if (rows.kind(index) !== "entry" || date === null) continue;
    if (previous !== null && date !== previous && dayNumber(date) < dayNumber(previous)) {
      const params = { date: formatIsoDate(date), previous: formatIsoDate(previous) };
      const cell = rows.cell(index, "date") ?? rows.cell(index, "day");
      findings.push(finding(sheet, cell, "journal-date-order", params));
    }
    previous = date;
  }
  return findings;
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
  for (let index = 0; index < rows.length; index++) {
    const voucher = rows.voucher(index);
    if (voucher === "" || rows.kind(index) !== "entry") continue;
    const date = rows.date(index);
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
      const params = { voucher, first: rows.cell(first, "voucher") ?? "" };
      findings.push(finding(sheet, rows.cell(index, "voucher"), "journal-voucher-repeated", params));
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

export function validateJournal(rows: JournalRows, settings: JournalRuleSettings, sheet: string): Finding[] {
  return JOURNAL_RULES.flatMap((rule) => rule(rows, settings, sheet));
}
