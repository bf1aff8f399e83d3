/**
 * The journal page's actions as plain async functions over a WorkbookHost, so that tests can drive them without
 * React: generate a journal sheet (an empty month, or the entries in the selection), check a journal sheet, and
 * generate the cash count and the funds report from the journals in the workbook.
 */
import type { Finding } from "../../core/findings";
import { parseMonth } from "../../core/dates";
import type { SettingsFields } from "../../core/kinds";
import type { Problem } from "../../core/result";
import type { ReadOptions, WorkbookHost } from "../../hosts/host";
import { countCash, parseCashCountSettings } from "../../jobs/cash-count";
import { parseFundsReportSettings, reportFunds, type ClosingSeries } from "../../jobs/funds-report";
import {
  checkJournal,
  dayTotalBelow,
  generateJournal as journalFromSettings,
  parseJournalCheckSettings,
  parseJournalSettings,
  readJournals,
  type JournalKind,
} from "../../jobs/journal";

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
  { kind: "problem"; problem: Problem; findings?: Finding[] } | { kind: "generated"; sheet: string; entries: number };

/** Whether the page asks for the 本年累计 of the months before: for a journal of a month after January. */
export function asksForYearToDate(monthText: string): boolean {
  const month = parseMonth(monthText);
  return month.ok && month.value.month !== 1;
}

/** The form as the journal's settings fields, the names the command line's options have. */
export function journalFields(form: JournalForm): SettingsFields {
  // The page hides the 本年累计 fields for a January journal; what they held before is not meant for it.
  const yearToDate = asksForYearToDate(form.month);
  return {
    month: form.month,
    opening: form.opening,
    unit: form.unit,
    account: form.account,
    "rows-per-page": form.rowsPerPage,
    "ytd-receipts": yearToDate ? form.ytdReceipts : undefined,
    "ytd-payments": yearToDate ? form.ytdPayments : undefined,
    "carried-from-last-year": form.carriedFromLastYear ? "yes" : "no",
  };
}

/**
 * A month's journal, empty or with the selection's entries, through the same settings parser and generator as
 * `cashbook generate`: a selection with a cell that cannot be read is refused with every such cell listed.
 */
export async function generateJournal(host: WorkbookHost, form: JournalForm): Promise<GenerateOutcome> {
  const settings = parseJournalSettings(form.kind, journalFields(form));
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const sources = form.source === "selection" ? [await host.readSelection()] : undefined;
  const journal = journalFromSettings(settings.value, sources);
  if (!journal.ok) return { kind: "problem", problem: journal.problem, findings: journal.findings };
  const sheet = await host.applyPlan(journal.value.plan);
  return { kind: "generated", sheet, entries: journal.value.entries };
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
  const settings = parseJournalCheckSettings({ "cash-limit": cashLimit });
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const grid = await host.readUsedRange(sheet, options);
  const findings = checkJournal(grid, settings.value);
  return { kind: "checked", findings, rows: grid.values.length };
}

/** Every journal in the workbook, read sheet by sheet: what the cash count and the funds report work from. */
async function workbookJournals(host: WorkbookHost) {
  const grids = [];
  for (const name of await host.listSheets()) grids.push(await host.readUsedRange(name));
  return readJournals(grids);
}

export type ReportOutcome =
  | { kind: "problem"; problem: Problem }
  | { kind: "generated"; sheet: string; findings: Finding[]; series: ClosingSeries | null };

/** A 现金盘点表 for the day, its book balance the cash journal's closing balance of that day. */
export async function generateCashCount(host: WorkbookHost, unit: string, dateText: string): Promise<ReportOutcome> {
  const settings = parseCashCountSettings({ unit, date: dateText });
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const counted = countCash(settings.value, (await workbookJournals(host)).journals);
  if (!counted.ok) return { kind: "problem", problem: counted.problem };
  const sheet = await host.applyPlan(counted.value.plan);
  return { kind: "generated", sheet, findings: counted.value.findings, series: null };
}

/** The 资金日报表 of every journal in the workbook, for a day ("2026-01-15") or each day of a month ("2026-01"). */
export async function generateFundsReport(
  host: WorkbookHost,
  unit: string,
  periodText: string,
): Promise<ReportOutcome> {
  const text = periodText.trim();
  const settings = parseFundsReportSettings(
    /^\d{4}\D\d{1,2}$/.test(text) ? { unit, month: text } : { unit, date: text },
  );
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const { journals, findings } = await workbookJournals(host);
  const report = reportFunds(settings.value, journals);
  if (!report.ok) return { kind: "problem", problem: report.problem };
  const sheet = await host.applyPlan(report.value.plan);
  return {
    kind: "generated",
    sheet,
    findings: [...findings, ...report.value.report.findings],
    series: "day" in settings.value.period ? null : report.value.series,
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
