/**
 * `cashbook generate funds-daily` and `cashbook generate cash-count` on workbooks whose journals are kept one sheet a
 * month (issue #12): 三栏式 1月…12月, and a cash journal with two bank accounts kept flat. The figures written are
 * the joined journal's, to the 分, worked out from the model the sheets were made from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { parseDateCell } from "../../src/core/dates";
import { parseRangeAddress, type CellValue, type Grid } from "../../src/core/grid";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";
import { CASH_COUNT_CELLS } from "../../src/jobs/cash-count";
import { cashbook } from "../support/cli";
import { valuesPlan } from "../support/grids";
import { dayOf, flatMonths, modelYear, threeColumnMonths, type AccountModel } from "../support/month-sheets";

const dir = mkdtempSync(join(tmpdir(), "cashbook-month-sheets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbookOf(name: string, grids: readonly Grid[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await writeWorkbook(grids.map((grid) => valuesPlan(grid))));
  return path;
}

async function firstSheet(path: string): Promise<Grid> {
  const grids = await readWorkbookGrids(readFileSync(path));
  if (!grids.ok) throw new Error(grids.problem.id);
  return grids.value[0]!;
}

/** What the command said of the sheets, without its progress lines (正在读取…, 正在写入…). */
const said = (stderr: string) => stderr.split("\n").filter((line) => line !== "" && !line.startsWith("正在"));

const fen = (value: CellValue | undefined) => Math.round(Number(value ?? 0) * 100);
const dateOf = (text: string) => {
  const date = parseDateCell(text);
  if (!date.ok) throw new Error(text);
  return date.value;
};

/** Each account line of a day's report as written: label, 上日余额, 本日收入, 本日支出 in 分 (本日余额 is a formula). */
function accountLines(report: Grid): [string, number, number, number][] {
  const header = report.values.findIndex((row) => row.includes("上日余额"));
  const total = report.values.findIndex((row, index) => index > header && row[0] === "合计");
  return report.values
    .slice(header + 1, total)
    .map((row) => [String(row[0]), fen(row[1]), fen(row[2]), fen(row[3])] as [string, number, number, number]);
}

const expectedLine = (account: string, model: AccountModel, date: string) => {
  const day = dayOf(model, dateOf(date));
  return [account, day.opening, day.receipts, day.payments];
};

const cash = modelYear(21, 1_234_567);
const flatCash = modelYear(34, 98_765, 4);
const icbc = modelYear(55, 301_234_500, 4);
const boc = modelYear(89, 7_000_000, 4);
const ICBC = "工商银行 1202021009100123456";
const BOC = "中国银行上海分行 4563 7890 1234";
const threeAccounts = [
  ...flatMonths(icbc, {
    title: "银行存款日记账",
    name: (month) => `银行存款日记账 2026-0${month}`,
    accountLines: [[`账户：${ICBC}`]],
    bank: true,
  }),
  ...flatMonths(flatCash, { title: "现金日记账", name: (month) => `现金 2026年${month}月` }),
  ...flatMonths(boc, {
    title: "银行存款日记账",
    name: (month) => `中行${month}月`,
    accountLines: [["开户行：中国银行上海分行", "", "账号：4563 7890 1234"]],
    bank: true,
  }),
];

describe("funds-daily on month sheets", () => {
  test("三栏式 1月…12月: one line of 库存现金 with the day's figures, and no warning", async () => {
    const book = await workbookOf("cash-year.xlsx", threeColumnMonths(cash, { carried: "承上月" }));
    const out = join(dir, "cash-year-report.xlsx");
    const result = await cashbook(["generate", "funds-daily", "--from", book, "--date", "2026-10-19", "--out", out]);
    expect({ code: result.code, said: said(result.stderr) }).toEqual({ code: EXIT.ok, said: [] });
    expect(accountLines(await firstSheet(out))).toEqual([expectedLine("库存现金", cash, "2026-10-19")]);
  });

  test("a cash journal and two bank accounts: three lines, each from the month of the day", async () => {
    const book = await workbookOf("three-accounts.xlsx", threeAccounts);
    const out = join(dir, "three-accounts-report.xlsx");
    const result = await cashbook(["generate", "funds-daily", "--from", book, "--date", "2026-03-16", "--out", out]);
    expect({ code: result.code, said: said(result.stderr) }).toEqual({ code: EXIT.ok, said: [] });
    expect(accountLines(await firstSheet(out))).toEqual([
      expectedLine("库存现金", flatCash, "2026-03-16"),
      expectedLine(ICBC, icbc, "2026-03-16"),
      expectedLine(BOC, boc, "2026-03-16"),
    ]);
  });

  test("a month: the first day opens with that month's 上月结转", async () => {
    const book = await workbookOf("three-accounts-month.xlsx", threeAccounts);
    const out = join(dir, "three-accounts-month.xlsx-report.xlsx");
    const result = await cashbook(["generate", "funds-daily", "--from", book, "--month", "2026-04", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    // The month's first section: its 上日余额 are values, the later days' formulas (proven by test/recalc).
    expect(accountLines(await firstSheet(out))).toEqual([
      expectedLine("库存现金", flatCash, "2026-04-01"),
      expectedLine(ICBC, icbc, "2026-04-01"),
      expectedLine(BOC, boc, "2026-04-01"),
    ]);
  });

  test("a month sheet that does not carry the month before's closing: the report says the journal has errors", async () => {
    const grids = threeAccounts.map((grid) =>
      grid.sheet === "中行3月"
        ? { ...grid, values: grid.values.map((row, r) => (r === 3 ? row.map((cell, c) => (c === 7 ? 1 : cell)) : row)) }
        : grid,
    );
    const book = await workbookOf("not-carried.xlsx", grids);
    const out = join(dir, "not-carried-report.xlsx");
    const result = await cashbook(["generate", "funds-daily", "--from", book, "--date", "2026-03-02", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(said(result.stderr)).toEqual([expect.stringMatching(/^“中行3月”.*警告.*这张日记账有 2 个错误/)]);
  });
});

describe("cash-count on month sheets", () => {
  test.each([
    ["三栏式 1月…12月", () => threeColumnMonths(cash), cash, "2026-09-30"],
    ["flat, the cash journal among two bank accounts", () => threeAccounts, flatCash, "2026-02-11"],
  ])("%s: 账存 is the cash journal's balance at the end of the day", async (name, make, model, date) => {
    const book = await workbookOf(`count-${name.length}.xlsx`, make());
    const out = join(dir, `count-${name.length}-out.xlsx`);
    const result = await cashbook(["generate", "cash-count", "--from", book, "--date", date, "--out", out]);
    expect({ code: result.code, said: said(result.stderr) }).toEqual({ code: EXIT.ok, said: [] });
    const at = parseRangeAddress(CASH_COUNT_CELLS.book)!.start;
    expect(fen((await firstSheet(out)).values[at.row]![at.column])).toBe(dayOf(model, dateOf(date)).closing);
  });

  test("a count after the last month sheet says the journal ends early", async () => {
    const book = await workbookOf("count-late.xlsx", threeAccounts);
    const out = join(dir, "count-late-out.xlsx");
    const result = await cashbook(["generate", "cash-count", "--from", book, "--date", "2026-06-30", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/^“现金 2026年4月”.*2026-06-30 这个月还一笔都没有登记/m);
  });
});
