/**
 * Recalculation: 余额调节表 sheets of random synthetic months are written with the file host, computed by LibreOffice
 * headless and read back. Each list's 小计, both adjusted balances, the 相符 / 不符 cell and the difference must be the
 * rules' own figures in 分 — for months that reconcile and for months given a wrong balance. The sheet written is then
 * read back as next month's carried 未达账项, item for item.
 */
import fc from "fast-check";
import { parseRangeAddress, type CellValue, type Grid } from "../../src/core/grid";
import { writeWorkbook } from "../../src/hosts/xlsx";
import {
  AGREES_TEXT,
  DISAGREES_TEXT,
  OUTSTANDING_LISTS,
  layoutReconciliation,
  readCarried,
  reconciliation,
  type Item,
  type OutstandingItems,
} from "../../src/jobs/reconcile";
import { recalculate, resultsUnlikeLibreOffice } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

const anItem = (flow: "in" | "out") =>
  fc
    .record({
      day: fc.integer({ min: 1, max: 31 }),
      amount: fc.oneof(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 9_999_999_999 })),
      number: fc.option(fc.integer({ min: 10_000_000, max: 99_999_999 }).map(String), { nil: "" }),
    })
    .map(({ day, amount, number }): Item => ({
      row: 0,
      date: { year: 2026, month: 3, day },
      time: -1,
      flow,
      amount,
      summary: "测试摘要",
      counterparty: "",
      number,
      carried: false,
      sheet: "",
      cell: "",
    }));

const month = fc.record({
  bankReceivedNotBooked: fc.array(anItem("in"), { maxLength: 4 }),
  bankPaidNotBooked: fc.array(anItem("out"), { maxLength: 4 }),
  bookReceivedNotBank: fc.array(anItem("in"), { maxLength: 4 }),
  bookPaidNotBank: fc.array(anItem("out"), { maxLength: 4 }),
  bookBalance: fc.integer({ min: 0, max: 99_999_999_999 }),
  /** 0 for a month that reconciles; otherwise the statement balance is that far off. */
  error: fc.oneof(fc.constant(0), fc.integer({ min: -100_000, max: 100_000 })),
});

function fenOf(value: CellValue | undefined): number | string | undefined {
  if (typeof value === "number") return Math.round(value * 100);
  return value === null || value === undefined ? undefined : String(value);
}

const cell = (grid: Grid, address: string) => {
  const { start } = parseRangeAddress(address)!;
  return fenOf(grid.values[start.row]?.[start.column]);
};

describeWithLibreOffice("the 余额调节表 recalculated by LibreOffice", () => {
  test("小计, adjusted balances, 相符 / 不符 and the difference are the rules' figures; the lists read back", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(month, { minLength: 4, maxLength: 4 }), async (months) => {
        const sheets = months.map((m) => {
          const outstanding: OutstandingItems = {
            bankReceivedNotBooked: m.bankReceivedNotBooked,
            bankPaidNotBooked: m.bankPaidNotBooked,
            bookReceivedNotBank: m.bookReceivedNotBank,
            bookPaidNotBank: m.bookPaidNotBank,
          };
          const sum = (items: Item[]) => items.reduce((s, i) => s + i.amount, 0);
          const adjustedBook = m.bookBalance + sum(m.bankReceivedNotBooked) - sum(m.bankPaidNotBooked);
          const statementBalance = adjustedBook - sum(m.bookReceivedNotBank) + sum(m.bookPaidNotBank) + m.error;
          const figures = reconciliation(m.bookBalance, statementBalance, outstanding);
          return {
            figures,
            ...layoutReconciliation({
              bank: "工商银行",
              account: "基本户",
              asOf: { year: 2026, month: 3, day: 31 },
              reconciliation: figures,
            }),
          };
        });
        const grids = await recalculate(await writeWorkbook(sheets.map((sheet) => sheet.plan)));
        sheets.forEach(({ figures, cells, plan }, index) => {
          const grid = grids[index]!;
          // The results the sheet saves for its formulas are LibreOffice's: 4 小计, 2 adjusted, 相符, 差额, 4 above.
          expect(resultsUnlikeLibreOffice(plan, grid)).toEqual({ compared: 12, unlike: [] });
          const sum = (items: Item[]) => items.reduce((s, i) => s + i.amount, 0);
          expect({
            subtotals: OUTSTANDING_LISTS.map((list) => cell(grid, cells.subtotals[list])),
            adjustedBook: cell(grid, cells.adjustedBook),
            adjustedStatement: cell(grid, cells.adjustedStatement),
            agrees: cell(grid, cells.agrees),
            difference: cell(grid, cells.difference),
          }).toEqual({
            subtotals: OUTSTANDING_LISTS.map((list) => sum(figures.outstanding[list])),
            adjustedBook: figures.adjustedBook,
            adjustedStatement: figures.adjustedStatement,
            agrees: figures.difference === 0 ? AGREES_TEXT : DISAGREES_TEXT,
            difference: figures.difference,
          });
          const carried = readCarried(grid);
          expect(carried?.findings).toEqual([]);
          for (const list of OUTSTANDING_LISTS)
            expect(carried?.items[list].map((i) => [i.date, i.amount, i.number, i.flow])).toEqual(
              figures.outstanding[list].map((i) => [i.date, i.amount, i.number, i.flow]),
            );
        });
      }),
      // Every run costs a LibreOffice start, so a failure is reported as found, unshrunk.
      { numRuns: 2, endOnFailure: true },
    );
  }, 600_000);
});
