/**
 * Statement import: every fixture export parses with the right dates, amounts, directions and closing balance, and
 * layouts not among the fixtures (signed amount, 借/贷 flag with "借 Dr", 借方/贷方发生额, separate 交易金额 and 记账金额,
 * a preamble and a 合计 line, newest first, padded cells, every date form) import with every line right. Then the
 * book and last month's 未达账项.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatIsoDate } from "../../../src/core/dates";
import type { Grid } from "../../../src/core/grid";
import { emptyPlan } from "../../../src/core/plan";
import { readCsv } from "../../../src/hosts/csv";
import { writeWorkbook, readWorkbookGrids } from "../../../src/hosts/xlsx";
import {
  CARRIED_TOP_ROWS,
  carriedMonth,
  carriedSheetMonth,
  flowOfFlag,
  readBook,
  readCarried,
  readStatement,
  secondsOfDay,
  type StatementLine,
} from "../../../src/jobs/reconcile";
import {
  bookGrid,
  bookRow,
  carryGrid,
  statementGrid,
  statementRow,
  type StatementLayout,
  type Txn,
} from "../../support/reconcile";

const FIXTURES = path.resolve(__dirname, "..", "..", "fixtures", "bank-statements");

function fixture(name: string): Grid {
  const table = readCsv(new Uint8Array(readFileSync(path.join(FIXTURES, name))), { sheet: name });
  if (!table.ok) throw new Error(table.problem.id);
  return table.value.grid;
}

function statement(grid: Grid) {
  const read = readStatement(grid);
  if (!read.ok) throw new Error(read.problem.id);
  return read.value;
}

/** A line as [row, date, flow, amount in 分]. */
const brief = (line: StatementLine) => [line.row, formatIsoDate(line.date), line.flow, line.amount] as const;

describe("the fixture exports", () => {
  test("农业银行: 20240101 dates, 123456 times, + signs, 日 志 号; the 0.00 利息税 line moves nothing", () => {
    const read = statement(fixture("abc-debit.csv"));
    expect(read.bank).toBe("农业银行");
    expect(read.lines.map(brief)).toEqual([
      [2, "2024-01-01", "in", 1_000_000],
      [3, "2024-01-02", "out", 1_000],
      [4, "2024-01-03", "out", 1_234_589],
      [5, "2024-01-04", "in", 1],
    ]);
    expect(read.lines[0]!.time).toBe(12 * 3600 + 34 * 60 + 56);
    expect(read.lines[0]!.number).toBe("369396693");
    expect(read.lines[3]!.counterparty).toBe(""); // "--"
    expect(read.closingBalance).toBe(12_335);
    expect(read.findings).toEqual([]);
  });

  test.each(["cmb-debit.csv", "cmb-debit.gb18030.csv"])(
    "招商银行 (%s): signed amounts with separators, rows out of date order; closing balance after the latest date",
    (name) => {
      const read = statement(fixture(name));
      expect(read.bank).toBe("招商银行");
      expect(read.lines.map(brief)).toEqual([
        [2, "2024-01-01", "in", 123_400],
        [3, "2024-01-01", "out", 100_000],
        [4, "2024-01-27", "out", 300],
        [5, "2024-01-20", "out", 100_000],
        [6, "2024-01-23", "out", 1_014],
      ]);
      // The last line of the file is the 23rd; the latest transaction is the 27th's.
      expect(read.closingBalance).toBe(8_122);
      expect(read.lines[0]!.counterparty).toBe("北京住房公积金管理中心1111111111");
    },
  );

  test("工商银行: preamble, padded cells, 交易金额 / 记账金额 pairs with '-', 人民币合计 line, masked balance", () => {
    const read = statement(fixture("icbc-debit-v2.csv"));
    expect(read.bank).toBe("工商银行");
    expect(read.lines.map(brief)).toEqual([
      [8, "2023-05-02", "out", 1_340],
      [9, "2023-04-25", "out", 123_456],
      [10, "2023-04-22", "in", 123_456],
      [11, "2023-04-20", "out", 123_456],
      [12, "2023-04-14", "in", 123_456],
      [13, "2023-04-14", "out", 50_000],
      [14, "2023-02-28", "in", 34_158],
      [15, "2023-02-20", "out", 123_456],
      [16, "2023-02-10", "in", 3_000],
      [17, "2023-02-09", "out", 2_400],
      [18, "2023-02-08", "in", 104],
    ]);
    expect(read.masked).toBe(true);
    expect(read.closingBalance).toBeNull();
    expect(read.findings).toEqual([
      expect.objectContaining({ rule: "reconcile-balance-masked", severity: "info", cell: "M8" }),
    ]);
    expect(read.lines[0]!.summary).toBe("消费");
    expect(read.lines[1]!.counterparty).toBe("张三");
  });
});

const MONTH: Txn[] = [
  {
    date: "2026-03-02",
    flow: "in",
    amount: 5_270_000,
    summary: "收货款",
    counterparty: "华北商贸有限公司",
    time: "10:15:00",
  },
  { date: "2026-03-02", flow: "out", amount: 1_500, summary: "手续费", time: "16:40:12" },
  {
    date: "2026-03-05",
    flow: "out",
    amount: 123_456,
    summary: "付材料款",
    counterparty: "南方材料厂",
    number: "10203040",
  },
  { date: "2026-03-09", flow: "in", amount: 99, summary: "利息", time: "08:00:00" },
  {
    date: "2026-03-31",
    flow: "out",
    amount: 1_000_000_00,
    summary: "归还借款",
    counterparty: "工商银行",
    time: "23:59:59",
  },
];
const OPENING = 2_000_000_00;
const CLOSING = OPENING + 5_270_000 - 1_500 - 123_456 + 99 - 1_000_000_00;

describe("layouts not among the fixtures", () => {
  const layouts: StatementLayout[] = ["signed", "flag", "debit-credit", "in-out", "posted"];
  const variants = [
    { name: "plain", options: {} },
    { name: "preamble and 合计 line", options: { preamble: true, totals: true } },
    { name: "newest first", options: { newestFirst: true } },
    { name: "padded, dates as 2026/3/5", options: { padded: true, dateForm: "slash" as const } },
    { name: "dates as 20260305", options: { dateForm: "compact" as const } },
    {
      name: "dates with a time, newest first, preamble",
      options: { dateForm: "time" as const, newestFirst: true, preamble: true },
    },
  ];
  test.each(layouts.flatMap((layout) => variants.map((variant) => [layout, variant.name, variant.options] as const)))(
    "%s, %s: every line, direction and amount, and the closing balance",
    (layout, _name, extra) => {
      const options = { layout, opening: OPENING, ...extra };
      const read = statement(statementGrid(MONTH, options));
      const lines = [...read.lines].sort((a, b) => a.row - b.row);
      const expected = MONTH.map(
        (txn, index) => [statementRow(index, MONTH.length, options), txn.date, txn.flow, txn.amount] as const,
      ).sort((a, b) => a[0] - b[0]);
      expect(lines.map(brief)).toEqual(expected);
      expect(read.closingBalance).toBe(CLOSING);
      expect(read.findings).toEqual([]);
      const cheque = read.lines.find((line) => line.amount === 123_456)!;
      expect(cheque.number).toBe("10203040");
      expect(cheque.counterparty).toBe("南方材料厂");
    },
  );

  test("several lines on the newest day, newest first: the closing balance is the first line's, not the last's", () => {
    const sameDay: Txn[] = [
      { date: "2026-03-31", flow: "in", amount: 100, summary: "a" },
      { date: "2026-03-31", flow: "out", amount: 30, summary: "b" },
    ];
    const read = statement(statementGrid(sameDay, { layout: "debit-credit", opening: 1_000, newestFirst: true }));
    expect(read.closingBalance).toBe(1_070);
  });

  test("a .xlsx export with a preamble, dates and amounts stored as numbers, reads the same", async () => {
    const grid = statementGrid(MONTH, { layout: "debit-credit", opening: OPENING, preamble: true, totals: true });
    const numeric = grid.values.map((row, r) =>
      r < 6
        ? row
        : row.map((cell, c) =>
            c === 0 && typeof cell === "string" && /^\d{4}-/.test(cell)
              ? Number(cell.replace(/-/g, ""))
              : c >= 2 && c <= 4 && typeof cell === "string" && /^[\d,.-]+$/.test(cell) && cell !== ""
                ? Number(cell.replace(/,/g, ""))
                : cell,
          ),
    );
    const file = await writeWorkbook([{ ...emptyPlan("对账单"), blocks: [{ at: "A1", rows: numeric }] }]);
    const grids = await readWorkbookGrids(file);
    if (!grids.ok) throw new Error(grids.problem.id);
    const read = statement(grids.value[0]!);
    expect(read.lines.map((line) => [line.flow, line.amount])).toEqual(MONTH.map((txn) => [txn.flow, txn.amount]));
    expect(read.closingBalance).toBe(CLOSING);
  });

  test("an unreadable amount or flag is a finding on its cell, and the line is left out", () => {
    const grid = statementGrid(MONTH.slice(0, 2), { layout: "flag", opening: 0 });
    grid.values[1]![2] = "12,34.5";
    grid.values[2]![3] = "转";
    const read = statement(grid);
    expect(read.lines).toEqual([]);
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["money-misplaced-separator", "C2"],
      ["reconcile-direction-unreadable", "D3"],
    ]);
  });

  test("a grid with no statement header is a failure naming the sheet", () => {
    expect(readStatement({ sheet: "备注", top: 0, left: 0, values: [["随便写的"], ["文字"]] })).toEqual({
      ok: false,
      problem: { id: "reconcile-statement-no-header", params: { sheet: "备注" } },
    });
  });
});

describe("flags and times", () => {
  test.each([
    ["借", "out"],
    ["借 Dr", "out"],
    ["DR", "out"],
    ["D", "out"],
    ["支出", "out"],
    ["往账", "out"],
    ["贷", "in"],
    ["贷(Cr)", "in"],
    ["C", "in"],
    ["收", "in"],
    ["来账", "in"],
  ])("%s is %s", (flag, flow) => {
    expect(flowOfFlag(flag)).toBe(flow);
  });

  test.each(["", "转", "x"])("%p is no direction", (flag) => {
    expect(flowOfFlag(flag)).toBeNull();
  });

  test.each([
    ["14:06:51", 50_811],
    ["140651", 50_811],
    ["2025/12/03  14:06:51", 50_811],
    ["2025-12-03", -1],
    ["20251203", -1],
    ["9:05", 32_700],
  ])("time of %p is %p", (text, seconds) => {
    expect(secondsOfDay(text, true)).toBe(seconds);
  });
});

describe("the book", () => {
  test("a plain journal table: entries with 票据号 and 对方单位, the closing balance after the latest entry", () => {
    const read = readBook(bookGrid(MONTH, OPENING));
    if (!read.ok) throw new Error(read.problem.id);
    expect(
      read.value.entries.map((entry) => [entry.row, entry.flow, entry.amount, entry.number, entry.counterparty]),
    ).toEqual(
      MONTH.map((txn, index) => [bookRow(index), txn.flow, txn.amount, txn.number ?? "", txn.counterparty ?? ""]),
    );
    expect(read.value.closingBalance).toBe(CLOSING);
  });

  test("balances with no value (formulas never computed) are summed from the opening balance", () => {
    const grid = bookGrid(MONTH, OPENING);
    for (const row of grid.values.slice(2)) row[8] = "";
    const read = readBook(grid);
    if (!read.ok) throw new Error(read.problem.id);
    expect(read.value.closingBalance).toBe(CLOSING);
  });
});

describe("last month's 未达账项", () => {
  test("a flat table with a 类别 column", () => {
    const read = readCarried(
      carryGrid([
        { list: "企业已付银行未付", date: "2026-02-26", amount: 500_000, number: "10203039", summary: "付设备款" },
        { list: "银行已收、企业未收", date: "2026-02-28", amount: 88, summary: "利息" },
      ]),
    );
    expect(read?.findings).toEqual([]);
    expect(read?.items.bookPaidNotBank.map((i) => [i.row, i.flow, i.amount, i.number, i.carried])).toEqual([
      [2, "out", 500_000, "10203039", true],
    ]);
    expect(read?.items.bankReceivedNotBooked.map((i) => [i.row, i.flow, i.amount])).toEqual([[3, "in", 88]]);
  });

  test("an unknown category is a finding on its cell", () => {
    const read = readCarried(carryGrid([{ list: "其他", date: "2026-02-26", amount: 5 }]));
    expect(read?.findings.map((f) => [f.rule, f.cell])).toEqual([["reconcile-carry-list-unknown", "A2"]]);
  });

  test("a grid that holds no list is none", () => {
    expect(readCarried(bookGrid(MONTH, 0))).toBeNull();
  });
  test("the month a 调节表 or 未达账项 sheet is of: its 截止日期, else a date in its name, else none", () => {
    const grid = (sheet: string, values: Grid["values"] = [["类别", "日期", "金额"]]): Grid => ({
      sheet,
      top: 0,
      left: 0,
      values,
    });
    const dated = [["银行存款余额调节表"], ["开户银行：工行", "账户：1234", "截止日期：", 46081]];
    expect(carriedMonth(grid("调节表", dated))).toEqual({ year: 2026, month: 2 }); // 46081 is 2026-02-28
    expect(carriedMonth(grid("三月", [["截止日期：2026-03-31"]]))).toEqual({ year: 2026, month: 3 });
    // The 截止日期 goes before the name, which may be a copy's.
    expect(carriedMonth(grid("银行存款余额调节表 2026-01-31", dated))).toEqual({ year: 2026, month: 2 });
    expect(carriedMonth(grid("银行存款余额调节表 2026-01-31"))).toEqual({ year: 2026, month: 1 });
    expect(carriedMonth(grid("2025年12月未达账项"))).toEqual({ year: 2025, month: 12 });
    expect(carriedMonth(grid("未达账项 2026.2"))).toEqual({ year: 2026, month: 2 });
    expect(carriedMonth(grid("未达账项"))).toBeNull();
    expect(carriedMonth(grid("2026-13 未达账项"))).toBeNull();
  });

  test("a sheet that says it holds 未达账项, by its top rows or its name, has its month; other sheets have none", () => {
    const sheet = (name: string, values: Grid["values"]): Grid => ({ sheet: name, top: 0, left: 0, values });
    const table = [["银行存款余额调节表"], ["开户银行：工行", "账户：1234", "截止日期：", 46081]];
    expect(carriedSheetMonth(sheet("二月", table))).toEqual({ year: 2026, month: 2 });
    // A flat table of 未达账项, its month in its name; or its title saying so, whatever its header.
    expect(carriedSheetMonth(sheet("2026年2月", [["类别", "日期", "金额"]]))).toEqual({ year: 2026, month: 2 });
    expect(carriedSheetMonth(sheet("2026-02", [["二月份未达账项清单"], ["日期", "摘要", "金额"]]))).toEqual({
      year: 2026,
      month: 2,
    });
    expect(carriedSheetMonth(sheet("2026年2月未达账项", []))).toEqual({ year: 2026, month: 2 });
    // Last month's journal and statement bear the month in their names, but are no 调节表.
    expect(carriedSheetMonth(bookGrid(MONTH, 0, "银行存款日记账 2026-02"))).toBeNull();
    const february = statementGrid(MONTH, { layout: "signed", opening: 0, sheet: "2026-02 对账单" });
    expect(carriedSheetMonth(february)).toBeNull();
    // A 调节表 of no month it says.
    expect(carriedSheetMonth(sheet("调节表", [["银行存款余额调节表"]]))).toBeNull();
    // Only the top rows count, so that a shell can read only those: a title further down is not read.
    const deep = [...Array.from({ length: CARRIED_TOP_ROWS }, () => [""]), ["银行存款余额调节表"]];
    expect(carriedSheetMonth(sheet("2026-02", deep))).toBeNull();
    expect(carriedSheetMonth(sheet("2026-02", deep.slice(1)))).toEqual({ year: 2026, month: 2 });
  });
});
