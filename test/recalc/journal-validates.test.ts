/**
 * What the generator writes, the validator accepts: generated cash and bank journals, recalculated by LibreOffice
 * as Excel would compute them, then read back and checked, give no findings; and one amount changed afterwards
 * (without the balances following, as a slip of the keyboard would) is found on its row.
 */
import fc from "fast-check";
import { parseRangeAddress } from "../../src/core/grid";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { checkJournal, layoutJournal, type JournalEntry, type JournalKind } from "../../src/jobs/journal";
import { journalEntry, marchSettings } from "../support/journal";
import { recalculate } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

/** A month of entries whose payments never take the balance below zero, as a real cash or bank journal. */
const monthOfEntries = fc
  .array(
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      receipt: fc.integer({ min: 0, max: 500_000 }),
      payment: fc.integer({ min: 0, max: 500_000 }),
      summary: fc.constantFrom("提取现金", "报销差旅费", "=SUM(A1:A9)", "-冲销", "@外部文本"),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((drafts) => {
    let balance = 100_000;
    return drafts
      .sort((a, b) => a.day - b.day)
      .map((draft, index): JournalEntry => {
        const payment = draft.receipt > 0 ? 0 : Math.min(draft.payment, balance);
        const receipt = draft.receipt > 0 ? draft.receipt : payment === 0 ? 100 : 0;
        balance += receipt - payment;
        return journalEntry({
          date: { year: 2026, month: 3, day: draft.day },
          voucher: `记-${index + 1}`,
          summary: draft.summary,
          settlement: "转账",
          document: String(1000 + index),
          receipt,
          payment,
        });
      });
  });

describeWithLibreOffice("generated journals validate clean", () => {
  test.each<JournalKind>(["cash", "bank"])(
    "%s journal",
    async (kind) => {
      await fc.assert(
        fc.asyncProperty(monthOfEntries, async (entries) => {
          const plan = layoutJournal(marchSettings(kind, 12), entries);
          const [sheet] = await recalculate(await writeWorkbook([plan]));
          expect(checkJournal(sheet!, { kind })).toEqual([]);

          // A receipt typed over after the fact: the journal no longer adds up from that row on.
          const row = sheet!.values.findIndex((line) => line.includes("记-1"));
          const receiptColumn = kind === "cash" ? 6 : 8;
          const changed = { ...sheet!, values: sheet!.values.map((line) => [...line]) };
          changed.values[row]![receiptColumn] = Number(changed.values[row]![receiptColumn] || 0) + 0.01;
          const findings = checkJournal(changed, { kind });
          expect(findings.length).toBeGreaterThan(0);
          expect(parseRangeAddress(findings[0]!.cell)?.start.row).toBe(row);
        }),
        { numRuns: 2 },
      );
    },
    180_000,
  );
});
