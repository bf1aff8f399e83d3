/**
 * The memory host, the browser harness's workbook: how inserted rows move formulas, and, with LibreOffice as its
 * formula engine, a generated journal kept day by day through the pane's own flows: it shows its balances and totals
 * as Excel would, a 本日合计 inserted by 日清 keeps the formulas below it right, and the checks see the figures the
 * formulas compute.
 */
import { MemoryHost, movedReferences } from "../../src/hosts/memory";
import { findJournalHeader, readJournal } from "../../src/jobs/journal/read";
import {
  asksForYearToDate,
  checkJournalSheet,
  closeDay,
  generateFundsReport,
  generateJournal,
} from "../../src/taskpane/pages/journalFlow";
import { libreOfficeEngine } from "../support/libreoffice-engine";
import { systemProgram } from "../support/system";

const SHEET = "现金日记账";
const FORM = {
  kind: "cash",
  unit: "测试有限公司",
  account: "",
  month: "2026-01",
  opening: "1,000.00",
  carriedFromLastYear: false,
  ytdReceipts: "",
  ytdPayments: "",
  rowsPerPage: "30",
  source: "empty",
} as const;

/** A January cash journal, generated empty, with two days typed in and each closed by 日清. */
async function keptJournal(): Promise<MemoryHost> {
  const host = new MemoryHost("Sheet1", libreOfficeEngine);
  expect(await generateJournal(host, FORM)).toMatchObject({ kind: "generated", sheet: SHEET });
  host.setValues(SHEET, "A5", [
    [2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null],
    [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 320.5],
  ]);
  host.select(SHEET, "E6");
  expect(await closeDay(host)).toEqual({ kind: "closed", sheet: SHEET, address: "A7" });
  host.setValues(SHEET, "A8", [[2026, 1, 8, "记-3", "购买办公用品", "管理费用", null, 200]]);
  host.select(SHEET, "E8");
  expect(await closeDay(host)).toEqual({ kind: "closed", sheet: SHEET, address: "A9" });
  return host;
}

const check = async (host: MemoryHost) => {
  const checked = await checkJournalSheet(host, SHEET, "", {});
  if (checked.kind !== "checked") throw new Error(`the check failed: ${JSON.stringify(checked)}`);
  return checked.findings;
};

describe("MemoryHost without a formula engine", () => {
  test("a formula cell reads as its text, and inserted rows move the formulas below", async () => {
    const host = new MemoryHost();
    expect(await generateJournal(host, FORM)).toMatchObject({ kind: "generated" });
    const before = host.value(SHEET, "I5");
    expect(before).toMatch(/^=IF\(COUNT\(G5:H5\)/);
    expect((await host.readBlock(SHEET, "I5")).values).toEqual([[before]]);
    host.setValues(SHEET, "A5", [[2026, 1, 5, "记-1", "提现备用", "银行存款", 500, null]]);
    host.select(SHEET, "E5");
    expect(await closeDay(host)).toMatchObject({ kind: "closed", address: "A6" });
    // The blank row that was row 6 is row 7 now, and its balance formula counts its own row's amounts still.
    const moved = String(host.value(SHEET, "I7"));
    expect(moved).toContain("COUNT(G7:H7)");
    expect(moved).toContain("$G$4:G7");
    expect(host.value(SHEET, "E6")).toBe("本日合计");
  });
});

describe("MemoryHost as the pane's workbook", () => {
  test("listeners hear of each new selection, until they stop listening", async () => {
    const host = new MemoryHost();
    const heard: string[] = [];
    const stop = host.onSelectionChanged(() => heard.push(host.selected.address));
    host.select("Sheet1", "A2:A8");
    await host.selectCell("Sheet1", "B3");
    stop();
    host.select("Sheet1", "C1");
    expect(heard).toEqual(["A2:A8", "B3"]);
  });

  test("settings are kept as the workbook keeps an add-in's: added or replaced, the others left", async () => {
    const host = new MemoryHost();
    await host.writeSettings({ unit: "甲公司", account: "库存现金" });
    await host.writeSettings({ unit: "乙公司" });
    expect(await host.readSettings()).toEqual({ unit: "乙公司", account: "库存现金" });
  });
});

describe("the pane's journal flow on the memory host", () => {
  test.each([
    ["2026-05", true],
    ["2026/5", true],
    ["2026年12月", true],
    ["2026-01", false],
    ["2026-1", false],
    ["2026年1月", false],
    ["", false],
  ])("the page asks for 本年累计 for the month %p: %p", (month, asks) => {
    expect(asksForYearToDate(month)).toBe(asks);
  });

  test("a journal started mid-year brings in the 本年累计 typed in the pane; a January one ignores the hidden fields", async () => {
    const host = new MemoryHost();
    const ytd = { ytdReceipts: "12,345.67", ytdPayments: "7654.32" };
    expect(await generateJournal(host, { ...FORM, ...ytd, month: "2026-05" })).toMatchObject({ kind: "generated" });
    expect(["A5", "B5", "C5", "E5", "G5", "H5"].map((cell) => host.value(SHEET, cell))).toEqual([
      "",
      "",
      "",
      "本年累计",
      12345.67,
      7654.32,
    ]);
    // The cashier types only the day, as on paper: the entry is in May, the opening row's month.
    host.setValues(SHEET, "C6", [[7, "记-1", "收到货款", "应收账款", 100]]);
    const journal = await host.readUsedRange(SHEET);
    const rows = readJournal(journal, findJournalHeader(journal)!).rows;
    expect(rows.kind(2)).toBe("entry");
    expect(rows.date(2)).toEqual({ year: 2026, month: 5, day: 7 });
    const january = await generateJournal(host, { ...FORM, ...ytd });
    expect(january).toMatchObject({ kind: "generated", sheet: `${SHEET} (2)` });
    expect(host.value(`${SHEET} (2)`, "E5")).toBe("");
    expect(await generateJournal(host, { ...FORM, month: "2026-05", ytdReceipts: "abc" })).toMatchObject({
      kind: "problem",
      problem: { id: "journal-ytd-invalid" },
    });
  });
});

describe("movedReferences", () => {
  test.each([
    ['=$I$4+SUMIFS($G$4:G8,$E$4:$E8,"<>本日合计")', '=$I$4+SUMIFS($G$4:G9,$E$4:$E9,"<>本日合计")'],
    ['=IF(COUNT(G8:H8)=0,"",I7)', '=IF(COUNT(G9:H9)=0,"",I7)'],
    ["=OFFSET(G5,0,0,ROW()-ROW(G5))", "=OFFSET(G5,0,0,ROW()-ROW(G5))"],
    ['=A8&"A8"', '=A9&"A8"'],
    ["=LOG10(B12)", "=LOG10(B13)"],
    ["=LOG10 (B12)", "=LOG10 (B13)"],
    ["=Sheet2!A9+'Sheet 2'!$A$9+A9", "=Sheet2!A9+'Sheet 2'!$A$9+A10"],
    ["=Rate2024*A9*1E5", "=Rate2024*A10*1E5"],
    ["=$A9+A$9+$A$9+A7", "=$A10+A$10+$A$10+A7"],
    ["=SUM(A1:A20)", "=SUM(A1:A21)"],
  ])("%s with a row inserted at row 8 is %s", (formula, moved) => {
    expect(movedReferences(formula, 8, 1)).toBe(moved);
  });
});

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

describeWithLibreOffice("MemoryHost with LibreOffice computing its formulas", () => {
  test("a generated journal kept day by day shows Excel's figures and checks clean", async () => {
    const host = await keptJournal();
    const shown = (await host.readBlock(SHEET, "E4:I9")).values;
    const row = (n: number) => [0, 2, 3, 4].map((column) => shown[n - 4]![column]);
    expect(row(4)).toEqual(["期初余额", "", "", 1000]);
    expect(row(5)).toEqual(["提现备用", 500, "", 1500]);
    expect(row(6)).toEqual(["报销差旅费", "", 320.5, 1179.5]);
    expect(row(7)).toEqual(["本日合计", 500, 320.5, 1179.5]);
    expect(row(8)).toEqual(["购买办公用品", "", 200, 979.5]);
    expect(row(9)).toEqual(["本日合计", 0, 200, 979.5]);
    // The cell holds the formula; what it shows is its value.
    expect(host.value(SHEET, "I8")).toMatch(/^=IF\(COUNT\(G8:H8\)=0,"",/);
    expect(await check(host)).toEqual([]);
  });

  test("a balance typed over its formula is found on its cell, and the rows below follow from the formula", async () => {
    const host = await keptJournal();
    await host.writeBlock({ sheet: SHEET, top: 5, left: 8, values: [[1197.5]] }, { overwrite: true });
    const findings = await check(host);
    expect(findings.map((finding) => [finding.rule, finding.cell, finding.params])).toEqual([
      ["journal-balance-break", "I6", { expected: "¥1,179.50", found: "¥1,197.50" }],
    ]);
  });

  test("the month's funds report works from the computed balances", async () => {
    const host = await keptJournal();
    const report = await generateFundsReport(host, "测试有限公司", "2026-01");
    if (report.kind !== "generated") throw new Error(JSON.stringify(report));
    expect(report.findings).toEqual([]);
    const closing = report.series?.accounts[0]?.closing;
    expect([closing?.[3], closing?.[4], closing?.[7], closing?.[30]]).toEqual([100_000, 117_950, 97_950, 97_950]);
  });
});
