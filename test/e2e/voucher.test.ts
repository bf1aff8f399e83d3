/**
 * End to end: the 凭证 page at 320 px in zh-CN and en-US, on the harness's memory host whose formulas LibreOffice
 * computes (so the 合计 and its words are what Excel would show). A cashier selects a small table of entries, is
 * refused a lines-per-voucher the parser will not take (on its field, which gets the focus), generates the vouchers,
 * checks the generated sheet clean, then types one debit wrong: exactly one voucher-unbalanced finding, at the
 * voucher's 合计, which click and Enter select. Every result is in the viewport, focused and in a live region, and
 * axe-core finds no serious or critical violation on the page, here and, with the findings shown, in Office's Black
 * and Dark Gray themes and under forced colours. Screenshots go to test-output/e2e/.
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
  refusedField,
  resultOf,
  SHOTS,
  THEMES,
  usePane,
  waitForText,
} from "./pane";

const UI = {
  "zh-CN": {
    home: "出纳助手",
    job: "凭证",
    fromSelection: "选中区域里的分录",
    lines: "每张凭证行数",
    generate: "生成凭证",
    generated: "已按分录生成工作表“记账凭证”",
    check: "检查凭证",
    clean: "已检查“记账凭证”上的 2 张凭证，没有发现问题",
    checked: "发现 1 处问题",
    unbalanced: "凭证 记-1 借贷不平：借方合计 900.00，贷方合计 800.00",
  },
  "en-US": {
    home: "Cashbook",
    job: "Vouchers",
    fromSelection: "The entries in the selection",
    lines: "Lines per voucher",
    generate: "Generate vouchers",
    generated: "Generated the sheet “记账凭证” from the entries",
    check: "Check vouchers",
    clean: "Checked 2 vouchers on “记账凭证”: no problems found",
    checked: "1 problem found",
    unbalanced: "Voucher 记-1 does not balance: debits total 900.00, credits 800.00",
  },
} as const;

/** Two vouchers of entries as a cashier lists them: 记-1 draws cash from the bank, 记-2 buys stationery. */
const ENTRIES = [
  ["日期", "凭证号", "摘要", "总账科目", "明细科目", "借方金额", "贷方金额", "附件"],
  ["2026-04-01", "1", "提取备用金", "库存现金", "", 800, "", 1],
  ["2026-04-01", "1", "提取备用金", "银行存款", "建设银行", "", 800, 1],
  ["2026-04-02", "2", "购买办公用品", "管理费用", "办公费", 120.5, "", 2],
  ["2026-04-02", "2", "购买办公用品", "库存现金", "", "", 120.5, 2],
];

/** The entries in Sheet1, selected. */
const putEntries = (page: Page) =>
  page.evaluate((entries) => {
    window.cashbook.host.setValues("Sheet1", "A1", entries);
    window.cashbook.host.select("Sheet1", "A1:H5");
  }, ENTRIES);

describeWithBoth("task pane in Chromium: the 凭证 page at 320 px", () => {
  const pane = usePane("voucher");

  test.each(["zh-CN", "en-US"] as const)("vouchers from entries, checked clean, then unbalanced (%s)", async (lang) => {
    const ui = UI[lang];
    const { page, problems } = await openComputedPane(pane(), lang);
    await putEntries(page);
    await page.getByRole("heading", { level: 1, name: ui.home }).waitFor();
    await openJob(page, ui.job);
    await waitForText(page.getByTestId("selection"), "Sheet1!A1:H5");
    expect(await axeViolations(page)).toEqual([]);

    // One line per voucher is refused on its field, which gets the focus; nothing is written.
    await page.getByLabel(ui.fromSelection).check();
    await page.getByLabel(ui.lines, { exact: true }).fill("1");
    await page.getByRole("button", { name: ui.generate, exact: true }).click();
    expect((await resultOf(page, "generate-vouchers")).announced).toBe(true);
    const field = await refusedField(page, "lines");
    await page.screenshot({ path: join(SHOTS, `voucher-${lang}-01-lines-refused.png`) });
    expect(field).toMatchObject({ focused: true, inViewport: true });
    expect(field.message).toContain("“1”");
    expect(await host(page, (h) => h.sheetNames)).toEqual(["Sheet1"]);

    // Generated from the selection: 记-1 and 记-2 on a new sheet, which becomes the active one.
    await page.getByLabel(ui.lines, { exact: true }).fill("6");
    await page.getByRole("button", { name: ui.generate, exact: true }).click();
    await expectShown(page, "generate-vouchers", `voucher-${lang}-02-generated`, ui.generated);
    expect(await host(page, (h) => h.sheetNames)).toEqual(["Sheet1", "记账凭证"]);
    expect(await host(page, (h) => [h.value("记账凭证", "A5"), h.value("记账凭证", "D5")])).toEqual([
      "提取备用金",
      800,
    ]);
    await waitForText(page.getByTestId("selection"), "记账凭证!A1");

    // The generated sheet, its totals and words computed by LibreOffice, checks clean.
    await page.getByRole("button", { name: ui.check, exact: true }).click();
    await expectShown(page, "check-vouchers", `voucher-${lang}-03-checked-clean`, ui.clean);
    expect(await page.getByTestId("findings").count()).toBe(0);

    // 800.00 typed as 900.00 on 记-1's debit: exactly one finding, at the voucher's 合计 (D11).
    await page.evaluate(() => window.cashbook.host.setValues("记账凭证", "D5", [[900]]));
    await page.getByRole("button", { name: ui.check, exact: true }).click();
    await expectShown(page, "check-vouchers", `voucher-${lang}-04-unbalanced`, ui.checked);
    const rows = page.getByTestId("findings").getByRole("listitem");
    expect(await rows.count()).toBe(1);
    await waitForText(rows.first(), "D11");
    await waitForText(rows.first(), ui.unbalanced);
    await expectSelects(page, rows.first(), "D11", { away: ["记账凭证", "A1"] });
    expect(await host(page, (h) => h.selected.sheet)).toBe("记账凭证");
    await page.screenshot({ path: join(SHOTS, `voucher-${lang}-05-findings.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(THEMES)(
    "no serious accessibility violation in the $name theme, findings shown",
    async ({ name, options }) => {
      const ui = UI["zh-CN"];
      const { page, problems } = await openComputedPane(pane(), "zh-CN", options);
      await putEntries(page);
      await page.getByRole("button", { name: new RegExp(`^${ui.job}`) }).click();
      await page.getByLabel(ui.fromSelection).check();
      await page.getByRole("button", { name: ui.generate, exact: true }).click();
      await resultOf(page, "generate-vouchers");
      await page.evaluate(() => window.cashbook.host.setValues("记账凭证", "D5", [[900]]));
      await waitForText(page.getByTestId("selection"), "记账凭证!A1");
      await page.getByRole("button", { name: ui.check, exact: true }).click();
      await resultOf(page, "check-vouchers");
      await page.getByTestId("findings").waitFor();
      await expectAccessible(page, `voucher-theme-${name}`);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
