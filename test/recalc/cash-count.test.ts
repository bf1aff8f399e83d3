/**
 * Recalculation: random 现金盘点表 sheets are written with the file host, computed by LibreOffice headless and read
 * back; every amount, the counted total, 账存差额 and the 盘盈/盘亏/相符 text must be what the rules computed in 分.
 */
import fc from "fast-check";
import {
  CASH_COUNT_CELLS,
  DENOMINATIONS,
  OUTCOME_LABELS,
  countCash,
  type CashDifference,
} from "../../src/jobs/cash-count";
import { parseRangeAddress, type CellValue, type Grid } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { recalculate, resultsUnlikeLibreOffice } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

interface CountSheet {
  plan: SheetPlan;
  counts: number[];
  difference: CashDifference;
}

/** Mostly small counts, as a safe holds, with now and then a large one; books that agree, exceed or fall short. */
const countSheet: fc.Arbitrary<CountSheet> = fc
  .record({
    counts: fc.array(fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 200 }) }, fc.nat({ max: 1_000_000_000 })), {
      minLength: DENOMINATIONS.length,
      maxLength: DENOMINATIONS.length,
    }),
    bookShift: fc.oneof(fc.constant(0), fc.integer({ min: -100_000_00, max: 100_000_00 })),
    day: fc.integer({ min: 1, max: 28 }),
    // Receipts and payments not yet posted: none, or amounts to the 分 either way.
    unrecorded: fc.option(fc.record({ receipts: fc.nat({ max: 5_000_00 }), payments: fc.nat({ max: 5_000_00 }) }), {
      nil: undefined,
    }),
  })
  .map(({ counts, bookShift, day, unrecorded }) => {
    const counted = counts.reduce((total, count, i) => total + count * DENOMINATIONS[i]!.fen, 0);
    const result = countCash(
      {
        unit: "测试单位",
        date: { year: 2026, month: 3, day },
        book: counted + bookShift,
        ...(unrecorded && { unrecorded }),
      },
      [],
      counts,
    );
    if (!result.ok) throw new Error(result.problem.id);
    return { plan: result.value.plan, counts, difference: result.value.difference! };
  });

/** A computed amount in 分, or the text the cell shows. */
function asFen(value: CellValue | undefined): number | string | undefined {
  if (typeof value === "number") return Math.round(value * 100);
  return value === null || value === undefined ? undefined : String(value);
}

/** The computed cells of a range of one column, top to bottom, or of a single cell. */
function computed(grid: Grid, range: string): (number | string | undefined)[] {
  const { start, end } = parseRangeAddress(range)!;
  return Array.from({ length: end.row - start.row + 1 }, (_, i) => asFen(grid.values[start.row + i]?.[start.column]));
}

const computedCell = (grid: Grid, address: string) => computed(grid, address)[0];

describeWithLibreOffice("the cash count recalculated by LibreOffice", () => {
  test("amounts, total, 调整后账存 (账面余额 ± 未记账), 账存差额 and the outcome text are the rules' figures", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(countSheet, { minLength: 6, maxLength: 6 }), async (sheets) => {
        const grids = await recalculate(await writeWorkbook(sheets.map((sheet) => sheet.plan)));
        sheets.forEach(({ plan, counts, difference }, index) => {
          const grid = grids[index]!;
          // Every saved result is LibreOffice's: 12 amounts, 实盘合计, 调整后账存, 账存差额 and 盘点结果.
          expect(resultsUnlikeLibreOffice(plan, grid)).toEqual({ compared: DENOMINATIONS.length + 4, unlike: [] });
          expect({
            amounts: computed(grid, CASH_COUNT_CELLS.amounts),
            counted: computedCell(grid, CASH_COUNT_CELLS.counted),
            book: computedCell(grid, CASH_COUNT_CELLS.book),
            adjusted: computedCell(grid, CASH_COUNT_CELLS.adjusted),
            difference: computedCell(grid, CASH_COUNT_CELLS.difference),
            outcome: computedCell(grid, CASH_COUNT_CELLS.outcome),
          }).toEqual({
            amounts: counts.map((count, i) => count * DENOMINATIONS[i]!.fen),
            counted: difference.counted,
            book: difference.book,
            adjusted: difference.adjusted,
            difference: difference.difference,
            outcome: OUTCOME_LABELS[difference.outcome],
          });
        });
      }),
      // Every run and every shrinking step costs a LibreOffice start, so a failure is reported as found, unshrunk.
      { numRuns: 3, endOnFailure: true },
    );
  }, 600_000);

  test("a sheet left blank for the cashier shows 0 counted and the whole book balance as 盘亏", async () => {
    const result = countCash({ unit: "测试单位", date: { year: 2026, month: 3, day: 1 }, book: 123456 });
    if (!result.ok) throw new Error(result.problem.id);
    const [grid] = await recalculate(await writeWorkbook([result.value.plan]));
    expect(resultsUnlikeLibreOffice(result.value.plan, grid!).unlike).toEqual([]);
    expect(computedCell(grid!, CASH_COUNT_CELLS.counted)).toBe(0);
    expect(computedCell(grid!, CASH_COUNT_CELLS.difference)).toBe(-123456);
    expect(computedCell(grid!, CASH_COUNT_CELLS.outcome)).toBe("盘亏");
  }, 180_000);
});
