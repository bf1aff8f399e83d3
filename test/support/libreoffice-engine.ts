/**
 * A FormulaEngine for the memory host that computes in LibreOffice: the sheets are written as a workbook (formulas
 * without results), recalculated headless (recalc.ts) and read back. Slow (seconds a call), so the memory host asks
 * once per change. The browser tests expose it to the page; Node tests pass it to the host directly.
 */
import type { CellValue } from "../../src/core/grid";
import { emptyPlan, type PlanCell, type SheetPlan } from "../../src/core/plan";
import type { FormulaEngine } from "../../src/hosts/memory";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { recalculate } from "./recalc";

const isFormulaText = (value: CellValue): value is string => typeof value === "string" && value.startsWith("=");

function planOf(name: string, cells: CellValue[][]): SheetPlan {
  const rows: PlanCell[][] = cells.map((line) =>
    line.map((value) => (isFormulaText(value) ? { formula: value } : value)),
  );
  return { ...emptyPlan(name), blocks: rows.length > 0 ? [{ at: "A1", rows }] : [] };
}

export const libreOfficeEngine: FormulaEngine = {
  async shownValues(sheets) {
    const names = Object.keys(sheets);
    const grids = await recalculate(await writeWorkbook(names.map((name) => planOf(name, sheets[name]!))));
    return Object.fromEntries(
      names.map((name, index) => {
        const computed = grids[index]!;
        // Only formula cells take LibreOffice's value: other cells read as stored, text staying text.
        const shown = sheets[name]!.map((line, r) =>
          line.map((value, c) =>
            isFormulaText(value) ? (computed.values[r - computed.top]?.[c - computed.left] ?? "") : value,
          ),
        );
        return [name, shown];
      }),
    );
  },
};
