import { dateToSerial } from "../../../src/core/dates";
import type { Finding } from "../../../src/core/findings";
import type { CellValue, Grid } from "../../../src/core/grid";
import { findJournalHeader, readJournal } from "../../../src/jobs/journal/read";
import { recordsOf } from "../../support/journal";

const grid = (values: CellValue[][], at: Partial<Grid> = {}): Grid => ({
  sheet: "日记账",
  top: 0,
  left: 0,
  values,
  ...at,
});

const where = (findings: readonly Finding[]) => findings.map((finding) => [finding.rule, finding.cell]);

/** Reads a grid that has a journal header, failing the test when it has none; the rows come as records. */
function read(sheet: Grid) {
  const header = findJournalHeader(sheet);
  if (!header) throw new Error("no journal header");
  const { rows, findings } = readJournal(sheet, header);
  return { rows: recordsOf(rows), findings };
}

const GENERATED_HEADER = ["年", "月", "日", "凭证字号", "摘要", "对方科目", "借方（收入）", "贷方（支出）", "余额"];
const GENERATED: CellValue[][] = [
  ["现金日记账", null, null, null, null, null, null, null, null],
  ["单位名称：示例公司", null, null, null, null, "账户：库存现金", null, "2026年1月", null],
  GENERATED_HEADER,
  [2026, 1, 1, null, "上年结转", null, null, null, 1000],
  [2026, 1, 5, "记-1", "提取备用金", "银行存款", 500, null, 1500],
  // A blank row the generator leaves to fill: its balance formula shows "".
  [null, null, null, null, null, null, null, null, ""],
  [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 200.1, 1299.8999999999999],
  [2026, 1, 5, null, "本日合计", null, 500, 200.1, 1299.9],
  [null, null, null, null, "过次页", null, 500, 200.1, 1299.9],
];

describe("findJournalHeader", () => {
  test("finds the generator's header under its title, with the year the title gives", () => {
    expect(findJournalHeader(grid(GENERATED))).toEqual({
      kind: "cash",
      kindSaid: true,
      columns: {
        year: 0,
        month: 1,
        day: 2,
        voucher: 3,
        summary: 4,
        counterAccount: 5,
        receipt: 6,
        payment: 7,
        balance: 8,
      },
      voucherNumberColumn: null,
      balanceSideColumn: null,
      titleYear: 2026,
      account: "库存现金",
      bank: null,
      accountNumber: "库存现金",
      cashLimit: null,
      headerRow: 2,
    });
  });

  test("tells a bank journal by its 结算方式 or 票据号 column, or by its title", () => {
    const withSettlement = [["日期", "摘要", "结算方式", "收入", "支出", "余额"]];
    expect(findJournalHeader(grid(withSettlement))?.kind).toBe("bank");
    const titled = [["银行存款日记账"], ["日期", "摘要", "收入", "支出", "余额"]];
    expect(findJournalHeader(grid(titled))?.kind).toBe("bank");
    const cashAtABank = [["现金日记账（开户银行：工商银行）"], ["日期", "摘要", "收入", "支出", "余额"]];
    expect(findJournalHeader(grid(cashAtABank))?.kind).toBe("cash");
  });

  test("reads English labels, spacing, full-width brackets and bracketed notes", () => {
    const english = findJournalHeader(
      grid([["Date", "Voucher No.", "Description", "Receipts", "Payments", "Balance"]]),
    );
    expect(english?.columns).toEqual({ date: 0, voucher: 1, summary: 2, receipt: 3, payment: 4, balance: 5 });
    const noted = findJournalHeader(grid([["日 期", "摘　要", "收入(借方)", "支出（贷方）", "余额（元）"]]));
    expect(noted?.columns).toEqual({ date: 0, summary: 1, receipt: 2, payment: 3, balance: 4 });
  });

  test("reads a two-level header: 月 | 日 under the year, 字 | 号 under 凭证, the amounts under 金额", () => {
    const values = [
      ["现金日记账"],
      ["2026年", null, "凭证", null, "摘要", "金额", null, null, "借或贷"],
      ["月", "日", "字", "号", null, "借方", "贷方", "余额", null],
      [1, 1, null, null, "期初余额", null, null, 800, "借"],
    ];
    expect(findJournalHeader(grid(values))).toEqual({
      kind: "cash",
      kindSaid: true,
      columns: { month: 0, day: 1, voucher: 2, summary: 4, receipt: 5, payment: 6, balance: 7 },
      voucherNumberColumn: 3,
      balanceSideColumn: 8,
      titleYear: 2026,
      account: null,
      bank: null,
      accountNumber: null,
      cashLimit: null,
      headerRow: 2,
    });
  });

  test("is null for a sheet without 摘要, 收入, 支出 and 余额 in its first twenty rows", () => {
    expect(findJournalHeader(grid([["日期", "摘要", "收入", "支出"]]))).toBeNull();
    expect(findJournalHeader(grid([...Array.from({ length: 20 }, () => ["说明"]), GENERATED_HEADER]))).toBeNull();
    expect(findJournalHeader(grid([]))).toBeNull();
  });
});

describe("readJournal", () => {
  test("reads the generator's rows: kinds, dates, amounts in 分, and each cell's address", () => {
    const { rows, findings } = read(grid(GENERATED));
    expect(findings).toEqual([]);
    expect(rows.map((row) => [row.row, row.kind, row.receipt, row.payment, row.balance])).toEqual([
      [3, "opening", null, null, 100_000],
      [4, "entry", 50_000, null, 150_000],
      [6, "entry", null, 20_010, 129_990],
      [7, "day-total", 50_000, 20_010, 129_990],
      [8, "carried-forward", 50_000, 20_010, 129_990],
    ]);
    expect(rows[1]).toMatchObject({
      date: { year: 2026, month: 1, day: 5 },
      voucher: "记-1",
      summary: "提取备用金",
    });
    // 过次页 has no date of its own: it is on the day of the row above.
    expect(rows[4]!.date).toEqual({ year: 2026, month: 1, day: 5 });
    expect(rows[2]!.cells).toEqual({
      year: "A7",
      month: "B7",
      day: "C7",
      voucher: "D7",
      summary: "E7",
      counterAccount: "F7",
      receipt: "G7",
      payment: "H7",
      balance: "I7",
    });
  });

  test("addresses follow where the grid starts on the sheet", () => {
    const { rows } = read(
      grid(
        [
          ["日期", "摘要", "收入", "支出", "余额"],
          ["2026-01-05", "提现", 100, null, 100],
        ],
        { top: 9, left: 2 },
      ),
    );
    expect(rows[0]!.cells).toEqual({ date: "C11", summary: "D11", receipt: "E11", payment: "F11", balance: "G11" });
  });

  test("passes over blank rows, continuations of a long 摘要 and signature lines", () => {
    const { rows } = read(
      grid([
        ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
        ["2026-01-05", "记-1", "收到甲公司", 100, null, 100],
        [null, null, "前欠货款", null, null, null],
        [],
        ["出纳：张三", null, null, null, null, ""],
      ]),
    );
    expect(rows.map((row) => row.row)).toEqual([1]);
  });

  test("tells the closing rows by their 摘要, however spaced and in either language", () => {
    const { rows } = read(
      grid([
        ["Date", "Summary", "Receipts", "Payments", "Balance"],
        ["2026-01-01", " 期 初 余 额 ", null, null, 1],
        ["2026-01-01", "Day Total", 0, 0, 1],
        ["2026-01-01", "本月合计", 0, 0, 1],
        ["2026-01-01", "year to date", 0, 0, 1],
        ["2026-01-01", "承前页", 0, 0, 1],
        ["2026-01-01", "本日合计备注", 0, 0, 1],
        ["2026-01-01", "上期结转", null, null, 1],
        ["2026-01-01", "转下页", 0, 0, 1],
        ["2026-01-01", "承上页", 0, 0, 1],
      ]),
    );
    expect(rows.map((row) => row.kind)).toEqual([
      "opening",
      "day-total",
      "month-total",
      "year-total",
      "brought-forward",
      "entry",
      "opening",
      "carried-forward",
      "brought-forward",
    ]);
  });

  describe("dates", () => {
    const dated = (...dates: CellValue[]) =>
      grid([
        ["现金日记账 2026年"],
        ["日期", "摘要", "收入", "支出", "余额"],
        ...dates.map((date, index) => [date, `第${index + 1}笔`, 1, null, index + 1]),
      ]);

    test("reads serials, text, and month-and-day text with the title's year; a blank date repeats the one above", () => {
      const { rows, findings } = read(
        dated(dateToSerial({ year: 2026, month: 1, day: 5 }), null, "2026/1/6", "1月7日", " 01-08 "),
      );
      expect(findings).toEqual([]);
      expect(rows.map((row) => row.date?.day)).toEqual([5, 5, 6, 7, 8]);
    });

    test("an unreadable or impossible date is a finding on its cell, and the row has no date", () => {
      const { rows, findings } = read(dated("2026-01-05", "昨天", "2月30日", "2026-13-01", "2026-01-06", "昨天"));
      expect(where(findings)).toEqual([
        ["date-unreadable", "A4"],
        ["date-invalid", "A5"],
        ["date-invalid", "A6"],
        ["date-unreadable", "A8"],
      ]);
      expect(rows.map((row) => row.date?.day ?? null)).toEqual([5, null, null, null, 6, null]);
    });

    test("an entry without a date, and none above, lacks one", () => {
      expect(where(read(dated(null, "2026-01-05")).findings)).toEqual([["date-empty", "A3"]]);
    });

    test("年, 月 and 日 columns: blank parts repeat the row above, a wrong part is a finding on its own cell", () => {
      const { rows, findings } = read(
        grid([
          ["年", "月", "日", "摘要", "收入", "支出", "余额"],
          [2026, 2, 27, "甲", 1, null, 1],
          [null, null, "28日", "乙", 1, null, 2],
          [null, null, 30, "丙", 1, null, 3],
          [null, 13, 1, "丁", 1, null, 4],
          [null, 3, "一", "戊", 1, null, 5],
          [1899, 3, 1, "己", 1, null, 6],
        ]),
      );
      expect(rows.map((row) => row.date?.day ?? null)).toEqual([27, 28, null, null, null, null]);
      expect(findings).toEqual([
        {
          rule: "date-invalid",
          severity: "error",
          sheet: "日记账",
          cell: "C4",
          params: { year: 2026, month: 2, day: 30 },
        },
        {
          rule: "date-invalid",
          severity: "error",
          sheet: "日记账",
          cell: "B5",
          params: { year: 2026, month: 13, day: 1 },
        },
        { rule: "date-unreadable", severity: "error", sheet: "日记账", cell: "C6", params: { text: "一" } },
        { rule: "date-out-of-range", severity: "error", sheet: "日记账", cell: "A7", params: { text: "1899-3-1" } },
      ]);
    });

    test("月 and 日 alone take the year from the title, and without one the dates are unknown, said once", () => {
      const header = ["月", "日", "摘要", "收入", "支出", "余额"];
      const entry = [1, 5, "提现", 1, null, 1];
      expect(read(grid([["2026年现金日记账"], header, entry])).rows[0]!.date).toEqual({ year: 2026, month: 1, day: 5 });
      const unknown = read(grid([["现金日记账"], header, entry, entry]));
      expect(unknown.rows.map((row) => row.date)).toEqual([null, null]);
      expect(unknown.findings).toEqual([
        { rule: "journal-year-unknown", severity: "warning", sheet: "日记账", cell: "A2", params: {} },
      ]);
    });
  });

  describe("amounts", () => {
    const amounts = (...cells: CellValue[]) =>
      grid([["日期", "摘要", "收入", "支出", "余额"], ...cells.map((cell) => ["2026-01-05", "笔", cell, null, 1])]);

    test("numbers are read to the 分, including balances formulas leave a hair off", () => {
      const { rows } = read(amounts(1234.5, 0.1 + 0.2, 10006.669999999998, 2.675, -0.001, 9999999999999.99));
      expect(rows.map((row) => row.receipt)).toEqual([123_450, 30, 1_000_667, 268, 0, 999_999_999_999_999]);
    });

    test("text amounts among numbers are read and warned about: Excel's SUM leaves them out", () => {
      const { rows, findings } = read(amounts(100, "1,234.50", "-", " "));
      expect(rows.map((row) => row.receipt)).toEqual([10_000, 123_450, null, null]);
      expect(findings).toEqual([
        {
          rule: "journal-amount-as-text",
          severity: "warning",
          sheet: "日记账",
          cell: "C3",
          params: { text: "1,234.50" },
        },
      ]);
    });

    test("a sheet of text amounts (a CSV file) is read without warnings", () => {
      const csv = grid([
        ["日期", "摘要", "收入", "支出", "余额"],
        ["2026-01-05", "笔", "1,234.50", "", "1,234.50"],
      ]);
      expect(read(csv)).toMatchObject({ findings: [], rows: [{ receipt: 123_450, balance: 123_450 }] });
    });

    test("an unreadable amount, a formula error or a logical value is a finding on its cell", () => {
      const { rows, findings } = read(amounts("12元3角", "#REF!", true, 1e16));
      expect(rows.map((row) => row.receipt)).toEqual([null, null, null, null]);
      expect(findings).toEqual([
        { rule: "money-unreadable", severity: "error", sheet: "日记账", cell: "C2", params: { text: "12元3角" } },
        { rule: "journal-cell-error", severity: "error", sheet: "日记账", cell: "C3", params: { text: "#REF!" } },
        { rule: "money-wrong-type", severity: "error", sheet: "日记账", cell: "C4", params: {} },
        {
          rule: "money-out-of-range",
          severity: "error",
          sheet: "日记账",
          cell: "C5",
          params: { text: "10000000000000000", max: "9,999,999,999,999.99" },
        },
      ]);
    });

    test("借或贷 gives the balance its side: 贷 is below zero, 平 is zero", () => {
      const { rows } = read(
        grid([
          ["摘要", "借方", "贷方", "借或贷", "余额"],
          ["期初余额", null, null, "借", 100],
          ["付款", null, 150, "贷", 50],
          ["收款", 50, null, "平", null],
        ]),
      );
      expect(rows.map((row) => row.balance)).toEqual([10_000, -5_000, 0]);
    });
  });

  test("a voucher in 字 and 号 columns reads as one", () => {
    const { rows } = read(
      grid([
        ["凭证", null, "摘要", "收入", "支出", "余额"],
        ["字", "号", null, null, null, null],
        ["记", 15, "提现", 1, null, 1],
        [null, 16, "提现", 1, null, 2],
      ]),
    );
    expect(rows.map((row) => row.voucher)).toEqual(["记-15", "16"]);
  });
});
