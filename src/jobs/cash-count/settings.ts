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
  return ok({
    unit: fields.unit?.trim() ?? "",
    date: date.value,
    ...(book.value !== null && { book: book.value }),
  });
}
