/** Journal rows as a reader gives them, for the funds report's tests. */
import type { CalendarDate } from "../../src/core/dates";
import type { AccountJournal } from "../../src/funds-report";
import type { JournalRow } from "../../src/journal/model";

export const day = (text: string): CalendarDate => {
  const [year, month, dayOfMonth] = text.split("-").map(Number);
  return { year: year!, month: month!, day: dayOfMonth! };
};

export function journalRow(
  kind: JournalRow["kind"],
  date: string | null,
  amounts: { receipt?: number; payment?: number; balance?: number } = {},
): JournalRow {
  return {
    row: 0,
    kind,
    date: date === null ? null : day(date),
    voucher: "",
    summary: "",
    counterAccount: "",
    settlement: "",
    document: "",
    receipt: amounts.receipt ?? null,
    payment: amounts.payment ?? null,
    balance: amounts.balance ?? null,
    cells: {},
  };
}

export const journal = (
  account: string,
  rows: JournalRow[],
  kind: AccountJournal["kind"] = "bank",
): AccountJournal => ({
  account,
  kind,
  sheet: account,
  rows: rows.map((row, index) => ({ ...row, row: index, cells: { date: `A${index + 2}` } })),
});
