/**
 * End to end: 银行对账 at 320 px in zh-CN and en-US, on the harness's memory host. A bank journal in the workbook with
 * December's 调节表 beside it, and the 招商银行 export of the fixtures picked as a file (GB18030, found by the pane);
 * auto-match, which carries December's 未达账项 in and clears it; one match undone and matched again by hand, after a
 * match by hand with unequal sums is refused; the 两清 column asked for; the 余额调节表 and the 对账记录 written, and
 * asserted cell by cell, the match by hand marked 手工, the journal unchanged but for the 两清 column, whose marks name
 * the 对账记录's match ids. Every action is checked as the walk
 * checks them (result in the viewport, focused, announced), and axe-core finds no serious or critical violation.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import {
  axeViolations,
  chooseOption,
  describeWithChromium,
  expectAccessible,
  expectShown,
  openJob,
  openPane,
  PANE_VIEWPORT,
  refusedField,
  resultOf,
  SHOTS,
  THEMES,
  usePane,
  waitForText,
} from "./pane";
import { emptyPlan } from "../../src/core/plan";
import { readCsv } from "../../src/hosts/csv";
import { writeWorkbook } from "../../src/hosts/xlsx";
import {
  CMB_JOURNAL,
  CMB_JOURNAL_AFTER_DECEMBER,
  CMB_JOURNAL_SHEET,
  CMB_STATEMENT,
  DECEMBER_OPEN,
  DECEMBER_TABLE,
  NOVEMBER_CHEQUE,
  UNKNOWN_STATEMENT,
  UNKNOWN_STATEMENT_SHEET,
} from "./reconcile-data";
import { reconciliationPlan, type Txn } from "../support/reconcile";

const UI = {
  "zh-CN": {
    home: "出纳助手",
    job: "银行对账",
    book: "银行存款日记账",
    fromFile: "文件里（.csv 或 .xlsx）",
    chosen: "已选择：cmb-debit.gb18030.csv",
    auto: "自动勾对",
    matched: "已勾对 5 组，待定 0 组，未达账项 1 笔。调节后余额相符。",
    unmatch: "取消所选勾对",
    unmatched: "已取消 1 组勾对",
    byHand: "手工勾对所选行",
    sumsDiffer: "两边合计不相等：日记账 ¥500.00，对账单 ¥1,000.00。",
    matchedByHand: "已手工勾对日记账 1 笔、对账单 1 笔，合计 ¥1,000.00。调节后余额相符。",
    manual: "手工",
    carried: `上月未达账项取自“${DECEMBER_TABLE}”。`,
    carriedLine: `上月未达账项（${DECEMBER_TABLE}）`,
    marks: "在日记账旁写两清标记列",
    marksWritten: `两清标记写在 ${CMB_JOURNAL_SHEET}!J1:J6（4 笔）。`,
    back: "返回",
    write: "写入余额调节表",
  },
  "en-US": {
    home: "Cashbook",
    job: "Bank reconciliation",
    book: "Bank deposit journal",
    fromFile: "A file (.csv or .xlsx)",
    chosen: "Chosen: cmb-debit.gb18030.csv",
    auto: "Match automatically",
    matched: "5 matches, 0 undecided groups, 1 outstanding item. The adjusted balances agree.",
    unmatch: "Undo the ticked matches",
    unmatched: "Undid 1 match",
    byHand: "Match the ticked lines by hand",
    sumsDiffer: "The sums differ: journal ¥500.00, statement ¥1,000.00.",
    matchedByHand:
      "Matched by hand: 1 journal line and 1 statement line, ¥1,000.00 in all. The adjusted balances agree.",
    manual: "By hand",
    carried: `Last month's outstanding items are carried from “${DECEMBER_TABLE}”.`,
    carriedLine: `Outstanding last month (${DECEMBER_TABLE})`,
    marks: "Mark matched entries in a 两清 column beside the journal",
    marksWritten: `4 entries marked in ${CMB_JOURNAL_SHEET}!J1:J6.`,
    back: "Back",
    write: "Write the reconciliation",
  },
} as const;

const cells = (page: Page, sheet: string, addresses: string[]) =>
  page.evaluate(([s, list]) => (list as string[]).map((a) => window.cashbook.host.value(s as string, a)), [
    sheet,
    addresses,
  ] as const);

/** The bank journal of the fixtures, on its own sheet. */
const putJournal = (page: Page) =>
  page.evaluate(([sheet, rows]) => window.cashbook.host.setValues(sheet as string, "A1", rows as never), [
    CMB_JOURNAL_SHEET,
    CMB_JOURNAL,
  ] as const);

/** The journal of the month with December's 电费 booked in December, and December's 调节表 listing it (and more). */
const putJournalAfterDecember = (page: Page, open: readonly Txn[] = [DECEMBER_OPEN]) =>
  page.evaluate(
    async ([sheet, rows, plan]) => {
      window.cashbook.host.setValues(sheet as string, "A1", rows as never);
      await window.cashbook.host.applyPlan(plan as never);
    },
    [
      CMB_JOURNAL_SHEET,
      CMB_JOURNAL_AFTER_DECEMBER,
      reconciliationPlan("2023-12-31", { bookPaidNotBank: open }, "招商银行"),
    ] as const,
  );

describeWithChromium("task pane in Chromium: 银行对账 at 320 px", () => {
  const pane = usePane("reconcile");

  test.each(["zh-CN", "en-US"] as const)("a month reconciled in %s", async (lang) => {
    const ui = UI[lang];
    const { page, problems } = await openPane(pane(), lang, { viewport: PANE_VIEWPORT });
    await putJournalAfterDecember(page);
    const journalBefore = await page.evaluate((sheet) => window.cashbook.host.readUsedRange(sheet), CMB_JOURNAL_SHEET);

    await page.getByRole("heading", { level: 1, name: ui.home }).waitFor();
    await openJob(page, ui.job);

    // The journal is found by its header; the statement is a file the cashier picks.
    await waitForText(page.locator('[data-field="book-sheet"]'), CMB_JOURNAL_SHEET);
    await chooseOption(page, ui.book, CMB_JOURNAL_SHEET);
    await page.getByRole("radio", { name: ui.fromFile }).check();
    await page.getByTestId("statement-file").setInputFiles(resolve(__dirname, "../..", CMB_STATEMENT));
    await waitForText(page.locator('[data-field="statement"]'), ui.chosen);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: ui.auto }).click();
    const seen = await expectShown(page, "auto-match", `reconcile-${lang}-01-matched`, ui.matched);
    // December's 电费 is carried in and clears against the bank's 一网通支付 of 1-27, shown as carried.
    expect(seen.text).toContain(ui.carried);
    const matches = page.getByTestId("matches").getByRole("checkbox");
    expect(await matches.count()).toBe(5);
    await waitForText(
      page.getByTestId("matches").getByRole("listitem").filter({ hasText: "一网通支付" }),
      ui.carriedLine,
    );
    await expectAccessible(page, `reconcile-${lang}-02-review`);

    // Undo the ATM withdrawal's match: both lines are among those not matched.
    await page
      .getByTestId("matches")
      .getByRole("checkbox", { name: /ATM取现/ })
      .check();
    await page.getByRole("button", { name: ui.unmatch }).click();
    await expectShown(page, "unmatch", `reconcile-${lang}-03-unmatched`, ui.unmatched);
    expect(await matches.count()).toBe(4);
    const bookLine = page.getByTestId("unmatched-book").getByRole("checkbox", { name: /ATM取现/ });
    const statementLine = page.getByTestId("unmatched-statement").getByRole("checkbox", { name: /银联ATM取款/ });
    const cheque = page.getByTestId("unmatched-book").getByRole("checkbox", { name: /开出转账支票/ });

    // A cheque of 500.00 against the bank's 1,000.00 is refused, and nothing is matched.
    await cheque.check();
    await statementLine.check();
    await page.getByRole("button", { name: ui.byHand }).click();
    await expectShown(page, "match-by-hand", `reconcile-${lang}-04-refused`, ui.sumsDiffer);
    expect(await matches.count()).toBe(4);

    // Matched again by hand: the journal's ATM line with the bank's.
    await cheque.uncheck();
    await bookLine.check();
    await page.getByRole("button", { name: ui.byHand }).click();
    await expectShown(page, "match-by-hand", `reconcile-${lang}-05-by-hand`, ui.matchedByHand);
    expect(await matches.count()).toBe(5);
    await waitForText(page.getByTestId("matches").getByRole("listitem").last(), ui.manual);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("checkbox", { name: ui.marks }).check();
    await page.getByRole("button", { name: ui.write }).click();
    const written = await expectShown(page, "write-reconciliation", `reconcile-${lang}-06-written`, "对账记录");
    expect(written.text).toContain(ui.marksWritten);
    await expectAccessible(page, `reconcile-${lang}-07-written`);

    const table = "银行存款余额调节表 2024-01-30";
    expect(await page.evaluate(() => window.cashbook.host.sheetNames)).toEqual([
      "Sheet1",
      CMB_JOURNAL_SHEET,
      DECEMBER_TABLE,
      table,
      "对账记录",
    ]);
    // The 调节表: both balances, the one 未达账项 (the cheque not yet paid), and the equation as live formulas.
    expect(await cells(page, table, ["A2", "B4", "D4", "B7", "D7", "B8", "D8"])).toEqual([
      "开户银行：招商银行",
      -418.78,
      81.22,
      "=ROUND(B4+B5-B6,2)",
      "=ROUND(D4+D5-D6,2)",
      '=IF(ROUND(B7-D7,2)=0,"相符","不符")',
      "=ROUND(B7-D7,2)",
    ]);
    const items = await page.evaluate((sheet) => window.cashbook.host.readUsedRange(sheet), table);
    const chequeRow = items.values.find((row) => row[2] === "开出转账支票");
    expect(chequeRow?.slice(1, 4)).toEqual(["10203042", "开出转账支票", 500]);
    // The 对账记录: five matches, one of them December's 电费 cleared, the last the one by hand, 手工, journal row 5
    // with statement row 5.
    const record = await page.evaluate(() => window.cashbook.host.readUsedRange("对账记录"));
    expect(record.values).toHaveLength(6);
    expect(record.values[5]!.slice(0, 5)).toEqual(["M0005", "一对一", "手工", "5", "5"]);
    expect(record.values.slice(1, 5).map((row) => row[2])).not.toContain("手工");
    expect(record.values.map((row) => row[1])).toContain("上月未达账项本月达账");
    // The journal is as it was but for the 两清 column right of it: each of its four entries matched this month
    // marked with the match id the 对账记录 lists it under (the ATM line by hand: M0005), the cheque not.
    const journal = await page.evaluate((sheet) => window.cashbook.host.readUsedRange(sheet), CMB_JOURNAL_SHEET);
    expect(journal.values.map((row) => row.slice(0, 9))).toEqual(journalBefore.values);
    const marks = journal.values.map((row) => row[9]);
    expect(marks).toEqual(["两清", "", expect.any(String), expect.any(String), "M0005", expect.any(String), ""]);
    for (const [index, mark] of marks.entries())
      if (/^M\d{4}$/.test(String(mark)))
        expect(record.values.find((row) => row[0] === mark)?.[3]).toBe(String(index + 1));

    // Opened again, the page starts from the choices the workbook keeps: a statement from a file (which is picked
    // again: its bytes are not kept), last month's 调节表 found, and the 两清 column asked for.
    await page.getByRole("button", { name: ui.back }).click();
    await openJob(page, ui.job);
    await waitForText(page.locator('[data-field="book-sheet"]'), CMB_JOURNAL_SHEET);
    await expect(page.getByRole("radio", { name: ui.fromFile }).isChecked()).resolves.toBe(true);
    await page.getByTestId("statement-file").setInputFiles(resolve(__dirname, "../..", CMB_STATEMENT));
    await page.getByRole("button", { name: ui.auto }).click();
    await resultOf(page, "auto-match");
    await expect(page.getByRole("checkbox", { name: ui.marks }).isChecked()).resolves.toBe(true);

    expect(problems).toEqual([]);
    await page.close();
  });

  test("a statement no profile knows: its columns are asked for, checked on their fields, and remembered", async () => {
    const { page, problems } = await openPane(pane(), "zh-CN", { viewport: PANE_VIEWPORT });
    await page.evaluate(
      ([journal, rows, statement, lines]) => {
        window.cashbook.host.setValues(journal as string, "A1", rows as never);
        window.cashbook.host.setValues(statement as string, "A1", lines as never);
      },
      [CMB_JOURNAL_SHEET, CMB_JOURNAL, UNKNOWN_STATEMENT_SHEET, UNKNOWN_STATEMENT] as const,
    );
    await page.getByRole("button", { name: /^银行对账/ }).click();
    await chooseOption(page, "对账单工作表", UNKNOWN_STATEMENT_SHEET);
    await page.getByRole("button", { name: "自动勾对" }).click();
    await expectShown(page, "auto-match", "reconcile-mapping-01-asked", "没有认出对账单“网银流水”的各列");

    // Nothing chosen: the date is asked for on its own field, which gets the focus.
    await page.getByRole("button", { name: "按指明的列勾对" }).click();
    await resultOf(page, "map-columns");
    const field = await refusedField(page, "map-date");
    expect(field).toMatchObject({ focused: true, message: expect.stringContaining("请指明日期列") });

    await chooseOption(page, "日期", "记帐日");
    await chooseOption(page, "金额（带正负号，或配借贷标志）", "收付金额");
    await chooseOption(page, "余额", "结余");
    // The keyboard's way too: ArrowDown opens the list, the arrows walk to the column, Enter picks it.
    await chooseOption(page, "摘要", "业务摘要", { by: "keyboard" });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "按指明的列勾对" }).click();
    await expectShown(
      page,
      "map-columns",
      "reconcile-mapping-02-matched",
      "已勾对 5 组，待定 0 组，未达账项 1 笔。调节后余额相符。",
    );
    expect(
      JSON.parse(await page.evaluate(() => window.cashbook.host.settings.get("reconcile-columns") ?? "null")),
    ).toEqual([{ date: "记帐日", amount: "收付金额", balance: "结余", summary: "业务摘要" }]);

    // Next time the remembered columns read it at once.
    await page.getByRole("button", { name: "自动勾对" }).click();
    await expectShown(page, "auto-match", "reconcile-mapping-03-remembered", "对账单按本工作簿记住的列对应读取。");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a carried cheque still open after 30 days is 长期未达账项 in the review and among the findings", async () => {
    const { page, problems } = await openPane(pane(), "zh-CN", { viewport: PANE_VIEWPORT });
    await putJournalAfterDecember(page, [DECEMBER_OPEN, NOVEMBER_CHEQUE]);
    await page.getByRole("button", { name: /^银行对账/ }).click();
    await page.getByRole("radio", { name: UI["zh-CN"].fromFile }).check();
    await page.getByTestId("statement-file").setInputFiles(resolve(__dirname, "../..", CMB_STATEMENT));
    await page.getByRole("button", { name: UI["zh-CN"].auto }).click();
    const seen = await expectShown(page, "auto-match", "reconcile-long-outstanding", UI["zh-CN"].carried);
    // Opened on 2023-11-20 and not paid by 2024-01-30: 71 days.
    // The journal's balances never paid the cheque out, so the month is 200.00 off: what is asserted is the review.
    expect(seen.text).toContain("未达账项 2 笔。调节后余额不符，差额 ¥200.00。");
    const finding = page.locator('[data-testid="findings"] [data-rule="reconcile-long-outstanding"]');
    await waitForText(finding, "2023-11-20");
    await waitForText(finding, "已 71 天未达，超过 30 天");
    const open = page.getByTestId("unmatched-book").getByRole("listitem").filter({ hasText: "2023-11-20" });
    await waitForText(open, `上月未达账项（${DECEMBER_TABLE}）`);
    await waitForText(open, "长期未达账项");
    await expectAccessible(page, "reconcile-long-outstanding-review");
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(THEMES)("no serious accessibility violation in the review, $name theme", async ({ name, options }) => {
    const { page, problems } = await openPane(pane(), "zh-CN", { viewport: PANE_VIEWPORT, ...options });
    // Carried lines, one of them 长期未达账项, are in the review with their own captions.
    await putJournalAfterDecember(page, [DECEMBER_OPEN, NOVEMBER_CHEQUE]);
    await page.getByRole("button", { name: /^银行对账/ }).click();
    await page.getByRole("radio", { name: UI["zh-CN"].fromFile }).check();
    await page.getByTestId("statement-file").setInputFiles(resolve(__dirname, "../..", CMB_STATEMENT));
    await page.getByRole("button", { name: UI["zh-CN"].auto }).click();
    await resultOf(page, "auto-match");
    await page.getByTestId("matches").getByRole("checkbox").first().check();
    await expectAccessible(page, `reconcile-theme-${name}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("an .xlsx statement picked as a file is read in the browser", async () => {
    // The CMB export saved as a workbook, as a cashier would after opening it in Excel.
    const csv = readCsv(readFileSync(resolve(__dirname, "../..", CMB_STATEMENT)));
    if (!csv.ok) throw new Error(csv.problem.id);
    const plan = emptyPlan("招商银行");
    plan.blocks.push({ at: "A1", rows: csv.value.grid.values });
    const file = join(SHOTS, "招商银行对账单.xlsx");
    writeFileSync(file, await writeWorkbook([plan]));

    const { page, problems } = await openPane(pane(), "zh-CN", { viewport: PANE_VIEWPORT });
    await putJournal(page);
    await page.getByRole("button", { name: /^银行对账/ }).click();
    await page.getByRole("radio", { name: UI["zh-CN"].fromFile }).check();
    await page.getByTestId("statement-file").setInputFiles(file);
    await page.getByRole("button", { name: UI["zh-CN"].auto }).click();
    await expectShown(page, "auto-match", "reconcile-xlsx-matched", UI["zh-CN"].matched);
    expect(problems).toEqual([]);
    await page.close();
  });
});
