/**
 * 恢复余额公式 as the 日记账 page runs it, on the memory host with LibreOffice computing its formulas: a balance typed
 * over its formula in a generated journal is offered after 检查, put back live, and the next check is clean; a
 * journal typed by hand is never offered; and a cell changed between the check and the click is not written.
 */
import { MemoryHost } from "../../src/hosts/memory";
import {
  checkJournalSheet,
  generateJournal,
  restoreBalanceFormula,
  type JournalForm,
} from "../../src/taskpane/pages/journalFlow";
import { libreOfficeEngine } from "../support/libreoffice-engine";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;
const SHEET = "现金日记账";

const FORM: JournalForm = {
  kind: "cash",
  unit: "测试有限公司",
  account: "",
  month: "2026-01",
  opening: "1000",
  carriedFromLastYear: false,
  ytdReceipts: "",
  ytdPayments: "",
  rowsPerPage: "40",
  source: "empty",
};

/** A generated month with two entries typed in; 197.50 typed over 记-2's balance, where 1,179.50 belongs. */
async function typedOver(): Promise<MemoryHost> {
  const host = new MemoryHost("Sheet1", libreOfficeEngine);
  expect(await generateJournal(host, FORM)).toMatchObject({ kind: "generated", sheet: SHEET });
  host.setValues(SHEET, "A5", [
    [2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null],
    [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 320.5],
  ]);
  host.setValues(SHEET, "I6", [[197.5]]);
  return host;
}

async function check(host: MemoryHost) {
  const checked = await checkJournalSheet(host, SHEET, "", {});
  if (checked.kind !== "checked") throw new Error(`the check failed: ${JSON.stringify(checked)}`);
  return checked;
}

describeWithLibreOffice("恢复余额公式", () => {
  test("offered after the check, written live, and the next check is clean", async () => {
    const host = await typedOver();
    const formulaBelow = host.value(SHEET, "I5");
    const wholeSheets = jest.spyOn(host, "readUsedRange");
    const readBlock = jest.spyOn(host, "readBlock");
    // The memory host reads a used range through readBlock too; what the flows ask for as formulas is this:
    const formulaReads = () => readBlock.mock.calls.filter(([, , options]) => options?.formulas);
    const { findings, restorable } = await check(host);
    // The check reads the sheet's values (110 rows), then the formulas of the 余额 column over the break's page
    // alone: from the 期初余额 row to the 承前页 that opens the next page.
    expect(wholeSheets.mock.calls).toEqual([[SHEET, {}]]);
    expect(formulaReads()).toEqual([[SHEET, "I4:I45", { formulas: true }]]);
    expect(findings.map((finding) => [finding.rule, finding.cell])).toEqual([["journal-balance-break", "I6"]]);
    const offered = restorable.get("I6");
    // The generator's formula for row 6: the entry's, summed from the opening row like the row above it.
    expect(offered).toEqual({
      typed: 197.5,
      formula: String(formulaBelow).replace(/5\b/g, "6"),
      // The header rows, and the page from the 期初余额 row to the journal's end (one page; no 承前页 below).
      reads: { header: "A1:K3", page: "A4:K45" },
    });

    readBlock.mockClear();
    expect(await restoreBalanceFormula(host, findings[0]!, offered!)).toEqual({ kind: "restored", cell: "I6" });
    expect(wholeSheets).toHaveBeenCalledTimes(1);
    expect(formulaReads()).toEqual([
      [SHEET, "A1:K3", { formulas: true }],
      [SHEET, "A4:K45", { formulas: true }],
    ]);
    expect(host.value(SHEET, "I6")).toBe(offered!.formula);
    expect((await host.readBlock(SHEET, "I6")).values).toEqual([[1179.5]]);
    expect((await check(host)).findings).toEqual([]);
  });

  test("a journal typed by hand, its balances figures, is not offered", async () => {
    const host = new MemoryHost("Sheet1", libreOfficeEngine);
    host.setValues(SHEET, "A1", [
      ["现金日记账"],
      [],
      ["年", "月", "日", "凭证字号", "摘要", "对方科目", "借方", "贷方", "余额"],
      [2026, 1, 1, "", "期初余额", "", null, null, 1000],
      [2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null, 1500],
      [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 320.5, 1197.5],
    ]);
    const { findings, restorable } = await check(host);
    expect(findings.map((finding) => finding.rule)).toEqual(["journal-balance-break"]);
    expect([...restorable]).toEqual([]);
  });

  test("a cell changed after the check is not written", async () => {
    const host = await typedOver();
    const { findings, restorable } = await check(host);
    const finding = findings[0]!;
    const offered = restorable.get("I6")!;
    // The cashier types a formula of their own there meanwhile,
    host.setValues(SHEET, "I6", [["=I5-H6"]]);
    expect(await restoreBalanceFormula(host, finding, offered)).toEqual({
      kind: "problem",
      problem: { id: "journal-balance-formula-present", params: { cell: "I6" } },
    });
    expect(host.value(SHEET, "I6")).toBe("=I5-H6");
    // or another figure,
    host.setValues(SHEET, "I6", [[200]]);
    expect(await restoreBalanceFormula(host, finding, offered)).toEqual({ kind: "changed", cell: "I6" });
    expect(host.value(SHEET, "I6")).toBe(200);
    // or inserts a row above it, so that I6 is another entry's balance now.
    host.setValues(SHEET, "I6", [[197.5]]);
    await host.insertRows(SHEET, { at: "A6", rows: [[2026, 1, 5, "记-0", "补记", "管理费用", 10, null]] });
    expect(await restoreBalanceFormula(host, finding, offered)).toEqual({ kind: "changed", cell: "I6" });
    expect(host.value(SHEET, "I6")).toBe("");
    expect(host.value(SHEET, "I7")).toBe(197.5);
  });
});
