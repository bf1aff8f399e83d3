/** Every non-empty cell of a plan's blocks by A1 address, for tests that look at what a layout writes where. */
import { cellAddress, parseRangeAddress } from "../../src/core/grid";
import type { PlanCell, SheetPlan } from "../../src/core/plan";

export function cellsOf(plan: SheetPlan): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const block of plan.blocks) {
    const at = parseRangeAddress(block.at)!.start;
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) cells.set(cellAddress(at.row + r, at.column + c), cell);
      }),
    );
  }
  return cells;
}
