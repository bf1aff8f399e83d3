/**
 * `cashbook generate funds-daily --from <workbook> (--date YYYY-MM-DD | --month YYYY-MM) [--unit NAME]`: the
 * 资金日报表 of the journals in a workbook, for a day or for each day of a month.
 */
import { parseDateCell, parseMonth } from "../../core/dates";
import type { GeneratorKind } from "../../core/kinds";
import { fail, ok, type Result } from "../../core/result";
import { planFundsReport, type ReportPeriod } from ".";
import { journalsOfWorkbook } from "./read";

export function reportPeriod(values: Readonly<Record<string, string | undefined>>): Result<ReportPeriod> {
  if (values.date !== undefined) {
    const day = parseDateCell(values.date);
    return day.ok ? ok({ day: day.value }) : day;
  }
  if (values.month !== undefined) {
    const month = parseMonth(values.month);
    return month.ok ? ok(month.value) : month;
  }
  return fail("generate-period-missing");
}

export const fundsDailyGenerator: GeneratorKind = {
  kind: "funds-daily",
  options: "--from FILE (--date YYYY-MM-DD | --month YYYY-MM) [--unit NAME]",
  generate: ({ values, from }) => {
    if (!from) return fail("funds-workbook-missing");
    const period = reportPeriod(values);
    if (!period.ok) return period;
    const planned = planFundsReport({
      unit: values.unit ?? "",
      period: period.value,
      journals: journalsOfWorkbook(from).journals,
    });
    return planned.ok ? ok([planned.value.plan]) : planned;
  },
};
