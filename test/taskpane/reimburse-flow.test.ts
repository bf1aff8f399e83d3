/**
 * The 报销审核 page's flows on the memory host: the review of every form of a workbook as `cashbook check` gives it,
 * 停止 leaving the workbook as it was, the 审核结果 sheet, new forms through the job's generator, and the policy read
 * from its sheet and written back through the job's layout, refused on its field by the same parser as the command
 * line.
 */
import type { Grid } from "../../src/core/grid";
import { HostError } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { formatMessage } from "../../src/jobs";
import { DEFAULT_POLICY, reviewWorkbook } from "../../src/jobs/reimburse";
import {
  findPolicy,
  generateForm,
  policyForm,
  reviewTheWorkbook,
  savePolicy,
  writeReviewSheet,
  type PolicyForm,
} from "../../src/taskpane/pages/reimburseFlow";
import { cashbook } from "../support/cli";
import { grid } from "../support/grids";
import { onTemplate, organisationA, policyGrid } from "../support/reimburse";
import { stopped } from "../support/flows";

const INVOICE = "24442000000012345678";

/** A month's batch: the policy sheet, a 支付证明单 with three faults, and an invoice claimed on two forms. */
function batch(): Grid[] {
  return [
    policyGrid(),
    onTemplate(
      {
        type: "payment-proof",
        items: [1, 2, 3, 4].map((n) => ({ summary: `第${n}项`, category: "办公用品", amount: n * 10 })),
        signed: { approver: "" },
        words: "人民币玖拾元整",
      },
      "付款1",
    ),
    onTemplate(
      { type: "expense-claim", items: [{ category: "交通费", receiptType: "数电发票", invoice: INVOICE, amount: 55 }] },
      "报销2",
    ),
    organisationA(
      { type: "travel-claim", items: [{ category: "交通费", receiptType: "数电发票", invoice: INVOICE, amount: 80 }] },
      "差旅3",
    ),
  ];
}

function hostWith(grids: readonly Grid[]): MemoryHost {
  const host = new MemoryHost();
  for (const grid of grids) host.setValues(grid.sheet, "A1", grid.values);
  return host;
}

describe("审核本工作簿", () => {
  test("reviews every form at once, as the job reviews the workbook, and reports sheets read", async () => {
    const host = hostWith(batch());
    const progress: [number, number][] = [];
    const { review, sheets } = await reviewTheWorkbook(host, {
      onSheets: (read, total) => progress.push([read, total]),
    });
    expect(sheets).toBe(5);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5].map((read) => [read, 5]));
    expect(review).toEqual(reviewWorkbook([{ sheet: "Sheet1", top: 0, left: 0, values: [] }, ...batch()]));
    expect(review.forms.map((form) => [form.sheet, form.findings.map((f) => `${f.rule}@${f.cell}`)])).toEqual([
      ["付款1", ["reimburse-too-many-items@D9", "reimburse-words-mismatch@B12", "reimburse-approver-missing@A16"]],
      ["报销2", []],
      ["差旅3", [expect.stringMatching(/^reimburse-invoice-duplicate@B\d+$/)]],
    ]);
  });

  test("停止 ends the review with nothing changed", async () => {
    const host = hostWith(batch());
    await expect(reviewTheWorkbook(host, stopped())).rejects.toEqual(new HostError("host-cancelled"));
    await expect(writeReviewSheet(host, "zh-CN", stopped())).rejects.toEqual(new HostError("host-cancelled"));
    expect(host.sheetNames).not.toContain("审核结果");
  });

  test("写审核结果 writes one row per finding on a new sheet, and the next review does not take it for a form", async () => {
    const host = hostWith(batch());
    expect(await writeReviewSheet(host, "zh-CN")).toEqual({ sheet: "审核结果", forms: 3, findings: 4 });
    expect(host.value("审核结果", "A3")).toBe("表单");
    expect([4, 5, 6, 7].map((row) => host.value("审核结果", `B${row}`))).toEqual([
      "reimburse-too-many-items",
      "reimburse-words-mismatch",
      "reimburse-approver-missing",
      "reimburse-invoice-duplicate",
    ]);
    expect(host.value("审核结果", "D6")).toBe("付款1!A16");
    const again = await reviewTheWorkbook(host);
    expect(again.review.forms.map((form) => form.sheet)).toEqual(["付款1", "报销2", "差旅3"]);
  });
});

describe("新建报销单", () => {
  test("writes the form and, for a workbook without one, the policy sheet; the form is left selected", async () => {
    const host = new MemoryHost();
    expect(await generateForm(host, "payment-proof", "测试有限公司")).toEqual({
      kind: "generated",
      sheet: "支付证明单",
      policySheet: "报销审核设置",
    });
    expect(host.selected.sheet).toBe("支付证明单");
    expect(host.value("支付证明单", "B2")).toBe("测试有限公司");
    expect(host.settings.get("unit")).toBe("测试有限公司");
    // A second form is reviewed by the same policy sheet: no second one is written.
    expect(await generateForm(host, "travel-claim", "测试有限公司")).toMatchObject({
      sheet: "差旅费报销单",
      policySheet: null,
    });
    expect(host.sheetNames).toEqual(["Sheet1", "报销审核设置", "支付证明单", "差旅费报销单"]);
  });

  test("the form's 费用项目 list is the workbook's categories", async () => {
    const host = hostWith([policyGrid({ ...DEFAULT_POLICY, categories: [{ name: "快递费", dailyStandard: null }] })]);
    await generateForm(host, "expense-claim", "");
    const lists = host.plans.get("费用报销单")!.validations.map((validation) => validation.list);
    expect(lists).toContainEqual(["快递费"]);
  });

  test("停止 before the write leaves the workbook as it was", async () => {
    const host = new MemoryHost();
    await expect(generateForm(host, "advance", "", stopped())).rejects.toEqual(new HostError("host-cancelled"));
    expect(host.sheetNames).toEqual(["Sheet1"]);
  });
});

describe("报销政策", () => {
  const form = (change: Partial<PolicyForm> = {}): PolicyForm => ({ ...policyForm(DEFAULT_POLICY), ...change });

  test("is read from its sheet; a workbook without one shows the defaults", async () => {
    expect(await findPolicy(new MemoryHost())).toMatchObject({ sheet: null, policy: DEFAULT_POLICY });
    const host = hostWith([policyGrid(DEFAULT_POLICY, { B3: 5, B4: "否" })]);
    const found = await findPolicy(host);
    expect(found).toMatchObject({ sheet: "报销审核设置", findings: [] });
    expect(found.policy).toEqual({ ...DEFAULT_POLICY, maxItems: 5, refuseReceipts: false });
    expect(policyForm(found.policy).categories.split("\n").slice(0, 3)).toEqual(["办公用品", "交通费", "住宿费=500"]);
  });

  test("saved to our own sheet: only the cells that change, fewer categories clear the rows left over", async () => {
    const host = hostWith([policyGrid()]);
    const outcome = await savePolicy(
      host,
      form({ signers: ["handler", "approver"], maxItems: "4", categories: "住宿费=450\n办公用品" }),
    );
    expect(outcome).toMatchObject({ kind: "saved", sheet: "报销审核设置", created: false });
    const read = await findPolicy(host);
    expect(read.policy).toEqual({
      signers: ["handler", "approver"],
      maxItems: 4,
      refuseReceipts: true,
      categories: [
        { name: "住宿费", dailyStandard: 450_00 },
        { name: "办公用品", dailyStandard: null },
      ],
    });
    expect(host.value("报销审核设置", "B2")).toBe("经办人、总经理");
    expect(host.value("报销审核设置", "A9")).toBe("");
    expect(host.sheetNames).toEqual(["Sheet1", "报销审核设置"]);
  });

  test("a workbook without the sheet gets a new one", async () => {
    const host = new MemoryHost();
    expect(await savePolicy(host, form({ maxItems: "2" }))).toMatchObject({ kind: "saved", created: true });
    expect((await findPolicy(host)).policy.maxItems).toBe(2);
  });

  test("an organisation's own sheet is a question first, naming the cells that would change", async () => {
    const own = grid("报销审核设置", [
      ["报销审核设置", "", ""],
      ["最多项目数", 3, "财务处 2025 年定"],
      ["必须签字", "经办人、总经理", ""],
    ]);
    const host = hostWith([own]);
    const asked = await savePolicy(host, form({ maxItems: "4" }));
    expect(asked).toMatchObject({ kind: "needs-overwrite", sheet: "报销审核设置" });
    if (asked.kind !== "needs-overwrite") return;
    expect(asked.cells).toEqual(expect.arrayContaining(["A2", "B2", "C2", "A3", "B3"]));
    expect(host.value("报销审核设置", "B2")).toBe(3);
    await savePolicy(host, form({ maxItems: "4" }), {}, { overwrite: true });
    expect((await findPolicy(host)).policy.maxItems).toBe(4);
  });

  test("no signer chosen is refused rather than read as the default", async () => {
    const host = hostWith([policyGrid()]);
    expect(await savePolicy(host, form({ signers: [] }))).toEqual({ kind: "no-signers" });
  });

  test.each([
    [{ maxItems: "0" }, ["--max-items", "0"], "max-items"],
    [{ categories: "住宿费=很多" }, ["--categories", "住宿费=很多"], "categories"],
  ])("pane %j and cashbook %j refuse with the same message, on the field", async (change, args, field) => {
    const host = hostWith([policyGrid()]);
    const outcome = await savePolicy(host, form(change));
    expect(outcome.kind).toBe("problem");
    if (outcome.kind !== "problem") return;
    expect(outcome.problem.field).toBe(field);
    const { code, stderr } = await cashbook(["generate", "payment-proof", "--out", "/nonexistent/x.xlsx", ...args]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`--${field}: ${formatMessage("zh-CN", outcome.problem.id, outcome.problem.params)}`);
    expect(host.value("报销审核设置", "B3")).toBe(3);
  });
});
