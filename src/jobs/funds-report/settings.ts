/**
 * The 资金日报表 settings from text fields: `date` (one day) or `month` (each day of a month), and `unit`. The
 * command line's --date, --month and --unit and the pane's fields of the same names go through this one parser;
 * the pane's single period field is given as `month` when it reads as one (2026-01) and as `date` otherwise.
 */
import { existingDate, parseDateCell, parseMonth } from "../../core/dates";
import type { SettingsFields } from "../../core/kinds";
import { fail, ok, onField, type Result } from "../../core/result";
import type { FundsReportSettings, ReportPeriod } from "./model";

function readPeriod(fields: SettingsFields): Result<ReportPeriod> {
  const date = fields.date?.trim() ?? "";
  const month = fields.month?.trim() ?? "";
  if (date !== "") {
    const day = onField("date", parseDateCell(date));
    return day.ok ? ok({ day: day.value }) : day;
  }
  if (month !== "") {
    const parsed = onField("month", parseMonth(month));
    return parsed.ok ? ok(parsed.value) : parsed;
  }
  return onField("date", fail("generate-period-missing"));
}

/** `days`: every day of the period (全部, all; the default) or only those with 发生额 (有发生额, active). */
function readDays(text: string | undefined): Result<boolean> {
  const days = text?.trim() ?? "";
  if (days === "" || /^(all|全部)$/i.test(days)) return ok(false);
  if (/^(active|有发生额|有发生额的日期)$/i.test(days)) return ok(true);
  return fail("funds-days-invalid", { text: days });
}

export function parseFundsReportSettings(fields: SettingsFields): Result<FundsReportSettings> {
  const period = readPeriod(fields);
  if (!period.ok) return period;
  // A day or a month that does not exist, or that Excel cannot hold, is refused here rather than at generation.
  const first = "day" in period.value ? period.value.day : { ...period.value, day: 1 };
  const exists = onField("day" in period.value ? "date" : "month", existingDate(first));
  if (!exists.ok) return exists;
  const activeDaysOnly = onField("days", readDays(fields.days));
  if (!activeDaysOnly.ok) return activeDaysOnly;
  return ok({ unit: fields.unit?.trim() ?? "", period: period.value, activeDaysOnly: activeDaysOnly.value });
}
