import type { Grid } from "../../../src/core/grid";
import { isFormula, type PlanCell, type SheetPlan } from "../../../src/core/plan";
import { dayTotalBelow } from "../../../src/jobs/journal/closing";
import { formulaGrid, journalEntry, marchSettings } from "../../support/journal";
import { layoutJournal, type JournalEntry, type JournalKind } from "../../../src/jobs/journal";

const entry = (dayOfMonth: number, receipt: number, payment: number, voucher: string): JournalEntry =>
  journalEntry({
    date: { year: 2026, month: 3, day: dayOfMonth },
    voucher,
    summary: receipt > 0 ? "收到货款" : "报销差旅费",
    settlement: "转账",
    document: "1001",
    receipt,
    payment,
  });

function plan(kind: JournalKind, entries: JournalEntry[], rowsPerPage = 30): SheetPlan {
  return layoutJournal(marchSettings(kind, rowsPerPage), entries);
}

/** The sheet as Excel would hand it over, without the row `without` (1-based): formulas as their text. */
function sheetOf(planned: SheetPlan, without: number): Grid {
  const sheet = formulaGrid(planned);
  sheet.values.splice(without - 1, 1);
  return sheet;
}

const rowOf = (planned: SheetPlan, summary: string, nth = 0): number =>
  planned.blocks[0]!.rows.map((row, index) => (row.includes(summary) ? index + 1 : 0)).filter(Boolean)[nth]!;

/** A generated row as 日清 writes it: the same formulas, without the results the generator saves (Excel computes them). */
const formulasOf = (row: readonly PlanCell[]): PlanCell[] =>
  row.map((cell) => (cell !== null && isFormula(cell) ? { formula: cell.formula } : cell));

describe("a 本日合计 inserted below the day's last entry", () => {
  test.each<JournalKind>(["cash", "bank"])("is the row the generator writes for that day (%s)", (kind) => {
    const entries = [
      entry(2, 50_000, 0, "记-1"),
      entry(2, 0, 12_345, "记-2"),
      entry(5, 0, 100, "记-3"),
      entry(5, 700, 0, "记-4"),
    ];
    const generated = plan(kind, entries);
    for (const nth of [0, 1]) {
      const totalRow = rowOf(generated, "本日合计", nth);
      const inserted = dayTotalBelow(sheetOf(generated, totalRow), totalRow - 2);
      expect(inserted.ok).toBe(true);
      if (!inserted.ok) return;
      expect(inserted.value.block.at).toBe(`A${totalRow}`);
      const expected: PlanCell[] = formulasOf(generated.blocks[0]!.rows[totalRow - 1]!);
      const [cells] = inserted.value.block.rows;
      expect(cells).toEqual(expected.slice(0, cells!.length));
      expect(inserted.value.formats.map((f) => f.range)).toContain(
        `A${totalRow}:${kind === "cash" ? "I" : "K"}${totalRow}`,
      );
    }
  });

  test("on a later page, the balance adds up from that page's 承前页", () => {
    const entries = Array.from({ length: 8 }, (_, i) =>
      entry(1 + Math.floor(i / 2), 1_000 * (i + 1), 0, `记-${i + 1}`),
    );
    const generated = plan("cash", entries, 4);
    const lastDayTotal = rowOf(generated, "本日合计", 3);
    const inserted = dayTotalBelow(sheetOf(generated, lastDayTotal), lastDayTotal - 2);
    expect(inserted.ok && inserted.value.block.rows[0]).toEqual(
      formulasOf(generated.blocks[0]!.rows[lastDayTotal - 1]!.slice(0, 9)),
    );
  });

  test("refusals: not an entry row, a day already closed, not a journal", () => {
    const generated = plan("cash", [entry(2, 50_000, 0, "记-1")]);
    const grid = sheetOf(generated, 10_000);
    const totalRow = rowOf(generated, "本日合计");
    expect(dayTotalBelow(grid, 2)).toEqual({ ok: false, problem: { id: "journal-day-total-needs-entry", params: {} } });
    expect(dayTotalBelow(grid, totalRow - 2)).toMatchObject({
      ok: false,
      problem: { id: "journal-day-already-closed" },
    });
    expect(dayTotalBelow({ sheet: "x", top: 0, left: 0, values: [["a", "b"]] }, 0)).toMatchObject({
      ok: false,
      problem: { id: "journal-header-missing" },
    });
  });
});
