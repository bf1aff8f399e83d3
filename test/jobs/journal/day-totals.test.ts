/**
 * A 本日合计 adds up its own day's entries only, and a day left without one is one finding at its last row, never a
 * wrong total on the day after: in a journal with a 日期 column, in one with 月 | 日 columns under a title with the
 * year, and in one whose 月 | 日 columns have no year anywhere (its dates cannot be checked, its days still close
 * apart). A day of one entry needs its 本日合计 where the journal closes such a day elsewhere.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { checkJournal } from "../../../src/jobs/journal";

/** A day: its month and day, and its entries in 分 (positive a receipt, negative a payment); `open` leaves it unclosed. */
interface Day {
  month: number;
  day: number;
  amounts: number[];
  open?: boolean;
  /** The month written on its last entry instead, a slip. */
  typedMonth?: number;
}

type Layout = "日期" | "月日" | "月日无年";

/** The journal's grid and the 1-based sheet row of each day's last entry. */
function journal(layout: Layout, days: readonly Day[], opening = 300_000): { grid: Grid; lastRows: number[] } {
  const yuan = (fen: number | null) => (fen === null ? "" : fen / 100);
  const dateCells = (month: number, day: number): CellValue[] =>
    layout === "日期" ? [`2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`] : [month, day];
  const values: CellValue[][] = [
    [layout === "月日无年" ? "现金日记账" : "现金日记账（2026年）"],
    [...(layout === "日期" ? ["日期"] : ["月", "日"]), "凭证号", "摘要", "借方", "贷方", "余额"],
    [...dateCells(days[0]!.month, 1), "", "上年结转", "", "", yuan(opening)],
  ];
  let balance = opening;
  let voucher = 0;
  const lastRows: number[] = [];
  for (const { month, day, amounts, open, typedMonth } of days) {
    let receipts = 0;
    let payments = 0;
    amounts.forEach((amount, index) => {
      balance += amount;
      receipts += Math.max(amount, 0);
      payments += Math.max(-amount, 0);
      const written = index === amounts.length - 1 && typedMonth !== undefined ? typedMonth : month;
      const [receipt, payment] = amount > 0 ? [amount, null] : [null, -amount];
      values.push([
        ...dateCells(written, day),
        `现-${++voucher}`,
        "零星收支",
        yuan(receipt),
        yuan(payment),
        yuan(balance),
      ]);
    });
    lastRows.push(values.length);
    if (!open) values.push([...dateCells(month, day), "", "本日合计", yuan(receipts), yuan(payments), yuan(balance)]);
  }
  return { grid: { sheet: "现金", top: 0, left: 0, values }, lastRows };
}

const where = (grid: Grid) => checkJournal(grid).map(({ rule, cell }) => [rule, cell]);
/** What a journal of the layout is told whatever its figures: that its dates, without a year, go unchecked. */
const always = (layout: Layout) => (layout === "月日无年" ? [["journal-year-unknown", "A2"]] : []);
const summaryColumn = (layout: Layout) => (layout === "日期" ? "C" : "D");
const LAYOUTS: Layout[] = ["日期", "月日", "月日无年"];

describe.each(LAYOUTS.map((layout) => [layout]))("a journal dated by %s", (layout) => {
  test("closed every day: clean", () => {
    const { grid } = journal(layout, [
      { month: 3, day: 2, amounts: [-26_000] },
      { month: 3, day: 9, amounts: [-65_000, 120_000] },
      { month: 3, day: 12, amounts: [-19_900] },
    ]);
    expect(where(grid)).toEqual(always(layout));
  });

  test.each([
    ["of one entry", [-19_900]],
    ["of three entries", [-19_900, 5_000, -1_234]],
  ])(
    "a day %s left without its 本日合计: one finding at its last row, and the next day's total is right",
    (_, amounts) => {
      const { grid, lastRows } = journal(layout, [
        { month: 3, day: 2, amounts: [-26_000] },
        { month: 3, day: 12, amounts, open: true },
        { month: 3, day: 20, amounts: [100_000] },
        { month: 3, day: 23, amounts: [-8_000, -2_000] },
      ]);
      expect(where(grid)).toEqual([
        ...always(layout),
        ["journal-day-total-missing", `${summaryColumn(layout)}${lastRows[1]}`],
      ]);
    },
  );
});

test("a journal closing only its days of several entries is not held to closing a day of one", () => {
  const { grid, lastRows } = journal("日期", [
    { month: 3, day: 2, amounts: [-26_000], open: true },
    { month: 3, day: 9, amounts: [-65_000, 120_000] },
    { month: 3, day: 12, amounts: [-19_900], open: true },
    { month: 3, day: 16, amounts: [4_000, -300, -700], open: true },
    { month: 3, day: 20, amounts: [100_000, -5_000] },
  ]);
  // Its day of several entries left open is still found.
  expect(where(grid)).toEqual([["journal-day-total-missing", `C${lastRows[3]}`]]);
});

test("a day left open, then an entry misdated just above the next day's 本日合计: the date slip and the missing total", () => {
  const { grid, lastRows } = journal("月日", [
    { month: 3, day: 9, amounts: [-16_500] },
    { month: 3, day: 12, amounts: [-19_900], open: true },
    { month: 3, day: 20, amounts: [-8_000], typedMonth: 4 },
    { month: 3, day: 25, amounts: [50_000] },
  ]);
  expect(where(grid)).toEqual([
    ["journal-day-total-missing", `D${lastRows[1]}`],
    ["journal-date-ahead", `A${lastRows[2]}`],
  ]);
});
