/**
 * The 资金日报表 plan: one section per day with values from the rules and live formulas for 本日余额, the totals and
 * (over a month) each day's 上日余额; a month ends with a table of the closing balances and a chart of them. The
 * formulas are recalculated by LibreOffice and must give the rules' figures in 分.
 */
import fc from "fast-check";
import { dateToSerial } from "../../../src/core/dates";
import { cellAddress, parseRangeAddress, type CellValue, type Grid } from "../../../src/core/grid";
import type { Result } from "../../../src/core/result";
import { reportFunds, type FundsReportSheet, type ReportPeriod } from "../../../src/jobs/funds-report";
import type { AccountJournal } from "../../../src/jobs/journal";

type FundsReportPlan = FundsReportSheet;
const planFundsReport = ({
  journals,
  ...settings
}: {
  unit: string;
  period: ReportPeriod;
  journals: AccountJournal[];
}) => reportFunds(settings, journals);
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { recalculate } from "../../support/recalc";
import { cellsOf } from "../../support/plan-cells";
import { systemProgram } from "../../support/system";
import { accountJournal, day, line } from "../../support/journal";

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.id}`);
  return result.value;
}

const cash = accountJournal(
  "库存现金",
  [
    line("opening", null, { balance: 500000 }),
    line("entry", "2026-01-05", { receipt: 100000 }),
    line("entry", "2026-01-05", { payment: 30050 }),
    line("entry", "2026-01-20", { payment: 1 }),
  ],
  "cash",
);
const bank = accountJournal("=工商银行 1234", [
  line("opening", null, { balance: 10000000 }),
  line("entry", "2026-01-06", { payment: 2500000 }),
]);

describe("one day", () => {
  const { plan } = value(
    planFundsReport({ unit: "某某公司", period: { day: day("2026-01-05") }, journals: [cash, bank] }),
  );
  const cells = cellsOf(plan);
  const row = (r: number) => ["A", "B", "C", "D", "E", "F"].map((column) => cells.get(`${column}${r}`));

  test("a title, the unit and the day", () => {
    expect(plan.name).toBe("资金日报表 2026-01-05");
    expect(cells.get("A1")).toBe("资金日报表");
    expect(cells.get("A2")).toBe("单位：某某公司");
    expect(cells.get("D2")).toBe("日期：2026年1月5日");
  });

  test("a row per account with its figures in 元 and 本日余额 as a formula; text that looks like a formula is the plan's text as it is", () => {
    expect(row(3)).toEqual(["账户", "上日余额", "本日收入", "本日支出", "本日余额", "备注"]);
    expect(row(4)).toEqual([
      "库存现金",
      5000,
      1000,
      300.5,
      { formula: "=ROUND(B4+C4-D4,2)", result: 5699.5 },
      undefined,
    ]);
    expect(row(5)).toEqual([
      "=工商银行 1234",
      100000,
      0,
      0,
      { formula: "=ROUND(B5+C5-D5,2)", result: 100000 },
      undefined,
    ]);
  });

  test("totals by SUM, and a line for 已支付未划账 items", () => {
    expect(row(6)).toEqual([
      "合计",
      { formula: "=ROUND(SUM(B4:B5),2)", result: 105000 },
      { formula: "=ROUND(SUM(C4:C5),2)", result: 1000 },
      { formula: "=ROUND(SUM(D4:D5),2)", result: 300.5 },
      { formula: "=ROUND(SUM(E4:E5),2)", result: 105699.5 },
      undefined,
    ]);
    expect(cells.get("A7")).toBe("已支付未划账：");
    expect(plan.merges).toContain("B7:F7");
  });

  test("no chart, one printed page", () => {
    expect(plan.charts).toBeUndefined();
    expect(plan.print).toEqual({ paper: "A4", orientation: "portrait", fitToWidth: true, pageNumbers: true });
  });
});

describe("each day of a month", () => {
  const { plan, series } = value(
    planFundsReport({ unit: "某某公司", period: { year: 2026, month: 1 }, journals: [cash, bank] }),
  );
  const cells = cellsOf(plan);
  // Each section: date, header, 2 accounts, 合计, 已支付未划账, blank: 7 rows from row 3.
  const sectionTop = (index: number) => 3 + index * 7;

  test("a section per day under its date; each 上日余额 is the day before's 本日余额", () => {
    expect(plan.name).toBe("资金日报表 2026-01");
    expect(cells.get("D2")).toBe("期间：2026年1月");
    expect(cells.get(`A${sectionTop(0)}`)).toBe(dateToSerial(day("2026-01-01")));
    expect(cells.get(`B${sectionTop(0) + 2}`)).toBe(5000);
    expect(cells.get(`A${sectionTop(30)}`)).toBe(dateToSerial(day("2026-01-31")));
    const second = sectionTop(1);
    expect(cells.get(`B${second + 2}`)).toMatchObject({ formula: `=E${sectionTop(0) + 2}` });
    expect(cells.get(`B${second + 3}`)).toMatchObject({ formula: `=E${sectionTop(0) + 3}` });
    expect(cells.get(`C${sectionTop(4) + 2}`)).toBe(1000);
  });

  test("制表 and 审核 sign under the last day, then a table of the closing balances and a line chart of it, each day printed on a page of its own", () => {
    // The last section ends with a blank row; the signatures, a blank row, then the table.
    const signatures = sectionTop(31);
    expect([`A${signatures}`, `C${signatures}`, `E${signatures}`].map((a) => cells.get(a))).toEqual([
      "制表：",
      "审核：",
      "财务负责人：",
    ]);
    const tableTop = signatures + 2;
    expect(cells.get(`A${tableTop}`)).toBe("2026年1月各账户本日余额");
    expect([`A${tableTop + 1}`, `B${tableTop + 1}`, `C${tableTop + 1}`].map((a) => cells.get(a))).toEqual([
      "日期",
      "库存现金",
      "=工商银行 1234",
    ]);
    expect(cells.get(`B${tableTop + 2}`)).toMatchObject({ formula: `=E${sectionTop(0) + 2}` });
    expect(cells.get(`C${tableTop + 32}`)).toMatchObject({ formula: `=E${sectionTop(30) + 3}` });
    expect(plan.charts).toEqual([
      {
        kind: "line",
        title: "2026年1月各账户本日余额",
        data: `A${tableTop + 1}:C${tableTop + 32}`,
        at: `A${tableTop + 34}`,
        // The figures the formulas give, in 元, cached in a file's chart for readers that do not calculate.
        seriesValues: series.accounts.map(({ closing }) => closing.map((fen) => fen / 100)),
      },
    ]);
    expect(plan.charts![0]!.seriesValues![0]!.slice(3, 6)).toEqual([5000, 5699.5, 5699.5]);
    expect(plan.print?.titleRows).toEqual({ first: 1, last: 2 });
    expect(plan.print?.rowBreaks).toEqual([
      ...Array.from({ length: 30 }, (_, i) => sectionTop(i + 1) - 1),
      tableTop - 1,
    ]);
  });

  test("the pane's series: each account's closing balance per day, in 分", () => {
    expect(series.dates).toHaveLength(31);
    expect(series.accounts.map((a) => a.account)).toEqual(["库存现金", "=工商银行 1234"]);
    expect(series.accounts[0]!.closing.slice(3, 6)).toEqual([500000, 569950, 569950]);
    expect(series.accounts[1]!.closing.slice(4, 6)).toEqual([10000000, 7500000]);
  });
});

test("a period that does not exist and a workbook without journals are problems", () => {
  expect(planFundsReport({ unit: "", period: { year: 2026, month: 0 }, journals: [cash] }).ok).toBe(false);
  expect(planFundsReport({ unit: "", period: { year: 2026, month: 1 }, journals: [] })).toMatchObject({
    ok: false,
    problem: { id: "funds-no-accounts" },
  });
});

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

/** Random journals over February 2026: a few entries a day on some days, amounts with 分, some of them blank. */
const journals: fc.Arbitrary<AccountJournal[]> = fc
  .array(
    fc.record({
      opening: fc.integer({ min: 0, max: 10_000_000_00 }),
      entries: fc.array(
        fc.record({
          day: fc.integer({ min: 1, max: 28 }),
          receipt: fc.option(fc.integer({ min: 1, max: 500_000_00 }), { freq: 2 }),
          payment: fc.option(fc.integer({ min: 1, max: 500_000_00 }), { freq: 2 }),
        }),
        { maxLength: 30 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((accounts) =>
    accounts.map(({ opening, entries }, index) =>
      accountJournal(`账户${index + 1}`, [
        line("opening", null, { balance: opening }),
        ...entries.map(({ day: d, receipt, payment }) =>
          line("entry", `2026-02-${String(d).padStart(2, "0")}`, {
            ...(receipt !== null && { receipt }),
            ...(payment !== null && { payment }),
          }),
        ),
      ]),
    ),
  );

/** A computed amount in 分, or the text the cell shows. */
function computedFen(grid: Grid, address: string): number | string | undefined {
  const { row, column } = parseRangeAddress(address)!.start;
  const cell: CellValue | undefined = grid.values[row]?.[column];
  if (typeof cell === "number") return Math.round(cell * 100);
  return cell === null || cell === undefined ? undefined : String(cell);
}

/** Every figure of every section and of the closing table, as LibreOffice computed them and as the rules say. */
function figures(planned: FundsReportPlan, grid: Grid) {
  const { report } = planned;
  const accounts = report.accounts.length;
  const sectionTop = (index: number) => 3 + index * (accounts + 5);
  // Under the last section, the 制表 / 审核 line and a blank row.
  const tableTop = sectionTop(report.days.length) + 2;
  const computed = report.days.map((_, index) => {
    const rowOf = (a: number) => sectionTop(index) + 2 + a;
    const line = (r: number) => ["B", "C", "D", "E"].map((column) => computedFen(grid, `${column}${r}`));
    return {
      accounts: report.accounts.map((__, a) => line(rowOf(a))),
      total: line(rowOf(accounts)),
      table: report.accounts.map((__, a) => computedFen(grid, cellAddress(tableTop + 1 + index, 1 + a))),
    };
  });
  const expected = report.days.map((day) => ({
    accounts: day.accounts.map((a) => [a.opening, a.receipts, a.payments, a.closing]),
    total: [day.total.opening, day.total.receipts, day.total.payments, day.total.closing],
    table: day.accounts.map((a) => a.closing),
  }));
  return { computed, expected };
}

describeWithLibreOffice("the funds report recalculated by LibreOffice", () => {
  test("every 上日余额, 本日余额, total and closing-table cell is the rules' figure", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(journals, { minLength: 3, maxLength: 3 }), async (workbooks) => {
        const planned = workbooks.map((accounts) =>
          value(planFundsReport({ unit: "测试单位", period: { year: 2026, month: 2 }, journals: accounts })),
        );
        const grids = await recalculate(await writeWorkbook(planned.map((p) => p.plan)));
        planned.forEach((report, index) => {
          const { computed, expected } = figures(report, grids[index]!);
          expect(computed).toEqual(expected);
        });
      }),
      // Every run and every shrinking step costs a LibreOffice start, so a failure is reported as found, unshrunk.
      { numRuns: 2, endOnFailure: true },
    );
  }, 600_000);
});
