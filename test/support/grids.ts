/** Grids as tests write them, a plan's cells laid out as such a grid, and a grid as a plan to write. */
import { parseRangeAddress, type CellValue, type Grid } from "../../src/core/grid";
import { emptyPlan, type PlanCell, type SheetPlan } from "../../src/core/plan";

/** A grid from rows as a test writes them; "" for empty cells, and nothing for cells merged into the one at left. */
export function grid(name: string, rows: CellValue[][]): Grid {
  const width = Math.max(...rows.map((row) => row.length));
  return {
    sheet: name,
    top: 0,
    left: 0,
    values: rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "")),
  };
}

/** A plan's cells as a grid of values from A1; formula cells keep their formulas for a test to replace. */
export function planValues(plan: SheetPlan): PlanCell[][] {
  const values: PlanCell[][] = [];
  for (const block of plan.blocks) {
    const at = parseRangeAddress(block.at)!.start;
    block.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        while (values.length <= at.row + r) values.push([]);
        values[at.row + r]![at.column + c] = cell ?? "";
      }),
    );
  }
  const width = Math.max(...values.map((line) => line.length));
  return values.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ""));
}

/** A grid as a plan of values (and merges), to write to .xlsx for the command line's tests. */
export function valuesPlan(sheet: Grid, merges: string[] = []): SheetPlan {
  const plan = emptyPlan(sheet.sheet);
  plan.blocks.push({ at: "A1", rows: sheet.values });
  plan.merges.push(...merges);
  return plan;
}
