/**
 * `cashbook reconcile` on the books and exports a cashier brings, as the text report shows them: the cash journal
 * refused, a miscalculated 余额 named at its cell, an export dated by 交易时间, carried lines told from this month's,
 * a hint when a difference may be last month's 未达账项 left behind, and English output in English. The --json
 * contract is untouched by any of it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue, Grid } from "../../src/core/grid";
import { EXIT } from "../../src/cli/main";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";
import { cashbook } from "../support/cli";
import { valuesPlan } from "../support/grids";
import { bookGrid, carryGrid, reconciliationPlan, statementGrid, type Txn } from "../support/reconcile";

const csv = (grid: Grid) =>
  grid.values.map((row) => row.map((cell) => `"${String(cell ?? "").replace(/"/g, '""')}"`).join(",")).join("\n");

/** June at 建设银行: a deposit and two payments, the cheque of the 29th not yet presented. */
const JUNE: Txn[] = [
  { date: "2026-06-03", flow: "in", amount: 2_345_600, summary: "收丙公司货款", counterparty: "丙公司" },
  { date: "2026-06-12", flow: "out", amount: 89_000, summary: "付运费" },
  { date: "2026-06-29", flow: "out", amount: 300_000, summary: "开出转账支票", number: "30405060" },
];
const OPENING = 8_000_000;

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cashbook-reconcile-books-"));
  writeFileSync(path("日记账.csv"), csv(bookGrid(JUNE, OPENING, "日记账")));
  // The bank has not paid the cheque of the 29th, and paid May's cheque 30405001 of 1,500.00 on 06-02.
  const bankSide: Txn[] = [
    { date: "2026-06-02", flow: "out", amount: 150_000, summary: "支票", number: "30405001" },
    JUNE[0]!,
    JUNE[1]!,
  ];
  writeFileSync(path("对账单.csv"), csv(statementGrid(bankSide, { layout: "signed", opening: OPENING + 150_000 })));
  writeFileSync(
    path("五月未达.csv"),
    csv(
      carryGrid([
        { list: "企业已付银行未付", date: "2026-05-28", amount: 150_000, number: "30405001", summary: "开出支票" },
        { list: "企业已付银行未付", date: "2026-05-30", amount: 6_600, number: "30405002", summary: "开出支票" },
      ]),
    ),
  );
  // Only 交易时间, newest first, as 建设银行's export for a personal account writes it.
  const timed: CellValue[][] = [
    ["交易时间", "摘要", "支出", "收入", "账户余额", "对方户名"],
    ["2026-06-12 15:20:07", "付运费", "890.00", "", "102,456.00", ""],
    ["2026-06-03 10:01:00", "收丙公司货款", "", "23,456.00", "103,346.00", "丙公司"],
    ["2026-06-02 09:00:00", "支票", "1,500.00", "", "79,890.00", ""],
  ];
  writeFileSync(path("交易时间.csv"), csv({ sheet: "x", top: 0, left: 0, values: timed }));
  const cash = bookGrid(JUNE.slice(0, 2), OPENING, "现金日记账");
  for (const row of cash.values) row.splice(3, 2);
  writeFileSync(path("账簿.xlsx"), await writeWorkbook([valuesPlan(cash)]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reconcile = (statement: string, options: string[] = [], lang = "zh-CN") =>
  cashbook(["reconcile", "--book", path("日记账.csv"), "--statement", path(statement), "--lang", lang, ...options]);

describe("cashbook reconcile: what the report says", () => {
  test("a cash journal as the book: exit 2 on --book, naming the sheet", async () => {
    const run = await cashbook(["reconcile", "--book", path("账簿.xlsx"), "--statement", path("对账单.csv")]);
    expect(run.code).toBe(EXIT.unusable);
    expect(run.stderr).toContain("--book: “现金日记账”是现金日记账：银行对账核对的是银行存款日记账");
  });

  test("an export dated only by 交易时间 is read, newest first: the closing balance is the 12th's", async () => {
    const run = await reconcile("交易时间.csv", ["--json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      statement: { balance: "102456.00" },
      matches: [{ book: [3] }, { book: [4] }],
    });
  });

  test("carried lines name the sheet they come from; this month's lines their row", async () => {
    const run = await reconcile("对账单.csv", ["--carry", path("五月未达.csv")]);
    expect(run.stdout).toContain("  上月未达账项“五月未达”第 3 行  2026-05-30  ¥66.00  30405002 开出支票");
    expect(run.stdout).toContain("  第 5 行  2026-06-29  ¥3,000.00  30405060 开出转账支票");
  });

  test("a difference with nothing carried and a journal from its opening balance suggests --carry; not otherwise", async () => {
    const hint = "没有结转上月未达账项，而日记账从期初余额记起";
    const bare = await reconcile("对账单.csv");
    expect(bare.code).toBe(EXIT.problems);
    expect(bare.stdout.trimEnd().split("\n").pop()).toContain(hint);
    const english = await reconcile("对账单.csv", [], "en-US");
    expect(english.stdout).toContain(
      "give last month's reconciliation with --carry, or keep it in the journal's workbook",
    );
    // With --carry the cashier has said where last month's items are: no hint, balanced or not.
    const carried = await reconcile("对账单.csv", ["--carry", path("五月未达.csv")]);
    expect(carried.stdout).not.toContain(hint);
    // 99,566.00 − 1,500.00 paid by the bank = 101,066.00 − 3,000.00 not yet presented.
    const balanced = await reconcile("对账单.csv", ["--statement-balance", "101066.00"]);
    expect(balanced.code).toBe(EXIT.ok);
    expect(balanced.stdout).not.toContain(hint);
  });

  test("in English, the lists' headings and the verdict are English, with no full-width punctuation", async () => {
    const run = await reconcile("对账单.csv", ["--carry", path("五月未达.csv")], "en-US");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(1, 4).map((line) => line.replace(/ \d.*/, ""))).toEqual([
      "Received by the bank, not yet in the journal:",
      "Paid by the bank, not yet in the journal:",
      "Received in the journal, not yet by the bank:",
    ]);
    expect(run.stdout).toContain("  row 3 of last month's “五月未达”  2026-05-30");
    expect(run.stdout).toMatch(/Adjusted balances: book ¥[\d,.]+, bank ¥[\d,.]+: they (agree|differ)/);
    // Chinese text left is the cashier's own (summaries, sheet names), never the report's words or punctuation.
    expect(run.stdout).not.toMatch(/[：；，（）]|银行已|企业已/);
  });

  test("a 余额 miscalculated in the journal: its finding at its cell, the balance as written", async () => {
    const book = bookGrid(JUNE, OPENING, "日记账");
    // 102,566.00 after 06-12, written 102,656.00; the line below follows what is written.
    book.values[3]![8] = 102_656;
    book.values[4]![8] = 99_656;
    writeFileSync(path("错余额.csv"), csv(book));
    const run = await cashbook(["reconcile", "--book", path("错余额.csv"), "--statement", path("对账单.csv")]);
    expect(run.stdout).toContain("  I4  错误  余额应为 ¥102,566.00，表中为 ¥102,656.00");
    expect(run.stdout).toContain("日记账“错余额”余额 ¥99,656.00");
  });

  test("--out: a month the statement's period closes is dated at its end, its account from the sheet's name", async () => {
    const statement = statementGrid(JUNE.slice(0, 2), { layout: "signed", opening: OPENING, preamble: true });
    statement.values[3]![0] = "起止日期：2026-06-01 至 2026-06-30";
    writeFileSync(path("六月对账单.csv"), csv(statement));
    const book = bookGrid(JUNE, OPENING, "银行存款日记账-建行");
    writeFileSync(path("建行.xlsx"), await writeWorkbook([valuesPlan(book)]));
    const target = path("调节表.xlsx");
    const run = await cashbook([
      "reconcile",
      "--book",
      path("建行.xlsx"),
      "--statement",
      path("六月对账单.csv"),
      "--out",
      target,
    ]);
    expect(run.code).toBe(EXIT.ok);
    const grids = await readWorkbookGrids(readFileSync(target));
    if (!grids.ok) throw new Error(grids.problem.id);
    expect(grids.value[0]!.sheet).toBe("银行存款余额调节表 2026-06-30");
    expect(grids.value[0]!.values[1]!.slice(0, 2)).toEqual(["开户银行：", "账户：建行"]);
  });
});

describe("cashbook reconcile: last month's 调节表 in the journal's workbook", () => {
  test("a carried cheque that stays open names the 调节表 it is a row of", async () => {
    const book = bookGrid(JUNE, OPENING, "银行存款日记账");
    const may = reconciliationPlan("2026-05-31", {
      bookPaidNotBank: [{ date: "2026-05-30", flow: "out", amount: 6_600, number: "30405002", summary: "开出支票" }],
    });
    writeFileSync(path("全年.xlsx"), await writeWorkbook([valuesPlan(book), may]));
    const run = await cashbook(["reconcile", "--book", path("全年.xlsx"), "--statement", path("对账单.csv")]);
    expect(run.stdout).toMatch(/ {2}上月未达账项“银行存款余额调节表 2026-05-31”第 \d+ 行 {2}2026-05-30 {2}¥66\.00/);
  });
});
