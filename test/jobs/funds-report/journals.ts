/** Journal rows as a reader gives them, for the funds report's tests. */
import type { CalendarDate } from "../../../src/core/dates";
import type { AccountJournal } from "../../../src/jobs/journal";
import type { RowKind } from "../../../src/jobs/journal/model";
import { journalRowsOf, type RowRecord } from "../../support/journal-rows";

export const day = (text: string): CalendarDate => {
  const [year, month, dayOfMonth] = text.split("-").map(Number);
  return { year: year!, month: month!, day: dayOfMonth! };
};

export function journalRow(
  kind: RowKind,
  date: string | null,
  amounts: { receipt?: number; payment?: number; balance?: number } = {},
): RowRecord {
  return {
    row: 0,
    kind,
    date: date === null ? null : day(date),
    voucher: "",
    summary: "",
    receipt: amounts.receipt ?? null,
    payment: amounts.payment ?? null,
    balance: amounts.balance ?? null,
  };
}

export const journal = (account: string, rows: RowRecord[], kind: AccountJournal["kind"] = "bank"): AccountJournal => ({
  account,
  kind,
  sheet: account,
  rows: journalRowsOf(
    rows.map((row, index) => ({ ...row, row: index + 1 })),
    { letters: { date: "A" }, top: 0 },
  ),
});
