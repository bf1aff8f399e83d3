/**
 * What a page's form starts with when the workbook's settings arrive after the cashier has begun: the remembered
 * values fill only the fields nobody set since the page opened, as the pages' one hook (useRememberedForm) applies
 * them. The steps here are the hook's own, in the order React runs them for a page.
 */
import { MemoryHost } from "../../src/hosts/memory";
import { rememberedFormFields, type JournalForm } from "../../src/taskpane/pages/journalFlow";
import { NO_CHOICES, rememberedChoiceFields } from "../../src/taskpane/pages/reconcileFlow";
import { fillRemembered, openedForm, setFields } from "../../src/taskpane/pages/startingValues";

/** The journal page's fields the workbook remembers (单位名称, 账户, 每页行数), and two it does not. */
const JOURNAL_FORM: Pick<JournalForm, "kind" | "unit" | "account" | "month" | "rowsPerPage"> = {
  kind: "cash",
  unit: "",
  account: "",
  month: "2026-03",
  rowsPerPage: "30",
};

function workbookRemembering(settings: Record<string, string>): MemoryHost {
  const host = new MemoryHost();
  for (const [name, value] of Object.entries(settings)) host.settings.set(name, value);
  return host;
}

describe("remembered settings arriving after the page opened", () => {
  test("a 单位名称 typed before they arrive is kept; the 账户 and 每页行数 nobody touched are filled", async () => {
    const host = workbookRemembering({ unit: "上月的公司", account: "基本户 6222", "rows-per-page": "40" });
    let form = openedForm(JOURNAL_FORM);
    form = setFields(form, { unit: "新" });
    form = setFields(form, { unit: "新华书店有限公司" });
    form = fillRemembered(form, await rememberedFormFields(host));
    expect(form.values).toEqual({
      ...JOURNAL_FORM,
      unit: "新华书店有限公司",
      account: "基本户 6222",
      rowsPerPage: "40",
    });
  });

  test("a field cleared by the cashier stays cleared: set, not empty, is what keeps it", async () => {
    const host = workbookRemembering({ unit: "上月的公司", account: "基本户 6222" });
    let form = setFields(openedForm(JOURNAL_FORM), { account: "临时", kind: "bank" });
    form = setFields(form, { account: "" });
    form = fillRemembered(form, await rememberedFormFields(host));
    expect(form.values).toMatchObject({ kind: "bank", unit: "上月的公司", account: "" });
  });

  test("nothing typed: every remembered field is filled, and stays open to the cashier afterwards", async () => {
    const host = workbookRemembering({ unit: "上月的公司", account: "", "rows-per-page": "" });
    let form = fillRemembered(openedForm(JOURNAL_FORM), await rememberedFormFields(host));
    // An empty 每页行数 keeps the default; an empty 账户 is what the workbook keeps for a cash journal.
    expect(form.values).toEqual({ ...JOURNAL_FORM, unit: "上月的公司", account: "" });
    expect(form.set.size).toBe(0);
    form = setFields(form, { unit: "改过的公司" });
    expect(form.values.unit).toBe("改过的公司");
  });

  test("a page whose form has no field for a remembered value passes it over (盘点 has 单位名称 only)", async () => {
    const host = workbookRemembering({ unit: "上月的公司", account: "基本户 6222", "rows-per-page": "40" });
    const form = fillRemembered(openedForm({ unit: "" }), await rememberedFormFields(host));
    expect(form.values).toEqual({ unit: "上月的公司" });
  });

  test("a workbook that remembers nothing leaves the form as it opened, the same object", async () => {
    const opened = setFields(openedForm(JOURNAL_FORM), { unit: "新华书店有限公司" });
    expect(fillRemembered(opened, await rememberedFormFields(new MemoryHost()))).toBe(opened);
  });

  test("银行对账: the bank journal picked before they arrive is kept; the window and 两清 option are filled", async () => {
    const host = workbookRemembering({
      "reconcile-book-sheet": "银行存款日记账 工商银行",
      "reconcile-source": "file",
      "reconcile-statement-sheet": "对账单",
      "reconcile-window": "7",
      "reconcile-carry": "sheet",
      "reconcile-carry-sheet": "2月调节表",
      "reconcile-marks": "yes",
    });
    let form = openedForm(NO_CHOICES);
    form = setFields(form, { bookSheet: "银行存款日记账 招商银行" });
    form = setFields(form, { carryKind: "none" });
    form = fillRemembered(form, await rememberedChoiceFields(host));
    expect(form.values).toEqual({
      bookSheet: "银行存款日记账 招商银行",
      sourceKind: "file",
      statementSheet: "对账单",
      window: "7",
      carryKind: "none",
      carrySheet: "2月调节表",
      marks: true,
    });
  });

  test("银行对账: settings the page does not know (an old carry kind, blank sheets) keep the defaults", async () => {
    const host = workbookRemembering({
      "reconcile-book-sheet": "",
      "reconcile-source": "sheet",
      "reconcile-window": "",
      "reconcile-carry": "previous-month",
      "reconcile-marks": "no",
    });
    expect(await rememberedChoiceFields(host)).toEqual({ window: "" });
    expect(fillRemembered(openedForm(NO_CHOICES), await rememberedChoiceFields(host)).values).toEqual(NO_CHOICES);
  });
});
