/**
 * The journal page's actions as plain async functions over a WorkbookHost, so that tests can drive them without
 * React: generate a journal sheet (an empty month, or the entries in the selection), check a journal sheet, and
 * generate the cash count and the funds report from the journals in the workbook.
 */
import type { Finding } from "../../core/findings";
import { planCashCountFromJournal } from "../../jobs/cash-count";
import { parseDateCell, parseMonth } from "../../core/dates";
import { parseMoney } from "../../core/money";
import { planFundsReport, type ClosingSeries } from "../../jobs/funds-report";
import { reportPeriod } from "../../jobs/funds-report/generate";
import { journalsOfWorkbook } from "../../jobs/funds-report/read";
import { dayTotalBelow } from "../../jobs/journal/closing";
import type { Problem } from "../../core/result";
import type { ReadOptions, WorkbookHost } from "../../hosts/host";
import {
  checkJournal,
  DEFAULT_CHART_OF_ACCOUNTS,
  journalPlan,
  readJournalEntries,
  readYearToDate,
  type JournalKind,
} from "../../jobs/journal";
import type { UiStringId } from "../i18n";

export interface JournalForm {
  kind: JournalKind;
  unit: string;
  account: string;
  /** "2026-01", as an <input type="month"> gives it. */
  month: string;
  opening: string;
  carriedFromLastYear: boolean;
  /** 本年累计 of the months before, for a journal that starts after January; blank for none. */
  ytdReceipts: string;
  ytdPayments: string;
  rowsPerPage: string;
  source: "empty" | "selection";
}

export type GenerateOutcome =
  | { kind: "refused"; reason: UiStringId }
  | { kind: "problem"; problem: Problem }
  | { kind: "generated"; sheet: string; entries: number; findings: Finding[] };

/** Whether the page asks for the 本年累计 of the months before: for a journal of a month after January. */
export function asksForYearToDate(monthText: string): boolean {
  const month = parseMonth(monthText);
  return month.ok && month.value.month !== 1;
}

export async function generateJournal(host: WorkbookHost, form: JournalForm): Promise<GenerateOutcome> {
  const month = parseMonth(form.month);
  if (!month.ok) return { kind: "refused", reason: "monthInvalid" };
  const opening = parseMoney(form.opening.trim() === "" ? 0 : form.opening);
  if (!opening.ok) return { kind: "problem", problem: opening.problem };
  const rowsPerPage = Number(form.rowsPerPage);
  // The page hides the 本年累计 fields for a January journal; what they held before is not meant for it.
  const yearToDateText = (text: string) => (text.trim() === "" || !asksForYearToDate(form.month) ? undefined : text);
  const yearToDate = readYearToDate(
    yearToDateText(form.ytdReceipts),
    yearToDateText(form.ytdPayments),
    month.value.month,
  );
  if (!yearToDate.ok) return { kind: "problem", problem: yearToDate.problem };
  const settings = {
    kind: form.kind,
    unit: form.unit.trim(),
    account: form.account.trim() || (form.kind === "cash" ? "库存现金" : ""),
    year: month.value.year,
    month: month.value.month,
    opening: opening.value ?? 0,
    openingIsCarriedFromLastYear: form.carriedFromLastYear,
    ...(yearToDate.value !== undefined && { yearToDate: yearToDate.value }),
    rowsPerPage,
    chartOfAccounts: DEFAULT_CHART_OF_ACCOUNTS,
  };
  if (form.source === "empty") {
    const sheet = await host.applyPlan(journalPlan(settings, []));
    return { kind: "generated", sheet, entries: 0, findings: [] };
  }
  const read = readJournalEntries(await host.readSelection());
  if (!read.ok) return { kind: "problem", problem: read.problem };
  const sheet = await host.applyPlan(journalPlan(settings, read.value.entries));
  return { kind: "generated", sheet, entries: read.value.entries.length, findings: read.value.findings };
}

export interface CheckOutcome {
  findings: Finding[];
  rows: number;
}

/** Reads the sheet in blocks (progress and cancellation as `options` say) and runs every journal rule on it. */
export async function checkJournalSheet(
  host: WorkbookHost,
  sheet: string,
  cashLimit: string,
  options: ReadOptions,
): Promise<{ kind: "problem"; problem: Problem } | ({ kind: "checked" } & CheckOutcome)> {
  const limit = parseMoney(cashLimit.trim() === "" ? null : cashLimit);
  if (!limit.ok) return { kind: "problem", problem: limit.problem };
  const grid = await host.readUsedRange(sheet, options);
  const findings = checkJournal(grid, limit.value === null ? {} : { cashLimit: limit.value });
  return { kind: "checked", findings, rows: grid.values.length };
}

/** Every journal in the workbook, read sheet by sheet: what the cash count and the funds report work from. */
async function workbookJournals(host: WorkbookHost) {
  const grids = [];
  for (const name of await host.listSheets()) grids.push(await host.readUsedRange(name));
  return journalsOfWorkbook(grids);
}

export type ReportOutcome =
  | { kind: "problem"; problem: Problem }
  | { kind: "generated"; sheet: string; findings: Finding[]; series: ClosingSeries | null };

/** A 现金盘点表 for the day, its book balance the cash journal's closing balance of that day. */
export async function generateCashCount(host: WorkbookHost, unit: string, dateText: string): Promise<ReportOutcome> {
  const date = parseDateCell(dateText);
  if (!date.ok) return { kind: "problem", problem: date.problem };
  const cash = (await workbookJournals(host)).journals.find((journal) => journal.kind === "cash");
  if (!cash) return { kind: "problem", problem: { id: "funds-no-accounts", params: {} } };
  const planned = planCashCountFromJournal({ unit, date: date.value }, cash);
  if (!planned.ok) return { kind: "problem", problem: planned.problem };
  const sheet = await host.applyPlan(planned.value.plan);
  return { kind: "generated", sheet, findings: planned.value.findings, series: null };
}

/** The 资金日报表 of every journal in the workbook, for a day ("2026-01-15") or each day of a month ("2026-01"). */
export async function generateFundsReport(
  host: WorkbookHost,
  unit: string,
  periodText: string,
): Promise<ReportOutcome> {
  const text = periodText.trim();
  const period = reportPeriod(/^\d{4}\D\d{1,2}$/.test(text) ? { month: text } : { date: text });
  if (!period.ok) return { kind: "problem", problem: period.problem };
  const { journals, findings } = await workbookJournals(host);
  const planned = planFundsReport({ unit, period: period.value, journals });
  if (!planned.ok) return { kind: "problem", problem: planned.problem };
  const sheet = await host.applyPlan(planned.value.plan);
  return {
    kind: "generated",
    sheet,
    findings: [...findings, ...planned.value.report.findings],
    series: "day" in period.value ? null : planned.value.series,
  };
}

export type CloseDayOutcome =
  { kind: "problem"; problem: Problem } | { kind: "closed"; sheet: string; address: string };

/** 日清: inserts the 本日合计 row below the selected row, the day's last entry, with the generator's formulas. */
export async function closeDay(host: WorkbookHost): Promise<CloseDayOutcome> {
  const selection = await host.readSelection();
  const journal = await host.readUsedRange(selection.sheet);
  const inserted = dayTotalBelow(journal, selection.top - journal.top);
  if (!inserted.ok) return { kind: "problem", problem: inserted.problem };
  await host.insertRows(selection.sheet, inserted.value.block, inserted.value.formats);
  return { kind: "closed", sheet: selection.sheet, address: inserted.value.block.at };
}
