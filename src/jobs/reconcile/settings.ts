/**
 * The reconciliation's settings from text fields: `book-sheet`, `statement-sheet`, `book-balance`,
 * `statement-balance` and `window` (days). The command line's options of those names and the pane's fields go
 * through this one parser; every refusal names its field.
 */
import type { SettingsFields } from "../../core/kinds";
import { parseMoney } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import { DEFAULT_LONG_OUTSTANDING_DAYS, DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type ReconcileSettings } from "./model";

function given(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

function readBalance(field: string, text: string | undefined): Result<number | undefined> {
  if (text === undefined) return ok(undefined);
  const parsed = parseMoney(text);
  if (!parsed.ok || parsed.value === null) return onField(field, fail("reconcile-balance-invalid", { text }));
  return ok(parsed.value);
}

function readWindow(text: string | undefined): Result<number> {
  if (text === undefined) return ok(DEFAULT_WINDOW_DAYS);
  const days = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (days >= 0 && days <= MAX_WINDOW_DAYS) return ok(days);
  return onField("window", fail("reconcile-window-invalid", { text, max: MAX_WINDOW_DAYS }));
}

export function parseReconcileSettings(fields: SettingsFields): Result<ReconcileSettings> {
  const bookBalance = readBalance("book-balance", given(fields["book-balance"]));
  if (!bookBalance.ok) return bookBalance;
  const statementBalance = readBalance("statement-balance", given(fields["statement-balance"]));
  if (!statementBalance.ok) return statementBalance;
  const window = readWindow(given(fields.window));
  if (!window.ok) return window;
  const bookSheet = given(fields["book-sheet"]);
  const statementSheet = given(fields["statement-sheet"]);
  return ok({
    book: bookSheet === undefined ? {} : { sheet: bookSheet },
    statement: statementSheet === undefined ? {} : { sheet: statementSheet },
    ...(bookBalance.value !== undefined && { bookBalance: bookBalance.value }),
    ...(statementBalance.value !== undefined && { statementBalance: statementBalance.value }),
    match: { windowDays: window.value, longOutstandingDays: DEFAULT_LONG_OUTSTANDING_DAYS },
  });
}
