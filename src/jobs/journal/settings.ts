/**
 * The journal's settings from plain text fields: the command line's --month, --opening, --unit, --account,
 * --cash-limit, --ytd-receipts, --ytd-payments and --rows-per-page, and the pane's fields of the same names. One
 * parser for both shells, so that they accept and refuse the same input with the same message; every refusal names
 * its field. Then, once the entries are read, the journal's period is settled from the month or the entries.
 */
import { DEFAULT_ACCOUNT_NAMES } from "../../core/accounts";
import { parseMonth, type CalendarMonth } from "../../core/dates";
import type { SettingsFields } from "../../core/kinds";
import { formatMoney, parseMoney } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import {
  DEFAULT_ROWS_PER_PAGE,
  MAX_ROWS_PER_PAGE,
  MIN_ROWS_PER_PAGE,
  type JournalEntry,
  type JournalKind,
  type JournalSettings,
  type YearToDate,
} from "./model";

/** What the fields say, before the entries settle the period: a month given, or to be taken from the entries. */
export interface JournalOptions {
  kind: JournalKind;
  unit: string;
  account: string;
  month?: CalendarMonth;
  opening: number;
  cashLimit?: number;
  yearToDate?: YearToDate;
  rowsPerPage: number;
  /** Given by the pane's choice; otherwise a journal that starts the year opens with 上年结转. */
  openingIsCarriedFromLastYear?: boolean;
}

const DEFAULT_ACCOUNT: Record<JournalKind, string> = { cash: "库存现金", bank: "" };

/** Blank is absent: a pane field left empty says what an option not given says. */
function given(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

function readOpening(text: string | undefined): Result<number> {
  const parsed = parseMoney(text ?? null);
  if (!parsed.ok) return fail("journal-opening-invalid", { text: text ?? "" });
  const opening = parsed.value ?? 0;
  if (opening < 0) return fail("journal-opening-negative", { amount: formatMoney(opening) });
  return ok(opening);
}

function readCashLimit(kind: JournalKind, text: string | undefined): Result<number | undefined> {
  if (text === undefined) return ok(undefined);
  if (kind === "bank") return fail("journal-cash-limit-for-bank");
  const parsed = parseMoney(text);
  if (!parsed.ok || parsed.value === null || parsed.value <= 0) return fail("journal-cash-limit-invalid", { text });
  return ok(parsed.value);
}

/** A 本年累计 figure brought in: 0 or more, 0 when left out. */
function readYearToDateAmount(text: string | undefined): Result<number> {
  const parsed = parseMoney(text ?? null);
  if (!parsed.ok || (parsed.value ?? 0) < 0) return fail("journal-ytd-invalid", { text: text ?? "" });
  return ok(parsed.value ?? 0);
}

function readRowsPerPage(text: string | undefined): Result<number> {
  if (text === undefined) return ok(DEFAULT_ROWS_PER_PAGE);
  const rows = /^\d+$/.test(text) ? Number(text) : NaN;
  if (rows >= MIN_ROWS_PER_PAGE && rows <= MAX_ROWS_PER_PAGE) return ok(rows);
  return fail("journal-rows-per-page-invalid", { text, min: MIN_ROWS_PER_PAGE, max: MAX_ROWS_PER_PAGE });
}

function readCarried(text: string | undefined): Result<boolean | undefined> {
  if (text === undefined) return ok(undefined);
  if (/^(yes|true|1|是)$/i.test(text)) return ok(true);
  if (/^(no|false|0|否)$/i.test(text)) return ok(false);
  return fail("journal-carried-invalid", { text });
}

/** The fields of a cash (`kind` "cash") or bank journal, checked one by one in the order help lists them. */
export function parseJournalSettings(kind: JournalKind, fields: SettingsFields): Result<JournalOptions> {
  const field = (name: string) => given(fields[name]);
  const monthText = field("month");
  const month = onField("month", monthText === undefined ? ok(undefined) : parseMonth(monthText));
  if (!month.ok) return month;
  const opening = onField("opening", readOpening(field("opening")));
  if (!opening.ok) return opening;
  const cashLimit = onField("cash-limit", readCashLimit(kind, field("cash-limit")));
  if (!cashLimit.ok) return cashLimit;
  const ytdReceipts = onField("ytd-receipts", readYearToDateAmount(field("ytd-receipts")));
  if (!ytdReceipts.ok) return ytdReceipts;
  const ytdPayments = onField("ytd-payments", readYearToDateAmount(field("ytd-payments")));
  if (!ytdPayments.ok) return ytdPayments;
  const rowsPerPage = onField("rows-per-page", readRowsPerPage(field("rows-per-page")));
  if (!rowsPerPage.ok) return rowsPerPage;
  const carried = onField("carried-from-last-year", readCarried(field("carried-from-last-year")));
  if (!carried.ok) return carried;
  const yearToDateGiven = field("ytd-receipts") !== undefined || field("ytd-payments") !== undefined;
  return ok({
    kind,
    unit: field("unit") ?? "",
    account: field("account") ?? DEFAULT_ACCOUNT[kind],
    ...(month.value !== undefined && { month: month.value }),
    opening: opening.value,
    ...(cashLimit.value !== undefined && { cashLimit: cashLimit.value }),
    ...(yearToDateGiven && { yearToDate: { receipts: ytdReceipts.value, payments: ytdPayments.value } }),
    rowsPerPage: rowsPerPage.value,
    ...(carried.value !== undefined && { openingIsCarriedFromLastYear: carried.value }),
  });
}

/**
 * The journal's settings once its entries are known (undefined: none were given): the year and month from the
 * month given or from the entries, and the entries it posts.
 */
export function settleJournal(
  options: JournalOptions,
  entries: readonly JournalEntry[] | undefined,
): Result<{ settings: JournalSettings; entries: JournalEntry[] }> {
  const { month, openingIsCarriedFromLastYear, ...rest } = options;
  const period = journalPeriod(month, entries);
  if (!period.ok) return period;
  // A loop rather than Math.min(...months): a spread of a hundred thousand entries overflows the stack.
  const firstMonth = period.value.month ?? period.value.entries.reduce((a, { date }) => Math.min(a, date.month), 12);
  if (options.yearToDate !== undefined && firstMonth === 1)
    return onField("ytd-receipts", fail("journal-ytd-in-january"));
  return ok({
    settings: {
      ...rest,
      year: period.value.year,
      ...(period.value.month !== undefined && { month: period.value.month }),
      // A journal that starts the year opens with last year's closing balance.
      openingIsCarriedFromLastYear: openingIsCarriedFromLastYear ?? firstMonth === 1,
      chartOfAccounts: DEFAULT_ACCOUNT_NAMES,
    },
    entries: period.value.entries,
  });
}

/** The year and month (or the months of the entries) the journal covers, and the entries it posts. */
function journalPeriod(
  month: CalendarMonth | undefined,
  entries: readonly JournalEntry[] | undefined,
): Result<{ year: number; month?: number; entries: JournalEntry[] }> {
  if (month) {
    const inMonth = (entries ?? []).filter(({ date }) => date.year === month.year && date.month === month.month);
    if (entries !== undefined && inMonth.length === 0) {
      const period = `${month.year}-${String(month.month).padStart(2, "0")}`;
      return onField("month", fail("journal-entries-none-in-month", { period }));
    }
    return ok({ ...month, entries: inMonth });
  }
  if (entries === undefined || entries.length === 0) return onField("month", fail("journal-period-required"));
  const years = entries.map(({ date }) => date.year);
  const [first, last] = [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))];
  if (first !== last) return onField("month", fail("journal-entries-span-years", { first, last }));
  return ok({ year: first, entries: [...entries] });
}

/** What a check of a journal is given: the 库存现金限额 to hold the cash journal to. */
export interface JournalCheckSettings {
  cashLimit?: number;
}

/** The settings of a check: the 库存现金限额 to hold the cash journal to, when one is given. */
export function parseJournalCheckSettings(fields: SettingsFields): Result<JournalCheckSettings> {
  const limit = onField("cash-limit", readCashLimit("cash", given(fields["cash-limit"])));
  if (!limit.ok) return limit;
  return ok(limit.value === undefined ? {} : { cashLimit: limit.value });
}
