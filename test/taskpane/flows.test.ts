/**
 * The pane's flows as the pages run them, on the memory host: a question before a journal with no 期初余额, 停止
 * between steps leaving the workbook as it was, nothing reported as done when nothing was, the journals and settings
 * the pages fill their lists and fields from, and what the 大写金额 page says of the selection.
 */
import { HostError } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { describeSelection, writeWordsForSelection } from "../../src/taskpane/pages/amountWordsFlow";
import {
  findJournals,
  generateCashCount,
  generateJournal,
  rememberedFields,
  type JournalForm,
} from "../../src/taskpane/pages/journalFlow";
import { stopped } from "../support/flows";

const FORM: JournalForm = {
  kind: "cash",
  unit: "测试有限公司",
  account: "",
  month: "2026-01",
  opening: "",
  carriedFromLastYear: false,
  ytdReceipts: "",
  ytdPayments: "",
  rowsPerPage: "40",
  source: "empty",
};

describe("generating a journal from the pane", () => {
  test("a blank 期初余额 is a question first; answered, the journal opens at 0 and the fields are remembered", async () => {
    const host = new MemoryHost();
    expect(await generateJournal(host, FORM)).toEqual({ kind: "needs-opening" });
    expect(host.sheetNames).toEqual(["Sheet1"]);
    expect(await rememberedFields(host)).toEqual({});

    const answered = await generateJournal(host, FORM, {}, { openingMayBeEmpty: true });
    expect(answered).toMatchObject({ kind: "generated", sheet: "现金日记账" });
    expect(host.value("现金日记账", "I4")).toBe(0);
    expect(await rememberedFields(host)).toEqual({ unit: "测试有限公司", account: "", "rows-per-page": "40" });
  });

  test("a bad field is refused before the question, on its field", async () => {
    const outcome = await generateJournal(new MemoryHost(), { ...FORM, month: "2026-13" });
    expect(outcome).toMatchObject({ kind: "problem", problem: { field: "month" } });
  });

  test("停止 before the write leaves the workbook as it was", async () => {
    const host = new MemoryHost();
    await expect(generateJournal(host, { ...FORM, opening: "100" }, stopped())).rejects.toEqual(
      new HostError("host-cancelled"),
    );
    expect(host.sheetNames).toEqual(["Sheet1"]);
    await expect(generateCashCount(host, "", "2026-01-31", stopped())).rejects.toEqual(new HostError("host-cancelled"));
    expect(host.sheetNames).toEqual(["Sheet1"]);
  });

  test("the journals in the workbook are found by their headers, with their accounts", async () => {
    const host = new MemoryHost();
    await generateJournal(host, { ...FORM, opening: "100" });
    await generateJournal(host, { ...FORM, kind: "bank", account: "工商银行 1234", opening: "100" });
    host.setValues("Sheet1", "A1", [["not a journal"]]);
    expect(await findJournals(host)).toEqual([
      { sheet: "现金日记账", kind: "cash", account: "库存现金" },
      { sheet: "银行存款日记账 工商银行 1234", kind: "bank", account: "工商银行 1234" },
    ]);
  });
});

describe("the 大写金额 page's selection", () => {
  const amounts = () => {
    const host = new MemoryHost();
    host.setValues("Sheet1", "A1", [["金额"], [1409.5], [6007.14], ["abc"], [""]]);
    return host;
  };

  test("says where it is and how many amounts it holds", async () => {
    const host = amounts();
    host.select("Sheet1", "A1:A5");
    expect(await describeSelection(host)).toEqual({ address: "Sheet1!A1:A5", columns: 1, amounts: 2 });
    host.select("Sheet1", "A1:B5");
    expect(await describeSelection(host)).toMatchObject({ columns: 2 });
  });

  test("writing words for a selection with no amounts is refused, not reported as 0 written", async () => {
    const host = amounts();
    host.select("Sheet1", "A4:A5");
    const outcome = await writeWordsForSelection(host, { prefix: "yes" }, false);
    expect(outcome).toMatchObject({ kind: "refused", reason: "selectionHasNoAmounts" });
    expect(host.value("Sheet1", "B4")).toBe("");
  });
});
