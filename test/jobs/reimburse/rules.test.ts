/**
 * Every rule of the review (DOMAIN §7) trips on a form that breaks it and stays quiet on one that does not, on our
 * templates and on two organisations' own layouts (test/support/reimburse.ts).
 */
import type { Finding } from "../../../src/core/findings";
import type { Grid } from "../../../src/core/grid";
import { formatMessage } from "../../../src/jobs";
import { reviewWorkbook, type FormType } from "../../../src/jobs/reimburse";
import { onTemplate, organisationA, organisationB, policyGrid, type Claim, type Item } from "../../support/reimburse";

const LAYOUTS: [string, (claim: Claim, name?: string) => Grid][] = [
  ["our template", onTemplate],
  ["organisation A", organisationA],
  ["organisation B", organisationB],
];

const CLAIM_TYPES: FormType[] = ["payment-proof", "expense-claim", "travel-claim"];

const INVOICE = "24442000000012345678";
const goodItems = (type: FormType): Item[] =>
  type === "payment-proof"
    ? [
        { summary: "搬运费", amount: 300 },
        { summary: "临时工工资", amount: "120.50" },
      ]
    : [
        { category: "交通费", summary: "高铁", receiptType: "数电发票", invoice: INVOICE, amount: 553, days: "" },
        {
          category: "住宿费",
          summary: "酒店",
          receiptType: "增值税普通发票",
          invoice: "044001900111 12345678",
          amount: 900,
          days: type === "travel-claim" ? 2 : "",
        },
      ];

function findings(grids: Grid[], sheet?: string): Finding[] {
  const review = reviewWorkbook(grids);
  return review.forms.filter((form) => sheet === undefined || form.sheet === sheet).flatMap((form) => form.findings);
}
const rules = (list: Finding[]) => list.map((finding) => finding.rule);
const problems = (list: Finding[]) => list.filter((finding) => finding.severity !== "info");

describe.each(LAYOUTS)("%s", (_name, write) => {
  test.each(CLAIM_TYPES)("a %s filled in correctly passes with no finding", (type) => {
    const grid = write({ type, items: goodItems(type) });
    const review = reviewWorkbook([grid]);
    expect(review.forms.map((form) => form.form.type)).toEqual([type]);
    expect(review.forms[0]!.findings).toEqual([]);
  });

  test("an advance filled in correctly is only listed as open", () => {
    const list = findings([write({ type: "advance", amount: 2000, claimant: "李雷" })]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-advance-open", severity: "info" })]);
    expect(list[0]!.params).toMatchObject({ claimant: "李雷", amount: "2,000.00" });
  });

  test.each(["handler", "department", "accounting"] as const)("a blank %s signature stops payment", (role) => {
    const list = findings([
      write({ type: "expense-claim", items: goodItems("expense-claim"), signed: { [role]: "" } }),
    ]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-signer-missing", severity: "error" })]);
    expect(list[0]!.cell).not.toBe("");
  });

  test("a payment proof needs its 证明人", () => {
    const list = findings([
      write({ type: "payment-proof", items: goodItems("payment-proof"), signed: { witness: "" } }),
    ]);
    expect(rules(list)).toEqual(["reimburse-signer-missing"]);
    expect(list[0]!.params.role).toBe("证明人");
  });

  test("without the 总经理's approval, no reimbursement", () => {
    const list = findings([
      write({ type: "travel-claim", items: goodItems("travel-claim"), signed: { approver: "" } }),
    ]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-approver-missing", severity: "error" })]);
  });

  test("originals declared altered are refused; declared unaltered they pass", () => {
    expect(
      rules(findings([write({ type: "expense-claim", items: goodItems("expense-claim"), altered: "是" })])),
    ).toEqual(["reimburse-altered"]);
    expect(findings([write({ type: "expense-claim", items: goodItems("expense-claim"), altered: "否" })])).toEqual([]);
  });

  test("a 收据 is refused, a 财政票据 is not", () => {
    const items: Item[] = [
      { category: "会议费", summary: "场地", receiptType: "收据", amount: 500 },
      { category: "培训费", summary: "报名费", receiptType: "财政票据", amount: 200 },
    ];
    const list = findings([write({ type: "expense-claim", items })]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-receipt-mixed", severity: "error" })]);
    expect(list[0]!.params).toMatchObject({ item: 1, type: "收据" });
  });

  test("where the policy accepts receipts, a receipt beside invoices is a warning, receipts alone pass", () => {
    const policy = policyGrid(undefined, { B4: "否" });
    const mixed = write({
      type: "expense-claim",
      items: [...goodItems("expense-claim"), { category: "会议费", receiptType: "收据", amount: 5 }],
    });
    expect(findings([policy, mixed])).toEqual([
      expect.objectContaining({ rule: "reimburse-receipt-mixed", severity: "warning" }),
    ]);
    const alone = write({ type: "expense-claim", items: [{ category: "会议费", receiptType: "收据", amount: 5 }] });
    expect(findings([policy, alone])).toEqual([]);
  });

  test("a payment proof of four items is filled in again; three pass", () => {
    const four = [1, 2, 3, 4].map((n) => ({ summary: `第${n}项`, amount: n }));
    const list = findings([write({ type: "payment-proof", items: four })]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-too-many-items", severity: "error" })]);
    expect(list[0]!.params).toEqual({ count: 4, max: 3 });
    expect(findings([write({ type: "payment-proof", items: four.slice(0, 3) })])).toEqual([]);
  });

  test("the policy sheet sets the most items", () => {
    const four = [1, 2, 3, 4].map((n) => ({ summary: `第${n}项`, amount: n }));
    expect(findings([policyGrid(undefined, { B3: 4 }), write({ type: "payment-proof", items: four })])).toEqual([]);
  });

  test("words that disagree with the figures are corrected; every legal variant passes", () => {
    const items = [{ category: "交通费", amount: "1680.32", receiptType: "数电发票", invoice: INVOICE }];
    const wrong = findings([write({ type: "expense-claim", items, words: "人民币壹仟陆佰捌拾元叁角整" })]);
    expect(wrong).toEqual([expect.objectContaining({ rule: "reimburse-words-mismatch", severity: "error" })]);
    expect(wrong[0]!.params.figures).toBe("1,680.32");
    expect(findings([write({ type: "expense-claim", items, words: "人民币壹仟陆佰捌拾元叁角贰分" })])).toEqual([]);
    expect(findings([write({ type: "expense-claim", items, words: "壹仟陆佰捌拾元零叁角贰分" })])).toEqual([]);
  });

  test("the words of an advance are checked too", () => {
    const list = findings([write({ type: "advance", amount: 2000, words: "人民币贰仟元" })]);
    expect(rules(list)).toContain("reimburse-words-mismatch");
  });

  test("a total other than the sum of the items is corrected", () => {
    const list = findings([
      write({
        type: "payment-proof",
        items: goodItems("payment-proof"),
        total: 43050,
        words: "人民币肆佰叁拾元伍角整",
      }),
    ]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-total-mismatch", severity: "error" })]);
    expect(list[0]!.params).toEqual({ total: "430.50", sum: "420.50" });
  });

  test("a category outside the policy's list and an amount over its daily standard are warnings", () => {
    const items: Item[] = [
      { category: "旅游费", summary: "景点门票", receiptType: "数电发票", invoice: INVOICE, amount: 100 },
      {
        category: "住宿费",
        summary: "酒店",
        receiptType: "数电发票",
        invoice: "24442000000087654321",
        amount: 1200,
        days: 2,
      },
    ];
    const list = findings([write({ type: "travel-claim", items })]);
    expect(list).toEqual([
      expect.objectContaining({ rule: "reimburse-not-reimbursable", severity: "warning" }),
      expect.objectContaining({ rule: "reimburse-over-standard", severity: "warning" }),
    ]);
    expect(list[1]!.params).toMatchObject({ amount: "1,200.00", days: 2, standard: "500.00" });
  });

  test("the policy sheet's categories and standards are the ones checked", () => {
    const items: Item[] = [{ category: "住宿费", receiptType: "数电发票", invoice: INVOICE, amount: 1200, days: 2 }];
    const policy = policyGrid({
      signers: ["handler"],
      maxItems: 3,
      refuseReceipts: true,
      categories: [{ name: "住宿费", dailyStandard: 60000 }],
    });
    expect(findings([policy, write({ type: "travel-claim", items })])).toEqual([]);
  });

  test("an advance is offset: 应补 shown, a wrong 应退 corrected", () => {
    const items = goodItems("expense-claim"); // 1,453.00
    const right = findings([write({ type: "expense-claim", items, advance: 1000 })]);
    expect(right).toEqual([expect.objectContaining({ rule: "reimburse-advance-offset", severity: "info" })]);
    expect(right[0]!.params).toMatchObject({ advance: "1,000.00", total: "1,453.00", topUp: "453.00", refund: "0.00" });
    const wrong = findings([write({ type: "expense-claim", items, advance: 2000, refund: 500 })]);
    expect(rules(wrong)).toEqual(["reimburse-advance-offset", "reimburse-offset-mismatch"]);
    expect(wrong[1]!.params).toMatchObject({ expected: "547.00", stated: "500.00" });
  });

  test("while the 合计 and the items disagree, the offset gives no 应补 or 应退 and checks none stated", () => {
    const items = goodItems("travel-claim"); // 1,453.00 of invoices
    const list = findings([write({ type: "travel-claim", items, total: 140000, advance: 2000, refund: 600 })]);
    // The 应退 of 600.00 follows the typed total; whether it is right is known once the form is corrected.
    expect(list.map((finding) => [finding.rule, finding.severity])).toEqual([
      ["reimburse-total-mismatch", "error"],
      ["reimburse-advance-offset-pending", "info"],
    ]);
    expect(list[1]!.params).toEqual({ advance: "2,000.00", total: "1,400.00", sum: "1,453.00" });
  });

  test("an advance a claim of the batch offsets is no longer open", () => {
    const advance = write({ type: "advance", amount: 1000, claimant: "李雷" }, "借支");
    const claim = write(
      { type: "expense-claim", claimant: "李雷", items: goodItems("expense-claim"), advance: 1000 },
      "报销",
    );
    expect(rules(findings([advance, claim]))).toEqual(["reimburse-advance-offset"]);
    const other = write(
      { type: "expense-claim", claimant: "韩梅梅", items: goodItems("expense-claim"), advance: 1000 },
      "报销",
    );
    expect(rules(findings([advance, other], "借支"))).toEqual(["reimburse-advance-open"]);
  });

  test("an invoice claimed on two forms of the batch is caught on the second; different invoices pass", () => {
    const one = write({ type: "expense-claim", items: goodItems("expense-claim") }, "一月-1");
    const two = write(
      {
        type: "travel-claim",
        items: [{ category: "交通费", receiptType: "数电发票", invoice: ` ${INVOICE} `, amount: 10 }],
      },
      "一月-2",
    );
    const list = findings([one, two]);
    expect(list).toEqual([
      expect.objectContaining({ rule: "reimburse-invoice-duplicate", severity: "error", sheet: "一月-2" }),
    ]);
    expect(list[0]!.params.first).toMatch(/^一月-1!/);
    const three = write(
      {
        type: "travel-claim",
        items: [{ category: "交通费", receiptType: "数电发票", invoice: "24442000000099999999", amount: 10 }],
      },
      "一月-3",
    );
    expect(findings([one, three])).toEqual([]);
  });

  test("an invoice claimed twice on one form is caught", () => {
    const items = goodItems("expense-claim");
    const list = findings([write({ type: "expense-claim", items: [...items, { ...items[0]!, amount: 1 }] })]);
    expect(rules(list)).toEqual(["reimburse-invoice-duplicate"]);
  });

  test("a malformed invoice number is a warning", () => {
    const items: Item[] = [{ category: "交通费", receiptType: "增值税普通发票", invoice: "1234567", amount: 10 }];
    const list = findings([write({ type: "expense-claim", items })]);
    expect(list).toEqual([expect.objectContaining({ rule: "reimburse-invoice-malformed", severity: "warning" })]);
    expect(list[0]!.params.text).toBe("1234567");
  });
});

describe("the form's name in messages", () => {
  /** A form whose heading is written another way: the first cell holding the form's usual title replaced. */
  const retitled = (grid: Grid, usual: string, heading: string): Grid => ({
    ...grid,
    values: grid.values.map((row) =>
      row.map((cell) => (typeof cell === "string" && cell.replace(/\s/g, "").includes(usual) ? heading : cell)),
    ),
  });

  test.each([
    ["payment-proof", "证明单", "华光科技有限公司　支 付 证 明 单", "支付证明单缺少总经理审批签字，不予报销"],
    ["expense-claim", "报销单", "费 用 报 销 单 （二〇二六年三月）", "费用报销单缺少总经理审批签字，不予报销"],
    ["travel-claim", "报销单", "差  旅  费  报  销  单", "差旅费报销单缺少总经理审批签字，不予报销"],
  ] as const)("a %s headed spaced out is named by its title alone", (type, usual, heading, message) => {
    const grid = retitled(onTemplate({ type, items: goodItems(type), signed: { approver: "" } }), usual, heading);
    expect(grid.values.flat()).toContain(heading);
    const [signer] = findings([grid]);
    expect(formatMessage("zh-CN", signer!.rule, signer!.params)).toBe(message);
  });
});

describe("the workbook", () => {
  test("a month's batch is reviewed at once, each form on its own sheet", () => {
    const review = reviewWorkbook([
      onTemplate({ type: "payment-proof", items: goodItems("payment-proof") }, "1"),
      organisationA({ type: "expense-claim", items: goodItems("expense-claim"), signed: { approver: "" } }, "2"),
      organisationB({ type: "travel-claim", items: goodItems("travel-claim") }, "3"),
      policyGrid(),
    ]);
    expect(review.policySheet).toBe("报销审核设置");
    expect(review.forms.map((form) => [form.sheet, form.form.type, rules(problems(form.findings))])).toEqual([
      ["1", "payment-proof", []],
      ["2", "expense-claim", ["reimburse-approver-missing"]],
      ["3", "travel-claim", ["reimburse-invoice-duplicate", "reimburse-invoice-duplicate"]],
    ]);
  });

  test("a policy cell that cannot be read is a finding on it, and its field keeps the default", () => {
    const review = reviewWorkbook([policyGrid(undefined, { B3: "三", B2: "经办人、出纳员" })]);
    expect(review.policyFindings.map((finding) => [finding.cell, finding.rule])).toEqual([
      ["B2", "reimburse-policy-signers"],
      ["B3", "reimburse-policy-max-items"],
    ]);
    expect(review.policy.maxItems).toBe(3);
  });
});
