/**
 * The 现金盘点表 plan: a row per denomination with a live amount formula, the counted total, the book balance,
 * 账存差额 and the formula that names it 盘盈, 盘亏 or 相符, signature lines, protection and print setup. The
 * formulas' results are proven by LibreOffice in test/recalc/cash-count.test.ts.
 */
import {
  CASH_COUNT_CELLS,
  countCash,
  DENOMINATIONS,
  parseCashCountSettings,
  type CashCount,
  type CashCountSettings,
} from "../../../src/jobs/cash-count";
import { dateToSerial } from "../../../src/core/dates";
import type { RowKind } from "../../../src/jobs/journal/model";
import { accountJournal, line } from "../../support/journal";
import { cellsOf } from "../../support/plan-cells";

const DATE = { year: 2026, month: 1, day: 15 };

const planCashCount = ({ counts, ...settings }: CashCountSettings & { counts?: unknown[] }) =>
  countCash(settings, undefined, counts);

function planned(result: ReturnType<typeof countCash>): CashCount {
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.id}`);
  return result.value;
}

describe("countCash", () => {
  const counts = [3, 1, 0, 0, 0, 0, 2, 3, 0, 1, ""];
  const { plan, difference } = planned(planCashCount({ unit: "某某公司", date: DATE, counts, book: 35000 }));
  const cells = cellsOf(plan);

  test("a sheet named for the day, with the unit and the date", () => {
    expect(plan.name).toBe("现金盘点表 2026-01-15");
    expect(cells.get("A1")).toBe("现金盘点表");
    expect(cells.get("A2")).toBe("单位：某某公司");
    expect(cells.get("C2")).toBe(dateToSerial(DATE));
    // The time is filled in at the count: cash moves during the day.
    expect(cells.get("B3")).toBe("盘点时间：");
    expect(CASH_COUNT_CELLS.time).toBe("C3");
    expect(plan.formats).toContainEqual({
      range: "C3",
      style: { fill: "#FFF8E1", locked: false, numberFormat: "hh:mm", alignment: { horizontal: "left" } },
    });
  });

  test("a row per denomination: its label, the count typed in, and face value × count rounded to 分", () => {
    const rows = DENOMINATIONS.map((_, i) => [`A${5 + i}`, `B${5 + i}`, `C${5 + i}`].map((a) => cells.get(a)));
    expect(rows[0]).toEqual(["100 元", 3, { formula: "=ROUND(B5*100,2)", result: 300 }]);
    expect(rows[6]).toEqual(["5 角", 2, { formula: "=ROUND(B11*0.5,2)", result: 1 }]);
    expect(rows[10]).toEqual(["1 分", 0, { formula: "=ROUND(B15*0.01,2)", result: 0 }]);
    expect(CASH_COUNT_CELLS).toMatchObject({ counts: "B5:B15", amounts: "C5:C15" });
  });

  test("total, book balance ± what is not yet posted = 调整后账存, 账存差额 and 盘盈/盘亏/相符 as formulas", () => {
    expect(CASH_COUNT_CELLS).toMatchObject({
      counted: "C16",
      book: "C17",
      unrecordedReceipts: "C18",
      unrecordedPayments: "C19",
      adjusted: "C20",
      difference: "C21",
      outcome: "C22",
    });
    expect(cells.get("C16")).toEqual({ formula: "=ROUND(SUM(C5:C15),2)", result: 351.32 });
    expect(["A17", "C17"].map((a) => cells.get(a))).toEqual(["日记账余额（账面余额）", 350]);
    expect(["A18", "A19", "A20"].map((a) => cells.get(a))).toEqual([
      "加：已收款未记账",
      "减：已付款未记账",
      "调整后账存",
    ]);
    // Left for the cashier to fill in at the count.
    expect(["C18", "C19"].map((a) => cells.get(a))).toEqual([undefined, undefined]);
    expect(cells.get("C20")).toEqual({ formula: "=ROUND(C17+C18-C19,2)", result: 350 });
    expect(cells.get("C21")).toEqual({ formula: "=ROUND(C16-C20,2)", result: 1.32 });
    expect(cells.get("C22")).toEqual({ formula: '=IF(C21>0,"盘盈",IF(C21<0,"盘亏","相符"))', result: "盘盈" });
    expect(difference).toEqual({ counted: 35132, book: 35000, adjusted: 35000, difference: 132, outcome: "surplus" });
  });

  test("receipts and payments not yet posted, when given, adjust the book balance", () => {
    const settings = parseCashCountSettings({
      date: "2026-01-15",
      book: "350",
      "unrecorded-receipts": "200",
      "unrecorded-payments": "1.32",
    });
    if (!settings.ok) throw new Error(settings.problem.id);
    const counted = planned(countCash(settings.value, undefined, counts));
    expect(["C18", "C19"].map((a) => cellsOf(counted.plan).get(a))).toEqual([200, 1.32]);
    expect(counted.difference).toEqual({
      counted: 35132,
      book: 35000,
      adjusted: 54868,
      difference: -19736,
      outcome: "shortage",
    });
    expect(parseCashCountSettings({ date: "2026-01-15", "unrecorded-payments": "-5" })).toMatchObject({
      ok: false,
      problem: { id: "cash-count-unrecorded-invalid", field: "unrecorded-payments" },
    });
  });

  test("IOUs are said not to count, and 出纳, 监盘人 and 会计主管 sign on lines", () => {
    expect([...cells.values()].some((cell) => typeof cell === "string" && cell.includes("白条"))).toBe(true);
    expect(["A26", "B26", "C26"].map((a) => cells.get(a))).toEqual(["出纳：", "监盘人：", "会计主管："]);
    const signatureFormat = plan.formats.find((format) => format.range === "A26:C26");
    expect(signatureFormat?.style.borders?.bottom).toBeDefined();
  });

  test("the sheet is protected with the counts, book balance and reason left editable; it prints on A4", () => {
    expect(plan.protect).toBeDefined();
    const unlocked = plan.formats.filter((format) => format.style.locked === false).map((format) => format.range);
    expect(unlocked).toEqual([
      CASH_COUNT_CELLS.time,
      CASH_COUNT_CELLS.counts,
      CASH_COUNT_CELLS.book,
      "C18:C19",
      CASH_COUNT_CELLS.reason,
    ]);
    expect(plan.merges).toContain(CASH_COUNT_CELLS.reason);
    expect(plan.print).toMatchObject({ paper: "A4", orientation: "portrait" });
    expect(plan.conditionalFormats[0]?.rule).toEqual({ kind: "expression", formula: "=$C$21<>0" });
  });

  test("without counts, the count cells are left blank and no difference is claimed", () => {
    const blank = planned(planCashCount({ unit: "某某公司", date: DATE, book: 100 }));
    const blankCells = cellsOf(blank.plan);
    expect(DENOMINATIONS.map((_, i) => blankCells.get(`B${5 + i}`))).toEqual(DENOMINATIONS.map(() => undefined));
    expect(blank.difference).toBeNull();
  });

  test("a date that does not exist and counts that are not counts are problems", () => {
    const noDate = parseCashCountSettings({ date: "2026-02-30", book: "0" });
    expect(noDate).toMatchObject({ ok: false, problem: { id: "date-invalid", field: "date" } });
    const badCounts = planCashCount({ unit: "", date: DATE, counts: [1, 2], book: 0 });
    expect(badCounts).toMatchObject({ ok: false, problem: { id: "cash-count-wrong-size" } });
  });
});

describe("countCash from the cash journal", () => {
  const row = (kind: RowKind, dayOfMonth: number | null, receipt: number | null, payment: number | null) =>
    line(kind, dayOfMonth === null ? null : `2026-01-${String(dayOfMonth).padStart(2, "0")}`, {
      receipt,
      payment,
      balance: kind === "opening" ? 100000 : null,
    });

  test("the book figure is the journal's balance at the end of the day", () => {
    const rows = [row("opening", 1, null, null), row("entry", 10, 5000, null), row("entry", 15, null, 2000)];
    const later = row("entry", 16, 99900, null);
    const result = countCash(
      { unit: "某某公司", date: DATE },
      [accountJournal("库存现金", [...rows, later], "cash")],
      [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(cellsOf(result.value.plan).get(CASH_COUNT_CELLS.book)).toBe(1030);
    expect(result.value.difference).toMatchObject({ book: 103000, difference: -3000, outcome: "shortage" });
    expect(result.value.findings).toEqual([]);
  });
});
