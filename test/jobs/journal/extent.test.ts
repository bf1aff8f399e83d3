/**
 * journalExtent, which the generator refuses by before laying a journal out: its row count is the plan's own, for
 * any entries and rows per page, and its first figure past MAX_FEN is the first the journal would show.
 */
import fc from "fast-check";
import { parseRangeAddress } from "../../../src/core/grid";
import { MAX_FEN } from "../../../src/core/money";
import { journalExtent, layoutJournal, settleJournal, parseJournalSettings } from "../../../src/jobs/journal";
import type { JournalEntry } from "../../../src/jobs/journal";

/** The last sheet row a plan writes to (1-based). */
function lastRow(plan: ReturnType<typeof layoutJournal>): number {
  return Math.max(...plan.blocks.map((block) => parseRangeAddress(block.at)!.start.row + block.rows.length));
}

function entry(month: number, day: number, receipt: number, payment: number, account = "管理费用"): JournalEntry {
  const date = { year: 2026, month, day };
  return {
    date,
    voucher: "",
    summary: "摘要",
    counterAccount: account,
    counterparty: "",
    settlement: "",
    document: "",
    receipt,
    payment,
  };
}

const entryArbitrary = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 28 }),
    fc.nat({ max: 100_000 }),
    fc.constantFrom("管理费用", "其他应收款—张三", "银行存款"),
  )
  .map(([month, day, fen, account]) => entry(month, day, fen % 2 ? fen : 0, fen % 2 ? 0 : fen + 1, account));

test("the rows counted are the rows the plan writes, list of 对方科目 included", () => {
  fc.assert(
    fc.property(
      fc.array(entryArbitrary, { maxLength: 60 }),
      fc.integer({ min: 2, max: 12 }),
      fc.boolean(),
      fc.constantFrom(undefined, "2026-02"),
      (entries, rowsPerPage, ytd, month) => {
        const fields = {
          "rows-per-page": String(rowsPerPage),
          ...(ytd && { "ytd-receipts": "10", "ytd-payments": "5" }),
          ...(month && { month }),
        };
        const options = parseJournalSettings("cash", fields);
        if (!options.ok) throw new Error(options.problem.id);
        const settled = settleJournal(options.value, entries.length > 0 || month ? entries : [entry(2, 1, 1, 0)]);
        if (!settled.ok) return; // 本年累计 brought into a January journal, or no entries in the month: refused anyway.
        const plan = layoutJournal(settled.value.settings, settled.value.entries);
        expect(journalExtent(settled.value.settings, settled.value.entries).rows).toBe(lastRow(plan));
      },
    ),
  );
});

test("the first balance or total past MAX_FEN is named; a journal within it has none", () => {
  const settle = (entries: JournalEntry[], opening = "0") => {
    const options = parseJournalSettings("cash", { opening });
    if (!options.ok) throw new Error(options.problem.id);
    const settled = settleJournal(options.value, entries);
    if (!settled.ok) throw new Error(settled.problem.id);
    return journalExtent(settled.value.settings, settled.value.entries).pastExact;
  };
  const half = Math.floor(MAX_FEN / 2) + 1;
  expect(settle([entry(1, 5, half, 0), entry(1, 6, 0, half)])).toBeNull();
  // Receipts and payments that cancel still add up to a year's total past the range.
  expect(settle([entry(1, 5, half, 0), entry(1, 6, 0, half), entry(1, 7, half, 0)])).toBe(half * 2);
  // The balance passes first: the opening balance and one receipt, in date order whatever the order given.
  expect(settle([entry(1, 9, 0, 5), entry(1, 2, MAX_FEN, 0)], "0.01")).toBe(MAX_FEN + 1);
});
