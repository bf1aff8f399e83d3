/**
 * The balance check, the journal's largest rule: 余额 and the closing rows' 收入 / 支出 read together, so that a wrong
 * figure is reported once, at the cell to correct, and not at every balance and total that follows from it.
 */
import type { CalendarDate } from "../../../core/dates";
import type { Finding } from "../../../core/findings";
import type { MessageId } from "../../../core/messages";
import type { AmountColumn, JournalRows } from "../rows";
import { dayOfMisdated, finding, money, within, type JournalRuleSettings } from "./shared";

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

/** Whether the next balance shown after rows[index] goes on from `balance` (`sign` −1: with the columns swapped). */
function nextBalanceFollows(rows: JournalRows, index: number, balance: number, sign: number): boolean {
  let moved = 0;
  for (let next = index + 1; next < rows.length; next++) {
    moved += sign * rows.movement(next);
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
function balanceBreaks(rows: JournalRows, opening: number | undefined, sign = 1): BalanceBreak[] {
  const breaks: BalanceBreak[] = [];
  let before = opening ?? null;
  let moved = 0;
  let entries = 0;
  for (let index = 0; index < rows.length; index++) {
    const isEntry = rows.kind(index) === "entry";
    moved += sign * rows.movement(index);
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
      const followsExpected = nextBalanceFollows(rows, index, expected, sign);
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

/** An entry's amounts as they should be: one amount wrong, or one amount in the other column. */
interface Correction {
  receipt: number;
  payment: number;
  /** The cell to correct, and the rule that says how. */
  column: AmountColumn;
  rule: MessageId;
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
function totalMismatches(
  rows: JournalRows,
  corrections: ReadonlyMap<number, Correction>,
  misdated: ReadonlyMap<number, CalendarDate | null>,
): TotalMismatch[] {
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
    // A misdated entry (checkDateOrder reports it) is counted where it stands, in the day of the rows around it.
    const date: CalendarDate | null =
      misdated.size > 0 && misdated.has(index) ? misdated.get(index)! : rows.dayOf(index);
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
        const receipt = correction ? correction.receipt : (rows.receipt(index) ?? 0);
        const payment = correction ? correction.payment : (rows.payment(index) ?? 0);
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
  const suspects = breaks.filter((candidate) => candidate.amountSuspect && !swappedAmount(rows, candidate, slips));
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
        const receipt = mismatch.column === "receipt" ? amount : (rows.receipt(suspect.index) ?? 0);
        const payment = mismatch.column === "payment" ? amount : (rows.payment(suspect.index) ?? 0);
        slips.set(suspect.index, { receipt, payment, column: mismatch.column, rule: "journal-amount-mismatch" });
      }
      break;
    }
  }
  return slips;
}

/**
 * An entry with one amount whose balance is off by twice that amount, the other way: the amount was typed in the
 * wrong column (a payment under 收入, say) and the balance worked out as it should be. Recorded in `slips`.
 */
function swappedAmount(rows: JournalRows, suspect: BalanceBreak, slips: Map<number, Correction>): boolean {
  const receipt = rows.receipt(suspect.index) ?? 0;
  const payment = rows.payment(suspect.index) ?? 0;
  const short = suspect.found - suspect.expected;
  if (receipt !== 0 && payment === 0 && short === -2 * receipt)
    slips.set(suspect.index, { receipt: 0, payment: receipt, column: "receipt", rule: "journal-amount-wrong-column" });
  else if (payment !== 0 && receipt === 0 && short === 2 * payment)
    slips.set(suspect.index, { receipt: payment, payment: 0, column: "payment", rule: "journal-amount-wrong-column" });
  else return false;
  return true;
}

/**
 * A journal whose balances all follow when 收入 and 支出 change places, and not as they stand: the columns were
 * copied the bank's way round (on a bank statement 借方 is money out). One finding, on the first amount, says so.
 */
function swappedColumns(rows: JournalRows, settings: JournalRuleSettings, sheet: string, breaks: number): Finding[] {
  if (breaks < 2 || balanceBreaks(rows, settings.opening, -1).length > 0) return [];
  for (let index = 0; index < rows.length; index++) {
    if (rows.kind(index) !== "entry" || (rows.receipt(index) ?? 0) + (rows.payment(index) ?? 0) === 0) continue;
    const column: AmountColumn = rows.receipt(index) ? "receipt" : "payment";
    const rule = settings.kind === "bank" ? "journal-columns-bank-view" : "journal-columns-swapped";
    return [finding(sheet, rows.cell(index, column), rule)];
  }
  return [];
}

/** The entries whose amounts the balances (and totals) show to be other than written, by index: amountSlips. */
function slipsOf(rows: JournalRows, breaks: readonly BalanceBreak[]) {
  const misdated = dayOfMisdated(rows);
  const firstMismatches = totalMismatches(rows, new Map(), misdated);
  return { slips: amountSlips(rows, breaks, firstMismatches), misdated, firstMismatches };
}

/**
 * An entry's 收入 and 支出 as the journal's own balances prove them, where they differ from what is written: an amount
 * in the wrong column whose balance was worked out with it in the right one, an amount mistyped that the balance and
 * a total both disagree with by the same difference. The balance column is then the book's figure (账存), and a
 * report that adds up the entries reads them so, to agree with it. None when the whole journal's columns are the
 * wrong way round (journal-columns-swapped): the check says so, and which way is right is the cashier's to say.
 */
export function amountsAsBalancesProve(
  rows: JournalRows,
  settings: JournalRuleSettings,
): ReadonlyMap<number, { receipt: number; payment: number }> {
  const breaks = balanceBreaks(rows, settings.opening);
  if (swappedColumns(rows, settings, "", breaks.length).length > 0) return new Map();
  return slipsOf(rows, breaks).slips;
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
  const swapped = swappedColumns(rows, settings, sheet, breaks.length);
  if (swapped.length > 0) return swapped;
  const { slips, misdated, firstMismatches } = slipsOf(rows, breaks);
  const mismatches = slips.size > 0 ? totalMismatches(rows, slips, misdated) : firstMismatches;
  const located: { index: number; finding: Finding }[] = [];
  for (const { index, expected, found } of breaks) {
    const slip = slips.get(index);
    if (slip) {
      const found = rows.amount(index, slip.column) ?? 0;
      const params = { expected: money(slip[slip.column]), found: money(found) };
      located.push({ index, finding: finding(sheet, rows.cell(index, slip.column), slip.rule, params) });
    } else {
      const kind = rows.kind(index);
      // A closing row repeats the balance above: the entry's explanation (above + 收入 − 支出) does not apply.
      const rule =
        kind === "opening"
          ? "journal-opening-mismatch"
          : kind === "entry"
            ? "journal-balance-break"
            : "journal-closing-balance-wrong";
      const params = {
        ...(rule === "journal-closing-balance-wrong" && { row: rows.summary(index) }),
        expected: money(expected),
        found: money(found),
      };
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
