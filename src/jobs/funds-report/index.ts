/**
 * The 资金日报表 job as the shells use it: from the cash journal and every bank journal of the workbook (already read
 * into JournalRows), the report for one day or each day of a month, the sheet to write, and the closing balances the
 * pane's chart plots.
 */
import { ok, type Result } from "../../core/result";
import type { SheetPlan } from "../../core/plan";
import { fundsReportLayout } from "./layout";
import {
  closingSeries,
  fundsReport,
  reportDays,
  type AccountJournal,
  type ClosingSeries,
  type FundsReport,
  type ReportPeriod,
} from "./rules";

export { closingBalanceOn, closingSeries, existingDate, fundsReport, reportDays } from "./rules";
export type { AccountDay, AccountJournal, ClosingSeries, FundsDay, FundsReport, ReportPeriod } from "./rules";
export { journalsOfWorkbook } from "./read";

export interface FundsReportInput {
  /** 单位名称 */
  unit: string;
  period: ReportPeriod;
  /** The cash journal first, then the bank journals, in the order the report lists them. */
  journals: readonly AccountJournal[];
}

export interface FundsReportPlan {
  /** A month's plan ends with a table of the closing balances and a line chart of them (plan.charts). */
  plan: SheetPlan;
  /** The figures in 分, and warnings about journal rows the report had to leave out. */
  report: FundsReport;
  /** The closing balances per account and day, in 分, for the pane's chart. */
  series: ClosingSeries;
}

export function planFundsReport(input: FundsReportInput): Result<FundsReportPlan> {
  const days = reportDays(input.period);
  if (!days.ok) return days;
  const report = fundsReport(input.journals, days.value);
  if (!report.ok) return report;
  return ok({
    plan: fundsReportLayout(report.value, input.period, input.unit),
    report: report.value,
    series: closingSeries(report.value),
  });
}
export { fundsReportMessages } from "./messages";
