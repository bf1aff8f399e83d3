/** `cashbook generate funds-daily` and `cashbook generate cash-count` from a workbook that holds the journals. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CASH_COUNT_CELLS } from "../../src/jobs/cash-count";
import { EXIT } from "../../src/cli/main";
import { cashbook as run } from "../support/cli";
import type { Grid } from "../../src/core/grid";
import { emptyPlan } from "../../src/core/plan";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";

const dir = mkdtempSync(join(tmpdir(), "cashbook-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cashbook = (args: string[]) => run(args, {});

/** A workbook as an accountant's Excel saves it: journals with their balances as values. */
async function journalsWorkbook(): Promise<string> {
  const cash = emptyPlan("现金日记账");
  cash.blocks.push({
    at: "A1",
    rows: [
      ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
      ["2026-01-01", "", "期初余额", "", "", 1000],
      ["2026-01-05", "记-1", "提现备用", 500, "", 1500],
      ["2026-01-06", "记-2", "报销差旅费", "", 320.5, 1179.5],
    ],
  });
  const bank = emptyPlan("银行存款日记账 工行 1234");
  bank.blocks.push({
    at: "A1",
    rows: [
      ["日期", "凭证号", "摘要", "结算方式", "票据号", "收入", "支出", "余额"],
      ["2026-01-01", "", "期初余额", "", "", "", "", 50000],
      ["2026-01-05", "记-1", "提现备用", "现金支票", "1001", "", 500, 49500],
      ["2026-01-06", "记-3", "收到货款", "转账", "2002", 12000, "", 61500],
    ],
  });
  const path = join(dir, "journals.xlsx");
  writeFileSync(path, await writeWorkbook([cash, bank]));
  return path;
}

async function sheetsOf(path: string): Promise<Grid[]> {
  const grids = await readWorkbookGrids(readFileSync(path));
  if (!grids.ok) throw new Error(grids.problem.id);
  return grids.value;
}

const texts = (grid: Grid) => grid.values.flat().map((value) => String(value));

test("funds-daily reports every journal of the workbook for the day", async () => {
  const book = await journalsWorkbook();
  const out = join(dir, "funds.xlsx");
  expect(
    await cashbook(["generate", "funds-daily", "--from", book, "--date", "2026-01-06", "--out", out]),
  ).toMatchObject({
    code: EXIT.ok,
  });
  const [report] = await sheetsOf(out);
  const cells = texts(report!);
  expect(cells).toEqual(expect.arrayContaining(["库存现金", "工行 1234"]));
  // The day's figures in yuan (上日余额, 本日收入, 本日支出); 本日余额 is a formula, proven by test/recalc.
  expect(cells).toEqual(expect.arrayContaining(["1500", "320.5", "49500", "12000"]));
});

test("cash-count takes the book balance of the day from the cash journal", async () => {
  const book = await journalsWorkbook();
  const out = join(dir, "count.xlsx");
  expect(
    await cashbook(["generate", "cash-count", "--from", book, "--date", "2026-01-06", "--out", out]),
  ).toMatchObject({
    code: EXIT.ok,
  });
  const [sheet] = await sheetsOf(out);
  const at = CASH_COUNT_CELLS.book;
  const row = Number(at.slice(1)) - 1;
  const column = at.charCodeAt(0) - 65;
  expect(sheet!.values[row]![column]).toBe(1179.5);
});

test("missing or unusable options are unusable input with a message", async () => {
  const book = await journalsWorkbook();
  for (const args of [
    ["generate", "funds-daily", "--date", "2026-01-06"],
    ["generate", "funds-daily", "--from", book],
    ["generate", "funds-daily", "--from", book, "--month", "2026-13"],
    ["generate", "cash-count", "--from", book],
    ["generate", "cash-count", "--date", "2026-01-06"],
    ["generate", "cash-count", "--date", "2026-02-30", "--book", "100"],
  ]) {
    const result = await cashbook([...args, "--out", join(dir, "never.xlsx")]);
    expect({ args, code: result.code }).toEqual({ args, code: EXIT.unusable });
    expect(result.stderr).not.toBe("");
  }
});
