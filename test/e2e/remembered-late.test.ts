/**
 * End to end: the workbook's settings answered late, as Excel on the web answers them (a round trip after the page
 * opens, longer on a slow connection), while the cashier is already at work. The harness's memory host holds its
 * readSettings back until the test lets it answer. What the cashier typed or picked in that moment stays: 单位名称 on
 * 盘点 (and the 现金盘点表 and the remembered unit are the typed one), the bank journal on 银行对账; what nobody
 * touched is filled from the settings when they arrive.
 */
import type { Page } from "playwright-core";
import { CMB_JOURNAL } from "./reconcile-data";
import {
  chooseOption,
  describeWithChromium,
  expectShown,
  host,
  openJob,
  openPane,
  PANE_VIEWPORT,
  usePane,
  waitForText,
  waitForValue,
} from "./pane";

const UI = {
  home: "出纳助手",
  back: "返回",
  cashCount: "盘点",
  unit: "单位名称",
  countDate: "盘点日期",
  cashCountButton: "生成现金盘点表",
  reconcile: "银行对账",
  book: "银行存款日记账",
  window: "日期相差不超过（天）",
};

const CMB = "银行存款日记账 招商银行";
const ICBC = "银行存款日记账 工商银行";

/** A cash journal of March with its 期初余额 and one receipt, and two bank journals (the fixtures' 招商银行 month). */
const putJournals = (page: Page) =>
  page.evaluate(
    ([cmb, icbc, bank]) => {
      const h = window.cashbook.host;
      h.setValues("现金日记账", "A1", [
        ["日期", "凭证号", "摘要", "对方科目", "收入", "支出", "余额"],
        ["2026-03-01", "", "期初余额", "", "", "", 800],
        ["2026-03-02", "记-1", "提现备用", "银行存款", 500, "", 1300],
      ]);
      h.setValues(cmb as string, "A1", bank as never);
      h.setValues(icbc as string, "A1", bank as never);
    },
    [CMB, ICBC, CMB_JOURNAL] as const,
  );

/** What the workbook remembers from last time. */
const remember = (page: Page, settings: Record<string, string>) =>
  page.evaluate((values) => window.cashbook.host.writeSettings(values), settings);

interface HeldSettings {
  settingsHeld?: { answer: () => void; answered: number; read: () => Promise<Record<string, string>> };
}

/**
 * Holds the workbook's settings back: every readSettings from now waits until the returned `answer` is called, which
 * resolves when the page has had its answer.
 */
async function holdSettings(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const h = window.cashbook.host;
    const held = window as unknown as HeldSettings;
    const read = held.settingsHeld?.read ?? h.readSettings.bind(h);
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const gate = { answer, answered: 0, read };
    held.settingsHeld = gate;
    h.readSettings = async () => {
      await answered;
      const settings = await read();
      gate.answered += 1;
      return settings;
    };
  });
  return async () => {
    await page.evaluate(() => (window as unknown as HeldSettings).settingsHeld!.answer());
    await page.waitForFunction(() => (window as unknown as HeldSettings).settingsHeld!.answered > 0);
  };
}

async function back(page: Page) {
  await page.getByRole("button", { name: UI.back }).click();
  await page.getByRole("heading", { level: 1, name: UI.home }).waitFor();
}

describeWithChromium("task pane in Chromium: the workbook's settings answered late", () => {
  const pane = usePane("remembered-late");

  test("盘点: a 单位名称 typed before the settings arrive is kept, generated and remembered", async () => {
    const { page, problems } = await openPane(pane(), "zh-CN", { viewport: PANE_VIEWPORT });
    await putJournals(page);
    await remember(page, { unit: "上月的公司" });
    await page.getByRole("heading", { level: 1, name: UI.home }).waitFor();
    const unit = page.getByLabel(UI.unit, { exact: true });

    // Nobody types: the late settings fill the field.
    let answer = await holdSettings(page);
    await openJob(page, UI.cashCount);
    expect(await unit.inputValue()).toBe("");
    await answer();
    await waitForValue(unit, "上月的公司");
    await back(page);

    // The cashier types first: the late settings leave the field alone.
    answer = await holdSettings(page);
    await openJob(page, UI.cashCount);
    await unit.fill("新华书店有限公司");
    await page.getByLabel(UI.countDate, { exact: true }).fill("2026-03-05");
    await answer();
    await page.getByRole("button", { name: UI.cashCountButton }).click();
    await expectShown(page, "cash-count", "remembered-late-01-cash-count");
    expect(await unit.inputValue()).toBe("新华书店有限公司");
    expect(await host(page, (h) => h.value("现金盘点表 2026-03-05", "A2"))).toBe("单位：新华书店有限公司");
    expect(await host(page, (h) => h.settings.get("unit"))).toBe("新华书店有限公司");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("银行对账: a bank journal picked before the settings arrive is kept; the window nobody touched is filled", async () => {
    const { page, problems } = await openPane(pane(), "zh-CN", { viewport: PANE_VIEWPORT });
    await putJournals(page);
    // Last time the 招商银行 journal, the first of the list, was reconciled with a window of 7 days.
    await remember(page, { "reconcile-book-sheet": CMB, "reconcile-window": "7" });
    await page.getByRole("heading", { level: 1, name: UI.home }).waitFor();
    const answer = await holdSettings(page);
    await openJob(page, UI.reconcile);
    await waitForText(page.locator('[data-field="book-sheet"]'), CMB);
    await chooseOption(page, UI.book, ICBC);
    await answer();
    await waitForValue(page.getByLabel(UI.window, { exact: true }), "7");
    const book = page.getByRole("combobox", { name: UI.book, exact: true });
    expect(await book.textContent()).toBe(ICBC);
    expect(problems).toEqual([]);
    await page.close();
  });
});
