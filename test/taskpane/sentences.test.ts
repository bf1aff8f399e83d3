/**
 * A result's sentences shown as one text: the 银行对账 page joins its verdict, where last month's 未达账项 came from and
 * how the statement was read. Chinese runs them together after 。; English needs a space after its full stop.
 */
import { sentences, translator } from "../../src/taskpane/i18n";

describe("sentences", () => {
  test("en-US: a space between sentences (not “…agree.Last month's…”), none where a part is empty", () => {
    const t = translator("en-US");
    const text = sentences("en-US", [
      t("reconcileAgrees"),
      t("reconcileCarriedFrom", { sheet: "银行存款余额调节表 2026-02-28" }),
      "",
      t("reconcileRemembered"),
    ]);
    expect(text).toBe(
      "The adjusted balances agree. Last month's outstanding items are carried from “银行存款余额调节表 2026-02-28”. " +
        "The statement was read with the columns this workbook remembers.",
    );
  });

  test("zh-CN: run together after each 。", () => {
    const t = translator("zh-CN");
    expect(sentences("zh-CN", [t("reconcileAgrees"), "", t("reconcileRemembered")])).toBe(
      "调节后余额相符。对账单按本工作簿记住的列对应读取。",
    );
  });
});
