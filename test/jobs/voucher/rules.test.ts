/**
 * Every voucher check trips and passes, on our form and on two voucher lists laid out as accounting packages export
 * them (test/support/voucher.ts): the same month of vouchers, changed in one place for each rule.
 */
import { DEFAULT_ACCOUNTS } from "../../../src/core/accounts";
import type { Grid } from "../../../src/core/grid";
import { parseRangeAddress } from "../../../src/core/grid";
import { checkVoucherSheet, readVouchers, type Voucher } from "../../../src/jobs/voucher";
import { cleanVouchers, kingdeeList, ourCell, ourSheet, yonyouList, type TestVoucher } from "../../support/voucher";

const SHAPES: Record<string, (vouchers: TestVoucher[]) => Grid> = {
  ours: (vouchers) => ourSheet(vouchers),
  kingdee: (vouchers) => kingdeeList(vouchers),
  yonyou: (vouchers) => yonyouList(vouchers).grid,
};

const linesCount = (voucher: Voucher) => voucher.pages.flatMap((page) => page.lines).length;
const check = (grid: Grid) => checkVoucherSheet(grid, { chart: DEFAULT_ACCOUNTS });
const rules = (grid: Grid) => check(grid).map((finding) => finding.rule);

/** The clean month with one change: vouchers are 记-1, 收-1, 付-1, 转-1, 记-2 in that order. */
function changed(change: (vouchers: TestVoucher[]) => void): TestVoucher[] {
  const vouchers = cleanVouchers();
  change(vouchers);
  return vouchers;
}

/** What cannot be posted as it is is an error; what the accountant may judge right, a warning. */
const SEVERITIES: Record<string, string> = {
  "voucher-unbalanced": "error",
  "voucher-line-both-sides": "error",
  "voucher-account-missing": "error",
  "voucher-number-repeated": "error",
  "voucher-line-empty": "warning",
  "voucher-summary-missing": "warning",
  "voucher-account-unknown": "warning",
  "voucher-number-gap": "warning",
  "voucher-cash-direction": "warning",
  "voucher-attachments-missing": "warning",
};

const CASES: [string, (vouchers: TestVoucher[]) => void][] = [
  ["voucher-unbalanced", (v) => void (v[2]!.lines[1]!.credit = 302.5)],
  [
    "voucher-line-both-sides",
    (v) => {
      v[4]!.lines[0]!.credit = 200;
      v[4]!.lines.push({ summary: "支付前欠货款", account: "银行存款", code: "1002", debit: 200 });
    },
  ],
  ["voucher-line-empty", (v) => void v[3]!.lines.push({ summary: "计提工资", account: "管理费用", code: "6602" })],
  ["voucher-summary-missing", (v) => void (v[3]!.lines[1]!.summary = "")],
  ["voucher-account-missing", (v) => void Object.assign(v[3]!.lines[1]!, { account: "", code: "", detail: "" })],
  ["voucher-account-unknown", (v) => void Object.assign(v[3]!.lines[0]!, { account: "研发支出", code: "5301" })],
  ["voucher-number-gap", (v) => void (v[4]!.number = 4)],
  ["voucher-number-repeated", (v) => void (v[4]!.number = 1)],
  [
    "voucher-cash-direction",
    (v) => void Object.assign(v[1]!.lines[0]!, { account: "应收账款", code: "1122", detail: "" }),
  ],
  ["voucher-attachments-missing", (v) => void (v[2]!.attachments = null)],
];

describe.each(Object.entries(SHAPES))("on %s", (_shape, write) => {
  test("a clean month of vouchers passes every check", () => {
    expect(check(write(cleanVouchers()))).toEqual([]);
  });

  test.each(CASES)("%s trips, and nothing else does", (rule, change) => {
    const found = check(write(changed(change)));
    expect(found.map((finding) => [finding.rule, finding.severity])).toEqual([[rule, SEVERITIES[rule]]]);
  });
});

describe.each(Object.entries(SHAPES).filter(([shape]) => shape !== "ours"))("a list on %s", (_shape, write) => {
  test("the same number on the next day, right after it, is another voucher and a repeat", () => {
    const vouchers = changed((v) => {
      // 记-2 of 01-20 booked again as 记-2 the next day, just after it: two vouchers, both balanced.
      v.push({ ...v[4]!, date: "2026-01-21", lines: v[4]!.lines.map((line) => ({ ...line, summary: "支付运费" })) });
    });
    const found = check(write(vouchers));
    expect(found.map((finding) => [finding.rule, finding.severity, finding.params.voucher])).toEqual([
      ["voucher-number-repeated", "error", "记-2"],
    ]);
    expect(readVouchers(write(vouchers))?.vouchers.map((voucher) => linesCount(voucher))).toEqual([2, 3, 2, 2, 2, 2]);
  });
});

describe("on our form", () => {
  test("unused lines ruled through, typed as a cashier does or drawn as we generate them, are no lines and no problem", () => {
    // 记-1 uses two of its six lines: the rest crossed out with ━━━ (as forms we generated before wrote it), ———
    // and ─── typed by a cashier, and, on 收-1, with nothing in them: our form draws the line as a border.
    const sheet = ourSheet(cleanVouchers());
    const put = (cell: string, value: string) => {
      const at = parseRangeAddress(cell)!.start;
      sheet.values[at.row]![at.column] = value;
    };
    for (const [row, rule] of [
      [6, "━━━━━━━━"],
      [7, "———"],
      [8, "───── "],
      [9, "= = = ="],
    ] as const) {
      put(ourCell(0, row, 3), rule);
      put(ourCell(0, row, 4), rule);
    }
    expect(check(sheet)).toEqual([]);
    const read = readVouchers(sheet);
    expect(read?.vouchers.map((voucher) => voucher.pages[0]!.lines.length)).toEqual([2, 3, 2, 2, 2]);
    // A rule is no amount: beside a 摘要 and an account, its line is a line without one.
    put(ourCell(0, 6, 0), "补记");
    put(ourCell(0, 6, 1), "库存现金");
    expect(rules(sheet)).toEqual(["voucher-line-empty"]);
  });

  test("words that disagree with the 合计 are an error on the words' cell", () => {
    const vouchers = changed((v) => void (v[0]!.words = "人民币伍佰元"));
    const findings = check(ourSheet(vouchers));
    expect(findings).toEqual([
      expect.objectContaining({ rule: "voucher-words-mismatch", severity: "error", cell: "B11" }),
    ]);
    expect(check(ourSheet(changed((v) => void (v[0]!.words = "人民币伍佰元整"))))).toEqual([]);
  });

  test("an unbalanced voucher is reported at its 合计, as an error, with both totals", () => {
    const [finding] = check(ourSheet(changed((v) => void (v[2]!.lines[1]!.credit = 302.5))));
    expect(finding).toEqual({
      rule: "voucher-unbalanced",
      severity: "error",
      sheet: "记账凭证",
      cell: "D39",
      params: { voucher: "付-1", debit: "320.50", credit: "302.50", difference: "18.00" },
    });
  });

  test("a gap names the numbers missing; a repeat names the first", () => {
    const [gap] = check(ourSheet(changed((v) => void (v[4]!.number = 5))));
    expect(gap!.params).toEqual({ voucher: "记-5", missing: "记-2、记-3、记-4", count: 3 });
    const [repeat] = check(ourSheet(changed((v) => void (v[4]!.number = 1))));
    expect(repeat!.params).toEqual({ voucher: "记-1", first: "E2" });
  });

  test("numbers run per month and per word: 记-1 in February and 收-1 beside 记-1 are no repeats", () => {
    const vouchers = changed((v) => {
      v[4]!.number = 1;
      v[4]!.date = "2026-02-03";
    });
    expect(check(ourSheet(vouchers))).toEqual([]);
  });

  test("a blank form is no voucher; a filled one without number or date is told so", () => {
    const vouchers = changed((v) => {
      v[4]!.number = null;
      v[4]!.date = "";
    });
    expect(rules(ourSheet(vouchers))).toEqual(["date-empty", "voucher-number-missing"]);
    expect(check(ourSheet(changed((v) => void (v[1]!.lines = []))))).toEqual([]);
  });

  test("an amount that cannot be read is a finding on its cell, and no balance is judged on it", () => {
    const vouchers = changed((v) => void ((v[0]!.lines[0] as { debit: unknown }).debit = "五百"));
    expect(check(ourSheet(vouchers))).toEqual([expect.objectContaining({ rule: "money-unreadable", cell: "D5" })]);
  });

  test("with no chart, no account is unknown", () => {
    const vouchers = changed((v) => void Object.assign(v[3]!.lines[0]!, { account: "研发支出", code: "5301" }));
    expect(checkVoucherSheet(ourSheet(vouchers), { chart: [] })).toEqual([]);
  });
});
