/**
 * The voucher forms as laid out: one form per page, A5 landscape with a break before each form; a voucher longer than
 * a form continues on the next, numbered 1/2, 2/2; unused lines of a filled form ruled through; the generator's
 * settings, each refusal naming its field; and what a generated form reads back as.
 */
import { isFormula } from "../../../src/core/plan";
import {
  CROSS_OUT,
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
  expect([...cells.values()]).not.toContain(CROSS_OUT);
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
  // The second form of 收-7 holds its last two lines; its third line is ruled through, as is 付-3's.
  expect([cells.get(`A${row(1, 4)}`), cells.get(`D${row(1, 6)}`), cells.get(`E${row(1, 6)}`)]).toEqual([
    "冲销第3笔应收",
    CROSS_OUT,
    CROSS_OUT,
  ]);
  expect(cells.get(`D${row(2, 6)}`)).toBe(CROSS_OUT);
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

test("entries that cannot be read stop the generation, every such cell listed", () => {
  const bad = grid("分录", [
    ["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"],
    ["2026-13-01", "记-1", "x", "库存现金", "一百", ""],
  ]);
  const generated = generateVouchers(settings(), [bad]);
  expect(generated.ok).toBe(false);
  if (generated.ok) return;
  expect(generated.problem).toEqual({ id: "voucher-entries-unreadable", params: { sheet: "分录", count: 2 } });
  expect(generated.findings?.map((finding) => finding.cell)).toEqual(["E2", "A2"]);
  const none = generateVouchers(settings(), [grid("x", [["a", "b"]])]);
  expect(none.ok ? null : none.problem.id).toBe("voucher-entries-no-header");
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
