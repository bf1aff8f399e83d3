/**
 * End to end: the journal page in headless Chromium on the harness's memory host. It generates a cash journal,
 * then checks a journal an accountant keeps by hand after one balance was edited wrong, sees the finding, and
 * clicks it to select the cell. The memory host computes no formulas, so the generated sheet is checked for its
 * structure here; its formulas are proven by the LibreOffice recalculation tests.
 */
import { join } from "node:path";
import { describeWithChromium, openPane, SHOTS, usePane, waitForText } from "./pane";

describeWithChromium("task pane in Chromium: journals", () => {
  const pane = usePane("journal");

  test("generate a cash journal, then check a hand-kept journal and go to its finding", async () => {
    const { page, problems } = await openPane(pane(), "zh-CN");
    await page.getByRole("button", { name: "日记账" }).click();

    await page.getByLabel("单位名称", { exact: true }).fill("测试有限公司");
    await page.getByLabel("月份", { exact: true }).fill("2026-01");
    await page.getByLabel("期初余额", { exact: true }).fill("1,000.00");
    await page.getByRole("button", { name: "生成", exact: true }).click();
    await waitForText(page.getByRole("status"), "现金日记账");
    const generated = await page.evaluate(() => {
      const host = window.cashbook.host;
      return {
        sheets: host.sheetNames,
        opening: host.value("现金日记账", "E4"),
        balance: host.value("现金日记账", "I4"),
      };
    });
    expect(generated.sheets).toContain("现金日记账");
    expect(generated.opening).toBe("期初余额");
    expect(generated.balance).toBe(1000);

    // 日清: the cashier types the day's entries into the blank rows, selects the last one and closes the day.
    await page.evaluate(() => {
      const host = window.cashbook.host;
      host.setValues("现金日记账", "A5", [
        [2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null],
        [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 320.5],
      ]);
      host.select("现金日记账", "E6");
    });
    await page.getByRole("button", { name: "在选中行下插入本日合计" }).click();
    await waitForText(page.getByRole("status"), "A7");
    expect(await page.evaluate(() => window.cashbook.host.value("现金日记账", "E7"))).toBe("本日合计");

    await page.evaluate(() => {
      window.cashbook.host.setValues("手工账", "A1", [
        ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
        ["2026-01-01", "", "期初余额", "", "", 1000],
        ["2026-01-05", "记-1", "提现备用", 500, "", 1500],
        ["2026-01-06", "记-2", "报销差旅费", "", 320.5, 1179.5],
        // The accountant typed 1,197.50 where 1,179.50 − 200 = 979.50 belongs.
        ["2026-01-08", "记-3", "购买办公用品", "", 200, 1197.5],
      ]);
    });
    await page.getByRole("combobox", { name: "工作表" }).click();
    await page.getByRole("option", { name: "手工账" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const finding = page.getByTestId("findings").getByRole("button").first();
    await waitForText(finding, "F5");
    await finding.click();
    await page.waitForFunction(() => window.cashbook.host.selected.address === "F5");
    expect(await page.evaluate(() => window.cashbook.host.selected.sheet)).toBe("手工账");
    await page.screenshot({ path: join(SHOTS, "journal-zh-CN.png"), fullPage: true });

    // The month's funds report from the journals in the workbook, with its chart in the pane.
    await page.getByLabel("日报日期或月份", { exact: true }).fill("2026-01");
    await page.getByRole("button", { name: "生成资金日报表" }).click();
    await waitForText(page.getByRole("status"), "资金日报表");
    await page.getByRole("img", { name: "本月各账户每日余额" }).waitFor();
    // The memory host keeps the generated journal's formulas as text (it computes nothing), so the report also
    // lists that sheet's balances as unreadable; in Excel they are numbers.
    expect(await page.evaluate(() => window.cashbook.host.sheetNames)).toContain("资金日报表 2026-01");
    const chart = page.getByRole("img", { name: "本月各账户每日余额" });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "journal-report-zh-CN.png") });

    expect(problems).toEqual([]);
    await page.close();
  });
});
