/**
 * A balance typed over its formula and put back by balanceFormulaAt computes the right balance again, LibreOffice
 * computing it: the same journal as generated, with a wrong figure typed over an entry's balance on its second page,
 * and with that figure replaced by the restored formula, written to one workbook and recalculated. The typed figure
 * is one journal-balance-break at its cell; restored, the cell shows what the untouched journal shows there, and the
 * whole sheet checks clean.
 */
import type { SheetPlan } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { balanceFormulaAt, checkJournal } from "../../src/jobs/journal";
import { formulaGrid, marchJournal } from "../support/journal";
import { recalculate } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;
const BALANCE = 8;

/** The month's journal on a sheet named `name`. */
const march = (name: string): SheetPlan => ({ ...marchJournal("cash", 6), name });

describeWithLibreOffice("a balance formula restored, recalculated by LibreOffice", () => {
  test("computes the balance the untouched journal shows, and the sheet checks clean", async () => {
    const untouched = march("原样");
    const typed = march("手改余额");
    const restored = march("恢复公式");
    // An entry on the second page (after 过次页 / 承前页), its balance summed from the 承前页.
    const row = formulaGrid(untouched).values.findIndex(
      (line, index) => index > 10 && line[4] === "日常收支" && typeof line[BALANCE] === "string",
    );
    expect(row).toBeGreaterThan(10);
    expect(
      formulaGrid(untouched)
        .values.slice(0, row)
        .some((line) => line[4] === "承前页"),
    ).toBe(true);
    typed.blocks[0]!.rows[row]![BALANCE] = 1234.56;
    restored.blocks[0]!.rows[row]![BALANCE] = 1234.56;
    const restore = balanceFormulaAt(formulaGrid(restored), row);
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
