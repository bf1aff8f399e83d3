/**
 * The cash count's rules: the denominations, counts read from messy cells, the counted total in exact 分, and the
 * difference from the books with its kind (盘盈 / 盘亏 / 相符).
 */
import fc from "fast-check";
import {
  DENOMINATIONS,
  OUTCOME_LABELS,
  cashDifference,
  countedFen,
  parseCount,
  readCounts,
} from "../../../src/jobs/cash-count";
import { MAX_FEN } from "../../../src/core/money";

describe("denominations", () => {
  test("100, 50, 20, 10, 5 and 1 元, 5 and 1 角, 5, 2 and 1 分, largest first", () => {
    expect(DENOMINATIONS.map((d) => d.fen)).toEqual([10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1]);
    expect(DENOMINATIONS.map((d) => d.label)).toEqual([
      "100 元",
      "50 元",
      "20 元",
      "10 元",
      "5 元",
      "1 元",
      "5 角",
      "1 角",
      "5 分",
      "2 分",
      "1 分",
    ]);
  });
});

describe("countedFen", () => {
  test("face value × count, in 分", () => {
    // 3 × 100 + 1 × 50 + 2 × 5 角 + 3 × 1 角 + 1 × 2 分 = 351.32 元
    expect(countedFen([3, 1, 0, 0, 0, 0, 2, 3, 0, 1, 0])).toBe(35132);
    expect(countedFen([])).toBe(0);
  });

  test("is exact for any counts within the limit, and never beyond MAX_FEN", () => {
    const counts = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), {
      minLength: DENOMINATIONS.length,
      maxLength: DENOMINATIONS.length,
    });
    fc.assert(
      fc.property(counts, (pieces) => {
        const total = countedFen(pieces);
        const byBigInt = pieces.reduce((sum, count, i) => sum + BigInt(count) * BigInt(DENOMINATIONS[i]!.fen), 0n);
        expect(BigInt(total)).toBe(byBigInt);
        expect(total).toBeLessThanOrEqual(MAX_FEN);
      }),
    );
  });
});

describe("cashDifference", () => {
  test("账存差额 = 实盘 − 账存, and its kind", () => {
    expect(cashDifference(10000, 9950)).toEqual({
      counted: 10000,
      book: 9950,
      adjusted: 9950,
      difference: 50,
      outcome: "surplus",
    });
    // 账面余额 + 已收款未记账 − 已付款未记账 = 调整后账存, which the count is compared with.
    expect(cashDifference(10000, 9950, { receipts: 300, payments: 250 })).toMatchObject({
      adjusted: 10000,
      difference: 0,
      outcome: "agrees",
    });
    expect(cashDifference(9950, 10000)).toMatchObject({ difference: -50, outcome: "shortage" });
    expect(cashDifference(10000, 10000)).toMatchObject({ difference: 0, outcome: "agrees" });
    expect(OUTCOME_LABELS).toEqual({ surplus: "盘盈", shortage: "盘亏", agrees: "相符" });
  });
});

describe("parseCount", () => {
  test.each<[unknown, number]>([
    [12, 12],
    [0, 0],
    [null, 0],
    [undefined, 0],
    ["", 0],
    ["   ", 0],
    ["15", 15],
    [" 1,200 ", 1200],
    ["１２", 12],
    [1_000_000_000, 1_000_000_000],
  ])("%p counts %p pieces", (cell, count) => {
    expect(parseCount(cell, 0)).toEqual({ ok: true, value: count });
  });

  test.each<[unknown, string]>([
    [-1, "-1"],
    [1.5, "1.5"],
    [Number.NaN, "NaN"],
    [Infinity, "Infinity"],
    [1_000_000_001, "1000000001"],
    ["abc", "abc"],
    ["1.5", "1.5"],
    ["-3", "-3"],
    ["1,23", "1,23"],
    [true, "true"],
    [{}, "{}"],
    // An object String() cannot convert, as fast-check once found.
    [{ toString: undefined }, "{}"],
    ["12张", "12张"],
  ])("%p is a problem naming the denomination and the text %p", (cell, text) => {
    const count = parseCount(cell, 6);
    expect(count.ok).toBe(false);
    if (!count.ok) {
      expect(count.problem.id).toBe("cash-count-unreadable");
      expect(count.problem.params).toMatchObject({ position: 7, denomination: "5 角", text });
    }
  });

  test("never throws, and a count it gives is a whole number within the limit", () => {
    fc.assert(
      fc.property(fc.anything(), fc.nat({ max: 10 }), (cell, index) => {
        const count = parseCount(cell, index);
        if (count.ok) expect(Number.isSafeInteger(count.value) && count.value >= 0).toBe(true);
      }),
    );
  });
});

describe("readCounts", () => {
  test("one count per denomination, blanks as 0", () => {
    expect(readCounts([1, "", null, 2, 0, 0, 0, 0, 0, 0, "3"])).toEqual({
      ok: true,
      value: [1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 3],
    });
  });

  test("a range of the wrong size", () => {
    expect(readCounts([1, 2, 3])).toEqual({
      ok: false,
      problem: { id: "cash-count-wrong-size", params: { expected: 11, actual: 3 } },
    });
  });

  test("the first unreadable count, with its position", () => {
    const counts = readCounts([1, 2, 3, "x", -1, 0, 0, 0, 0, 0, 0]);
    expect(counts.ok).toBe(false);
    if (!counts.ok) expect(counts.problem.params).toMatchObject({ position: 4, denomination: "10 元", text: "x" });
  });
});
