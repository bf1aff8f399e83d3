/**
 * End to end: the built task pane in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core),
 * through the harness page that mounts the same App on a memory host. It converts and checks amounts in both
 * languages like a user would, fails on any request that leaves localhost and on console errors, and keeps a
 * screenshot of each language under test-output/e2e/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describeWithChromium, openPane, putAmounts, resultOf, SHOTS, usePane, waitForText } from "./pane";

describeWithChromium("task pane in Chromium: amounts in words", () => {
  const pane = usePane("amount-words");

  const cell = (page: Page, sheet: string, address: string) =>
    page.evaluate(([s, a]) => window.cashbook.host.value(s!, a!), [sheet, address]);

  test.each([
    {
      lang: "zh-CN",
      job: "大写金额",
      write: "写入大写",
      check: "核对所选区域",
      overwrite: "覆盖",
      clean: "大小写全部相符",
      findingText: "漏写了“零”",
    },
    {
      lang: "en-US",
      job: "Amounts in words",
      write: "Write words",
      check: "Check the selection",
      overwrite: "Overwrite",
      clean: "all agree",
      findingText: "A 零 is missing",
    },
  ])("converts and checks amounts ($lang)", async (ui) => {
    const { page, problems } = await openPane(pane(), ui.lang);
    await putAmounts(page);
    await page.evaluate(() => window.cashbook.host.select("Sheet1", "A1:A8"));

    await page.getByRole("button", { name: new RegExp(`^${ui.job}`) }).click();
    await page.getByRole("button", { name: ui.write, exact: true }).click();
    // B3 holds text: the pane asks before overwriting it.
    await page.getByRole("button", { name: ui.overwrite }).click();
    await resultOf(page, "write");
    expect(await cell(page, "Sheet1", "B2")).toBe("人民币壹仟肆佰零玖元伍角整");
    expect(await cell(page, "Sheet1", "B3")).toBe("人民币陆仟零柒元壹角肆分");
    expect(await cell(page, "Sheet1", "B4")).toBe("人民币壹仟陆佰捌拾元零叁角贰分");
    expect(await cell(page, "Sheet1", "B5")).toBe("人民币壹拾万柒仟元零伍角叁分");
    expect(await cell(page, "Sheet1", "B6")).toBe("人民币壹万陆仟肆佰零玖元零贰分");
    expect(await cell(page, "Sheet1", "B7")).toBe("人民币叁佰贰拾伍元零肆分");
    expect(await cell(page, "Sheet1", "B8")).toBe("");
    // The unreadable amount is listed with its cell.
    await waitForText(page.getByTestId("findings").getByRole("listitem").first(), "A8");

    // Check the pair of columns after an accountant's edit that drops a required 零.
    await page.evaluate(() => {
      const host = window.cashbook.host;
      host.setValues("Sheet1", "A8", [[""]]);
      host.setValues("Sheet1", "B7", [["人民币叁佰贰拾伍元肆分"]]);
      host.select("Sheet1", "A1:B8");
    });
    await page.getByRole("button", { name: ui.check }).click();
    const finding = page.getByTestId("findings").getByRole("listitem").first();
    await waitForText(finding, "B7");
    await waitForText(finding, ui.findingText);
    await finding.click();
    await page.waitForFunction(() => window.cashbook.host.selected.address === "B7");
    await page.screenshot({ path: join(SHOTS, `amount-words-${ui.lang}.png`), fullPage: true });

    // Mend it and check again: clean.
    await page.evaluate(() => {
      window.cashbook.host.setValues("Sheet1", "B7", [["人民币叁佰贰拾伍元零肆分"]]);
      window.cashbook.host.select("Sheet1", "A1:B8");
    });
    await page.getByRole("button", { name: ui.check }).click();
    expect((await resultOf(page, "check-words")).text).toContain(ui.clean);

    expect(problems).toEqual([]);
    await page.close();
  });
});
