/**
 * End to end: the journal page in headless Chromium on the harness's memory host, whose formulas LibreOffice
 * computes as Excel would. It generates a cash journal, types a day's entries and closes the day (日清), types a
 * wrong balance over a balance formula, checks the sheet, sees the finding and clicks it to select the cell, then
 * makes the month's funds report with its chart.
 */
import { join } from "node:path";
import { libreOfficeEngine } from "../support/libreoffice-engine";
import { systemProgram } from "../support/system";
import { describeWithChromium, openPane, SHOTS, usePane, waitForText } from "./pane";

const describeWithBoth = systemProgram("LibreOffice", "/usr/bin/soffice") ? describeWithChromium : describe.skip;

describeWithBoth("task pane in Chromium: journals", () => {
  const pane = usePane("journal");

  test("generate a cash journal, keep a day, type a wrong balance, check it and go to the finding", async () => {
    const { page, problems } = await openPane(pane(), "zh-CN", libreOfficeEngine);
    await page.getByRole("button", { name: "日记账" }).click();

    await page.getByLabel("单位名称", { exact: true }).fill("测试有限公司");
    // A month after January asks for the 本年累计 of the months before; January does not.
    await page.getByLabel("月份", { exact: true }).fill("2026-05");
    await page.getByLabel("本年累计收入（至上月末）").waitFor();
    await page.getByLabel("月份", { exact: true }).fill("2026-01");
    await page.getByLabel("本年累计收入（至上月末）").waitFor({ state: "detached" });
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

    // The cashier types 1,197.50 over the balance formula of 记-2, where 1,500.00 − 320.50 = 1,179.50 belongs.
    await page.evaluate(() => window.cashbook.host.setValues("现金日记账", "I6", [[1197.5]]));
    await page.getByRole("combobox", { name: "工作表" }).click();
    await page.getByRole("option", { name: "现金日记账" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const finding = page.getByTestId("findings").getByRole("button").first();
    await waitForText(finding, "I6");
    await waitForText(finding, "¥1,179.50");
    await finding.click();
    await page.waitForFunction(() => window.cashbook.host.selected.address === "I6");
    expect(await page.evaluate(() => window.cashbook.host.selected.sheet)).toBe("现金日记账");
    // One wrong balance is one finding: the rows below go on from their own formulas.
    expect(await page.getByTestId("findings").getByRole("button").count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "journal-zh-CN.png"), fullPage: true });

    // The month's funds report from the journals in the workbook, with its chart in the pane.
    await page.getByLabel("日报日期或月份", { exact: true }).fill("2026-01");
    await page.getByRole("button", { name: "生成资金日报表" }).click();
    await waitForText(page.getByRole("status"), "资金日报表");
    await page.getByRole("img", { name: "本月各账户每日余额" }).waitFor();
    expect(await page.evaluate(() => window.cashbook.host.sheetNames)).toContain("资金日报表 2026-01");
    const chart = page.getByRole("img", { name: "本月各账户每日余额" });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "journal-report-zh-CN.png") });

    expect(problems).toEqual([]);
    await page.close();
  });
});
