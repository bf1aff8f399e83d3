/**
 * The 现金盘点表 settings from text fields: `date` (the day of the count, required), `unit`, and `book`, the journal
 * balance when it is given rather than read from the cash journal. The command line's --date, --unit and --book and
 * the pane's fields of the same names go through this one parser.
 */
import { existingDate, parseDateCell } from "../../core/dates";
import type { SettingsFields } from "../../core/kinds";
import { parseMoney } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import type { CashCountSettings } from "./model";

export function parseCashCountSettings(fields: SettingsFields): Result<CashCountSettings> {
  const dateText = fields.date?.trim() ?? "";
  if (dateText === "") return onField("date", fail("cash-count-date-missing"));
  const parsed = parseDateCell(dateText);
  const date = onField("date", parsed.ok ? existingDate(parsed.value) : parsed);
  if (!date.ok) return date;
  const bookText = fields.book?.trim() ?? "";
  const book = onField("book", bookText === "" ? ok(null) : parseMoney(bookText));
  if (!book.ok) return book;
  const receipts = onField("unrecorded-receipts", unrecordedAmount(fields["unrecorded-receipts"]));
  if (!receipts.ok) return receipts;
  const payments = onField("unrecorded-payments", unrecordedAmount(fields["unrecorded-payments"]));
  if (!payments.ok) return payments;
  const unrecorded = receipts.value !== null || payments.value !== null;
  return ok({
    unit: fields.unit?.trim() ?? "",
    date: date.value,
    ...(book.value !== null && { book: book.value }),
    ...(unrecorded && { unrecorded: { receipts: receipts.value ?? 0, payments: payments.value ?? 0 } }),
  });
}

/** 已收款未记账 or 已付款未记账: 0 or more, null when left out (the cashier fills it in at the count). */
function unrecordedAmount(text: string | undefined): Result<number | null> {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return ok(null);
  const amount = parseMoney(trimmed);
  if (!amount.ok || (amount.value ?? 0) < 0) return fail("cash-count-unrecorded-invalid", { text: trimmed });
  return ok(amount.value);
}
