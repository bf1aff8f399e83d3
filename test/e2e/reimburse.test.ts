/**
 * End to end: the 报销审核 page at 320 px in zh-CN and en-US, on the harness's memory host whose formulas LibreOffice
 * computes. A 支付证明单 generated from the page is filled in as a claimant would fill it, with four items, no 总经理
 * signature and words typed over the words formula that disagree with the figures; the review lists exactly those
 * three findings, under the form's heading, each selecting its cell by click and by Enter. Then the marks, the
 * 审核结果 sheet, and the policy: refused on its field, saved to the 报销审核设置 sheet, and taking effect on the next
 * review. Every action is checked as the walk checks them (result in the viewport, focused, announced), and axe-core
 * on each state of the page. Screenshots go to test-output/e2e/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  axeViolations,
  describeWithBoth,
  expectAccessible,
  expectSelects,
  expectShown,
  host,
  openComputedPane,
  openJob,
  resultOf,
  SHOTS,
  THEMES,
  usePane,
  waitForText,
} from "./pane";

const UI = {
  "zh-CN": {
    home: "出纳助手",
    job: "报销审核",
    unit: "单位名称",
    newForm: "新建报销单",
    review: "审核本工作簿",
    reviewed: "其中 1 张有问题，共 3 处",
    reviewedAfterPolicy: "共 2 处",
    group: "支付证明单（支付证明单）：3 处",
    tooMany: "支付证明单有 4 项",
    highlight: "在表中标出",
    clear: "清除标记",
    next: "下一处",
    reviewSheet: "写审核结果",
    maxItems: "每张支付证明单最多项目数",
    witness: "证明人",
    save: "保存报销政策",
    policyDefault: "默认政策",
    policyRead: "读自工作表“报销审核设置”",
  },
  "en-US": {
    home: "Cashbook",
    job: "Expense claims",
    unit: "Unit name",
    newForm: "Generate the form",
    review: "Review this workbook",
    reviewed: "1 with problems, 3 problems in all",
    reviewedAfterPolicy: "2 problems in all",
    group: "支付证明单 (payment proof): 3 problems",
    tooMany: "The payment proof has 4 items",
    highlight: "Mark in the sheet",
    clear: "Clear marks",
    next: "Next",
    reviewSheet: "Write the review sheet",
    maxItems: "Most items on one payment proof",
    witness: "Witness (证明人)",
    save: "Save the policy",
    policyDefault: "default policy",
    policyRead: "Read from the sheet “报销审核设置”",
  },
} as const;

const FORM = "支付证明单";
/** Where the template puts what the review reads: the fourth item's amount, the words, the 总经理's signature. */
const FOURTH_ITEM = "D9";
const WORDS = "B12";
const APPROVER = "A16";

/** The findings listed, as rule and cell, in the order shown. */
const listed = (page: Page) =>
  page
    .locator('[data-testid="findings"] [data-finding-index]')
    .evaluateAll((rows) => rows.map((row) => `${row.getAttribute("data-rule")} ${row.textContent}`));

/**
 * The generated 支付证明单 filled in as a claimant would: four items, every signature but the 总经理's, and words typed
 * over the words formula that say 90 where the items come to 100.
 */
function fillForm(page: Page): Promise<void> {
  return page.evaluate(
    ([form, words]) => {
      const h = window.cashbook.host;
      h.setValues(form!, "B3", [["张三"]]);
      h.setValues(form!, "A6", [
        ["", "复印纸", "办公用品", 10],
        ["", "墨盒", "办公用品", 20],
        ["", "文件夹", "办公用品", 30],
        ["", "订书机", "办公用品", 40],
      ]);
      h.setValues(form!, "B16", [["李会计", "王主任", "赵证明", "张三"]]);
      h.setValues(form!, words!, [["人民币玖拾元整"]]);
    },
    [FORM, WORDS],
  );
}

describeWithBoth("task pane in Chromium: 报销审核 at 320 px", () => {
  const pane = usePane("reimburse");

  test.each(["zh-CN", "en-US"] as const)("a month's claims reviewed in %s", async (lang) => {
    const ui = UI[lang];
    const shot = (name: string) => `reimburse-${lang}-${name}`;
    const { page, problems } = await openComputedPane(pane(), lang);
    await page.getByRole("heading", { level: 1, name: ui.home }).waitFor();
    await openJob(page, ui.job);
    await waitForText(page.getByTestId("policy-source"), ui.policyDefault);
    expect(await axeViolations(page)).toEqual([]);

    // A new 支付证明单, and with it the policy sheet the workbook did not have.
    await page.getByLabel(ui.unit, { exact: true }).fill("测试有限公司");
    await page.getByRole("button", { name: ui.newForm }).click();
    await expectShown(page, "new-form", shot("01-new-form"), FORM);
    expect(await host(page, (h) => h.sheetNames)).toEqual(["Sheet1", "报销审核设置", "支付证明单"]);
    await waitForText(page.getByTestId("policy-source"), ui.policyRead);

    await fillForm(page);

    await page.getByRole("button", { name: ui.review }).click();
    await expectShown(page, "review", shot("02-reviewed"), ui.reviewed);
    await waitForText(page.getByTestId("findings"), ui.group);
    const rows = await listed(page);
    expect(rows.map((row) => row.split(" ")[0]).sort()).toEqual([
      "reimburse-approver-missing",
      "reimburse-too-many-items",
      "reimburse-words-mismatch",
    ]);
    expect(rows.find((row) => row.startsWith("reimburse-too-many-items"))).toContain(ui.tooMany);
    const cellOf: Record<string, string> = {
      "reimburse-too-many-items": FOURTH_ITEM,
      "reimburse-words-mismatch": WORDS,
      "reimburse-approver-missing": APPROVER,
    };
    // Each selects its cell: by click, and by Enter on the focused row.
    for (const [rule, cell] of Object.entries(cellOf)) {
      const row = page.locator(`[data-testid="findings"] [data-rule="${rule}"]`);
      await waitForText(row, cell);
      await expectSelects(page, row, cell, { away: ["Sheet1", "A1"], sheet: FORM });
    }
    await page.screenshot({ path: join(SHOTS, `${shot("03-findings")}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The marks are optional, and one click removes them all.
    await page.getByRole("button", { name: ui.highlight }).click();
    await page.waitForFunction(() => window.cashbook.host.highlighted.size === 3);
    await page.getByRole("button", { name: ui.clear }).click();
    await page.waitForFunction(() => window.cashbook.host.highlighted.size === 0);

    // The 审核结果 sheet: one row per finding, to print or file.
    await page.getByRole("button", { name: ui.reviewSheet }).click();
    await expectShown(page, "review-sheet", shot("04-review-sheet"), "审核结果");
    expect(await host(page, (h) => ["B4", "B5", "B6", "B7"].map((cell) => h.value("审核结果", cell)))).toEqual([
      "reimburse-too-many-items",
      "reimburse-words-mismatch",
      "reimburse-approver-missing",
      "",
    ]);

    // The policy: a maximum of 0 items is refused on its field, which gets the focus; 4 is saved to the sheet.
    const maxItems = page.getByLabel(ui.maxItems, { exact: true });
    await maxItems.fill("0");
    await page.getByRole("button", { name: ui.save }).click();
    await page.waitForFunction(() => document.activeElement?.closest('[data-field="max-items"]') != null);
    await waitForText(page.locator('[data-field="max-items"]'), "0");
    await page.screenshot({ path: join(SHOTS, `${shot("05-policy-refused")}.png`) });
    expect(await host(page, (h) => h.value("报销审核设置", "B3"))).toBe(3);
    await maxItems.fill("4");
    await page.getByRole("checkbox", { name: ui.witness }).uncheck();
    await page.getByRole("button", { name: ui.save }).click();
    await expectShown(page, "save-policy", shot("06-policy-saved"), "报销审核设置");
    expect(await host(page, (h) => [h.value("报销审核设置", "B2"), h.value("报销审核设置", "B3")])).toEqual([
      "经办人、部门负责人、会计审核、总经理",
      4,
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The next review goes by the saved policy: four items are now allowed.
    await page.getByRole("button", { name: ui.review }).click();
    await expectShown(page, "review", shot("07-reviewed-again"), ui.reviewedAfterPolicy);
    expect((await listed(page)).map((row) => row.split(" ")[0]).sort()).toEqual([
      "reimburse-approver-missing",
      "reimburse-words-mismatch",
    ]);
    await page.getByRole("button", { name: ui.next }).click();
    await page.waitForFunction(() => window.cashbook.host.selected.sheet === "支付证明单");
    await page.screenshot({ path: join(SHOTS, `${shot("08-page")}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(THEMES)("no serious accessibility violation in the $name theme", async ({ name, options }) => {
    const ui = UI["zh-CN"];
    const { page, problems } = await openComputedPane(pane(), "zh-CN", options);
    await page.getByRole("heading", { level: 1, name: ui.home }).waitFor();
    await openJob(page, ui.job);
    await page.getByRole("button", { name: ui.newForm }).click();
    await resultOf(page, "new-form");
    await waitForText(page.getByTestId("policy-source"), ui.policyRead);
    await fillForm(page);
    await page.getByRole("button", { name: ui.review }).click();
    await resultOf(page, "review");
    // The policy refused on a field too, so that a field's message is on the page axe looks at.
    await page.getByLabel(ui.maxItems, { exact: true }).fill("0");
    await page.getByRole("button", { name: ui.save }).click();
    await page.waitForFunction(() => document.activeElement?.closest('[data-field="max-items"]') != null);
    await expectAccessible(page, `reimburse-theme-${name}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
