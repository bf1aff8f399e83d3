/**
 * A balance typed over its formula and put back by balanceFormulaAt computes the right balance again, LibreOffice
 * computing it: the same journal as generated, with a wrong figure typed over an entry's balance on its second page,
 * and with that figure replaced by the restored formula, written to one workbook and recalculated. The typed figure
 * is one journal-balance-break at its cell; restored, the cell shows what the untouched journal shows there, and the
 * whole sheet checks clean.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { isFormula, type SheetPlan } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { balanceFormulaAt, checkJournal, layoutJournal } from "../../src/jobs/journal";
import { journalEntry, marchSettings } from "../support/journal";
import { recalculate } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;
const BALANCE = 8;

function march(name: string): SheetPlan {
  const entries = [2, 2, 3, 5, 5, 5, 9, 12, 12, 20].map((dayOfMonth, index) =>
    journalEntry({
      date: `2026-03-${String(dayOfMonth).padStart(2, "0")}`,
      voucher: `记-${index + 1}`,
      receipt: index % 3 === 0 ? 50_000 + index : 0,
      payment: index % 3 === 0 ? 0 : 1_234 * (index + 1),
    }),
  );
  return { ...layoutJournal(marchSettings("cash", 6), entries), name };
}

/** The plan's sheet as its cells hold it, a formula as its text. */
function cellsOf(plan: SheetPlan): Grid {
  const values = plan.blocks[0]!.rows.map((row) =>
    row.map((cell): CellValue => (isFormula(cell) ? `=${cell.formula.replace(/^=/, "")}` : cell)),
  );
  return { sheet: plan.name, top: 0, left: 0, values };
}

describeWithLibreOffice("a balance formula restored, recalculated by LibreOffice", () => {
  test("computes the balance the untouched journal shows, and the sheet checks clean", async () => {
    const untouched = march("原样");
    const typed = march("手改余额");
    const restored = march("恢复公式");
    // An entry on the second page (after 过次页 / 承前页), its balance summed from the 承前页.
    const row = cellsOf(untouched).values.findIndex(
      (line, index) => index > 10 && line[4] === "日常收支" && typeof line[BALANCE] === "string",
    );
    expect(row).toBeGreaterThan(10);
    expect(
      cellsOf(untouched)
        .values.slice(0, row)
        .some((line) => line[4] === "承前页"),
    ).toBe(true);
    typed.blocks[0]!.rows[row]![BALANCE] = 1234.56;
    restored.blocks[0]!.rows[row]![BALANCE] = 1234.56;
    const restore = balanceFormulaAt(cellsOf(restored), row);
    if (!restore.ok) throw new Error(restore.problem.id);
    const cell = restore.value.cell;
    restored.blocks[0]!.rows[row]![BALANCE] = { formula: restore.value.formula };

    const sheets = new Map(
      (await recalculate(await writeWorkbook([untouched, typed, restored]))).map((grid) => [grid.sheet, grid]),
    );
    const shown = (sheet: string) => sheets.get(sheet)!.values[row]![BALANCE];
    expect(checkJournal(sheets.get("手改余额")!).map((finding) => [finding.rule, finding.cell])).toEqual([
      ["journal-balance-break", cell],
    ]);
    expect(typeof shown("原样")).toBe("number");
    expect(shown("恢复公式")).toBe(shown("原样"));
    expect(checkJournal(sheets.get("恢复公式")!)).toEqual([]);
    expect(checkJournal(sheets.get("原样")!)).toEqual([]);
  });
});
