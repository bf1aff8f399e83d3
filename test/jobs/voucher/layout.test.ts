/**
 * The voucher forms as laid out: one form per page, A5 landscape with a break before each form; a voucher longer than
 * a form continues on the next, numbered 1/2, 2/2; unused lines of a filled form ruled through; the generator's
 * settings, each refusal naming its field; and what a generated form reads back as.
 */
import { parseRangeAddress, type CellValue } from "../../../src/core/grid";
import { isFormula, type SheetPlan } from "../../../src/core/plan";
import {
  generateVouchers,
  parseVoucherNumber,
  parseVoucherSettings,
  readVouchers,
  type VoucherSettings,
} from "../../../src/jobs/voucher";
import { cellsOf } from "../../support/plan-cells";
import { grid, planValues } from "../../support/grids";
import { computed } from "../../support/voucher";

const settings = (fields: Record<string, string> = {}): VoucherSettings => {
  const parsed = parseVoucherSettings(fields);
  if (!parsed.ok) throw new Error(parsed.problem.id);
  return parsed.value;
};

/** The areas a plan draws a diagonal through, and whether each is merged (one line across it). */
const crossedOut = (plan: SheetPlan) =>
  plan.formats
    .filter((format) => format.style.borders?.diagonal)
    .map((format) => ({
      range: format.range,
      merged: plan.merges.includes(format.range),
      diagonal: format.style.borders!.diagonal,
    }));

/** Whether a plan's formats leave the cell unlocked, as a place to type (the last format that says wins). */
const unlocked = (plan: SheetPlan, cell: string) => {
  const at = parseRangeAddress(cell)!.start;
  const covering = plan.formats.filter(({ range, style }) => {
    const area = parseRangeAddress(range)!;
    const inside =
      at.row >= area.start.row &&
      at.row <= area.end.row &&
      at.column >= area.start.column &&
      at.column <= area.end.column;
    return inside && style.locked !== undefined;
  });
  return covering.length > 0 && covering[covering.length - 1]!.style.locked === false;
};

const ENTRIES = grid("分录", [
  ["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额", "附件"],
  ["2026-03-02", "收-7", "收到甲公司货款", "银行存款-工商银行", 1130, "", 2],
  ...[1, 2, 3].map((n) => ["", "", `冲销第${n}笔应收`, "应收账款-甲公司", "", 300, ""]),
  ["", "", "冲销手续费", "财务费用", "", 230, ""],
  ["2026-03-05", "付-3", "支付运费", "销售费用", 80, "", 1],
  ["", "", "支付运费", "库存现金", "", 80, ""],
]);

test("blank forms: one per page, A5 landscape, a page break before each but the first", () => {
  const generated = generateVouchers(settings({ count: "3", word: "付", unit: "某某公司" }));
  if (!generated.ok) throw new Error(generated.problem.id);
  const [plan] = generated.value;
  expect(plan!.name).toBe("付款凭证");
  expect(plan!.print).toMatchObject({ paper: "A5", orientation: "landscape", rowBreaks: [14, 28] });
  const cells = cellsOf(plan!);
  expect([cells.get("A1"), cells.get("A2"), cells.get("D2"), cells.get("A15")]).toEqual([
    "付款凭证",
    "核算单位：某某公司",
    "付字第",
    "付款凭证",
  ]);
  expect(["D11", "E11", "B11"].map((cell) => isFormula(cells.get(cell)!))).toEqual([true, true, true]);
  // Blank forms are to be filled in: nothing is ruled through, every line is a place to type.
  expect(crossedOut(plan!)).toEqual([]);
  expect(["A5", "E10", "A19", "E24"].map((cell) => unlocked(plan!, cell))).toEqual([true, true, true, true]);
  expect(cells.get("A13")).toBe("会计主管：");
});

test("from entries: a voucher longer than a form continues, numbered 1/2 and 2/2; unused lines are ruled through", () => {
  const generated = generateVouchers(settings({ lines: "3" }), [ENTRIES]);
  if (!generated.ok) throw new Error(generated.problem.id);
  const [plan] = generated.value;
  expect(plan!.name).toBe("凭证");
  const cells = cellsOf(plan!);
  const height = 3 + 8;
  const row = (form: number, r: number) => form * height + r + 1;
  expect(
    [1, 2, 3].map((form) => [
      cells.get(`A${row(form - 1, 0)}`),
      cells.get(`E${row(form - 1, 1)}`),
      cells.get(`F${row(form - 1, 1)}`),
    ]),
  ).toEqual([
    ["收款凭证", 7, "1/2"],
    ["收款凭证", 7, "2/2"],
    ["付款凭证", 3, undefined],
  ]);
  // The second form of 收-7 holds its last two lines; its third line is ruled through, as is 付-3's: 摘要 to 贷方金额
  // merged into one empty cell, a line from its top-left corner to its bottom-right. The full first form has none.
  expect(cells.get(`A${row(1, 4)}`)).toBe("冲销第3笔应收");
  const line = { style: "thin", direction: "down" };
  expect(crossedOut(plan!)).toEqual([
    { range: `A${row(1, 6)}:E${row(1, 6)}`, merged: true, diagonal: line },
    { range: `A${row(2, 6)}:E${row(2, 6)}`, merged: true, diagonal: line },
  ]);
  expect(["A", "B", "C", "D", "E", "F"].map((column) => cells.get(`${column}${row(1, 6)}`))).toEqual(
    Array(6).fill(undefined),
  );
  // A line ruled through is no place to type; the lines used are, to correct them.
  expect([`D${row(1, 6)}`, `F${row(1, 6)}`, `D${row(1, 5)}`].map((cell) => unlocked(plan!, cell))).toEqual([
    false,
    false,
    true,
  ]);
  expect([cells.get(`B${row(0, 4)}`), cells.get(`C${row(0, 4)}`)]).toEqual(["银行存款", "工商银行"]);
  expect(cells.get(`B${row(0, 7 + 1)}`)).toBe(2);

  // Read back (formulas as Excel computes them), the two forms are one voucher again, and it balances.
  const read = readVouchers({ sheet: "凭证", top: 0, left: 0, values: computed(planValues(plan!)) });
  expect(read?.vouchers.map((voucher) => [voucher.word, voucher.number, voucher.pages.length])).toEqual([
    ["收", 7, 2],
    ["付", 3, 1],
  ]);
  expect(read?.vouchers[0]!.pages.map((page) => page.words?.value)).toEqual(["人民币壹仟壹佰叁拾元整", undefined]);
});

test("six lines to a form: the unused lines of each are one merged area, ruled through corner to corner", () => {
  const generated = generateVouchers(settings(), [ENTRIES]);
  if (!generated.ok) throw new Error(generated.problem.id);
  const [plan] = generated.value;
  // 收-7 takes five of its form's six lines (rows 5-9, 10 unused), 付-3 two of the next form's (rows 19-20).
  expect(crossedOut(plan!).map(({ range, merged }) => [range, merged])).toEqual([
    ["A10:E10", true],
    ["A21:E24", true],
  ]);
  expect(cellsOf(plan!).get("A20")).toBe("支付运费");
  // 合计 still adds the whole column, the merged area's blank cells among them.
  expect(cellsOf(plan!).get("D25")).toEqual({ formula: "=ROUND(SUM(D19:D24),2)" });
});

test("entries that cannot be read stop the generation, every such cell listed", () => {
  const bad = grid("分录", [
    ["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"],
    ["2026-13-01", "记-1", "x", "库存现金", "一百", ""],
  ]);
  const generated = generateVouchers(settings(), [bad]);
  expect(generated.ok).toBe(false);
  if (generated.ok) return;
  expect(generated.problem).toEqual({
    id: "voucher-entries-unreadable",
    field: "from",
    params: { sheet: "分录", count: 2 },
  });
  expect(generated.findings?.map((finding) => finding.cell)).toEqual(["E2", "A2"]);
  const none = generateVouchers(settings(), [grid("x", [["a", "b"]])]);
  expect(none.ok ? null : none.problem.id).toBe("voucher-entries-no-header");
});

test("entries whose voucher does not balance, or whose number comes back on another day, make no vouchers", () => {
  const entries = grid("四月分录", [
    ["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"],
    ["2026-04-01", "付-2", "支付快递费", "管理费用-邮寄费", 86, ""],
    ["2026-04-01", "付-2", "支付快递费", "库存现金", "", 86],
    ["2026-04-03", "付-2", "购买墨盒", "管理费用-办公费", "1,280.00", ""],
    ["2026-04-03", "付-2", "购买墨盒", "银行存款-建设银行", "", "1,208.00"],
    ["2026-04-07", "付-3", "支付水费", "管理费用-水电费", 415.6, ""],
    ["2026-04-07", "付-3", "支付水费", "银行存款-建设银行", "", 415.6],
  ]);
  const generated = generateVouchers(settings({ word: "付" }), [entries]);
  expect(generated.ok).toBe(false);
  if (generated.ok) return;
  expect(generated.problem).toEqual({
    id: "voucher-entries-wrong",
    field: "from",
    params: { sheet: "四月分录", count: 2 },
  });
  // The 4th is another voucher than the 1st, not more lines of it: its number is the repeat, its lines the imbalance.
  expect(generated.findings?.map(({ rule, cell, params }) => [rule, cell, params])).toEqual([
    ["voucher-number-repeated", "B4", { voucher: "付-2", first: "B2" }],
    ["voucher-unbalanced", "E5", { voucher: "付-2", debit: "1,280.00", credit: "1,208.00", difference: "72.00" }],
  ]);
  // Renumbered 付-3 and 付-4, and the credit corrected, the same entries make three vouchers.
  const fixed = entries.values.map((row, index): CellValue[] =>
    index === 0 ? row : [row[0]!, index <= 2 ? "付-2" : index <= 4 ? "付-3" : "付-4", ...row.slice(2)],
  );
  fixed[4]![5] = "1,280.00";
  const made = generateVouchers(settings({ word: "付" }), [{ ...entries, values: fixed }]);
  expect(made.ok).toBe(true);
  if (made.ok)
    expect(
      readVouchers({ sheet: "凭证", top: 0, left: 0, values: computed(planValues(made.value[0]!)) })?.vouchers,
    ).toHaveLength(3);
});

test("settings: defaults, and each refusal names its field", () => {
  expect(settings()).toEqual({ unit: "", lines: 6, kind: "记", count: 10 });
  expect(settings({ word: "收款凭证", lines: "８", count: "2" })).toMatchObject({ kind: "收", lines: 8, count: 2 });
  const refused = (fields: Record<string, string>) => {
    const parsed = parseVoucherSettings(fields);
    return parsed.ok ? null : [parsed.problem.field, parsed.problem.id];
  };
  expect(refused({ lines: "1" })).toEqual(["lines", "voucher-settings-lines"]);
  expect(refused({ lines: "13" })).toEqual(["lines", "voucher-settings-lines"]);
  expect(refused({ word: "借" })).toEqual(["word", "voucher-settings-word"]);
  expect(refused({ count: "0" })).toEqual(["count", "voucher-settings-count"]);
});

test.each([
  ["记-15", { word: "记", number: 15, part: null }],
  ["记-0015", { word: "记", number: 15, part: null }],
  ["收 3", { word: "收", number: 3, part: null }],
  ["现收-3", { word: "现收", number: 3, part: null }],
  ["记字第15号", { word: "记", number: 15, part: null }],
  ["记-15 1/2", { word: "记", number: 15, part: { index: 1, count: 2 } }],
  ["１５", { word: "", number: 15, part: null }],
  [15, { word: "", number: 15, part: null }],
  ["作废", { word: "作废", number: null, part: null }],
])("voucher number %p", (text, expected) => {
  expect(parseVoucherNumber(text)).toEqual(expected);
});
