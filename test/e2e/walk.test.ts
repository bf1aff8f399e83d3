/**
 * End to end: a cashier's walk through every page of the pane at 320 px, in zh-CN and en-US, on the harness's memory
 * host whose formulas LibreOffice computes. For each action it asserts what the issue asks of the one action pattern:
 * the result is inside the viewport right after the action, it has the focus and sits in a live region; a refused
 * field gets the focus with its message on it; opening a page or going back puts the focus on the page's heading.
 * axe-core runs on every page: no serious or critical violation and no landmark violation, in Office's light theme
 * here and in the Black, Dark Gray and high contrast (forced colors) themes below. Screenshots of each step go to
 * test-output/e2e/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  axeViolations,
  chooseOption,
  describeWithBoth,
  expectAccessible,
  expectHeading,
  expectSelects,
  expectShown,
  host,
  openComputedPane,
  openJob,
  PANE_VIEWPORT,
  putAmounts,
  refusedField,
  resultOf,
  SHOTS,
  THEMES,
  usePane,
  waitForText,
  waitForValue,
} from "./pane";

const UI = {
  "zh-CN": {
    home: "出纳助手",
    back: "返回",
    journal: "日记账",
    newMonth: "新建月份",
    daily: "日常",
    unit: "单位名称",
    month: "月份",
    opening: "期初余额",
    generate: "生成日记账",
    zeroOpening: "按 0 生成",
    closeDay: "插入本日合计",
    sheet: "工作表",
    restore: "恢复余额公式（I6）",
    restored: "已恢复 I6 的余额公式",
    check: "检查",
    next: "下一处",
    cashCount: "盘点",
    countDate: "盘点日期",
    cashCountButton: "生成现金盘点表",
    funds: "日报",
    period: "日期或月份",
    fundsButton: "生成资金日报表",
    chart: "本月各账户每日余额",
    showTable: "以表格显示",
    words: "大写金额",
    write: "写入大写",
    overwrite: "覆盖",
    checkWords: "核对所选区域",
    amounts: "6 个金额",
    noAmounts: "选中的区域里没有金额",
    stopped: "已停止",
  },
  "en-US": {
    home: "Cashbook",
    back: "Back",
    journal: "Journals",
    newMonth: "New month",
    daily: "Every day",
    unit: "Unit name",
    month: "Month",
    opening: "Opening balance",
    generate: "Generate the journal",
    zeroOpening: "Generate with 0",
    closeDay: "Insert the day total",
    sheet: "Sheet",
    restore: "Restore the balance formula (I6)",
    restored: "The balance formula of I6 is back",
    check: "Check",
    next: "Next",
    cashCount: "Cash count",
    countDate: "Day of the count",
    cashCountButton: "Generate the cash count",
    funds: "Daily funds report",
    period: "Day or month",
    fundsButton: "Generate the report",
    chart: "Each account's closing balance, day by day",
    showTable: "Show as a table",
    words: "Amounts in words",
    write: "Write words",
    overwrite: "Overwrite",
    checkWords: "Check the selection",
    amounts: "6 amounts",
    noAmounts: "The selection holds no amounts",
    stopped: "Stopped",
  },
} as const;

type Ui = (typeof UI)[keyof typeof UI];

async function back(page: Page, ui: Ui) {
  await page.getByRole("button", { name: ui.back }).click();
  await expectHeading(page, ui.home);
}

describeWithBoth("task pane in Chromium: every page at 320 px", () => {
  const pane = usePane("walk");

  test.each(["zh-CN", "en-US"] as const)("a day's work in %s", async (lang) => {
    const ui = UI[lang];
    const { page, problems } = await openComputedPane(pane(), lang);
    await page.getByRole("heading", { level: 1, name: ui.home }).waitFor();
    // The daily jobs are on the first screen; jobs still to come are listed without a way to open them.
    const journalButton = page.getByRole("button", { name: new RegExp(`^${ui.journal}`) });
    expect((await journalButton.boundingBox())!.y).toBeLessThan(PANE_VIEWPORT.height);
    await page.screenshot({ path: join(SHOTS, `walk-${lang}-01-home.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // 日记账 › 新建月份: a month that is no month is refused on its field, which gets the focus.
    await openJob(page, ui.journal);
    await page.getByRole("tab", { name: ui.newMonth }).click();
    await page.getByLabel(ui.unit, { exact: true }).fill("测试有限公司");
    await page.getByLabel(ui.month, { exact: true }).fill("2026-13");
    await page.getByRole("button", { name: ui.generate }).click();
    // The live region says to correct the marked field; the field has the focus and the parser's message.
    expect((await resultOf(page, "generate")).announced).toBe(true);
    const field = await refusedField(page, "month");
    await page.screenshot({ path: join(SHOTS, `walk-${lang}-02-month-refused.png`) });
    expect(field).toMatchObject({ focused: true, inViewport: true });
    expect(field.message).toContain("2026-13");
    expect(await host(page, (h) => h.sheetNames)).toEqual(["Sheet1"]);

    // An empty 期初余额 is a question first, not a silent 0.
    await page.getByLabel(ui.month, { exact: true }).fill("2026-01");
    await page.getByRole("button", { name: ui.generate }).click();
    await expectShown(page, "generate", `walk-${lang}-03-opening-question`);
    expect(await host(page, (h) => h.sheetNames)).toEqual(["Sheet1"]);
    await page.getByRole("button", { name: ui.zeroOpening }).click();
    await expectShown(page, "generate", `walk-${lang}-04-generated`, "现金日记账");
    expect(await host(page, (h) => [h.value("现金日记账", "E4"), h.value("现金日记账", "I4")])).toEqual([
      "期初余额",
      0,
    ]);
    // 单位名称 is kept in the workbook's settings for the next session and the other pages.
    expect(await host(page, (h) => h.settings.get("unit"))).toBe("测试有限公司");
    expect(await axeViolations(page)).toEqual([]);

    // 日记账 › 日常: 日清 under the day's last entry.
    await page.getByRole("tab", { name: ui.daily }).click();
    await page.evaluate(() => {
      window.cashbook.host.setValues("现金日记账", "A5", [
        [2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null],
        [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 320.5],
      ]);
      window.cashbook.host.select("现金日记账", "E6");
    });
    await waitForText(page.getByTestId("selection"), "现金日记账!E6");
    await page.getByRole("button", { name: ui.closeDay }).click();
    await expectShown(page, "close-day", `walk-${lang}-05-day-closed`, "A7");
    expect(await host(page, (h) => h.value("现金日记账", "E7"))).toBe("本日合计");

    // A balance typed over its formula: one finding, reached by 下一处 and by Enter on its row.
    // The cashier types 197.50 over the balance formula of 记-2, where 500.00 − 320.50 = 179.50 belongs.
    const formula = await host(page, (h) => h.value("现金日记账", "I6"));
    await page.evaluate(() => window.cashbook.host.setValues("现金日记账", "I6", [[197.5]]));
    // The sheet to check is picked with the mouse, as a cashier does.
    await chooseOption(page, ui.sheet, "现金日记账");
    await page.getByRole("button", { name: ui.check, exact: true }).click();
    await expectShown(page, "check", `walk-${lang}-06-checked`);
    const rows = page.getByTestId("findings").getByRole("listitem");
    expect(await rows.count()).toBe(1);
    await waitForText(rows.first(), "I6");
    await waitForText(rows.first(), "¥179.50");
    await expectSelects(page, rows.first(), "I6", {
      away: ["现金日记账", "A1"],
      click: page.getByRole("button", { name: ui.next }),
    });
    await page.screenshot({ path: join(SHOTS, `walk-${lang}-07-findings.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    // 恢复余额公式: the journal's own formula goes back into I6, live, and says so; the list stays until the next check.
    const restore = page.getByRole("button", { name: ui.restore });
    await restore.click();
    await waitForText(page.getByTestId("findings").locator("xpath=..").getByRole("status"), ui.restored);
    expect(await host(page, (h) => h.value("现金日记账", "I6"))).toBe(formula);
    expect(await axeViolations(page)).toEqual([]);
    // A new run clears the old findings before it reads; the balance is right again.
    await page.getByRole("button", { name: ui.check, exact: true }).click();
    await expectShown(page, "check", `walk-${lang}-08-checked-clean`);
    expect(await page.getByTestId("findings").count()).toBe(0);
    await back(page, ui);

    // 盘点: the unit comes back from the workbook's settings, read once the page has opened.
    await openJob(page, ui.cashCount);
    await waitForValue(page.getByLabel(ui.unit, { exact: true }), "测试有限公司");
    await page.getByLabel(ui.countDate, { exact: true }).fill("2026-01-31");
    await page.getByRole("button", { name: ui.cashCountButton }).click();
    await expectShown(page, "cash-count", `walk-${lang}-09-cash-count`);
    expect(await axeViolations(page)).toEqual([]);
    await back(page, ui);

    // 日报: the month's report, its chart and the chart's table.
    await openJob(page, ui.funds);
    await page.getByLabel(ui.period, { exact: true }).fill("2026-01");
    await page.getByRole("button", { name: ui.fundsButton }).click();
    await expectShown(page, "funds-report", `walk-${lang}-10-funds-report`, "资金日报表");
    await page.getByRole("img", { name: ui.chart }).waitFor();
    await page.getByRole("button", { name: ui.showTable }).click();
    await page.getByRole("table", { name: ui.chart }).waitFor();
    await page.screenshot({ path: join(SHOTS, `walk-${lang}-11-funds-table.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await back(page, ui);

    // 大写金额: the page follows the selection and says why a button cannot be used.
    await putAmounts(page);
    await page.evaluate(() => window.cashbook.host.select("Sheet1", "H20"));
    await openJob(page, ui.words);
    await waitForText(page.getByTestId("selection"), "Sheet1");
    await waitForText(page.locator('[data-action="write"]'), ui.noAmounts);
    await page.evaluate(() => window.cashbook.host.select("Sheet1", "A1:A8"));
    await waitForText(page.getByTestId("selection"), ui.amounts);
    await page.getByRole("button", { name: ui.write, exact: true }).click();
    await expectShown(page, "write", `walk-${lang}-12-overwrite-question`, "B3");
    await page.getByRole("button", { name: ui.overwrite }).click();
    await expectShown(page, "write", `walk-${lang}-13-written`, "B1:B8");
    expect(await host(page, (h) => h.value("Sheet1", "B3"))).toBe("人民币陆仟零柒元壹角肆分");
    await page.evaluate(() => {
      window.cashbook.host.setValues("Sheet1", "B7", [["人民币叁佰贰拾伍元肆分"]]);
      window.cashbook.host.select("Sheet1", "A1:B8");
    });
    await page.getByRole("button", { name: ui.checkWords }).click();
    await expectShown(page, "check-words", `walk-${lang}-14-words-checked`);
    await waitForText(page.getByTestId("findings").getByRole("listitem"), "B7");
    await expectAccessible(page, `walk-${lang}-15-words`);

    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(THEMES)("no serious accessibility violation in the $name theme", async ({ name, options }) => {
    const ui = UI["zh-CN"];
    const { page, problems } = await openComputedPane(pane(), "zh-CN", options);
    await page.getByRole("heading", { level: 1, name: ui.home }).waitFor();
    await expectAccessible(page, `theme-${name}-home`);

    await openJob(page, ui.journal);
    await page.getByRole("tab", { name: ui.newMonth }).click();
    await page.getByLabel(ui.month, { exact: true }).fill("2026-01");
    await page.getByLabel(ui.opening, { exact: true }).fill("1000");
    await page.getByRole("button", { name: ui.generate }).click();
    await resultOf(page, "generate");
    await page.getByRole("tab", { name: ui.daily }).click();
    // An entry whose balance is typed wrong, so that the findings list is on the page axe looks at.
    await page.evaluate(() =>
      window.cashbook.host.setValues("现金日记账", "A5", [[2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null, 1]]),
    );
    await page.getByRole("button", { name: ui.check, exact: true }).click();
    await resultOf(page, "check");
    await page.getByTestId("findings").waitFor();
    await expectAccessible(page, `theme-${name}-findings`);
    await back(page, ui);

    await openJob(page, ui.funds);
    await page.getByLabel(ui.period, { exact: true }).fill("2026-01");
    await page.getByRole("button", { name: ui.fundsButton }).click();
    await resultOf(page, "funds-report");
    await page.getByRole("button", { name: ui.showTable }).click();
    await expectAccessible(page, `theme-${name}-chart`);

    expect(problems).toEqual([]);
    await page.close();
  });
});
