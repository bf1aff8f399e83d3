/**
 * What a cashier does first: generate a journal with `cashbook generate`, then `cashbook check` it, without opening it
 * in Excel between. The generator saves every formula's result, so the check reads the figures and finds nothing
 * wrong in a journal it wrote; and what the generator was told (a 库存现金限额) the file keeps for the check.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { emptyPlan, type PlanCell } from "../../src/core/plan";
import { cashbook as run } from "../support/cli";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cashbook-generate-check-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cashbook = (args: string[]) => run(args, { LANG: "zh_CN.UTF-8" });

/** Generates into a new file and gives its path; the generation must succeed. */
async function generated(args: string[]): Promise<string> {
  const out = join(dir, `journal-${Math.random().toString(36).slice(2)}.xlsx`);
  const result = await cashbook(["generate", ...args, "--out", out]);
  expect(result).toMatchObject({ code: EXIT.ok, stdout: `${out}\n` });
  return out;
}

async function checked(path: string, ...options: string[]) {
  const result = await cashbook(["check", path, "--json", ...options]);
  const report = JSON.parse(result.stdout) as {
    sheets: { sheet: string; kind: string; findings: { rule: string; cell: string }[] }[];
  };
  return { code: result.code, sheets: report.sheets };
}

/** Entries over February to April, a day of four, a day of one, 3月2日 written without its year, amounts as typed. */
const CASH_CSV = [
  "2026年现金收支明细",
  "日期,凭证号,摘要,对方科目,收入,支出",
  '2026-02-03,现收-1,收回职工借款,其他应收款—王芳,"1,200.00",',
  "2026-02-03,现付-1,购买打印纸,管理费用,,86.40",
  "2026-02-03,现付-2,支付快递费,管理费用,,23",
  "2026-02-03,现付-3,报销交通费,管理费用,,0.01",
  "2026-02-27,现收-2,从银行提取备用金,银行存款,3000,",
  "3月2日,现付-4,预借差旅费,其他应收款—李强,,2500.5",
  "2026/4/30,现付-5,支付食堂补贴,应付职工薪酬,,699.99",
].join("\n");

/** A bank's entries as a workbook sheet, under a title line, with 结算方式 and 票据号. */
async function bankEntries(path: string): Promise<void> {
  const rows: PlanCell[][] = [
    ["工商银行存款收支", null, null, null, null, null, null],
    ["日期", "凭证字号", "摘要", "结算方式", "票据号", "借方金额", "贷方金额"],
    ["2026-07-01", "银收-1", "收到货款", "电汇", "DH0701", 58_000, null],
    ["2026-07-01", "银付-1", "支付材料款", "转账支票", "10203344", null, 12_345.67],
    ["2026-07-15", "银付-2", "代发工资", "网银", "WY0715", null, 31_020.33],
    ["2026-08-03", "银收-2", "收回投标保证金", "电汇", "DH0803", 5_000, null],
  ];
  writeFileSync(path, await writeWorkbook([{ ...emptyPlan("银行流水"), blocks: [{ at: "A1", rows }] }]));
}

describe("a journal just generated checks clean, never opened in Excel", () => {
  test.each([
    ["an empty cash month", ["cash-journal", "--month", "2026-03", "--opening", "1,500.00"]],
    [
      "an empty bank month with the year's figures brought in",
      [
        "bank-journal",
        "--month",
        "2026-09",
        "--account",
        "建设银行 6217",
        "--opening",
        "80000",
        "--ytd-receipts",
        "120000",
        "--ytd-payments",
        "98765.43",
      ],
    ],
    ["a short page of an empty January", ["cash-journal", "--month", "2026-01", "--rows-per-page", "2"]],
  ])("%s (--month)", async (_, args) => {
    const report = await checked(await generated(args));
    expect(report.sheets.map((sheet) => sheet.findings)).toEqual([[]]);
    expect(report.code).toBe(EXIT.ok);
  });

  test("cash entries from a CSV over three months, on pages of 3 rows", async () => {
    const csv = join(dir, "cash.csv");
    writeFileSync(csv, CASH_CSV);
    const report = await checked(
      await generated(["cash-journal", "--from", csv, "--opening", "2000", "--rows-per-page", "3"]),
    );
    expect(report.sheets).toEqual([expect.objectContaining({ kind: "cash-journal", findings: [] })]);
    expect(report.code).toBe(EXIT.ok);
  });

  test("bank entries from a workbook, the month picked, and the whole run", async () => {
    const source = join(dir, "bank.xlsx");
    await bankEntries(source);
    for (const period of [["--month", "2026-07"], []]) {
      const args = ["bank-journal", "--from", source, "--account", "工商银行 0200", "--opening", "100000", ...period];
      const report = await checked(await generated(args));
      expect(report.sheets).toEqual([expect.objectContaining({ kind: "bank-journal", findings: [] })]);
      expect(report.code).toBe(EXIT.ok);
    }
  });

  test("human output says 0 个问题", async () => {
    const result = await cashbook(["check", await generated(["cash-journal", "--month", "2026-06"])]);
    expect(result.stdout).toContain("0 个问题");
    expect(result.code).toBe(EXIT.ok);
  });
});

describe("--cash-limit is kept in the file for every later check", () => {
  test("a day over the limit is found without --cash-limit given again, at that day's 本日合计", async () => {
    const csv = join(dir, "cash.csv");
    writeFileSync(csv, CASH_CSV);
    const path = await generated(["cash-journal", "--from", csv, "--opening", "2000", "--cash-limit", "5000"]);
    const report = await checked(path);
    // 2026-02-27: 2,000 + 1,200 − 86.40 − 23 − 0.01 + 3,000 = 6,090.59, over 5,000; every other day is under.
    expect(report.sheets[0]!.findings).toEqual([
      expect.objectContaining({ rule: "journal-cash-over-limit", cell: "I11" }),
    ]);
    const human = await cashbook(["check", path]);
    expect(human.stdout).toContain("¥6,090.59");
    expect(human.stdout).toContain("¥5,000.00");
  });

  test("a limit given to check wins over the one in the file", async () => {
    const csv = join(dir, "cash.csv");
    writeFileSync(csv, CASH_CSV);
    const path = await generated(["cash-journal", "--from", csv, "--opening", "2000", "--cash-limit", "5000"]);
    expect((await checked(path, "--cash-limit", "7000")).sheets[0]!.findings).toEqual([]);
    // 02-03 ends at ¥3,090.59, 02-27 at ¥6,090.59, 03-02 at ¥3,590.09: each 本日合计's balance.
    const cells = (await checked(path, "--cash-limit", "3000")).sheets[0]!.findings.map((found) => found.cell);
    expect(cells).toEqual(["I9", "I11", "I14"]);
  });

  test("without a limit, nothing is written and nothing found", async () => {
    const csv = join(dir, "cash.csv");
    writeFileSync(csv, CASH_CSV);
    const path = await generated(["cash-journal", "--from", csv, "--opening", "2000"]);
    expect((await checked(path)).sheets[0]!.findings).toEqual([]);
  });
});

describe("the source's columns", () => {
  test("a bank journal keeps 对方单位; a column it has no place for is named on stderr", async () => {
    const csv = join(dir, "bank.csv");
    writeFileSync(
      csv,
      [
        "日期,凭证号,摘要,结算方式,票据号,对方单位,借方,贷方,经办人",
        "2026-05-06,银收-3,收到货款,电汇,DH0506,华北商贸有限公司,8800,,王芳",
        "2026-05-07,银付-9,支付房租,网银,WY0507,东城物业,,6000,李强",
      ].join("\n"),
    );
    const out = join(dir, "bank.xlsx");
    const result = await cashbook(["generate", "bank-journal", "--from", csv, "--opening", "20000", "--out", out]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toContain("“经办人”这一列没有写进日记账");
    expect(result.stderr).not.toContain("对方单位");
    const report = await checked(out);
    expect(report.sheets).toEqual([expect.objectContaining({ kind: "bank-journal", findings: [] })]);
  });
});
