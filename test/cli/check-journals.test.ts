/**
 * `cashbook check` on a workbook as cashiers keep it (issue #12): every sheet listed with its kind or why it was not
 * recognised, a journal whose balance column is headed in a way not understood named with the column it lacks,
 * severity and kind in Chinese, --kind naming the missing column, and a CSV saved by Excel (UTF-8 with a BOM).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyPlan, type PlanCell } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { EXIT } from "../../src/cli/main";
import { cashbook } from "../support/cli";
import { gb18030 } from "../support/gb18030";

const dir = mkdtempSync(join(tmpdir(), "cashbook-journals-"));

const sheet = (name: string, rows: PlanCell[][]) => ({ ...emptyPlan(name), blocks: [{ at: "A1", rows }] });

/** A cash journal headed 收方 / 付方 / 结存, with a payment typed in the 收方 column on row 6. */
const CASH = [
  ["现金日记账 2026年"],
  ["月", "日", "凭证号", "摘要", "收方", "付方", "结存"],
  [1, 1, "", "上年结余", "", "", 2000],
  [1, 5, "记-1", "提取备用金", 500, "", 2500],
  [1, 5, "", "本日小计", 500, 0, 2500],
  [1, 6, "记-2", "购买办公用品", 120, "", 2380],
  [1, 6, "", "本日小计", 0, 120, 2380],
];

/** A bank journal whose balance column says 剩余, which is no journal heading. */
const UNCLEAR = [
  ["银行存款日记账"],
  ["日期", "摘要", "借方", "贷方", "剩余"],
  ["2026-01-05", "收到货款", 800, "", 800],
];

test("every sheet is listed: a journal checked, a near miss with its missing column, a list and an empty sheet", async () => {
  const path = join(dir, "账簿.xlsx");
  const plans = [
    sheet("现金", CASH),
    sheet("工行", UNCLEAR),
    sheet("通讯录", [
      ["姓名", "电话"],
      ["张三", "13800000000"],
    ]),
    emptyPlan("Sheet3"),
  ];
  writeFileSync(path, await writeWorkbook(plans));
  const result = await cashbook(["check", path]);
  expect(result.code).toBe(EXIT.problems);
  const lines = result.stdout.trim().split("\n");
  expect(lines[0]).toBe("“现金”（现金日记账）：1 个问题");
  expect(lines[1]).toMatch(/^ {2}E6 {2}错误 {2}金额 ¥120\.00 记错了栏/);
  expect(lines[2]).toBe("“工行”：没有识别出是哪种表，未检查");
  expect(lines[3]).toMatch(/^ {2}A2 {2}错误 {2}没有认出日记账的表头：第 2 行最像表头，但找不到 “余额” 栏；/);
  expect(lines.slice(4)).toEqual([
    "“通讯录”：不是可检查的表（表头里没有日记账等表的栏目），未检查",
    "“Sheet3”：空表，未检查",
  ]);

  const forced = await cashbook(["check", path, "--sheet", "工行", "--kind", "bank-journal", "--json"]);
  const [report] = JSON.parse(forced.stdout).sheets;
  expect(report.findings).toEqual([
    expect.objectContaining({
      rule: "journal-header-incomplete",
      cell: "A2",
      message: expect.stringContaining("“余额”"),
    }),
  ]);
});

test("a CSV saved by Excel in UTF-8 with a BOM, headed 结余金额 and with Kingdee's 本期合计, checks clean", async () => {
  const csv = [
    "银行存款日记账,,,,,",
    "日期,凭证号,摘要,借方金额,贷方金额,结余金额",
    '2026-03-01,,期初结存,,,"10,000.00"',
    '2026-03-02,银-1,收到货款,"1,500.00",,"11,500.00"',
    '2026-03-09,银-2,支付房租,,"3,000.00","8,500.00"',
    '2026-03-31,,本期合计,"1,500.00","3,000.00","8,500.00"',
  ].join("\r\n");
  const path = join(dir, "bank.csv");
  writeFileSync(path, `\uFEFF${csv}`, "utf8");
  const result = await cashbook(["check", path]);
  expect(result.stdout.trim()).toMatch(/^“bank”（银行存款日记账）：0 个问题$/);
  expect(result.code).toBe(EXIT.ok);
});

describe("a CSV journal saved by Excel or WPS on a Chinese Windows, in GB18030", () => {
  test.each([
    [
      "flat, 凭证字号 and 对方科目, a payment typed under 借方",
      [
        "现金日记账 2026年4月",
        "日期,凭证字号,摘要,对方科目,借方,贷方,余额",
        "2026-04-01,,上月结转,,,,1200.00",
        "2026-04-03,现收-1,收回职工借款,其他应收款,300.00,,1500.00",
        "2026-04-08,现付-1,支付搬运费,管理费用,85.00,,1415.00",
      ],
      "E5",
    ],
    [
      "年 | 月 | 日 columns, 收方 / 付方 / 结存, a balance typed wrong",
      [
        "年,月,日,凭证号,摘要,收方,付方,结存",
        "2026,4,1,,期初余额,,,800",
        "2026,4,2,记-1,提取备用金,2000,,2800",
        "2026,4,2,记-2,购买打印纸,,156,2664",
        "2026,4,2,,本日合计,2000,156,2644",
      ],
      "H4",
    ],
  ])("%s: decoded, and the one slip found at its cell", async (_, lines, cell) => {
    const path = join(dir, "现金.csv");
    writeFileSync(path, gb18030(lines.join("\r\n")));
    const result = await cashbook(["check", path, "--json"]);
    const [sheet] = JSON.parse(result.stdout).sheets;
    expect(sheet.kind).toBe("cash-journal");
    expect(sheet.findings.map(({ cell }: { cell: string }) => cell)).toEqual([cell]);
    expect(result.code).toBe(EXIT.problems);
  });
});

describe("formulas without saved values are never checked as blank", () => {
  test("a journal a program wrote with balance formulas, not calculated, and how to fix it", async () => {
    const rows: PlanCell[][] = [
      ["银行存款日记账"],
      ["日期", "摘要", "收入", "支出", "余额"],
      ["2026-05-01", "期初余额", "", "", 5000],
      ["2026-05-06", "收到货款", 1200, "", { formula: "=E3+C4-D4" }],
      ["2026-05-07", "支付运费", "", 300, { formula: "=E4+C5-D5" }],
    ];
    const path = join(dir, "program.xlsx");
    writeFileSync(path, await writeWorkbook([sheet("工行", rows)]));
    const result = await cashbook(["check", path, "--json"]);
    const [report] = JSON.parse(result.stdout).sheets;
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: "journal-not-calculated", cell: "E4", severity: "error" }),
    ]);
    const human = await cashbook(["check", path]);
    expect(human.stdout).toContain("没有计算结果");
    expect(human.stdout).toContain("在 Excel 或 WPS 中打开工作簿并保存");
    expect(result.code).toBe(EXIT.problems);
  });
});

describe("--cash-limit on check", () => {
  const overLimit: PlanCell[][] = [
    ["现金日记账"],
    ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
    ["2026-06-01", "", "期初余额", "", "", 3000],
    ["2026-06-02", "记-1", "提取备用金", 4000, "", 7000],
  ];
  const threeColumn: PlanCell[][] = [
    ["2026年", "", "凭证", "摘要", "借方", "贷方", "余额"],
    ["月", "日", "号数", "", "", "", ""],
    [6, 1, "", "上月结转", "", "", 3000],
    [6, 2, "1", "提取备用金", 4000, "", 7000],
  ];

  test.each([
    ["flat", overLimit, "F4"],
    ["三栏式", threeColumn, "G4"],
  ])("%s: a day closing above the limit given is a warning on its balance", async (_, rows, cell) => {
    const path = join(dir, "limit.xlsx");
    writeFileSync(path, await writeWorkbook([sheet("现金", rows)]));
    expect((await cashbook(["check", path])).stdout).toContain("0 个问题");
    const result = await cashbook(["check", path, "--cash-limit", "5,000", "--json"]);
    const [report] = JSON.parse(result.stdout).sheets;
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: "journal-cash-over-limit", cell, severity: "warning" }),
    ]);
    expect(result.code).toBe(EXIT.ok);
  });

  test("a limit that is no amount is refused, naming the option", async () => {
    const path = join(dir, "limit.xlsx");
    writeFileSync(path, await writeWorkbook([sheet("现金", overLimit)]));
    const result = await cashbook(["check", path, "--cash-limit", "五千元"]);
    expect(result.code).toBe(EXIT.unusable);
    expect(result.stderr).toMatch(/^--cash-limit: 库存现金限额“五千元”应是大于 0 的金额/);
  });
});

describe("a bank statement is named as one, for cashbook reconcile", () => {
  /** An agricultural-bank-like export: a title and account lines first, 借方发生额 / 贷方发生额 in the bank's view. */
  const ABC = [
    ["中国农业银行 对公账户对账单"],
    ["账号：6228480012345678901   币种：人民币"],
    [],
    ["交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名"],
    ["2026年4月1日", "承前", "", "", "58,300.00", ""],
    ["2026年4月3日", "货款", "", "12,000.00", "70,300.00", "长沙恒远贸易有限公司"],
    ["2026年4月8日", "代发工资", "31,450.00", "", "38,850.00", ""],
  ];

  test("beside a journal in a workbook: the journal checked, the statement told apart, the exit the journal's", async () => {
    const path = join(dir, "四月.xlsx");
    writeFileSync(path, await writeWorkbook([sheet("现金", CASH), sheet("农行对账单", ABC), sheet("工行", UNCLEAR)]));
    const result = await cashbook(["check", path]);
    expect(result.code).toBe(EXIT.problems);
    const lines = result.stdout.trim().split("\n");
    expect(lines[2]).toBe(
      "“农行对账单”：是银行对账单，不单独检查；与银行存款日记账对账请用 cashbook reconcile --book 日记账 --statement 对账单",
    );
    // 日期 | 摘要 | 借方 | 贷方 | 剩余 reads as a statement too, but nothing in it is a statement's alone: a journal.
    expect(lines[3]).toBe("“工行”：没有识别出是哪种表，未检查");
    const json = await cashbook(["check", path, "--json"]);
    expect(JSON.parse(json.stdout).sheets[1]).toEqual({
      sheet: "农行对账单",
      kind: null,
      unrecognised: "statement",
      findings: [],
    });
  });

  test("a CSV statement alone in GB18030, 借贷标志 and 发生额: said so in English too, and nothing is wrong", async () => {
    const path = join(dir, "建行流水.csv");
    const csv = [
      "中国建设银行 账户交易明细",
      "交易日期,摘要,借贷标志,发生额,余额,对方户名,凭证号",
      '20260402,电费,借,"1,234.56","44,765.44",国网湖南省电力有限公司,',
      '20260415,转入,贷,"10,000.00","54,765.44",C公司,',
    ];
    writeFileSync(path, gb18030(csv.join("\r\n")));
    const zh = await cashbook(["check", path]);
    expect([zh.code, zh.stdout.trim()]).toEqual([
      EXIT.ok,
      "“建行流水”：是银行对账单，不单独检查；与银行存款日记账对账请用 cashbook reconcile --book 日记账 --statement 对账单",
    ]);
    expect(zh.stderr).not.toContain("没有一张表");
    const en = await cashbook(["check", path, "--lang", "en-US"]);
    expect(en.stdout.trim()).toBe(
      "“建行流水”: a bank statement, not checked on its own; to reconcile it with the bank journal, use cashbook reconcile --book JOURNAL --statement STATEMENT",
    );
  });

  test("one whose only date column is 交易时间, beside 借方发生额 / 贷方发生额: a statement, by the time column", async () => {
    const path = join(dir, "交行明细.csv");
    const csv = [
      "交易时间,摘要,借方发生额,贷方发生额,余额",
      "2026-05-06 09:12:40,手续费,12.00,,8800.00",
      "2026-05-07 15:03:11,货款,,5000.00,13800.00",
    ];
    writeFileSync(path, csv.join("\n"));
    const result = await cashbook(["check", path, "--json"]);
    expect(JSON.parse(result.stdout).sheets[0]).toMatchObject({ sheet: "交行明细", unrecognised: "statement" });
  });
});
