/**
 * The 凭证 page's flows on the memory host: vouchers generated blank and from the selection's entries through the
 * job's settings parser (a refusal names its field; 张数 counts only for blank vouchers), an unreadable entry refusing
 * the whole run with its cell listed, 停止 before the write changing nothing; and the check of the active sheet,
 * which says when the sheet holds no vouchers and takes the chart of accounts from a 科目表 sheet of the workbook.
 */
import type { CellValue } from "../../src/core/grid";
import { HostError } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { rememberedFields } from "../../src/taskpane/pages/journalFlow";
import { checkActiveSheet, generateVoucherSheet, type VoucherForm } from "../../src/taskpane/pages/voucherFlow";
import { cleanVouchers, kingdeeList } from "../support/voucher";
import { stopped } from "../support/flows";

const BLANK: VoucherForm = { unit: "测试有限公司", word: "记", count: "10", lines: "6", source: "blank" };

const ENTRIES: CellValue[][] = [
  ["日期", "凭证号", "摘要", "总账科目", "明细科目", "借方金额", "贷方金额", "附件"],
  ["2026-04-01", "1", "提取备用金", "库存现金", "", 800, "", 1],
  ["2026-04-01", "1", "提取备用金", "银行存款", "建设银行", "", 800, 1],
  ["2026-04-02", "2", "购买办公用品", "管理费用", "办公费", 120.5, "", 2],
  ["2026-04-02", "2", "购买办公用品", "库存现金", "", "", 120.5, 2],
];

/** A host whose selection is the entries above, on Sheet1. */
function withEntries(entries: CellValue[][] = ENTRIES): MemoryHost {
  const host = new MemoryHost();
  host.setValues("Sheet1", "A1", entries);
  host.select("Sheet1", `A1:H${entries.length}`);
  return host;
}

const titles = (host: MemoryHost, sheet: string) =>
  [...(host.plans.get(sheet)?.blocks[0]?.rows ?? [])].filter((row) => /凭证$/.test(String(row[0] ?? ""))).length;

describe("generating vouchers from the pane", () => {
  test("blank vouchers of the chosen word, as many as asked, on a new sheet; the unit is remembered", async () => {
    const host = new MemoryHost();
    const outcome = await generateVoucherSheet(host, { ...BLANK, word: "转", count: "3", lines: "8" });
    expect(outcome).toEqual({ kind: "generated", sheet: "转账凭证", blank: 3 });
    expect(titles(host, "转账凭证")).toBe(3);
    expect(host.value("转账凭证", "A2")).toBe("核算单位：测试有限公司");
    expect(await rememberedFields(host)).toEqual({ unit: "测试有限公司" });
  });

  test.each([
    { change: { lines: "30" }, field: "lines" },
    { change: { count: "0" }, field: "count" },
  ])("a field the parser refuses is named: $field", async ({ change, field }) => {
    const host = new MemoryHost();
    const outcome = await generateVoucherSheet(host, { ...BLANK, ...change });
    expect(outcome).toMatchObject({ kind: "problem", problem: { field } });
    expect(host.sheetNames).toEqual(["Sheet1"]);
  });

  test("from the selection's entries: one voucher per number, and 张数 (hidden then) is not read", async () => {
    const host = withEntries();
    const outcome = await generateVoucherSheet(host, { ...BLANK, source: "selection", count: "not a number" });
    expect(outcome).toEqual({ kind: "generated", sheet: "记账凭证", blank: null });
    expect(titles(host, "记账凭证")).toBe(2);
    // The new sheet is the active one, which is what 检查凭证 checks next.
    expect(host.selected).toEqual({ sheet: "记账凭证", address: "A1" });
  });

  test("an entry that cannot be read refuses the run, its cell listed, and nothing is written", async () => {
    const entries = ENTRIES.map((row) => [...row]);
    entries[3]![5] = "12.345";
    const host = withEntries(entries);
    const outcome = await generateVoucherSheet(host, { ...BLANK, source: "selection" });
    expect(outcome).toMatchObject({ kind: "problem", problem: { id: "voucher-entries-unreadable" } });
    expect(outcome.kind === "problem" && outcome.findings?.map((finding) => finding.cell)).toEqual(["F4"]);
    expect(host.sheetNames).toEqual(["Sheet1"]);
  });

  test("an entry credited short refuses the run on the page's 来源 field, the voucher and its difference listed", async () => {
    const entries = ENTRIES.map((row) => [...row]);
    entries[4]![6] = 102.5; // 记-2 debits 120.50 and now credits 102.50
    const host = withEntries(entries);
    const outcome = await generateVoucherSheet(host, { ...BLANK, source: "selection" });
    expect(outcome).toMatchObject({ kind: "problem", problem: { id: "voucher-entries-wrong", field: "from" } });
    expect(outcome.kind === "problem" && outcome.findings?.map(({ cell, params }) => [cell, params])).toEqual([
      ["F5", { voucher: "记-2", debit: "120.50", credit: "102.50", difference: "18.00" }],
    ]);
    expect(host.sheetNames).toEqual(["Sheet1"]);
  });

  test("a selection without a header of entries says which columns it needs", async () => {
    const host = new MemoryHost();
    host.setValues("Sheet1", "A1", [[1], [2]]);
    host.select("Sheet1", "A1:A2");
    const outcome = await generateVoucherSheet(host, { ...BLANK, source: "selection" });
    expect(outcome).toMatchObject({ kind: "problem", problem: { id: "voucher-entries-no-header" } });
  });

  test("停止 before the write leaves the workbook as it was", async () => {
    const host = withEntries();
    await expect(generateVoucherSheet(host, { ...BLANK, source: "selection" }, stopped())).rejects.toEqual(
      new HostError("host-cancelled"),
    );
    expect(host.sheetNames).toEqual(["Sheet1"]);
    expect(await rememberedFields(host)).toEqual({});
  });
});

describe("checking the vouchers on the active sheet", () => {
  /** The host with `vouchers` as a Kingdee-like export on its own sheet, which is selected. */
  function withList(vouchers = cleanVouchers()): MemoryHost {
    const list = kingdeeList(vouchers);
    const host = new MemoryHost();
    host.setValues(list.sheet, "A1", list.values);
    host.select(list.sheet, "C5");
    return host;
  }

  test("an exported list that is clean, then one with a number missing: the finding at its voucher", async () => {
    expect(await checkActiveSheet(withList())).toEqual({
      kind: "checked",
      sheet: "凭证查询",
      vouchers: 5,
      findings: [],
    });
    const gap = cleanVouchers();
    gap[4]!.number = 3;
    const outcome = await checkActiveSheet(withList(gap));
    expect(outcome.kind === "checked" && outcome.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["voucher-number-gap", "凭证查询", "D12"],
    ]);
  });

  test("a sheet without vouchers says so rather than reporting it clean", async () => {
    const host = withList();
    host.setValues("Sheet1", "A1", [["金额"], [100]]);
    host.select("Sheet1", "A2");
    expect(await checkActiveSheet(host)).toEqual({ kind: "no-vouchers", sheet: "Sheet1" });
  });

  test("the workbook's 科目表 is the chart the accounts are checked against", async () => {
    const host = withList();
    host.setValues("科目表", "A1", [
      ["科目编码", "科目名称"],
      ["1001", "库存现金"],
      ["1002", "银行存款"],
    ]);
    const outcome = await checkActiveSheet(host);
    const unknown =
      outcome.kind === "checked" ? outcome.findings.filter((f) => f.rule === "voucher-account-unknown") : [];
    // Every line on an account other than cash and bank: 主营业务收入, 应交税费, 管理费用 ×2, 应付职工薪酬, 应付账款.
    expect(unknown).toHaveLength(6);
  });

  test("停止 ends the check with host-cancelled", async () => {
    await expect(checkActiveSheet(withList(), stopped())).rejects.toEqual(new HostError("host-cancelled"));
  });
});
