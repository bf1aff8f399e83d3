/**
 * The 现金盘点表 job as the shells use it: plan the count sheet for a day, with the cash journal's balance for that
 * day as the book figure, and (when the counts are known) the difference the sheet's formulas will show.
 */
import type { CalendarDate } from "../../core/dates";
import type { Finding } from "../../core/findings";
import type { SheetPlan } from "../../core/plan";
import { ok, type Result } from "../../core/result";
import { closingBalanceOn, existingDate, type AccountJournal } from "../funds-report";
import { readCounts } from "./read";
import { cashDifference, countedFen, type CashDifference } from "./rules";
import { cashCountLayout } from "./layout";

export { CASH_COUNT_CELLS } from "./layout";
export { parseCount, readCounts } from "./read";
export { DENOMINATIONS, OUTCOME_LABELS, cashDifference, countedFen } from "./rules";
export type { CashDifference, CountOutcome, Denomination } from "./rules";

export interface CashCountInput {
  /** 单位名称 */
  unit: string;
  date: CalendarDate;
  /** Counts in DENOMINATIONS order as the cashier gave them (numbers or cell values); absent leaves them blank. */
  counts?: readonly unknown[];
  /** 日记账余额 for the date, in 分. */
  book: number;
}

export interface CashCountPlan {
  plan: SheetPlan;
  /** What the sheet will show once computed; null when the counts are left for the cashier to fill in. */
  difference: CashDifference | null;
}

/** A date that does not exist or that Excel cannot hold, and counts that are not counts, are problems. */
export function planCashCount(input: CashCountInput): Result<CashCountPlan> {
  const date = existingDate(input.date);
  if (!date.ok) return date;
  const counts = input.counts === undefined ? null : readCounts(input.counts);
  if (counts && !counts.ok) return counts;
  const known = counts?.value ?? null;
  return ok({
    plan: cashCountLayout({ unit: input.unit, date: date.value, counts: known, book: input.book }),
    difference: known === null ? null : cashDifference(countedFen(known), input.book),
  });
}

/** The count sheet with the cash journal's balance at the end of the day as the book figure. */
export function planCashCountFromJournal(
  input: Omit<CashCountInput, "book">,
  journal: AccountJournal,
): Result<CashCountPlan & { findings: Finding[] }> {
  const book = closingBalanceOn(journal, input.date);
  if (!book.ok) return book;
  const planned = planCashCount({ ...input, book: book.value.balance });
  return planned.ok ? ok({ ...planned.value, findings: book.value.findings }) : planned;
}
export { cashCountMessages } from "./messages";
