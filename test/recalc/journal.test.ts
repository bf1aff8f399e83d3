/**
 * Recalculation of generated journals by LibreOffice: a full year of random entries (several a day, some days none,
 * some rows without amounts) in a cash and a bank journal, with rows inserted afterwards the way a cashier inserts
 * them (values typed, no formula copied), and an empty month the cashier has partly filled in, 本日合计 typed by hand
 * included. Every running balance, 本日合计, 本月合计, 本年累计 and 过次页 / 承前页 carry LibreOffice computes must equal
 * the rules' figures in integer 分: balances from core/balance, totals summed in 分 over the entries they close.
 */
import fc from "fast-check";
import { runningBalances } from "../../src/core/balance";
import { dateToSerial } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/grid";
import { fenToYuan, sumFen } from "../../src/core/money";
import { isFormula, type PlanCell, type SheetPlan } from "../../src/core/plan";
import { ok } from "../../src/core/result";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { layoutJournal, type JournalEntry, type JournalKind, type JournalSettings } from "../../src/jobs/journal";
import { journalEntry, journalSettings } from "../support/journal";
import { recalculate, resultsUnlikeLibreOffice } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

const YEAR = 2026;
const HEADER_ROWS = 3;
/** Column indexes of the journal's cells the test reads: 年, 月, 日, 凭证字号 and 摘要, then the amounts by kind. */
const [YEAR_COLUMN, MONTH_COLUMN, DAY_COLUMN, VOUCHER_COLUMN, SUMMARY_COLUMN] = [0, 1, 2, 3, 4];
const AMOUNT_COLUMNS: Record<JournalKind, { receipt: number; payment: number; balance: number }> = {
  cash: { receipt: 6, payment: 7, balance: 8 },
  bank: { receipt: 8, payment: 9, balance: 10 },
};

/** xorshift32: a year of entries from one seed, so that a failure is reported as a seed, not as a year of entries. */
function random(seed: number): () => number {
  let state = seed | 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SUMMARIES = ["提取现金", "报销差旅费", "收到货款", "=SUM(A1:A9)", "-冲销", "支付房租"];

/**
 * Every day of the year with 0–4 entries, about a third of the days with none. Most entries have one amount, some
 * both, and some none: a row without amounts is a blank row, whose balance shows "" and which changes nothing.
 */
function yearEntries(seed: number): JournalEntry[] {
  const next = random(seed);
  const pick = (count: number) => Math.floor(next() * count);
  const amount = () => 1 + pick(20_000_000);
  const first = dateToSerial({ year: YEAR, month: 1, day: 1 });
  const entries: JournalEntry[] = [];
  for (let offset = 0; offset < 365; offset++) {
    const day = new Date(Date.UTC(1899, 11, 30) + (first + offset) * 86_400_000);
    const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    const count = next() < 1 / 3 ? 0 : 1 + pick(4);
    for (let n = 0; n < count; n++) {
      const shape = pick(10);
      entries.push(
        journalEntry({
          date,
          voucher: `记-${pick(1000)}`,
          summary: SUMMARIES[pick(SUMMARIES.length)]!,
          receipt: shape < 4 || shape === 8 ? amount() : 0,
          payment: shape >= 4 && shape <= 8 ? amount() : 0,
        }),
      );
    }
  }
  return entries;
}

const settings = (kind: JournalKind, rowsPerPage: number, opening: number, month?: number): JournalSettings =>
  journalSettings({ kind, rowsPerPage, opening, ...(month !== undefined && { month }) });

/**
 * Inserts a row before 1-based row `at` as Excel does: every reference to row `at` or below moves down one row (so
 * a range that spans the insertion grows, and one that ends just above it does not). The new row holds values only,
 * as when a cashier inserts a row and types an entry without copying any formula into it.
 */
function insertRow(plan: SheetPlan, at: number, values: PlanCell[]): void {
  const shift = (formula: string) =>
    formula.replace(/(\$?[A-Z]{1,3}\$?)(\d+)/g, (whole, column: string, row: string) =>
      Number(row) >= at ? `${column}${Number(row) + 1}` : whole,
    );
  const journal = plan.blocks[0]!;
  journal.rows = journal.rows.map((row) =>
    row.map((cell) => (cell !== null && isFormula(cell) ? { formula: shift(cell.formula) } : cell)),
  );
  journal.rows.splice(at - 1, 0, values);
}

/**
 * Inserts entries (vouchers 插-1, 插-2…) above the first entry, above the first 本日合计, right after the first 承前页
 * and above the rows that `offsets` pick, where the day they belong to is clear; each takes that day's date.
 */
function insertEntries(plan: SheetPlan, kind: JournalKind, offsets: readonly number[]): void {
  const rows = () => plan.blocks[0]!.rows;
  const columns = AMOUNT_COLUMNS[kind];
  const rowOf = (summary: string) => rows().findIndex((row) => row[SUMMARY_COLUMN] === summary) + 1;
  const picked = offsets.map((offset) => HEADER_ROWS + 2 + (offset % (rows().length - HEADER_ROWS - 1)));
  const targets = [...new Set([HEADER_ROWS + 2, rowOf("本日合计"), rowOf("承前页") + 1, ...picked])]
    .filter((row) => {
      const summary = String(rows()[row - 1]?.[SUMMARY_COLUMN]);
      return row > HEADER_ROWS + 1 && (summary === "本日合计" || !(isOpening(summary) || isClosing(summary)));
    })
    // Bottom up, so that the rows still to insert above have not moved.
    .sort((a, b) => b - a);
  targets.forEach((row, index) => {
    const dated = rows()[row - 1]!;
    const values: PlanCell[] = dated.map(() => null);
    values.splice(0, 5, dated[YEAR_COLUMN]!, dated[MONTH_COLUMN]!, dated[DAY_COLUMN]!, `插-${index + 1}`, "插入的一笔");
    values[columns.receipt] = fenToYuan(1234 * (index + 1));
    values[columns.payment] = fenToYuan(56);
    insertRow(plan, row, values);
  });
}

interface BodyRow {
  row: number;
  summary: string;
  date: string;
  voucher: string;
  receipt: number | null;
  payment: number | null;
  balance: number | string | null;
}

/** A recalculated cell in 分; text ("" or an error) as it is. */
function asFen(value: CellValue | undefined): number | string | null {
  if (typeof value === "number") return Math.round(value * 100);
  return value === undefined || value === null || value === "" ? null : String(value);
}

function bodyRows(grid: Grid, kind: JournalKind, rowCount: number): BodyRow[] {
  const columns = AMOUNT_COLUMNS[kind];
  return grid.values.slice(HEADER_ROWS, rowCount).map((cells, index) => {
    const amount = (column: number) => {
      const value = asFen(cells[column]);
      if (typeof value === "string") throw new Error(`row ${index + HEADER_ROWS + 1}: ${value}`);
      return value;
    };
    return {
      row: index + HEADER_ROWS + 1,
      summary: String(cells[SUMMARY_COLUMN] ?? ""),
      date: [YEAR_COLUMN, MONTH_COLUMN, DAY_COLUMN].map((column) => cells[column]).join("-"),
      voucher: String(cells[VOUCHER_COLUMN] ?? ""),
      receipt: amount(columns.receipt),
      payment: amount(columns.payment),
      balance: asFen(cells[columns.balance]),
    };
  });
}

type Figures = { receipt: number; payment: number; balance: number };

/**
 * What every computed row must show, by the rules: an entry's balance is the running balance; 本日合计 sums the
 * entries since the last 本日合计 (or since the month began); 本月合计 and 过次页 the month's entries so far; 本年累计
 * the year's; 承前页 repeats the 过次页 above it; every closing row shows the balance.
 */
function expectedRows(rows: readonly BodyRow[], opening: number) {
  const entries = rows.filter((row) => isEntry(row.summary));
  const balances = runningBalances(
    opening,
    entries.map((row) => ok({ receipt: row.receipt ?? 0, payment: row.payment ?? 0 })),
  );
  const balanceOf = new Map(entries.map((row, index) => [row.row, balances[index]!]));
  let balance = opening;
  let day: BodyRow[] = [];
  let month: BodyRow[] = [];
  let year: BodyRow[] = [];
  let carried: Figures = { receipt: 0, payment: 0, balance: opening };
  const totals = (over: readonly BodyRow[]): Figures => ({
    receipt: sumFen(over.map((row) => row.receipt ?? 0)),
    payment: sumFen(over.map((row) => row.payment ?? 0)),
    balance,
  });
  return rows.map((row) => {
    switch (row.summary) {
      case "上年结转":
      case "期初余额":
        return { row: row.row, balance: opening };
      case "本日合计": {
        const figures = totals(day);
        day = [];
        return { row: row.row, ...figures };
      }
      case "本月合计": {
        const figures = totals(month);
        day = [];
        month = [];
        return { row: row.row, ...figures };
      }
      case "本年累计":
        return { row: row.row, ...totals(year) };
      case "过次页":
        return { row: row.row, ...(carried = totals(month)) };
      case "承前页":
        return { row: row.row, ...carried };
      default: {
        const computed = balanceOf.get(row.row)!;
        if (!computed.ok) throw new Error(computed.problem.id);
        balance = computed.value;
        day.push(row);
        month.push(row);
        year.push(row);
        // A row without amounts shows no balance; an inserted row has no formula at all.
        const blank = (row.receipt === null && row.payment === null) || row.voucher.startsWith("插-");
        return { row: row.row, balance: blank ? null : balance };
      }
    }
  });
}

const isClosing = (summary: string) => ["本日合计", "本月合计", "本年累计", "过次页", "承前页"].includes(summary);
const isOpening = (summary: string) => summary === "上年结转" || summary === "期初余额";
const isEntry = (summary: string) => !isClosing(summary) && !isOpening(summary);

function computedRows(rows: readonly BodyRow[]) {
  return rows.map(({ row, summary, receipt, payment, balance }) =>
    isClosing(summary) ? { row, receipt: receipt ?? 0, payment: payment ?? 0, balance } : { row, balance },
  );
}

/** Each day's entries sit together above one 本日合计 of that date, and the days come in order. */
function expectDaysClosedInOrder(rows: readonly BodyRow[]): void {
  const closed: string[] = [];
  let open: string[] = [];
  for (const row of rows) {
    if (row.summary === "本日合计") {
      expect(new Set([...open, row.date])).toEqual(new Set([row.date]));
      closed.push(row.date);
      open = [];
    } else if (isEntry(row.summary)) {
      open.push(row.date);
    }
  }
  expect(open).toEqual([]);
  const serial = (date: string) => {
    const [year, month, day] = date.split("-").map(Number);
    return dateToSerial({ year: year!, month: month!, day: day! });
  };
  expect(closed.map(serial)).toEqual([...new Set(closed.map(serial))].sort((a, b) => a - b));
}

/** The entry rows, inserted ones left out, are the entries posted in date order with the amounts in 分. */
function postedEntries(rows: readonly BodyRow[]) {
  return rows
    .filter((row) => isEntry(row.summary) && !row.voucher.startsWith("插-"))
    .map((row) => [row.date, row.summary, row.receipt ?? 0, row.payment ?? 0]);
}

function inPostingOrder(entries: readonly JournalEntry[]) {
  return [...entries]
    .sort((a, b) => dateToSerial(a.date) - dateToSerial(b.date))
    .map(({ date, summary, receipt, payment }) => [
      `${date.year}-${date.month}-${date.day}`,
      summary,
      receipt,
      payment,
    ]);
}

/**
 * An empty month as the cashier fills it: entries typed into blank rows on both pages, one blank row left between
 * entries, and a 本日合计 row typed by hand with its own figures. Gives the plan and the month's closing balance.
 */
function filledEmptyMonth(opening: number): { plan: SheetPlan; closing: number } {
  const plan = layoutJournal(settings("cash", 8, opening, 3), []);
  const rows = plan.blocks[0]!.rows;
  const blank = rows.flatMap((row, index) => (index >= HEADER_ROWS && row[SUMMARY_COLUMN] === null ? [index] : []));
  const typed: [number, number, number][] = [
    [blank[0]!, 10_050, 0],
    [blank[1]!, 0, 2_025],
    [blank[3]!, 300, 100],
    [blank[5]!, 777, 0],
    [blank[9]!, 0, 5_000],
  ];
  for (const [index, receipt, payment] of typed) {
    const amount = (fen: number) => (fen === 0 ? null : fenToYuan(fen));
    rows[index]!.splice(0, 8, YEAR, 3, 2, "记-1", "现金收支", null, amount(receipt), amount(payment));
  }
  rows[blank[4]!]!.splice(0, 8, null, null, null, null, "本日合计", null, 103.5, 21.25);
  return { plan, closing: opening + sumFen(typed.map(([, receipt, payment]) => receipt - payment)) };
}

describeWithLibreOffice("journals recalculated by LibreOffice", () => {
  test("a year of entries, with rows inserted and left blank: every balance, total and carry is right to the 分", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          cash: fc.integer(),
          bank: fc.integer(),
          rowsPerPage: fc.integer({ min: 5, max: 40 }),
          opening: fc.integer({ min: 0, max: 100_000_000 }),
          insertAt: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        }),
        async ({ cash, bank, rowsPerPage, opening, insertAt }) => {
          const journals = (["cash", "bank"] as const).map((kind) => {
            const entries = yearEntries(kind === "cash" ? cash : bank);
            const plan = layoutJournal(settings(kind, rowsPerPage, opening), entries);
            insertEntries(plan, kind, insertAt);
            return { kind, entries, plan };
          });
          const month = filledEmptyMonth(opening);
          const grids = await recalculate(await writeWorkbook([...journals.map((j) => j.plan), month.plan]));

          journals.forEach(({ kind, entries, plan }, index) => {
            const rows = bodyRows(grids[index]!, kind, plan.blocks[0]!.rows.length);
            expect(rows.filter((row) => row.summary === "本月合计")).toHaveLength(12);
            expect(postedEntries(rows)).toEqual(inPostingOrder(entries));
            expectDaysClosedInOrder(rows);
            expect(computedRows(rows)).toEqual(expectedRows(rows, opening));
          });

          const monthRows = bodyRows(grids[2]!, "cash", month.plan.blocks[0]!.rows.length);
          expect(computedRows(monthRows)).toEqual(expectedRows(monthRows, opening));
          expect(monthRows.find((row) => row.summary === "本月合计")?.balance).toBe(month.closing);
        },
      ),
      // Every run costs a LibreOffice start, so a failure is reported as found, unshrunk (with its seed).
      { numRuns: 1, endOnFailure: true },
    );
  }, 600_000);

  test("the results a generated journal saves for its formulas are LibreOffice's, to the 分", async () => {
    const entries = yearEntries(20260312).filter((entry) => entry.receipt !== 0 || entry.payment !== 0);
    const lastQuarter = entries.filter((entry) => entry.date.month >= 10);
    const plans = [
      // A year from January: every month closed with 本年累计, pages of 7 rows full of 过次页 / 承前页.
      layoutJournal(settings("cash", 7, 12_345_67), entries),
      // The bank journal on 23-row pages, from an overdraft-free large opening.
      layoutJournal(settings("bank", 23, 987_654_321), entries),
      // A book opened in October bringing in the 本年累计 of January to September, pages of 5.
      layoutJournal(
        journalSettings({ kind: "cash", rowsPerPage: 5, yearToDate: { receipts: 5_000_000_01, payments: 4_321_09 } }),
        lastQuarter,
      ),
      // Months without entries: an empty month of blank rows, and a month with one entry on a short page.
      layoutJournal(settings("cash", 4, 50_00, 2), []),
      layoutJournal(settings("bank", 3, 0, 11), [journalEntry({ date: "2026-11-30", receipt: 1 })]),
      // Between: entries of March and May only, so April is a month of no entries closed all the same.
      layoutJournal(
        settings("cash", 9, 3_00),
        entries.filter((entry) => entry.date.month === 3 || entry.date.month === 5),
      ),
    ];
    const grids = await recalculate(await writeWorkbook(plans));
    plans.forEach((plan, index) => {
      const { compared, unlike } = resultsUnlikeLibreOffice(plan, grids[index]!);
      expect(unlike).toEqual([]);
      // Every formula of the journal carries its result.
      const formulas = plan.blocks[0]!.rows.flat().filter((cell) => cell !== null && isFormula(cell)).length;
      expect(compared).toBe(formulas);
      expect(compared).toBeGreaterThan(10);
    });
  }, 300_000);
});
