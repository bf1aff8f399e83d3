/**
 * The generator kinds `cash-journal` and `bank-journal` of `cashbook generate`: reads the option values (--month,
 * --opening, --account, --cash-limit, --unit, --ytd-receipts, --ytd-payments) and the entries of --from, checks
 * them, settles the journal's period and lays the journal out. Every problem with what the user gave is a Result, never an exception.
 */
import { parseMonth } from "../../core/dates";
import { formatMoney, parseMoney } from "../../core/money";
import type { GenerateOptions, Generated, GeneratorKind } from "../../core/kinds";
import type { Grid } from "../../core/grid";
import { fail, ok, type Result } from "../../core/result";
import { readJournalEntries } from "./entries";
import { DEFAULT_ROWS_PER_PAGE, journalMonths, journalPlan } from "./layout";
import type { JournalEntry, JournalKind, JournalSettings, YearToDate } from "./model";

/**
 * The 对方科目 a cashier posts against most (名称 as in 《企业会计准则——应用指南》 and 《小企业会计准则》): the
 * other money accounts, advances and payables, wages and taxes, income and the expense accounts.
 */
export const DEFAULT_CHART_OF_ACCOUNTS: readonly string[] = [
  "库存现金",
  "银行存款",
  "其他货币资金",
  "应收账款",
  "预付账款",
  "其他应收款",
  "应付账款",
  "预收账款",
  "其他应付款",
  "应付职工薪酬",
  "应交税费",
  "短期借款",
  "实收资本",
  "固定资产",
  "原材料",
  "库存商品",
  "主营业务收入",
  "其他业务收入",
  "营业外收入",
  "主营业务成本",
  "销售费用",
  "管理费用",
  "财务费用",
  "营业外支出",
];

const DEFAULT_ACCOUNTS: Record<JournalKind, string> = { cash: "库存现金", bank: "" };

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

/**
 * 本年累计 brought in (--ytd-receipts, --ytd-payments, either may be left out for 0), for a journal that starts after
 * January; a journal starting in January has nothing to bring in.
 */
export function readYearToDate(
  receipts: string | undefined,
  payments: string | undefined,
  firstMonth: number,
): Result<YearToDate | undefined> {
  if (receipts === undefined && payments === undefined) return ok(undefined);
  if (firstMonth === 1) return fail("journal-ytd-in-january");
  const amount = (text: string | undefined): Result<number> => {
    const parsed = parseMoney(text ?? null);
    if (!parsed.ok || (parsed.value ?? 0) < 0) return fail("journal-ytd-invalid", { text: text ?? "" });
    return ok(parsed.value ?? 0);
  };
  const ytdReceipts = amount(receipts);
  if (!ytdReceipts.ok) return ytdReceipts;
  const ytdPayments = amount(payments);
  if (!ytdPayments.ok) return ytdPayments;
  return ok({ receipts: ytdReceipts.value, payments: ytdPayments.value });
}

/**
 * The entries of the first sheet that has a header row of entries. A cell that cannot be read stops the generation:
 * a journal posted without it would be wrong from that row on. The refusal lists every such cell.
 */
function readEntries(grids: readonly Grid[]): Generated<JournalEntry[]> {
  let firstFailure: Result<JournalEntry[]> | null = null;
  for (const grid of grids) {
    const read = readJournalEntries(grid);
    if (!read.ok) {
      firstFailure ??= read;
      continue;
    }
    const { findings } = read.value;
    if (findings.length > 0) {
      const params = { sheet: grid.sheet, count: findings.length };
      return { ok: false, problem: { id: "journal-entries-unreadable", params }, findings };
    }
    return ok(read.value.entries);
  }
  return firstFailure ?? ok([]);
}

/** The year and month (or the months of the entries) the journal covers, and the entries it posts. */
function journalPeriod(
  month: { year: number; month: number } | undefined,
  entries: readonly JournalEntry[] | undefined,
): Result<{ year: number; month?: number; entries: JournalEntry[] }> {
  if (month) {
    const inMonth = (entries ?? []).filter(({ date }) => date.year === month.year && date.month === month.month);
    if (entries !== undefined && inMonth.length === 0) {
      return fail("journal-entries-none-in-month", { period: `${month.year}-${String(month.month).padStart(2, "0")}` });
    }
    return ok({ ...month, entries: inMonth });
  }
  if (entries === undefined || entries.length === 0) return fail("journal-period-required");
  const years = entries.map(({ date }) => date.year);
  const [first, last] = [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))];
  if (first !== last) return fail("journal-entries-span-years", { first, last });
  return ok({ year: first, entries: [...entries] });
}

/** The journal's settings and entries from the command's option values and --from sheets. */
function readJournalOptions(
  kind: JournalKind,
  options: GenerateOptions,
): Generated<JournalSettings & { entries: JournalEntry[] }> {
  const { values } = options;
  const month = values.month === undefined ? ok(undefined) : parseMonth(values.month);
  if (!month.ok) return month;
  const opening = readOpening(values.opening);
  if (!opening.ok) return opening;
  const cashLimit = readCashLimit(kind, values["cash-limit"]);
  if (!cashLimit.ok) return cashLimit;
  const entries = options.from === undefined ? ok(undefined) : readEntries(options.from);
  if (!entries.ok) return entries;
  const period = journalPeriod(month.value, entries.value);
  if (!period.ok) return period;
  const firstMonth = journalMonths(period.value, period.value.entries)[0] ?? 1;
  const yearToDate = readYearToDate(values["ytd-receipts"], values["ytd-payments"], firstMonth);
  if (!yearToDate.ok) return yearToDate;
  return ok({
    kind,
    unit: values.unit ?? "",
    account: values.account ?? DEFAULT_ACCOUNTS[kind],
    year: period.value.year,
    ...(period.value.month !== undefined && { month: period.value.month }),
    opening: opening.value,
    // A journal that starts the year opens with last year's closing balance.
    openingIsCarriedFromLastYear: firstMonth === 1,
    ...(cashLimit.value !== undefined && { cashLimit: cashLimit.value }),
    ...(yearToDate.value !== undefined && { yearToDate: yearToDate.value }),
    rowsPerPage: DEFAULT_ROWS_PER_PAGE,
    chartOfAccounts: DEFAULT_CHART_OF_ACCOUNTS,
    entries: period.value.entries,
  });
}

function journalGenerator(kind: JournalKind): GeneratorKind {
  const cashLimit = kind === "cash" ? " [--cash-limit AMOUNT]" : "";
  return {
    kind: `${kind}-journal`,
    options:
      `(--month YYYY-MM | --from FILE) [--opening AMOUNT] [--unit NAME] [--account NAME]${cashLimit}` +
      " [--ytd-receipts AMOUNT] [--ytd-payments AMOUNT]",
    generate: (options) => {
      const journal = readJournalOptions(kind, options);
      if (!journal.ok) return journal;
      const { entries, ...settings } = journal.value;
      return ok([journalPlan(settings, entries)]);
    },
  };
}

/** `cashbook generate cash-journal`: the 现金日记账. */
export const cashJournalGenerator = journalGenerator("cash");
/** `cashbook generate bank-journal`: the 银行存款日记账 of one bank account (--account). */
export const bankJournalGenerator = journalGenerator("bank");
