/**
 * The cell readers every job's reader uses: a cell that cannot be read is a finding on that cell and reads as null,
 * never an exception and never a silent 0; an amount finer than 分 is such a cell.
 */
import { parseCount, readAmount, readCount, readDate, readText, type CellSource } from "../../src/core/cells";

function source(values: (string | number | boolean | null)[][]): CellSource {
  return { grid: { sheet: "报销单", top: 4, left: 1, values }, findings: [] };
}

describe("readAmount", () => {
  test("amounts as typed read to 分; blank is null with no finding", () => {
    const cells = source([["¥1,234.50", 0.1 + 0.2, "", null, "—"]]);
    expect([0, 1, 2, 3, 4].map((column) => readAmount(cells, 0, column))).toEqual([123450, 30, null, null, null]);
    expect(cells.findings).toEqual([]);
  });

  test("an amount finer than 分, or text that is no amount, is a finding on its own cell", () => {
    const cells = source([["12.345", 1409.505, "十元"]]);
    expect([0, 1, 2].map((column) => readAmount(cells, 0, column))).toEqual([null, null, null]);
    expect(cells.findings.map(({ rule, sheet, cell }) => [rule, sheet, cell])).toEqual([
      ["money-below-fen", "报销单", "B5"],
      ["money-below-fen", "报销单", "C5"],
      ["money-unreadable", "报销单", "D5"],
    ]);
  });
});

describe("readDate, readText, readCount", () => {
  test("each reads what a cashier types and reports what it cannot read at its cell", () => {
    const cells = source([["2026年3月2日", "2026-02-30", "  张三 ", "1,200", "三张"]]);
    expect(readDate(cells, 0, 0)).toEqual({ year: 2026, month: 3, day: 2 });
    expect(readDate(cells, 0, 1)).toBeNull();
    expect(readText(cells, 0, 2)).toBe("张三");
    expect(readCount(cells, 0, 3, 10_000)).toBe(1200);
    expect(readCount(cells, 0, 4, 10_000)).toBeNull();
    expect(cells.findings.map(({ rule, cell }) => [rule, cell])).toEqual([
      ["date-invalid", "C5"],
      ["count-unreadable", "F5"],
    ]);
  });

  test("a count is a whole number from 0 to its maximum; blank is 0", () => {
    expect(parseCount("", 9)).toEqual({ ok: true, value: 0 });
    expect(parseCount("１２", 99)).toEqual({ ok: true, value: 12 });
    expect(parseCount(1.5, 9)).toMatchObject({ ok: false, problem: { id: "count-unreadable" } });
    expect(parseCount(10, 9)).toMatchObject({ ok: false, problem: { id: "count-unreadable" } });
  });
});
