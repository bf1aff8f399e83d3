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

const BANK = { account: ["账户", "银行账户"], bank: ["开户行", "开户银行"], number: ["账号", "银行账号"] };
const FORM = { department: ["部门", "报销部门"], claimant: ["报销人"], date: ["日期", "报销日期"] };
const SIGNERS = { handler: ["经办人", "经手人"], approver: ["总经理"] };
const read = (aliases: Record<string, string[]>, rows: CellValue[][], others: Record<string, string[]> = {}) =>
  Object.fromEntries(
    Object.entries(findLabelledValues(grid("表", rows), aliases, others)).map(([field, v]) => [
      field,
      [v!.row, v!.column, v!.value],
    ]),
  );

test("blank cells between a label and its value: the rest of a merged label, a spacer, up to a bound", () => {
  expect(read(BANK, [["开户银行", "", "中国工商银行北京分行", "", "账号：", "", "", "1202021009100123456"]])).toEqual({
    bank: [0, 2, "中国工商银行北京分行"],
    number: [0, 7, "1202021009100123456"],
  });
  // Eight blank cells are the most a value may stand past its label; past them it belongs to something else.
  const far = (blanks: number) => read(FORM, [["报销部门：", ...Array<string>(blanks).fill(""), "市场部"]]);
  expect(far(8)).toEqual({ department: [0, 9, "市场部"] });
  expect(far(9)).toEqual({ department: [0, 1, ""] });
});

test("labels merged over several cells side by side, over the line filled in: each value under its label", () => {
  expect(
    read(FORM, [
      ["部门", "", "", "报销人", "", "报销日期", ""],
      ["行政部", "", "", "李四", "", 46086, ""],
    ]),
  ).toEqual({ department: [1, 0, "行政部"], claimant: [1, 3, "李四"], date: [1, 5, 46086] });
  // Not when the line holds values beside its labels: the line below is another line of the form.
  expect(
    read({ refund: ["应退"], topUp: ["应补"], advance: ["原借款"] }, [
      ["原借款：", 1000, "应退：", "", "应补：", ""],
      ["有无涂改：", "无", "附单据：", "", 3, ""],
    ]),
  ).toEqual({ advance: [0, 1, 1000], refund: [0, 3, ""], topUp: [0, 5, ""] });
});

test("the next label on the line stops the search, one of the form's other labels too", () => {
  expect(read(BANK, [["账户", "", "", "单位名称", "某某公司"]], { other: ["单位名称"] })).toEqual({
    account: [0, 1, ""],
  });
  expect(read(FORM, [["报销人", "", "", "经办人", "张三"]], SIGNERS)).toEqual({ claimant: [0, 1, ""] });
  expect(read(SIGNERS, [["报销人", "", "", "经办人", "张三"]], FORM)).toEqual({ handler: [0, 4, "张三"] });
  // A label holding its value after a colon is no bare label: the label beside it reads its own value.
  expect(read(BANK, [["单位：某某公司", "账户：", "", "工商银行 6222021234"]], { other: ["单位"] })).toEqual({
    account: [0, 3, "工商银行 6222021234"],
  });
});
