/**
 * The 资金日报表 (DOMAIN §4): for each account (库存现金 and every bank account) and each day, 上日余额, 本日收入,
 * 本日支出 and 本日余额, with totals over the accounts. The figures come from each journal's opening balance and its
 * entries; past the opening, the 余额 column is not used: whether it is right is the journal checks' business, and a
 * report must not repeat a slip made there. An entry whose amount the balances prove other than written (in the wrong
 * column, say) comes as they prove it (journalsForReports), so the balances agree with the journal's own. A day
 * without entries carries the balance. Money is integer 分.
 */
import { dayNumber, existingDate, formatIsoDate, lastDayOfMonth, type CalendarDate } from "../../core/dates";
import type { Finding } from "../../core/findings";
import { MAX_FEN, formatMoney } from "../../core/money";
import { fail, ok, type Result } from "../../core/result";
import type { AccountJournal } from "../journal";
import type { AccountDay, ClosingSeries, FundsReport, ReportPeriod } from "./model";

/** The days a report covers, in order; a day or month that does not exist is a problem. */
export function reportDays(period: ReportPeriod): Result<CalendarDate[]> {
  if ("day" in period) {
    const day = existingDate(period.day);
    return day.ok ? ok([day.value]) : day;
  }
  const first = existingDate({ year: period.year, month: period.month, day: 1 });
  if (!first.ok) return first;
  const { year, month } = first.value;
  const length = lastDayOfMonth(year, month);
  return ok(Array.from({ length }, (_, index) => ({ year, month, day: index + 1 })));
}

interface DayMovement {
  receipts: number;
  payments: number;
}

interface Ledger {
  opening: number;
  /** Receipts and payments by dayNumber. */
  days: Map<number, DayMovement>;
  findings: Finding[];
}

/**
 * The opening balance is where the first balance the journal shows puts it: that balance less the entries up to it.
 * For a journal that starts with 期初余额 (or 承前页) that is the row's own balance; for one without, it is what the
 * first entry's balance was worked out from; with no balance shown at all, 0. Later rows that restate the balance
 * (上月结转) add nothing. The reader gives an entry whose date cell is blank the date of the row above, as in a
 * paper journal, so an entry still without a date has an unreadable one (or none above it): it cannot be put on any
 * day, and the report leaves it out with a warning, so that nobody takes the report for complete.
 */
function ledgerOf(journal: AccountJournal): Ledger {
  const ledger: Ledger = { opening: 0, days: new Map(), findings: [] };
  let movedBeforeFirstBalance = 0;
  let balanceSeen = false;
  const { rows } = journal;
  for (let index = 0; index < rows.length; index++) {
    const moved = rows.movement(index);
    if (!balanceSeen) {
      movedBeforeFirstBalance += moved;
      const balance = rows.balance(index);
      if (balance !== null) {
        balanceSeen = true;
        ledger.opening = balance - movedBeforeFirstBalance;
      }
    }
    if (rows.kind(index) !== "entry") continue;
    const date = rows.date(index);
    if (date === null) {
      ledger.findings.push({
        rule: "funds-entry-without-date",
        severity: "warning",
        sheet: journal.sheet,
        cell: rows.cell(index, "date") ?? rows.cell(index, "day") ?? rows.cell(index, "summary") ?? "",
        params: { account: journal.account },
      });
      continue;
    }
    const key = dayNumber(date);
    const day = ledger.days.get(key) ?? { receipts: 0, payments: 0 };
    day.receipts += rows.receipt(index) ?? 0;
    day.payments += rows.payment(index) ?? 0;
    ledger.days.set(key, day);
  }
  return ledger;
}

/**
 * Every amount of every journal added up without regard to sign. When it stays within MAX_FEN, so does every
 * figure of the report, totals included, and all of them are exact; only absurd figures (beyond 10 trillion 元
 * in all) go past it.
 */
function volume(ledgers: readonly Ledger[]): number {
  let total = 0;
  for (const { opening, days } of ledgers) {
    total += Math.abs(opening);
    for (const { receipts, payments } of days.values()) total += Math.abs(receipts) + Math.abs(payments);
  }
  return total;
}

function accountDay(ledger: Ledger, key: number): AccountDay {
  let opening = ledger.opening;
  for (const [dayOf, { receipts, payments }] of ledger.days) if (dayOf < key) opening += receipts - payments;
  const { receipts, payments } = ledger.days.get(key) ?? { receipts: 0, payments: 0 };
  return { opening, receipts, payments, closing: opening + receipts - payments };
}

function totalOf(accounts: readonly AccountDay[]): AccountDay {
  const sum = (field: keyof AccountDay) => accounts.reduce((total, account) => total + account[field], 0);
  return { opening: sum("opening"), receipts: sum("receipts"), payments: sum("payments"), closing: sum("closing") };
}

/** The report over `days` for the journals in the order given (the cash journal first, as reports list it). */
export function fundsReport(journals: readonly AccountJournal[], days: readonly CalendarDate[]): Result<FundsReport> {
  if (journals.length === 0) return fail("funds-no-accounts");
  const ledgers = journals.map(ledgerOf);
  // Magnitudes can be summed inexactly only beyond 2^53, far above MAX_FEN, so the comparison is always right.
  if (volume(ledgers) > MAX_FEN) return fail("funds-amount-out-of-range", { max: formatMoney(MAX_FEN) });
  return ok({
    accounts: journals.map(({ account, kind }) => ({ account, kind })),
    days: days.map((date) => {
      const accounts = ledgers.map((ledger) => accountDay(ledger, dayNumber(date)));
      return { date, accounts, total: totalOf(accounts) };
    }),
    findings: ledgers.flatMap((ledger) => ledger.findings),
  });
}

/** 日记账余额 at the end of a day: what the cash count compares the counted cash with. */
export function closingBalanceOn(
  journal: AccountJournal,
  date: CalendarDate,
): Result<{ balance: number; findings: Finding[] }> {
  const report = fundsReport([journal], [date]);
  if (!report.ok) return report;
  return ok({ balance: report.value.days[0]!.accounts[0]!.closing, findings: report.value.findings });
}

/**
 * The report's days with 发生额 only: a day on which no account received or paid anything repeats the day before,
 * so leaving it out loses nothing. A period without any keeps its last day, to show the balances.
 */
export function activeDays(report: FundsReport): FundsReport {
  const moved = report.days.filter((day) => day.total.receipts !== 0 || day.total.payments !== 0);
  return { ...report, days: moved.length > 0 ? moved : report.days.slice(-1) };
}

/**
 * Journals whose last entry is in a month before `date`'s: a balance taken from them on `date` is what was posted,
 * and a month with nothing posted is more likely a journal not kept up than a month without receipts or payments.
 * A warning on the last entry's date. (A day without entries is common, and is not one.)
 */
export function journalsEndingEarly(journals: readonly AccountJournal[], date: CalendarDate): Finding[] {
  const findings: Finding[] = [];
  for (const journal of journals) {
    const { rows } = journal;
    let last = -1;
    for (let index = rows.length - 1; index >= 0 && last < 0; index--)
      if (rows.kind(index) === "entry" && rows.date(index) !== null) last = index;
    const lastDate = last < 0 ? null : rows.date(last)!;
    if (lastDate === null || lastDate.year * 12 + lastDate.month >= date.year * 12 + date.month) continue;
    findings.push({
      rule: "funds-journal-ends-early",
      severity: "warning",
      sheet: journal.sheet,
      cell: rows.cell(last, "date") ?? rows.cell(last, "day") ?? "",
      params: { account: journal.account, last: formatIsoDate(lastDate), date: formatIsoDate(date) },
    });
  }
  return findings;
}

export function closingSeries(report: FundsReport): ClosingSeries {
  return {
    dates: report.days.map((day) => day.date),
    accounts: report.accounts.map(({ account }, index) => ({
      account,
      closing: report.days.map((day) => day.accounts[index]!.closing),
    })),
  };
}
