/**
 * `cashbook generate cash-journal|bank-journal`: an empty month, a journal filled from a CSV or workbook of entries,
 * and unusable options or entries, which exit 2 with a message and write nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { join } from "node:path";
import type { Grid } from "../../src/core/grid";
import { emptyPlan } from "../../src/core/plan";
import { EXIT } from "../../src/cli/main";
import { cashbook as run } from "../support/cli";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cashbook-journal-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cashbook = (args: string[], lang = "zh_CN.UTF-8") => run(args, { LANG: lang });

async function sheets(file: string): Promise<Grid[]> {
  const grids = await readWorkbookGrids(readFileSync(file));
  if (!grids.ok) throw new Error(grids.problem.id);
  return grids.value;
}

/** 摘要 is column E of both journals. */
const summaries = (grid: Grid) => grid.values.map((row) => row[4]);

const ENTRIES_CSV = [
  "日期,凭证号,摘要,对方科目,收入,支出",
  "2026-01-06,记-2,购买办公用品,管理费用,,350.00",
  '2026-01-05,记-1,从银行提取现金,银行存款,"2,000.00",',
  "2026-02-02,记-3,报销差旅费,管理费用,,120.5",
].join("\n");

test("cash-journal --opening --month writes an empty month ready to fill", async () => {
  const out = join(dir, "x.xlsx");
  const result = await cashbook(["generate", "cash-journal", "--out", out, "--opening", "1000", "--month", "2026-01"]);
  expect(result).toMatchObject({ code: EXIT.ok, stdout: `${out}\n` });
  const [journal] = await sheets(out);
  expect(journal!.sheet).toBe("现金日记账");
  expect(journal!.values[1]).toEqual(expect.arrayContaining(["单位名称：", "账户：库存现金", "2026年1月"]));
  expect(journal!.values[3]!.slice(0, 9)).toEqual([2026, 1, 1, "", "上年结转", "", "", "", 1000]);
  expect(summaries(journal!)).toEqual(expect.arrayContaining(["过次页", "承前页", "本月合计", "本年累计"]));
});

test("the workbook freezes the header, prints A4 landscape with titles, offers 对方科目 and draws the red lines", async () => {
  const out = join(dir, "x.xlsx");
  await cashbook(["generate", "cash-journal", "--out", out, "--month", "2026-12"]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.getWorksheet("现金日记账")!;
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "1:3" });
  // 对方科目 offers the chart of accounts and warns of others, which a 明细科目 may rightly be.
  expect(sheet.getCell("F5").dataValidation).toMatchObject({ type: "list", allowBlank: true, errorStyle: "warning" });
  expect(sheet.getCell("G5").numFmt).toBe("¥#,##0.00");
  expect(sheet.getColumn(11).hidden).toBe(true);
  const monthTotal = sheet.getColumn(5).values.indexOf("本月合计");
  expect(sheet.getCell(`A${monthTotal}`).border.bottom).toEqual({ style: "thin", color: { argb: "FFFF0000" } });
  expect(sheet.getCell(`I${monthTotal}`).value).toMatchObject({ formula: expect.stringContaining("SUMIFS") });
});

test("--ytd-receipts and --ytd-payments bring the year's figures into a journal that starts after January", async () => {
  const out = join(dir, "x.xlsx");
  const options = [
    "--month",
    "2026-05",
    "--opening",
    "1000",
    "--ytd-receipts",
    "12,345.67",
    "--ytd-payments",
    "7654.32",
  ];
  expect(await cashbook(["generate", "cash-journal", "--out", out, ...options])).toMatchObject({ code: EXIT.ok });
  const [journal] = await sheets(out);
  expect(journal!.values[3]!.slice(0, 9)).toEqual([2026, 5, 1, "", "期初余额", "", "", "", 1000]);
  expect(journal!.values[4]!.slice(0, 8)).toEqual(["", "", "", "", "本年累计", "", 12345.67, 7654.32]);
  expect(summaries(journal!).filter((summary) => summary === "本年累计")).toHaveLength(2);
});

test("--from a CSV fills the journal with its entries, in date order and month by month", async () => {
  const from = join(dir, "entries.csv");
  writeFileSync(from, ENTRIES_CSV);
  const out = join(dir, "filled.xlsx");
  const args = ["generate", "cash-journal", "--out", out, "--from", from, "--opening", "¥500", "--unit", "示例公司"];
  expect((await cashbook([...args, "--cash-limit", "5000"])).code).toBe(EXIT.ok);
  const [journal] = await sheets(out);
  expect(journal!.values[1]).toEqual(expect.arrayContaining(["单位名称：示例公司", "2026年1月至2月"]));
  expect(summaries(journal!).slice(3, 14)).toEqual([
    "上年结转",
    "从银行提取现金",
    "本日合计",
    "购买办公用品",
    "本日合计",
    "本月合计",
    "本年累计",
    "报销差旅费",
    "本日合计",
    "本月合计",
    "本年累计",
  ]);
  expect(journal!.values[4]!.slice(0, 8)).toEqual([2026, 1, 5, "记-1", "从银行提取现金", "银行存款", 2000, ""]);
});

test("--month picks that month's entries from a workbook; bank-journal writes the account and settlement columns", async () => {
  const from = join(dir, "entries.xlsx");
  const plan = emptyPlan("银行流水");
  plan.blocks.push({
    at: "A1",
    rows: [
      ["日期", "摘要", "借方", "贷方", "结算方式", "票据号"],
      [46037, "收到货款", 8000, null, "电汇", "HD20260115"],
      [46068, "支付房租", null, 3000, "转账支票", "00012345"],
    ],
  });
  writeFileSync(from, await writeWorkbook([plan]));
  const out = join(dir, "bank.xlsx");
  const args = [
    "generate",
    "bank-journal",
    "--out",
    out,
    "--from",
    from,
    "--month",
    "2026-02",
    "--account",
    "工行基本户",
  ];
  expect((await cashbook(args)).code).toBe(EXIT.ok);
  const [journal] = await sheets(out);
  expect(journal!.sheet).toBe("银行存款日记账 工行基本户");
  expect(summaries(journal!).slice(3, 7)).toEqual(["期初余额", "支付房租", "本日合计", "本月合计"]);
  expect(journal!.values[4]!.slice(5, 10)).toEqual(["转账支票", "00012345", "", "", 3000]);
});

describe("unusable input exits 2 with a message and writes nothing", () => {
  test.each([
    [["--month", "2026-13"], "无法识别的月份：“2026-13”"],
    [["--month", "2026-01", "--opening", "abc"], "期初余额“abc”不是有效的金额"],
    [["--month", "2026-01", "--opening", "-5"], "期初余额 -5.00 是负数"],
    [["--month", "2026-01", "--cash-limit", "0"], "库存现金限额“0”应是大于 0 的金额"],
    [[], "请指定月份"],
    [["--month", "2026-05", "--ytd-payments", "-1"], "本年累计“-1”应是不小于 0 的金额"],
    [["--month", "2026-01", "--ytd-receipts", "100"], "日记账从 1 月开始，本年累计从 0 起算"],
  ])("cash-journal %j", async (options, message) => {
    const out = join(dir, "x.xlsx");
    const result = await cashbook(["generate", "cash-journal", "--out", out, ...options]);
    expect(result.code).toBe(EXIT.unusable);
    expect(result.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  test("a cash limit on a bank journal", async () => {
    const result = await cashbook(
      ["generate", "bank-journal", "--out", join(dir, "x.xlsx"), "--month", "2026-01", "--cash-limit", "5000"],
      "en_US.UTF-8",
    );
    expect(result).toMatchObject({ code: EXIT.unusable });
    expect(result.stderr).toContain("A cash limit applies to the cash journal only");
  });

  test("every unreadable cell of the entries is listed, so that all can be corrected at once", async () => {
    const from = join(dir, "entries.csv");
    writeFileSync(from, `${ENTRIES_CSV}\n2026-02-03,记-4,坏金额,,abc,\n2026-02-30,记-5,坏日期,,1,`);
    const result = await cashbook(["generate", "cash-journal", "--out", join(dir, "x.xlsx"), "--from", from]);
    expect(result.code).toBe(EXIT.unusable);
    // stderr: the progress line, the refusal, then one line per cell.
    const lines = result.stderr.trim().split("\n").slice(1);
    expect(lines[0]).toContain("“entries”表中有 2 处无法读取，请改正后再生成");
    expect(lines.slice(1).map((line) => line.trim().split(/\s+/).slice(0, 3))).toEqual([
      ["“entries”", "E5", "错误"],
      ["“entries”", "A6", "错误"],
    ]);
    expect(lines[2]).toContain("2026年2月30日");
  });

  test("entries with an unreadable cell, without a header, across years or outside the month", async () => {
    const cases: [string, string[], string][] = [
      [`${ENTRIES_CSV}\n2026-02-03,记-4,坏金额,,abc,`, [], "“entries”表中有 1 处无法读取"],
      ["摘要,金额\n提现,100", [], "“entries”表里找不到分录的表头行"],
      [`${ENTRIES_CSV}\n2027-01-03,记-4,新年,,1,`, [], "分录的日期从 2026 年到 2027 年"],
      [ENTRIES_CSV, ["--month", "2026-03"], "分录里没有 2026-03 的分录"],
    ];
    for (const [csv, options, message] of cases) {
      const from = join(dir, "entries.csv");
      writeFileSync(from, csv);
      const result = await cashbook([
        "generate",
        "cash-journal",
        "--out",
        join(dir, "x.xlsx"),
        "--from",
        from,
        ...options,
      ]);
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code: EXIT.unusable,
        stderr: expect.stringContaining(message),
      });
    }
  });
});

describe("entries dated 3月2日, as check accepts them", () => {
  const MONTH_AND_DAY_CSV = [
    "日期,凭证号,摘要,对方科目,收入,支出",
    "3月2日,记-1,提取备用金,银行存款,1000,",
    "3月9日,记-2,支付水费,管理费用,,86.4",
  ];

  test.each([
    ["with --month", MONTH_AND_DAY_CSV, ["--month", "2026-03"]],
    ["with the year in the file's title", ["2026年3月 现金收支,,,,,", ...MONTH_AND_DAY_CSV], []],
  ])("%s: posted in that year", async (_, lines, options) => {
    const from = join(dir, "entries.csv");
    writeFileSync(from, lines.join("\n"));
    const out = join(dir, "march.xlsx");
    const result = await cashbook(["generate", "cash-journal", "--out", out, "--from", from, ...options]);
    expect(result.code).toBe(EXIT.ok);
    const [journal] = await sheets(out);
    expect(journal!.values[4]!.slice(0, 5)).toEqual([2026, 3, 2, "记-1", "提取备用金"]);
  });

  test("without a year anywhere: refused, each such cell named, saying what to do", async () => {
    const from = join(dir, "entries.csv");
    writeFileSync(from, MONTH_AND_DAY_CSV.join("\n"));
    const result = await cashbook(["generate", "cash-journal", "--out", join(dir, "never.xlsx"), "--from", from]);
    expect(result.code).toBe(EXIT.unusable);
    const lines = result.stderr.trim().split("\n");
    expect(lines.filter((line) => /^“entries” {2}A[23] {2}错误 {2}日期“3月[29]日”没有写年份/.test(line))).toHaveLength(
      2,
    );
    expect(result.stderr).toContain("如 2026-03");
  });
});
