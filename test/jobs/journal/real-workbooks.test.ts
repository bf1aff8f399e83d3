/**
 * Journals as cashiers keep them, beyond one sheet (issue #12): a journal kept one sheet a month, the 库存现金限额
 * written in the title or given to the check, θ and dashes for a zero balance, formulas a program wrote and nobody
 * calculated, the bank account named in the journal's own cells, a bank journal copied the bank's way round, and
 * the messages on vouchers and closing rows. Each on journals laid out in two ways at least.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { formatMessage } from "../../../src/jobs";
import {
  checkJournal,
  findJournalHeader,
  generateJournal,
  journalSheetKinds,
  journalsForReports,
  parseJournalCheckSettings,
  readJournalEntries,
  readJournals,
} from "../../../src/jobs/journal";

const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, top: 0, left: 0, values });
const where = (findings: readonly { rule: string; cell: string }[]) => findings.map(({ rule, cell }) => [rule, cell]);

/** 三栏式 by hand: 月 | 日 under the year, 凭证 in 字 | 号, 收方 / 付方 / 借或贷 / 结存, one sheet a month. */
function threeColumnMonth(sheet: string, month: number, opening: number, lines: [number, string, number, number][]) {
  const rows: CellValue[][] = [
    ["现金日记账", "", "", "", "", "", "", "", ""],
    ["2026年", "", "凭证", "", "摘要", "收方", "付方", "借或贷", "结存"],
    ["月", "日", "字", "号", "", "", "", "", ""],
    [month, 1, "", "", month === 1 ? "上年结转" : "上月结转", "", "", "借", opening],
  ];
  let balance = opening;
  lines.forEach(([day, summary, receipt, payment], index) => {
    balance += receipt - payment;
    rows.push([month, day, "记", index + 1, summary, receipt || "", payment || "", "借", balance]);
  });
  rows.push([month, 28, "", "", "本月合计", sum(lines, 2), sum(lines, 3), "借", balance]);
  return grid(sheet, rows);
}

/** A flat bank 流水 with full dates, the account in its title lines, one sheet a month. */
function flatBankMonth(sheet: string, month: number, opening: number, lines: [number, string, number, number][]) {
  const date = (day: number) => `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const rows: CellValue[][] = [
    ["银行存款日记账", "", "", "", "", "", ""],
    ["开户行：建设银行南京城北支行 账号：32001588536052512345", "", "", "", "", "", ""],
    ["日期", "凭证编号", "摘要", "结算方式", "收入金额", "支出金额", "余额"],
    [date(1), "", "期初余额", "", "", "", opening],
  ];
  let balance = opening;
  lines.forEach(([day, summary, receipt, payment], index) => {
    balance += receipt - payment;
    rows.push([date(day), `银-${index + 1}`, summary, "转账", receipt || "", payment || "", balance]);
  });
  rows.push([date(28), "", "本月合计", "", sum(lines, 2), sum(lines, 3), balance]);
  return grid(sheet, rows);
}

const sum = (lines: [number, string, number, number][], at: 2 | 3) =>
  lines.reduce((total, line) => total + line[at], 0);

describe("a journal kept one sheet a month", () => {
  const january: [number, string, number, number][] = [
    [5, "提取备用金", 3000, 0],
    [9, "报销差旅费", 0, 1260.5],
  ];
  const february: [number, string, number, number][] = [[3, "收到零星货款", 800, 0]];

  test.each([
    ["三栏式", threeColumnMonth, "I4"],
    ["流水", flatBankMonth, "G4"],
  ])(
    "%s: each month opens with the month before's closing balance, or is told so on its opening row",
    (_, make, cell) => {
      const jan = make("1月", 1, 2000, january);
      const closing = 2000 + 3000 - 1260.5;
      const feb = make("2月", 2, closing, february);
      const workbook = [jan, feb];
      expect(checkJournal(feb, {}, workbook)).toEqual([]);

      const typedWrong = make("2月", 2, 3749.5, february);
      const findings = checkJournal(typedWrong, {}, [jan, typedWrong]);
      // One finding, at the opening row: the balances below follow from it and are not findings.
      expect(where(findings)).toEqual([["journal-opening-not-carried", cell]]);
      expect(formatMessage("zh-CN", findings[0]!.rule, findings[0]!.params)).toMatch(/^“上月结转|^“期初余额/);
      expect(findings[0]!.params).toMatchObject({ previous: "1月", expected: "¥3,739.50", found: "¥3,749.50" });
      // Alone, or after a sheet of another month, nothing to compare with.
      expect(checkJournal(typedWrong, {}, [typedWrong])).toEqual([]);
      expect(checkJournal(typedWrong, {}, [make("去年12月", 12, 100, january), typedWrong])).toEqual([]);
    },
  );

  test("a bank account's month is held to the same account's month before, not another bank's", () => {
    const ours = flatBankMonth("1月", 1, 10_000, january);
    const other: Grid = {
      ...flatBankMonth("工行1月", 1, 99, january),
      values: flatBankMonth("工行1月", 1, 99, january).values.map((row, index) =>
        index === 1 ? ["开户行：工商银行 账号：1202021009100123456", "", "", "", "", "", ""] : row,
      ),
    };
    const feb = flatBankMonth("2月", 2, 10_000 + 3000 - 1260.5, february);
    expect(checkJournal(feb, {}, [ours, other, feb])).toEqual([]);
  });

  test("with no account in the title lines, a month is held to the month before of the sheet of the same name", () => {
    // A second cash journal (备用金) kept beside the first, month by month, neither naming an account.
    const ours = threeColumnMonth("现金1月", 1, 2000, january);
    const other = threeColumnMonth("备用金1月", 1, 500, january);
    const feb = threeColumnMonth("现金2月", 2, 2000 + 3000 - 1260.5, february);
    expect(checkJournal(feb, {}, [ours, other, feb])).toEqual([]);
    const otherFeb = threeColumnMonth("备用金 2026-02", 2, 2000 + 3000 - 1260.5, february);
    expect(where(checkJournal(otherFeb, {}, [ours, other, feb, otherFeb]))).toEqual([
      ["journal-opening-not-carried", "I4"],
    ]);
  });
});

describe("the 库存现金限额", () => {
  const overLimitDay: CellValue[][] = [
    ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
    ["2026-03-01", "", "期初余额", "", "", 4000],
    ["2026-03-02", "记-1", "提取备用金", 2000, "", 6000],
    ["2026-03-03", "记-2", "支付快递费", "", 1500, 4500],
  ];

  test.each([
    ["in the title", [["现金日记账（库存现金限额：5,000.00元）"]]],
    [
      "on a line of its own, the amount beside the label",
      [["现金日记账"], ["单位：某某餐饮管理有限公司", "", "库存现金限额", "¥5000"]],
    ],
    ["after a colon among other labels", [["现金日记账"], ["2026年3月", "", "现金限额：5000元整", ""]]],
  ])("written %s is read, and a day closing above it is a warning on that day's balance", (_, title) => {
    const sheet = grid("现金", [...(title as CellValue[][]), ...overLimitDay]);
    expect(findJournalHeader(sheet)?.cashLimit).toBe(500_000);
    const findings = checkJournal(sheet);
    expect(findings.map(({ rule, severity, params }) => [rule, severity, params])).toEqual([
      ["journal-cash-over-limit", "warning", { found: "¥6,000.00", limit: "¥5,000.00" }],
    ]);
  });

  test("given to the check, through the journal's settings parser, it holds a journal whose title names none", () => {
    const settings = parseJournalCheckSettings({ "cash-limit": "5,000" });
    expect(settings).toEqual({ ok: true, value: { cashLimit: 500_000 } });
    const [cashKind] = journalSheetKinds(settings.ok ? settings.value : {});
    const sheet = grid("现金", overLimitDay);
    expect(where(cashKind!.check(sheet))).toEqual([["journal-cash-over-limit", "F3"]]);
    // Given to the check, it wins over the title's.
    const titled = grid("现金", [["现金日记账（库存现金限额：10,000元）"], ...overLimitDay]);
    expect(where(cashKind!.check(titled))).toEqual([["journal-cash-over-limit", "F4"]]);
    expect(parseJournalCheckSettings({ "cash-limit": "五千" })).toMatchObject({
      ok: false,
      problem: { id: "journal-cash-limit-invalid", field: "cash-limit" },
    });
  });
});

describe("a zero balance written θ, 平 or with a dash", () => {
  test.each(["θ", "—", "-", "平"])(
    "%s in the 余额 column of a flat journal is 0, and the balances follow on from it",
    (zero) => {
      const sheet = grid("现金", [
        ["日期", "摘要", "借方", "贷方", "余额"],
        ["2026-04-01", "期初余额", "", "", 300],
        ["2026-04-02", "送存银行", "", 300, zero],
        ["2026-04-03", "提取备用金", 1000, "", 1000],
      ]);
      expect(checkJournal(sheet)).toEqual([]);
      // θ is a zero balance, not any balance: one that should not be zero is a break.
      const wrong = grid("现金", [...sheet.values.slice(0, 2), ["2026-04-02", "送存银行", "", 200, zero]]);
      expect(where(checkJournal(wrong))).toEqual([["journal-balance-break", "E3"]]);
    },
  );

  test("in a 三栏式 journal with 借或贷, θ under 平 is 0 too", () => {
    const sheet = grid("现金", [
      ["2026年", "", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"],
      ["月", "日", "", "", "", "", "", ""],
      [5, 1, "", "上月结转", "", "", "借", 120],
      [5, 6, "现付-1", "购买邮票", "", 120, "平", "θ"],
      [5, 7, "现收-1", "收回多付款", 40, "", "借", 40],
    ]);
    expect(checkJournal(sheet)).toEqual([]);
  });
});

describe("formulas a program wrote and nobody calculated", () => {
  const values: CellValue[][] = [
    ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
    ["2026-01-01", "", "期初余额", "", "", 1000],
    ["2026-01-05", "记-1", "提取备用金", 500, "", ""],
  ];

  test("are never checked as blank cells that pass: the sheet is not calculated, and how to fix it", () => {
    const sheet = { ...grid("现金", values), uncalculated: { count: 1, first: "F3" } };
    const findings = checkJournal(sheet);
    expect(where(findings)).toEqual([["journal-not-calculated", "F3"]]);
    expect(findings[0]!.severity).toBe("error");
    expect(formatMessage("zh-CN", findings[0]!.rule, findings[0]!.params)).toContain(
      "在 Excel 或 WPS 中打开工作簿并保存",
    );
    // The same rows calculated check clean.
    expect(checkJournal(grid("现金", values))).toEqual([]);
  });

  test("leave a sheet out of the reports, with why", () => {
    const bank = { ...grid("工行", [["银行存款日记账"], ...values]), uncalculated: { count: 12, first: "F3" } };
    const read = readJournals([grid("现金", values), bank]);
    expect(read.journals.map((journal) => journal.sheet)).toEqual(["现金"]);
    expect(where(read.skipped)).toEqual([["journal-not-calculated", "F3"]]);
  });
});

describe("the bank account of a bank journal", () => {
  const body: CellValue[][] = [
    ["日期", "摘要", "借方", "贷方", "余额"],
    ["2026-06-01", "期初余额", "", "", 50000],
  ];

  test.each([
    ["开户行 and 账号 in one cell", [["开户行：工商银行 账号：1202021009100123456"]], "工商银行 1202021009100123456"],
    [
      "账户 in a cell, its value beside it",
      [["单位：某某公司", "账户：", "", "工商银行1202021009100123456"]],
      "工商银行1202021009100123456",
    ],
    [
      "账号 under its label",
      [
        ["开户银行", "账号"],
        ["招商银行深圳分行", "755912345610802"],
      ],
      "招商银行深圳分行 755912345610802",
    ],
    [
      "开户银行 and 账号 on one line, blank cells between each label and its value",
      [["开户银行", "", "中国工商银行北京分行", "", "账号：", "", "", "1202021009100123456"]],
      "中国工商银行北京分行 1202021009100123456",
    ],
    [
      "开户行 and 账号 merged over three cells each, their values under them",
      [
        ["开户行", "", "", "账号", "", ""],
        ["交通银行上海分行", "", "", "310066726018010123456", "", ""],
      ],
      "交通银行上海分行 310066726018010123456",
    ],
    [
      "账户 first, then the unit's name: the search for the account stops at 单位名称",
      [
        ["账户：", "", "", "单位名称", "某某公司"],
        ["开户行：", "", "", "中国银行", "账号：", "", "104100012345"],
      ],
      "中国银行 104100012345",
    ],
    [
      "账户 beside 编制单位: a label inside a longer one (单位) does not cut it",
      [
        ["账户：", "编制单位：某某公司"],
        ["开户行：建设银行", "账号：44050100000012345678"],
      ],
      "建设银行 44050100000012345678",
    ],
    [
      "户名 beside 账号: the holder's name is not the account",
      [["户名：", "", "某某公司", "", "账号：", "", "", "6222021234567890123"]],
      "6222021234567890123",
    ],
  ])("is the journal's own (%s), not the sheet name Excel cut to 31 characters", (_, preamble, account) => {
    const sheet = grid("银行存款日记账 工商银行 120202100910012345", [
      ["银行存款日记账"],
      ...(preamble as CellValue[][]),
      ...body,
    ]);
    expect(readJournals([sheet]).journals.map((journal) => journal.account)).toEqual([account]);
  });

  test("is the sheet's name when the journal names none", () => {
    const sheet = grid("银行存款日记账 农行", [["银行存款日记账"], ...body]);
    expect(readJournals([sheet]).journals[0]!.account).toBe("农行");
  });
});

describe("a bank journal copied the bank's way round (借方 = money out)", () => {
  test.each([
    [
      "flat, 借方 / 贷方",
      [
        ["银行存款日记账"],
        ["日期", "凭证号", "摘要", "借方", "贷方", "余额"],
        ["2026-02-01", "", "期初余额", "", "", 20000],
        ["2026-02-03", "银付-1", "支付货款", 8000, "", 12000],
        ["2026-02-10", "银收-1", "收到货款", "", 5000, 17000],
        ["2026-02-11", "银付-2", "支付电费", 1200, "", 15800],
      ],
      "D4",
    ],
    [
      "三栏式, 金额 over 借方 | 贷方, 结算方式",
      [
        ["银行存款日记账", "", "", "", "", "", ""],
        ["日期", "凭证字号", "结算方式", "摘要", "金额", "", "余额"],
        ["", "", "", "", "借方", "贷方", ""],
        ["2026-02-01", "", "", "上月结转", "", "", 9000],
        ["2026-02-04", "记-3", "网银", "收到退款", "", 600, 9600],
        ["2026-02-05", "记-4", "转账支票", "支付房租", 4000, "", 5600],
      ],
      "F5",
    ],
  ])("%s: one finding at the first amount, saying so, instead of a break at every balance", (_, values, cell) => {
    const findings = checkJournal(grid("银行", values as CellValue[][]), { kind: "bank" });
    expect(where(findings)).toEqual([["journal-columns-bank-view", cell]]);
    expect(formatMessage("zh-CN", findings[0]!.rule, {})).toContain("收入和支出两栏像是按银行口径记反了");
  });
});

describe("messages that point at what to correct", () => {
  test("a voucher in two columns, 字 | 号, repeated in a month: at the 号, naming the row", () => {
    const sheet = threeColumnMonth("3月", 3, 500, [
      [2, "提取备用金", 1000, 0],
      [4, "购买办公用品", 0, 230],
    ]);
    sheet.values[5]![3] = 1;
    const findings = checkJournal(sheet);
    expect(where(findings)).toEqual([["journal-voucher-repeated", "D6"]]);
    expect(formatMessage("zh-CN", findings[0]!.rule, findings[0]!.params)).toBe("凭证字号 记-1 与第 5 行重复");
  });

  test("a voucher in one column: at that column, naming the row", () => {
    const sheet = flatBankMonth("3月", 3, 500, [
      [2, "收到货款", 1000, 0],
      [4, "支付运费", 0, 230],
    ]);
    sheet.values[5]![1] = "银-1";
    const findings = checkJournal(sheet, { kind: "bank" });
    expect(where(findings)).toEqual([["journal-voucher-repeated", "B6"]]);
    expect(formatMessage("zh-CN", findings[0]!.rule, findings[0]!.params)).toBe("凭证字号 银-1 与第 5 行重复");
  });

  test.each([
    ["三栏式", threeColumnMonth, "I7"],
    ["流水", flatBankMonth, "G7"],
  ])("%s: a wrong balance on 本月合计 is explained as the balance above repeated", (_, make, cell) => {
    const sheet = make("3月", 3, 500, [
      [2, "提取备用金", 1000, 0],
      [4, "购买办公用品", 0, 230],
    ]);
    sheet.values[6]![sheet.values[6]!.length - 1] = 1720;
    const findings = checkJournal(sheet);
    expect(where(findings)).toEqual([["journal-closing-balance-wrong", cell]]);
    const message = formatMessage("zh-CN", findings[0]!.rule, findings[0]!.params);
    expect(message).toBe("“本月合计”的余额应为 ¥1,270.00（与上面最后一笔的余额相同），表中为 ¥1,720.00");
    expect(message).not.toContain("加本行收入");
  });
});

describe("entries dated by month and day alone", () => {
  const entries = (title: CellValue[][]) =>
    grid("分录", [
      ...title,
      ["日期", "摘要", "对方科目", "收入", "支出"],
      ["3月2日", "提取备用金", "银行存款", 2000, ""],
      ["3月5日", "购买打印纸", "管理费用", "", 86],
    ]);

  test("read in the year of the month to generate, or of the title, as check reads them", () => {
    const untitled = readJournalEntries(entries([]), 2026);
    expect(untitled.ok && untitled.value.entries.map((entry) => entry.date)).toEqual([
      { year: 2026, month: 3, day: 2 },
      { year: 2026, month: 3, day: 5 },
    ]);
    const titled = readJournalEntries(entries([["2025年3月 现金收支"]]));
    expect(titled.ok && titled.value.entries[0]!.date).toEqual({ year: 2025, month: 3, day: 2 });
    const generated = generateJournal(
      { kind: "cash", unit: "", account: "库存现金", opening: 0, rowsPerPage: 30, month: { year: 2026, month: 3 } },
      [entries([])],
    );
    expect(generated.ok && generated.value.entries).toBe(2);
  });

  test("refused with what to do when no year is known", () => {
    const generated = generateJournal({ kind: "cash", unit: "", account: "库存现金", opening: 0, rowsPerPage: 30 }, [
      entries([]),
    ]);
    expect(generated).toMatchObject({ ok: false, problem: { id: "journal-entries-unreadable" } });
    const findings = generated.findings ?? [];
    expect(where(findings)).toEqual([
      ["journal-entry-date-no-year", "A2"],
      ["journal-entry-date-no-year", "A3"],
    ]);
    expect(formatMessage("zh-CN", findings[0]!.rule, findings[0]!.params)).toContain("如 2026-03");
  });
});

describe("journals for the reports", () => {
  test("a journal with errors is read, and said to have them, counted as check counts them", () => {
    const clean = flatBankMonth("工行", 1, 1000, [[5, "收到货款", 200, 0]]);
    const slipped = threeColumnMonth("现金", 1, 500, [
      [5, "提取备用金", 100, 0],
      [6, "支付邮费", 0, 20],
    ]);
    slipped.values[4]![8] = 601;
    const { journals, warnings } = journalsForReports([slipped, clean], { year: 2026, month: 1 });
    expect(journals.map((journal) => journal.sheet)).toEqual(["现金", "工行"]);
    expect(warnings.map(({ rule, sheet, cell, severity, params }) => [rule, sheet, cell, severity, params])).toEqual([
      ["journal-has-errors", "现金", "I5", "warning", { count: checkJournal(slipped).length, first: "I5" }],
    ]);
  });
});
