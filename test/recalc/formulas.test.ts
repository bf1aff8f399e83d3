/**
 * Recalculation: random cash journals are written with live formulas (a running balance that survives blank rows,
 * totals, SUMIFS per day, lookups of a day's closing balance), computed by LibreOffice headless and read back; every
 * computed value must equal what TypeScript computes in integer 分.
 */
import fc from "fast-check";
import { dateToSerial } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/grid";
import { fenToYuan } from "../../src/core/money";
import { emptyPlan, type PlanCell, type SheetPlan } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { recalculate } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

type JournalRow =
  | { kind: "entry"; serial: number; receipt: number | null; payment: number | null }
  /** A row the cashier left empty between entries. */
  | { kind: "blank" };

interface Journal {
  name: string;
  openingFen: number;
  rows: JournalRow[];
  /** Days asked for in the lookup block; some may have no entries. */
  queries: number[];
}

const FIRST_SERIAL = dateToSerial({ year: 2026, month: 1, day: 1 });
const fen = fc.integer({ min: 1, max: 5_000_000_00 });

const journalArbitrary: fc.Arbitrary<Omit<Journal, "name">> = fc
  .record({
    openingFen: fc.integer({ min: -1_000_000_00, max: 10_000_000_00 }),
    steps: fc.array(
      fc.oneof(
        { weight: 1, arbitrary: fc.constant({ kind: "blank" as const }) },
        {
          weight: 6,
          arbitrary: fc.record({
            kind: fc.constant("entry" as const),
            daysLater: fc.nat({ max: 3 }),
            receipt: fc.option(fen, { freq: 2 }),
            payment: fc.option(fen, { freq: 2 }),
          }),
        },
      ),
      { minLength: 1, maxLength: 60 },
    ),
    queryOffsets: fc.array(fc.nat({ max: 90 }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ openingFen, steps, queryOffsets }) => {
    let serial = FIRST_SERIAL;
    const rows = steps.map((step): JournalRow => {
      if (step.kind === "blank") return step;
      serial += step.daysLater;
      return { kind: "entry", serial, receipt: step.receipt, payment: step.payment };
    });
    return { openingFen, rows, queries: queryOffsets.map((offset) => FIRST_SERIAL + offset) };
  });

/*
 * Columns of the journal: A 日期, B 摘要, C 收入, D 支出, E 余额; row 1 holds headers, row 2 the opening balance, entries
 * start on row 3 and a totals row follows them. The daily summary sits in G:J (日期, 当日收入, 当日支出, 当日余额) and
 * the lookup block in L:N (查询日期, INDEX/MATCH, VLOOKUP).
 */
const FIRST_ENTRY_ROW = 3;

/**
 * The balance of row r. The row above may be a blank row whose balance shows "", so the previous balance is the last
 * number above: LOOKUP of a number larger than any amount finds exactly that, skipping text and "". Adding E(r-1)
 * directly would give #VALUE! after a blank row, and N(E(r-1)) would restart the balance from 0. N() lets an empty
 * receipt or payment count as 0, and a row with neither amount shows "" like the blank rows.
 */
const balanceFormula = (r: number) =>
  `=IF(AND(C${r}="",D${r}=""),"",LOOKUP(9.99E+307,E$2:E${r - 1})+N(C${r})-N(D${r}))`;

function layoutJournal(journal: Journal): SheetPlan {
  const last = FIRST_ENTRY_ROW + journal.rows.length - 1;
  const totalsRow = last + 1;
  const money = (column: string) => `$${column}$${FIRST_ENTRY_ROW}:$${column}$${last}`;
  const days = dailyDays(journal);
  const summaryEnd = 1 + days.length;
  const entryCells = journal.rows.map((row, index): PlanCell[] => {
    const r = FIRST_ENTRY_ROW + index;
    if (row.kind === "blank") return [null, null, null, null, { formula: balanceFormula(r) }];
    const yuan = (amount: number | null) => (amount === null ? null : fenToYuan(amount));
    return [row.serial, "日常收支", yuan(row.receipt), yuan(row.payment), { formula: balanceFormula(r) }];
  });
  return {
    ...emptyPlan(journal.name),
    blocks: [
      {
        at: "A1",
        rows: [
          ["日期", "摘要", "收入", "支出", "余额"],
          [FIRST_SERIAL, "上期结转", null, null, fenToYuan(journal.openingFen)],
          ...entryCells,
          [
            null,
            "本期合计",
            { formula: `=SUM(C${FIRST_ENTRY_ROW}:C${last})` },
            { formula: `=SUM(D${FIRST_ENTRY_ROW}:D${last})` },
            { formula: `=E2+C${totalsRow}-D${totalsRow}` },
          ],
        ],
      },
      {
        at: "G1",
        rows: [
          ["日期", "当日收入", "当日支出", "当日余额"],
          ...days.map((day, index): PlanCell[] => {
            const g = `G${2 + index}`;
            return [
              day,
              { formula: `=SUMIFS(${money("C")},${money("A")},${g})` },
              { formula: `=SUMIFS(${money("D")},${money("A")},${g})` },
              {
                formula: `=$E$2+SUMIFS(${money("C")},${money("A")},"<="&${g})-SUMIFS(${money("D")},${money("A")},"<="&${g})`,
              },
            ];
          }),
        ],
      },
      {
        at: "L1",
        rows: [
          ["查询日期", "余额", "余额"],
          ...journal.queries.map((day, index): PlanCell[] => {
            const l = `L${2 + index}`;
            return [
              day,
              { formula: `=INDEX($J$2:$J$${summaryEnd},MATCH(${l},$G$2:$G$${summaryEnd},0))` },
              { formula: `=VLOOKUP(${l},$G$2:$J$${summaryEnd},4,FALSE)` },
            ];
          }),
        ],
      },
    ],
    formats: [
      { range: `A2:A${last}`, style: { numberFormat: "yyyy-mm-dd" } },
      { range: `C2:E${totalsRow}`, style: { numberFormat: "¥#,##0.00" } },
    ],
  };
}

/** Days that have entries, in order: the rows of the daily summary. */
function dailyDays(journal: Journal): number[] {
  const days = journal.rows.flatMap((row) => (row.kind === "entry" ? [row.serial] : []));
  return [...new Set(days)];
}

/** What each computed cell must show, in 分 for amounts: the journal's rules in plain integer arithmetic. */
function expectedFen(journal: Journal) {
  let balance = journal.openingFen;
  let receipts = 0;
  let payments = 0;
  const perDay = new Map<number, { receipts: number; payments: number; closing: number }>();
  const balances = journal.rows.map((row): number | "" => {
    if (row.kind === "blank") return "";
    const day = perDay.get(row.serial) ?? { receipts: 0, payments: 0, closing: balance };
    day.receipts += row.receipt ?? 0;
    day.payments += row.payment ?? 0;
    receipts += row.receipt ?? 0;
    payments += row.payment ?? 0;
    balance += (row.receipt ?? 0) - (row.payment ?? 0);
    day.closing = balance;
    perDay.set(row.serial, day);
    return row.receipt === null && row.payment === null ? "" : balance;
  });
  const daily = dailyDays(journal).map((day) => ({ day, ...perDay.get(day)! }));
  const queries = journal.queries.map((day) => perDay.get(day)?.closing ?? "#N/A");
  return { balances, totals: { receipts, payments, closing: balance }, daily, queries };
}

/** A computed amount in 分, or the text the cell shows ("" or an error) when it is not a number. */
function asFen(value: CellValue | undefined): number | string | undefined {
  if (typeof value === "number") return Math.round(value * 100);
  return value === undefined || value === null ? undefined : String(value);
}

function computedFen(grid: Grid, journal: Journal) {
  const cell = (row: number, column: number) => asFen(grid.values[row - 1]?.[column]);
  const last = FIRST_ENTRY_ROW + journal.rows.length - 1;
  const [E, G, H, I, J, M, N] = [4, 6, 7, 8, 9, 12, 13];
  return {
    balances: journal.rows.map((_, index) => cell(FIRST_ENTRY_ROW + index, E)),
    totals: { receipts: cell(last + 1, 2), payments: cell(last + 1, 3), closing: cell(last + 1, E) },
    daily: dailyDays(journal).map((_, index) => ({
      day: grid.values[1 + index]?.[G],
      receipts: cell(2 + index, H),
      payments: cell(2 + index, I),
      closing: cell(2 + index, J),
    })),
    queries: journal.queries.map((_, index) => {
      const byIndexMatch = cell(2 + index, M);
      // INDEX/MATCH and VLOOKUP must agree; one comparison then covers both.
      return byIndexMatch === cell(2 + index, N)
        ? byIndexMatch
        : { indexMatch: byIndexMatch, vlookup: cell(2 + index, N) };
    }),
  };
}

describeWithLibreOffice("formulas recalculated by LibreOffice", () => {
  test("running balance over blank rows, totals, SUMIFS per day and lookups give the integer-分 results", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(journalArbitrary, { minLength: 3, maxLength: 3 }), async (journals) => {
        const named = journals.map((journal, index) => ({ ...journal, name: `日记账${index + 1}` }));
        const grids = await recalculate(await writeWorkbook(named.map(layoutJournal)));
        named.forEach((journal, index) => {
          expect(grids[index]!.sheet).toBe(journal.name);
          expect(computedFen(grids[index]!, journal)).toEqual(expectedFen(journal));
        });
      }),
      // Every run and every shrinking step costs a LibreOffice start, so a failure is reported as found, unshrunk.
      { numRuns: 4, endOnFailure: true },
    );
  }, 600_000);

  test("a table's totals row sums its last column through a structured reference", async () => {
    const plan: SheetPlan = {
      ...emptyPlan("表格"),
      blocks: [
        {
          at: "B2",
          rows: [
            ["科目", "金额"],
            ["现金", 12.34],
            ["银行", 0.66],
            ["备用金", { formula: "=C3*100" }],
          ],
        },
      ],
      tables: [{ name: "Amounts", range: "B2:C5", showTotals: true }],
    };
    const [grid] = await recalculate(await writeWorkbook([plan]));
    expect(grid!.values[5]).toEqual(["", "", 1247]);
  }, 180_000);
});
