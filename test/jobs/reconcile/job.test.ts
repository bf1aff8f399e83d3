/**
 * The reconciliation's pipeline on the books cashiers actually keep: the cash journal is no book to reconcile; a
 * journal whose 余额 is miscalculated says at which cell; an export dated only by 交易时间; the 调节表's date and
 * heading from a closed month and the journal's title lines; and last month's 调节表 named alike from whole sheets
 * (the command line) and from their tops (the pane).
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { formatIsoDate } from "../../../src/core/dates";
import {
  CARRIED_TOP_COLUMNS,
  CARRIED_TOP_ROWS,
  carriedSheets,
  parseReconcileSettings,
  readSides,
  readStatement,
  reconcileSources,
  type ReconcileSettings,
} from "../../../src/jobs/reconcile";
import { planValues } from "../../support/grids";
import { bookGrid, reconciliationPlan, statementGrid, type Txn } from "../../support/reconcile";

const settings = (fields: Record<string, string> = {}): ReconcileSettings => {
  const parsed = parseReconcileSettings(fields);
  if (!parsed.ok) throw new Error(parsed.problem.id);
  return parsed.value;
};

/** April at 建设银行: a receipt, two payments, the last on the 28th. */
const APRIL: Txn[] = [
  { date: "2026-04-08", flow: "out", amount: 200_000, summary: "付A公司款" },
  { date: "2026-04-15", flow: "in", amount: 1_000_000, summary: "收C公司款", counterparty: "C公司" },
  { date: "2026-04-28", flow: "out", amount: 123_456, summary: "电费" },
];
const OPENING = 5_000_000;

const withDates = (txns: readonly Txn[], month: string): Txn[] =>
  txns.map((txn) => ({ ...txn, date: txn.date.replace("2026-04", month) }));

/** A journal with title lines above its header, as cashiers keep one. */
function titled(grid: Grid, ...title: CellValue[][]): Grid {
  const width = grid.values[0]!.length;
  const pad = (row: CellValue[]) => [...row, ...new Array<CellValue>(width - row.length).fill("")];
  return { ...grid, values: [...title.map(pad), ...grid.values] };
}

const statement = (txns: readonly Txn[] = APRIL, preamble = false) =>
  statementGrid(txns, { layout: "debit-credit", opening: OPENING, preamble });

describe("the book is the bank journal", () => {
  const cash = titled(bookGrid(APRIL, OPENING, "2026年4月"), ["现金日记账（2026年4月）"]);
  // A cash journal without 结算方式 / 票据号, as cashiers keep it.
  for (const row of cash.values) row.splice(3, 2);
  const bank = titled(bookGrid(APRIL, OPENING, "银行日记账"), ["银行存款日记账（建设银行）"]);

  test("a cash journal named by its title is refused on the book, naming its sheet, named or alone", () => {
    const refused = { id: "reconcile-book-is-cash", params: { sheet: "2026年4月" }, field: "book" };
    expect(reconcileSources(settings(), { book: [cash], statement: [statement()] })).toMatchObject({
      ok: false,
      problem: refused,
    });
    expect(
      reconcileSources(settings({ "book-sheet": "2026年4月" }), { book: [cash, bank], statement: [statement()] }),
    ).toMatchObject({ ok: false, problem: refused });
  });

  test("unnamed in a workbook of both, the bank journal is taken, wherever it is", () => {
    const made = reconcileSources(settings(), { book: [cash, bank], statement: [statement()] });
    expect(made).toMatchObject({
      ok: true,
      value: { book: { sheet: "银行日记账" }, reconciliation: { difference: 0 } },
    });
  });

  test("a plain table that names no kind (no title, sheet Sheet1) is still a book", () => {
    const plain = { ...bookGrid(APRIL, OPENING, "Sheet1") };
    for (const row of plain.values) row.splice(3, 2);
    expect(reconcileSources(settings(), { book: [plain], statement: [statement()] })).toMatchObject({ ok: true });
  });
});

describe("a journal whose written balance is miscalculated", () => {
  // Two digits of the last 余额 transposed: 56,765.44 written 56,756.44.
  const journal = () => {
    const grid = bookGrid(APRIL, OPENING, "银行日记账");
    const last = grid.values[grid.values.length - 1]!;
    expect(last[8]).toBe(56_765.44);
    last[8] = 56_756.44;
    return grid;
  };

  test("the journal's own balance finding is among the reconcile findings, at its cell; the balance used is the one written", () => {
    const made = reconcileSources(settings(), { book: [journal()], statement: [statement()] });
    if (!made.ok) throw new Error(made.problem.id);
    expect(made.value.book.balance).toBe(5_675_644);
    expect(made.value.reconciliation.difference).toBe(-900);
    expect(made.value.findings).toEqual([
      expect.objectContaining({ rule: "journal-balance-break", sheet: "银行日记账", cell: "I5", severity: "error" }),
    ]);
  });

  test("with the book's balance given, the journal's 余额 cells are not what is reconciled: no finding", () => {
    const made = reconcileSources(settings({ "book-balance": "56765.44" }), {
      book: [journal()],
      statement: [statement()],
    });
    expect(made).toMatchObject({ ok: true, value: { findings: [], reconciliation: { difference: 0 } } });
  });
});

describe("an export dated only by 交易时间", () => {
  test("its date and time are read from the one column; the latest by time gives the closing balance", () => {
    const grid: Grid = {
      sheet: "流水",
      top: 0,
      left: 0,
      values: [
        ["交易时间", "摘要", "交易金额", "账户余额", "对方户名"],
        ["2026-04-30 16:00:01", "电费", "-1,234.56", "44,765.44", "供电局"],
        ["2026-04-30 09:12:00", "货款", "6,000.00", "46,000.00", "C公司"],
        ["2026-04-29 18:30:00", "手续费", "-20.00", "40,000.00", ""],
      ],
    };
    const read = readStatement(grid);
    if (!read.ok) throw new Error(read.problem.id);
    expect(read.value.findings).toEqual([]);
    expect(read.value.lines.map((line) => [formatIsoDate(line.date), line.time, line.flow, line.amount])).toEqual([
      ["2026-04-30", 16 * 3600 + 1, "out", 123_456],
      ["2026-04-30", 9 * 3600 + 12 * 60, "in", 600_000],
      ["2026-04-29", 18 * 3600 + 30 * 60, "out", 2_000],
    ]);
    expect(read.value.closingBalance).toBe(4_476_544);
  });
});

describe("the 调节表's date and heading", () => {
  const asOf = (book: Grid, bank: Grid = statement()) => {
    const sides = readSides(settings(), { book: [book], statement: [bank] });
    if (!sides.ok) throw new Error(sides.problem.id);
    return sides.value.asOf && formatIsoDate(sides.value.asOf);
  };
  const closed = (txns: readonly Txn[], total: CellValue[]) => {
    const grid = bookGrid(txns, OPENING, "银行存款日记账-工行");
    grid.values.push(total);
    return grid;
  };

  test("an open month is dated at its latest line", () => {
    expect(asOf(bookGrid(APRIL, OPENING))).toBe("2026-04-28");
  });

  test("a month the journal closes with 本月合计 (dated or not) is dated at its end, February's on the 28th", () => {
    const total = ["", "", "本月合计", "", "", "", 10_000, 3_234.56, 56_765.44];
    expect(asOf(closed(APRIL, total))).toBe("2026-04-30");
    const february = withDates(APRIL, "2026-02");
    expect(asOf(closed(february, ["2026-02-28", ...total.slice(1)]), statement(february))).toBe("2026-02-28");
  });

  test("a statement whose period runs to the month's end dates it there; one that stops short does not", () => {
    const through = (end: string) => {
      const grid = statement(APRIL, true);
      grid.values[3]![0] = `起止日期：2026年4月1日 至 ${end}`;
      return grid;
    };
    expect(asOf(bookGrid(APRIL, OPENING), through("2026年4月30日"))).toBe("2026-04-30");
    expect(asOf(bookGrid(APRIL, OPENING), through("2026年4月28日"))).toBe("2026-04-28");
  });

  test("开户银行 and 账户 from the journal's title lines; else the statement's bank and the sheet name's account", () => {
    const heading = (book: Grid) => {
      const made = reconcileSources(settings(), { book: [book], statement: [statement()] });
      if (!made.ok) throw new Error(made.problem.id);
      const rows = planValues(made.value.plans[0]!);
      return [made.value.heading.bank, made.value.heading.account, rows[1]![0], rows[1]![1]];
    };
    const plain = bookGrid(APRIL, OPENING, "银行存款日记账-工行");
    expect(heading(plain)).toEqual(["", "工行", "开户银行：", "账户：工行"]);
    const withTitle = titled({ ...plain }, ["银行存款日记账"], ["开户银行：工商银行XX支行  账号：1202 0000 1234 5678"]);
    expect(heading(withTitle)).toEqual([
      "工商银行XX支行",
      "1202 0000 1234 5678",
      "开户银行：工商银行XX支行",
      "账户：1202 0000 1234 5678",
    ]);
    expect(heading(bookGrid(APRIL, OPENING, "银行存款日记账（建行）"))[1]).toBe("建行");
  });
});

describe("last month's 调节表 among the book's sheets", () => {
  const march = (asOfDate: string, name?: string) => {
    const plan = reconciliationPlan(asOfDate, { bookPaidNotBank: [{ ...APRIL[0]!, date: "2026-03-27" }] });
    const values = planValues(plan).map((row) =>
      row.map((cell) => (typeof cell === "object" && cell !== null ? cell.formula : cell)),
    );
    return { sheet: name ?? plan.name, top: 0, left: 0, values } as Grid;
  };
  const top = (grid: Grid): Grid => ({
    ...grid,
    values: grid.values.slice(0, CARRIED_TOP_ROWS).map((row) => row.slice(0, CARRIED_TOP_COLUMNS)),
  });

  test("whole sheets and their tops name the same sheets: March's, not February's, not the journal or statement", () => {
    const book = bookGrid(APRIL, OPENING, "银行存款日记账");
    const bank = statement();
    const sides = readSides(settings(), { book: [book], statement: [bank] });
    if (!sides.ok) throw new Error(sides.problem.id);
    // A sheet whose 截止日期 is far to the right says nothing in its top: it is named by neither.
    const far = march("2026-03-31", "未达账项 另表");
    far.values = far.values.map((row) => [...new Array<CellValue>(CARRIED_TOP_COLUMNS).fill(""), ...row]);
    far.values[1]![CARRIED_TOP_COLUMNS + 2] = "截止日期：2026-03-31";
    const sheets = [book, bank, march("2026-02-28"), march("2026-03-31"), march("2026-03-31", "三月调节表"), far];
    const named = ["银行存款余额调节表 2026-03-31", "三月调节表"];
    expect(carriedSheets(sheets, sides.value)).toEqual(named);
    expect(carriedSheets(sheets.map(top), sides.value)).toEqual(named);
  });
});
