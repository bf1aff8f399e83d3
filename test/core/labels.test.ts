/** The labelled-value reader: a value beside its label, under a row of labels, or after the colon in its own cell. */
import type { CellValue } from "../../src/core/grid";
import { findLabelledValues } from "../../src/core/labels";
import { grid } from "../support/grids";

const ALIASES = { handler: ["经办人", "经手人"], approver: ["总经理"], words: ["金额(大写)", "大写"], total: ["小写"] };

const found = (rows: CellValue[][]) => {
  const values = findLabelledValues(grid("表", rows), ALIASES);
  return Object.fromEntries(Object.entries(values).map(([field, v]) => [field, [v!.row, v!.column, v!.value]]));
};

test("beside its label, across merged (empty) cells, full-width colon and spaces ignored", () => {
  expect(found([["经 办 人：", "", "", "张三", "总经理：", "王五"]])).toEqual({
    handler: [0, 3, "张三"],
    approver: [0, 5, "王五"],
  });
});

test("a blank value beside its label is blank, at the cell after the label, not the next label", () => {
  expect(found([["经办人：", "", "总经理：", "王五"]])).toEqual({ handler: [0, 1, ""], approver: [0, 3, "王五"] });
  // A text ending in a colon is a label too, even one not asked for.
  expect(found([["经办人：", "", "日期：", "2026-03-01"]])).toEqual({ handler: [0, 1, ""] });
});

test("under a row of labels", () => {
  expect(
    found([
      ["总经理", "经办人"],
      ["王五", ""],
    ]),
  ).toEqual({ approver: [1, 0, "王五"], handler: [1, 1, ""] });
});

test("in the label's own cell after a colon, with a bracketed note on the label", () => {
  expect(
    found([
      ["金额（大写）：壹佰元整", "经办人（签字）：______"],
      ["", "李四"],
    ]),
  ).toEqual({
    words: [0, 0, "壹佰元整"],
    handler: [1, 1, "李四"],
  });
});

test("on the line below when it holds nothing else; not when it is another line of the form", () => {
  expect(
    found([
      ["大写", "", ""],
      ["", "", "壹佰元整"],
    ]),
  ).toEqual({ words: [1, 2, "壹佰元整"] });
  expect(
    found([
      ["大写", "", ""],
      ["小写", 100, ""],
    ]),
  ).toEqual({ words: [0, 1, ""], total: [1, 1, 100] });
});

test("a label written twice: the one with a value wins", () => {
  expect(
    found([
      ["经办人：", ""],
      ["经手人：", "赵六"],
    ]),
  ).toEqual({ handler: [1, 1, "赵六"] });
});
