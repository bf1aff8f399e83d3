/**
 * The 资金日报表's pipeline: the journals of a workbook (read through the journal job) summed day by day, laid out as
 * a sheet, with the closing balances the pane's chart plots. The shells reach it through index.ts.
 */
import type { CalendarMonth } from "../../core/dates";
import type { Generated, GeneratorKind } from "../../core/kinds";
import type { SheetPlan } from "../../core/plan";
import { fail, ok, onField, type Result } from "../../core/result";
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import { journalsForReports, reportSheets, type AccountJournal } from "../journal";
import { layoutFundsReport } from "./layout";
import type { ClosingSeries, FundsReport, FundsReportSettings, ReportPeriod } from "./model";
import { activeDays, closingSeries, fundsReport, journalsEndingEarly, reportDays } from "./rules";
import { parseFundsReportSettings } from "./settings";

export interface FundsReportSheet {
  /** A month's plan ends with a table of the closing balances and a line chart of them (plan.charts). */
  plan: SheetPlan;
  /** The figures in 分, and warnings about journal rows the report had to leave out or could not read. */
  report: FundsReport;
  /** The closing balances per account and day, in 分, for the pane's chart. */
  series: ClosingSeries;
}

/** The report of `journals` in the order given: the cash journal first, then the bank journals, as journalsForReports gives them. */
export function reportFunds(
  settings: FundsReportSettings,
  journals: readonly AccountJournal[],
): Result<FundsReportSheet> {
  const days = reportDays(settings.period);
  if (!days.ok) return days;
  const all = fundsReport(journals, days.value);
  if (!all.ok) return all;
  const report = settings.activeDaysOnly ? activeDays(all.value) : all.value;
  report.findings = [...report.findings, ...journalsEndingEarly(journals, days.value[days.value.length - 1]!)];
  return ok({
    plan: layoutFundsReport(report, settings.period, settings.unit),
    report,
    series: closingSeries(report),
  });
}

/** The month whose journal sheets a report of `period` takes its figures from. */
const monthOf = (period: ReportPeriod): CalendarMonth =>
  "day" in period ? { year: period.day.year, month: period.day.month } : period;

/**
 * The sheets the report reads whole, by the tops of the workbook's sheets: of each account the sheet of the month
 * (and the one before, its opening's source), not a year of month sheets.
 */
export function fundsReportSheets(settings: FundsReportSettings, tops: readonly Grid[]): string[] {
  return reportSheets(tops, monthOf(settings.period));
}

/**
 * The report from the sheets of a workbook, for the command line and the pane alike: each sheet whole, or the tops
 * of the sheets with those fundsReportSheets names whole. Its findings are the warnings about the journals (sheets
 * left out, a journal with errors) and about the rows the report had to leave out.
 */
export function fundsReportFrom(settings: FundsReportSettings, sheets: readonly Grid[]): Generated<FundsReportSheet> {
  const { journals, warnings, refusal } = journalsForReports(sheets, monthOf(settings.period));
  if (refusal) return { ok: false, problem: refusal, findings: warnings };
  // Sheets passed over say why; with none recognised at all, that is the problem.
  if (journals.length === 0 && warnings.length > 0)
    return { ...onField("from", fail("funds-no-accounts-recognised")), findings: warnings };
  const report = reportFunds(settings, journals);
  if (!report.ok) return { ...report, findings: warnings };
  const findings: Finding[] = [...warnings, ...report.value.report.findings];
  return { ...ok(report.value), findings };
}

/** `cashbook generate funds-daily`: the 资金日报表 of the journals in a workbook, for a day or each day of a month. */
export const fundsDailyGenerator: GeneratorKind<FundsReportSettings> = {
  kind: "funds-daily",
  usage: [
    { fields: [{ name: "from", value: "FILE" }] },
    {
      fields: [
        { name: "date", value: "YYYY-MM-DD" },
        { name: "month", value: "YYYY-MM" },
      ],
    },
    { fields: [{ name: "unit", value: "NAME" }], optional: true },
    { fields: [{ name: "days", value: "all|active" }], optional: true },
  ],
  settings: parseFundsReportSettings,
  generate: (settings, sources) => {
    if (sources === undefined) return onField("from", fail("funds-workbook-missing"));
    const report = fundsReportFrom(settings, sources);
    return report.ok ? { ...ok([report.value.plan]), findings: report.findings } : report;
  },
};

export const fundsReportJob = {
  id: "funds-report",
  sheetKinds: [],
  generators: [fundsDailyGenerator],
} as const;
