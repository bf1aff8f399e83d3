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
import { gb18030 } from "../support/gb18030";
import JSZip from "jszip";
import { withoutSavedResults } from "../support/recalc";

const dir = mkdtempSync(join(tmpdir(), "cashbook-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cashbook = (args: string[]) => run(args, {});

/** A sheet of values from A1. */
function valuesSheet(name: string, rows: (string | number)[][]) {
  const plan = emptyPlan(name);
  plan.blocks.push({ at: "A1", rows });
  return plan;
}

/** The sheets written to `file` in the test's folder; its path. */
async function workbookFile(file: string, sheets: ReturnType<typeof valuesSheet>[]): Promise<string> {
  const path = join(dir, file);
  writeFileSync(path, await writeWorkbook(sheets));
  return path;
}

/** A workbook as an accountant's Excel saves it: journals with their balances as values. */
async function journalsWorkbook(): Promise<string> {
  const cash = valuesSheet("现金日记账", [
    ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
    ["2026-01-01", "", "期初余额", "", "", 1000],
    ["2026-01-05", "记-1", "提现备用", 500, "", 1500],
    ["2026-01-06", "记-2", "报销差旅费", "", 320.5, 1179.5],
  ]);
  const bank = valuesSheet("银行存款日记账 工行 1234", [
    ["日期", "凭证号", "摘要", "结算方式", "票据号", "收入", "支出", "余额"],
    ["2026-01-01", "", "期初余额", "", "", "", "", 50000],
    ["2026-01-05", "记-1", "提现备用", "现金支票", "1001", "", 500, 49500],
    ["2026-01-06", "记-3", "收到货款", "转账", "2002", 12000, "", 61500],
  ]);
  return workbookFile("journals.xlsx", [cash, bank]);
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

test("funds-daily over a month writes the chart of the closing balances into the file", async () => {
  const book = await journalsWorkbook();
  const out = join(dir, "funds-month.xlsx");
  expect(await cashbook(["generate", "funds-daily", "--from", book, "--month", "2026-01", "--out", out])).toMatchObject(
    {
      code: EXIT.ok,
    },
  );
  const zip = await JSZip.loadAsync(readFileSync(out));
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(chart).toContain("<c:lineChart>");
  expect([...chart.matchAll(/<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)].map((match) => match[1])).toEqual([
    "'资金日报表 2026-01'!$B$224:$B$254",
    "'资金日报表 2026-01'!$C$224:$C$254",
  ]);
  expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(
    /<drawing r:id="rId\d+"\/><\/worksheet>$/,
  );
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

/** Writes `plans` to a workbook in the test folder. */
async function workbookOf(name: string, plans: ReturnType<typeof emptyPlan>[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await writeWorkbook(plans));
  return path;
}

function planOf(name: string, rows: (string | number)[][]) {
  const plan = emptyPlan(name);
  plan.blocks.push({ at: "A1", rows });
  return plan;
}

/** A cash journal in the 三栏式 way: 月 | 日 under the year, 收方 / 付方 / 结存. */
const THREE_COLUMN_CASH = [
  ["现金日记账", "", "", "", "", ""],
  ["2026年", "", "凭证号", "摘要", "收方", "付方", "结存"],
  ["月", "日", "", "", "", "", ""],
  [1, 1, "", "上年结转", "", "", 600],
  [1, 4, "现收-1", "收回备用金", 200, "", 800],
  [1, 9, "现付-1", "购买饮用水", "", 45, 755],
];

/** A bank journal whose balance column is headed 剩余, which no journal heading is. */
const UNCLEAR_BANK = [
  ["银行存款日记账"],
  ["日期", "摘要", "借方", "贷方", "剩余"],
  ["2026-01-05", "收到货款", 800, "", 800],
];

describe("the reports say which sheets they left out and why", () => {
  test("funds-daily: the report is written, and the sheet not recognised is named with the column it lacks", async () => {
    const book = await workbookOf("left-out.xlsx", [
      planOf("现金", THREE_COLUMN_CASH),
      planOf("工行", UNCLEAR_BANK),
      planOf("通讯录", [["姓名", "电话"]]),
    ]);
    const out = join(dir, "funds-left-out.xlsx");
    const result = await run(["generate", "funds-daily", "--from", book, "--date", "2026-01-09", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/“工行” {2}A2 {2}错误 {2}没有认出日记账的表头：第 2 行最像表头，但找不到 “余额” 栏/);
    expect(result.stderr).not.toContain("通讯录");
  });

  test("cash-count --from a workbook without a recognised cash journal: says so of --from, and lists why", async () => {
    const book = await workbookOf("no-cash.xlsx", [
      planOf("现金", [
        ["现金日记账"],
        ["日期", "摘要", "收入", "支出", "剩余现金"],
        ["2026-01-05", "提取备用金", 500, "", 500],
      ]),
      planOf("工行", UNCLEAR_BANK),
    ]);
    const result = await run([
      "generate",
      "cash-count",
      "--from",
      book,
      "--date",
      "2026-01-06",
      "--out",
      join(dir, "x.xlsx"),
    ]);
    expect(result.code).toBe(EXIT.unusable);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^--from: 给出的工作簿里没有认出现金日记账/));
    expect(result.stderr).not.toContain("请用 --from");
    expect(lines.filter((line) => /^“(现金|工行)” {2}A2 {2}错误 {2}没有认出日记账的表头/.test(line))).toHaveLength(2);
  });

  test("funds-daily --from a file with no journal recognised: says so of --from, and lists why", async () => {
    const book = await workbookOf("none.xlsx", [planOf("工行", UNCLEAR_BANK)]);
    const result = await run([
      "generate",
      "funds-daily",
      "--from",
      book,
      "--date",
      "2026-01-06",
      "--out",
      join(dir, "x.xlsx"),
    ]);
    expect(result.code).toBe(EXIT.unusable);
    expect(result.stderr).toMatch(/^--from: 给出的文件里没有认出现金日记账或银行存款日记账/m);
    expect(result.stderr).toMatch(/^“工行” {2}A2/m);
  });
});

describe("the reports do not trust a bad journal in silence", () => {
  test("cash-count: a journal with errors, with nothing posted in the month of the count, with a negative balance", async () => {
    const book = await workbookOf("bad-cash.xlsx", [
      planOf("现金日记账", [
        ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
        ["2026-01-01", "", "期初余额", "", "", 100],
        ["2026-01-05", "记-1", "支付快递费", "", 160, -60],
        ["2026-01-06", "记-2", "支付停车费", "", 20, -90],
      ]),
    ]);
    const out = join(dir, "bad-count.xlsx");
    const result = await run(["generate", "cash-count", "--from", book, "--date", "2026-02-03", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    const warnings = result.stderr
      .trim()
      .split("\n")
      .filter((line) => line.startsWith("“现金日记账”"));
    expect(warnings).toEqual([
      expect.stringMatching(/^“现金日记账” {2}F3 {2}警告 {2}这张日记账有 2 个错误，第一个在 F3.*cashbook check/),
      expect.stringMatching(
        /^“现金日记账” {2}A4 {2}警告 {2}库存现金日记账最后一笔记在 2026-01-06，2026-02-03 这个月还一笔都没有登记/,
      ),
      expect.stringMatching(/^“现金日记账” {2}- {2}警告 {2}现金日记账在盘点日的余额（账存）为 -¥80\.00，是负数/),
    ]);
  });

  test("funds-daily: a journal with errors and with nothing posted in the month reported, in another layout", async () => {
    const slipped = THREE_COLUMN_CASH.map((row) => [...row]);
    slipped[5]![6] = 745;
    const book = await workbookOf("bad-funds.xlsx", [planOf("现金", slipped)]);
    const out = join(dir, "bad-funds-report.xlsx");
    const result = await run(["generate", "funds-daily", "--from", book, "--month", "2026-02", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/^“现金” {2}G6 {2}警告 {2}这张日记账有 1 个错误，第一个在 G6/m);
    expect(result.stderr).toMatch(
      /^“现金” {2}B6 {2}警告 {2}库存现金日记账最后一笔记在 2026-01-09，2026-02-28 这个月还一笔都没有登记/m,
    );
  });
});

describe("funds-daily over journals as they are kept", () => {
  const bankRows = (account: (string | number)[][]) => [
    ["银行存款日记账"],
    ...account,
    ["日期", "凭证号", "摘要", "借方金额", "贷方金额", "余额"],
    ["2026-01-01", "", "期初余额", "", "", 80000],
    ["2026-01-07", "银付-1", "支付材料款", "", 12000, 68000],
  ];

  test("cash and bank kept in separate files report together, the bank named by its own 账户 cell", async () => {
    const cashCsv = join(dir, "现金.csv");
    writeFileSync(
      cashCsv,
      gb18030(
        ["日期,凭证号,摘要,收入,支出,余额", "2026-01-01,,期初余额,,,900", "2026-01-07,记-5,预借差旅费,,500,400"].join(
          "\r\n",
        ),
      ),
    );
    const bank = await workbookOf("banks.xlsx", [
      // Excel cuts a sheet name at 31 characters; the account cell keeps every digit.
      planOf("银行存款日记账 工商银行 120202100910012345", bankRows([["账户：工商银行 1202021009100123456"]])),
      planOf("建行", bankRows([["开户行", "建设银行城北支行", "账号", "32001588536052512345"]])),
    ]);
    const out = join(dir, "together.xlsx");
    const result = await run([
      "generate",
      "funds-daily",
      "--from",
      cashCsv,
      "--from",
      bank,
      "--date",
      "2026-01-07",
      "--out",
      out,
    ]);
    expect(result.code).toBe(EXIT.ok);
    const cells = texts((await sheetsOf(out))[0]!);
    expect(cells).toEqual(
      expect.arrayContaining(["库存现金", "工商银行 1202021009100123456", "建设银行城北支行 32001588536052512345"]),
    );
    expect(cells).toEqual(expect.arrayContaining(["900", "500", "80000", "12000"]));
  });

  test("--days active: only the days with 发生额, each opening with the close before it", async () => {
    const book = await workbookOf("active.xlsx", [planOf("现金", THREE_COLUMN_CASH)]);
    const out = join(dir, "active-days.xlsx");
    const result = await run([
      "generate",
      "funds-daily",
      "--from",
      book,
      "--month",
      "2026-01",
      "--days",
      "有发生额",
      "--out",
      out,
    ]);
    expect(result.code).toBe(EXIT.ok);
    const [report] = await sheetsOf(out);
    const sections = report!.values.filter((row) => row[1] === "上日余额");
    expect(sections).toHaveLength(2);
    const refused = await run([
      "generate",
      "funds-daily",
      "--from",
      book,
      "--month",
      "2026-01",
      "--days",
      "some",
      "--out",
      out,
    ]);
    expect(refused.code).toBe(EXIT.unusable);
    expect(refused.stderr).toMatch(/^--days: “some”应是“全部”/);
  });
});

test("funds-daily names a bank line after the journal's own account cells, merged and with blanks between label and value", async () => {
  const header = ["日期", "凭证号", "摘要", "结算方式", "票据号", "收入", "支出", "余额"];
  const icbc = emptyPlan("银行存款日记账 中国工商银行北京分行 1202021009100123456".slice(0, 31));
  icbc.blocks.push({
    at: "A1",
    rows: [
      ["银行存款日记账", "", "", "", "", "", "", ""],
      ["开户银行", "", "中国工商银行北京分行", "", "账号：", "", "", "1202021009100123456"],
      header,
      ["2026-01-01", "", "期初余额", "", "", "", "", 50000],
      ["2026-01-06", "记-3", "收到货款", "转账", "2002", 12000, "", 62000],
    ],
  });
  // The label merged over two cells, the value over two, 账号： over three.
  icbc.merges.push("A1:H1", "A2:B2", "C2:D2", "E2:G2");
  const bocom = emptyPlan("银行存款日记账 交行");
  bocom.blocks.push({
    at: "A1",
    rows: [
      ["银行存款日记账", "", "", "", "", "", "", ""],
      ["开户行", "", "", "账号", "", "", "", ""],
      ["交通银行上海分行", "", "", "310066726018010123456", "", "", "", ""],
      header,
      ["2026-01-01", "", "期初余额", "", "", "", "", 8000],
    ],
  });
  // Labels merged side by side over their values, merged the same way.
  bocom.merges.push("A1:H1", "A2:C2", "D2:F2", "A3:C3", "D3:F3");
  const book = await workbookOf("merged-accounts.xlsx", [icbc, bocom]);
  const out = join(dir, "merged-accounts-report.xlsx");
  expect(
    await cashbook(["generate", "funds-daily", "--from", book, "--date", "2026-01-06", "--out", out]),
  ).toMatchObject({ code: EXIT.ok });
  const [report] = await sheetsOf(out);
  const accounts = report!.values.map((line) => line[0]).filter((cell) => /银行/.test(String(cell)));
  expect(accounts).toEqual(["中国工商银行北京分行 1202021009100123456", "交通银行上海分行 310066726018010123456"]);
});

describe("a journal written with formulas and no saved results, by a program that saves none", () => {
  /** A bank journal for March from a CSV of entries, as `generate bank-journal` writes it, its results taken out. */
  async function generatedBank(): Promise<string> {
    const entries = join(dir, "entries-boc.csv");
    writeFileSync(
      entries,
      [
        "日期,凭证号,摘要,结算方式,票据号,借方,贷方",
        '2026-03-04,银收3,收到南方公司货款,电汇,DH0304,"36,800.00",',
        '2026-03-11,银付9,支付社保费,委托收款,,,"9,412.36"',
        '2026-03-11,银付10,提取备用金,现金支票,XJ0311,,"3,000.00"',
      ].join("\n"),
    );
    const out = join(dir, "boc-generated.xlsx");
    const args = ["generate", "bank-journal", "--from", entries, "--month", "2026-03", "--opening", "88,250.40"];
    expect((await cashbook([...args, "--account", "中国银行 1047 2231 5566", "--out", out])).code).toBe(EXIT.ok);
    writeFileSync(out, await withoutSavedResults(readFileSync(out)));
    return out;
  }

  function cashMarch(): Promise<string> {
    const cash = valuesSheet("现金日记账", [
      ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
      ["2026-03-01", "", "上月结转", "", "", 2316.8],
      ["2026-03-11", "现收2", "提取备用金", 3000, "", 5316.8],
      ["2026-03-12", "现付7", "购买打印纸", "", 186, 5130.8],
    ]);
    return workbookFile("cash-march.xlsx", [cash]);
  }

  test("funds-daily reports its account, balances worked out from the opening and the amounts, and says so", async () => {
    const bank = await generatedBank();
    const out = join(dir, "funds-generated.xlsx");
    const args = ["generate", "funds-daily", "--from", await cashMarch(), "--from", bank, "--date", "2026-03-11"];
    const result = await cashbook([...args, "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(
      /^“银行存款日记账 中国银行 1047 2231 5566” {2}K5 {2}警告 {2}这张表有 \d+ 个公式没有计算结果/m,
    );
    const [report] = await sheetsOf(out);
    const line = report!.values.find((row) => row[0] === "中国银行 1047 2231 5566");
    // 88,250.40 + 36,800.00 on the 4th; 9,412.36 and 3,000.00 out on the 11th.
    expect(line?.slice(1, 4)).toEqual([125_050.4, 0, 12_412.36]);
  });

  test("cash-count counts such a cash journal the same way, where it refused it (exit 2)", async () => {
    const entries = join(dir, "entries-cash.csv");
    writeFileSync(
      entries,
      ["日期,凭证号,摘要,收入,支出", "2026-03-05,现收1,零星收入,420.00,", "2026-03-09,现付2,快递费,,35.50"].join("\n"),
    );
    const journal = join(dir, "cash-generated.xlsx");
    const generate = ["generate", "cash-journal", "--from", entries, "--month", "2026-03", "--opening", "1,200.00"];
    expect((await cashbook([...generate, "--out", journal])).code).toBe(EXIT.ok);
    writeFileSync(journal, await withoutSavedResults(readFileSync(journal)));
    const out = join(dir, "count-generated.xlsx");
    const result = await cashbook(["generate", "cash-count", "--date", "2026-03-10", "--from", journal, "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/个公式没有计算结果/);
    const [sheet] = await sheetsOf(out);
    const at = /([A-Z]+)(\d+)/.exec(CASH_COUNT_CELLS.book)!;
    const column = at[1]!.charCodeAt(0) - 65;
    expect(sheet!.values[Number(at[2]) - 1 - sheet!.top]![column - sheet!.left]).toBe(1584.5);
  });
});
