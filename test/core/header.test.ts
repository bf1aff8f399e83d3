/** The one header finder: a header found on one row or two, and when none is, the row that came closest and what it lacks. */
import type { Grid } from "../../src/core/grid";
import { findHeader, hasAll, nearestHeader, type HeaderSpec } from "../../src/core/header";

type Column = "summary" | "amount" | "balance";
const SPEC: HeaderSpec<Column> = {
  aliases: { summary: ["摘要"], amount: ["金额"], balance: ["余额", "结存"] },
  complete: (columns) => hasAll(columns, ["summary", "amount", "balance"]),
  required: ["summary", "amount", "balance"],
};
const grid = (values: Grid["values"]): Grid => ({ sheet: "表", top: 0, left: 0, values });

test("a complete header is found, and nearestHeader is not needed for it", () => {
  const found = findHeader(grid([["标题"], ["摘要", "金额", "结存"], ["a", 1, 1]]), SPEC);
  expect(found).toMatchObject({ row: 1, columns: { summary: 0, amount: 1, balance: 2 } });
});

test("without one, the row naming the most columns, and the required ones it lacks", () => {
  const values = [["摘要"], ["摘要", "金额", "剩余"], ["a", 1, 1]];
  expect(findHeader(grid(values), SPEC)).toBeNull();
  expect(nearestHeader(grid(values), SPEC)).toEqual({
    row: 1,
    columns: { summary: 0, amount: 1 },
    missing: ["balance"],
  });
});

test("a two-row header takes its lower row's labels; a lower row with none is not part of it", () => {
  const twoRows = grid([
    ["摘要", "金额", ""],
    ["", "", "结存"],
    ["a", 1, 1],
  ]);
  expect(findHeader(twoRows, SPEC)).toMatchObject({ firstRow: 0, row: 1, columns: { balance: 2 } });
  const unknownBelow = grid([
    ["摘要", "金额", ""],
    ["", "", "余量"],
    ["a", 1, 1],
  ]);
  expect(nearestHeader(unknownBelow, SPEC)).toMatchObject({ row: 0, missing: ["balance"] });
});

test("no row naming any column: null", () => {
  expect(
    nearestHeader(
      grid([
        ["姓名", "电话"],
        ["张三", 1],
      ]),
      SPEC,
    ),
  ).toBeNull();
  expect(nearestHeader(grid([[""]]), SPEC)).toBeNull();
});
