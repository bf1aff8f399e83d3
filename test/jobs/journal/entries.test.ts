/**
 * Reading the entries a journal is generated from: the header row found by its Chinese or English labels below any
 * preamble, dates as text, serials or 年/月/日 columns, amounts as bank exports write them, and every unreadable cell
 * a finding with its address. Messy cells never throw.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { readJournalEntries } from "../../../src/jobs/journal";

const grid = (values: CellValue[][], top = 0, left = 0): Grid => ({ sheet: "分录", top, left, values });

describe("the header row", () => {
  test("is found by its labels below a preamble, whatever the columns' order", () => {
    const read = readJournalEntries(
      grid([
        ["XX公司 2026年1月 现金收支明细", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["支出", "摘要", "凭证号", "日期", "收入", "对方科目"],
        ["", "提现", "记-1", "2026-01-05", "5,000.00", "银行存款"],
        ["12.5", "买文具", "记-2", "2026/1/6", "", "管理费用"],
      ]),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        findings: [],
        headerColumns: ["payment", "summary", "voucher", "date", "receipt", "counterAccount"].map((column, index) => ({
          column,
          label: ["支出", "摘要", "凭证号", "日期", "收入", "对方科目"][index],
          cell: `${"ABCDEF"[index]}3`,
        })),
        entries: [
          {
            date: { year: 2026, month: 1, day: 5 },
            voucher: "记-1",
            summary: "提现",
            counterAccount: "银行存款",
            counterparty: "",
            settlement: "",
            document: "",
            receipt: 500_000,
            payment: 0,
          },
          {
            date: { year: 2026, month: 1, day: 6 },
            voucher: "记-2",
            summary: "买文具",
            counterAccount: "管理费用",
            counterparty: "",
            settlement: "",
            document: "",
            receipt: 0,
            payment: 1250,
          },
        ],
      },
    });
  });

  test("takes English labels, 借方/贷方, full-width brackets and spaces, and the bank's columns", () => {
    const english = readJournalEntries(
      grid([
        ["Date", "Voucher", "Summary", "Counter Account", "Debit", "Credit", "Settlement", "Cheque No."],
        [46037, "V-7", "Deposit", "Sales", 100, null, "转账", 123456],
      ]),
    );
    expect(english.ok && english.value.entries[0]).toEqual({
      date: { year: 2026, month: 1, day: 15 },
      voucher: "V-7",
      summary: "Deposit",
      counterAccount: "Sales",
      counterparty: "",
      settlement: "转账",
      document: "123456",
      receipt: 10_000,
      payment: 0,
    });
    const chinese = readJournalEntries(
      grid([
        ["日 期", "摘要", "借方(收入)", "贷方（支出）", "结算方式", "票据号"],
        ["2026年1月15日", "收货款", "", "￥１，０００．００", "电汇", "HD001"],
      ]),
    );
    expect(chinese.ok && chinese.value.entries[0]).toMatchObject({ payment: 100_000, document: "HD001" });
  });

  test("may split the date into 年, 月 and 日, as a journal does", () => {
    const read = readJournalEntries(
      grid([
        ["年", "月", "日", "凭证字号", "摘要", "借方（收入）", "贷方（支出）", "余额"],
        [2026, 2, 28, "记-3", "收回借款", 300, null, 1300],
      ]),
    );
    expect(read.ok && read.value.entries[0]?.date).toEqual({ year: 2026, month: 2, day: 28 });
  });

  test("missing is a failure that says which labels are needed", () => {
    const read = readJournalEntries(
      grid([
        ["日期", "摘要", "金额"],
        ["2026-01-01", "x", 1],
      ]),
    );
    expect(read).toEqual({
      ok: false,
      problem: { id: "journal-entries-no-header", params: { sheet: "分录", labels: "日期、摘要、收入、支出" } },
    });
  });
});

describe("rows", () => {
  const header = ["日期", "凭证字号", "摘要", "收入", "支出"];

  test("a journal's own rows and blank rows are passed over", () => {
    const read = readJournalEntries(
      grid([
        header,
        ["2026-01-01", "", "上年结转", "", ""],
        ["2026-01-02", "记-1", "收款", 10, ""],
        ["", "", "", "", ""],
        ["", "", "本日合计", 10, 0],
        ["", "", "过次页", 10, 0],
      ]),
    );
    expect(read.ok && read.value.entries.map((entry) => entry.summary)).toEqual(["收款"]);
    expect(read.ok && read.value.findings).toEqual([]);
  });

  test("an unreadable cell is a finding at its address, and its row is not posted", () => {
    const read = readJournalEntries(
      grid(
        [
          header,
          ["2026-13-01", "记-1", "坏日期", 10, ""],
          ["2026-01-02", "记-2", "坏金额", "1,23.4", ""],
          ["2026-01-03", "记-3", "没有金额", "", ""],
          ["", "记-4", "没有日期", 5, ""],
          ["2026-01-04", "记-5", "好的", "", "-"],
          ["2026-01-04", "记-6", "红字冲销", -5, ""],
        ],
        9,
        2,
      ),
    );
    if (!read.ok) throw new Error("the header is there");
    expect(read.value.findings.map(({ rule, cell, sheet }) => ({ rule, cell, sheet }))).toEqual([
      { rule: "date-invalid", cell: "C11", sheet: "分录" },
      { rule: "money-misplaced-separator", cell: "F12", sheet: "分录" },
      { rule: "journal-entry-no-amount", cell: "F13", sheet: "分录" },
      { rule: "date-empty", cell: "C14", sheet: "分录" },
      { rule: "journal-entry-no-amount", cell: "F15", sheet: "分录" },
    ]);
    expect(read.value.entries.map((entry) => [entry.voucher, entry.receipt])).toEqual([["记-6", -500]]);
  });

  test("messy cells never throw and every entry has a real date and whole-分 amounts", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("2026-01-05", "￥1,234.50", "(12.00)", "本日合计", "--"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 30 }), (rows) => {
        const read = readJournalEntries(grid([header, ...rows]));
        if (!read.ok) throw new Error("the header is there");
        for (const entry of read.value.entries) {
          expect(Number.isSafeInteger(entry.receipt) && Number.isSafeInteger(entry.payment)).toBe(true);
          expect(entry.date.month).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});

describe("amounts an entry cannot post", () => {
  test("finer than 分, on both sides, or nothing at all: each refused at its cell, the good rows kept", () => {
    const read = readJournalEntries(
      grid(
        [
          ["日期", "摘要", "收入", "支出"],
          ["2026-03-01", "收房租", "12,000.00", ""],
          ["2026-03-02", "利息", "12.345", ""],
          ["2026-03-03", "退款", "", 0.004],
          ["2026-03-04", "收支同行", "100", "30"],
          ["2026-03-05", "零元", "0", ""],
          ["2026-03-06", "两栏皆零", 0, "0.00"],
        ],
        2,
        1,
      ),
    );
    if (!read.ok) throw new Error(read.problem.id);
    expect(read.value.entries.map((entry) => entry.summary)).toEqual(["收房租"]);
    expect(read.value.findings.map(({ rule, cell, params }) => [rule, cell, params])).toEqual([
      ["money-below-fen", "D5", { text: "12.345" }],
      ["money-below-fen", "E6", { text: "0.004" }],
      ["journal-both-sides", "E7", { receipt: "¥100.00", payment: "¥30.00" }],
      ["journal-entry-no-amount", "D8", {}],
      ["journal-entry-no-amount", "D9", {}],
    ]);
  });
});
