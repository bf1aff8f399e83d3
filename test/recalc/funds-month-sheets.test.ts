/**
 * Recalculation of a month's 资金日报表 made from journals kept one sheet a month (a cash journal and two bank
 * accounts): written with the file host and computed by LibreOffice headless, every day's 上日余额 (the day before's
 * 本日余额 by formula, the month's first day that month's 上月结转), 本日余额 and 合计 must be what the joined journal
 * says, to the 分, worked out from the model the month sheets were made from.
 */
import { dateToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/grid";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { fundsReportFrom, parseFundsReportSettings } from "../../src/jobs/funds-report";
import { dayOf, flatMonths, modelYear, threeColumnMonths } from "../support/month-sheets";
import { recalculate, resultsUnlikeLibreOffice } from "../support/recalc";
import { systemProgram } from "../support/system";

const testWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? test : test.skip;

const fen = (value: CellValue | undefined) => (typeof value === "number" ? Math.round(value * 100) : value);

testWithLibreOffice(
  "a month of month sheets: each day's figures and totals, computed, are the joined journal's",
  async () => {
    const [cash, icbc, ccb] = [modelYear(6, 402_150), modelYear(11, 250_300_099), modelYear(17, 4_000_000)];
    const models = [cash, icbc, ccb];
    const grids = [
      ...threeColumnMonths(cash, { name: (month) => `现金${month}月` }),
      ...flatMonths(icbc, {
        title: "银行存款日记账",
        name: (month) => `工行 2026-${String(month).padStart(2, "0")}`,
        accountLines: [["账户：工商银行 1202021009100123456"]],
        bank: true,
      }),
      ...flatMonths(ccb, {
        title: "银行存款日记账",
        name: (month) => `建行${month}月`,
        accountLines: [["开户行：建设银行", "", "账号：6217 0000 1000 1234"]],
        bank: true,
      }),
    ];
    const settings = parseFundsReportSettings({ unit: "某某商贸有限公司", month: "2026-06" });
    if (!settings.ok) throw new Error(settings.problem.id);
    const report = fundsReportFrom(settings.value, grids);
    if (!report.ok) throw new Error(report.problem.id);
    expect(report.findings).toEqual([]);
    const [sheet] = await recalculate(await writeWorkbook([report.value.plan]));
    // The results the report saves for its formulas are LibreOffice's, every one of them.
    const saved = resultsUnlikeLibreOffice(report.value.plan, sheet!);
    expect(saved.unlike).toEqual([]);
    expect(saved.compared).toBeGreaterThan(30 * 4);
    const rows = sheet!.values;
    let days = 0;
    rows.forEach((row, r) => {
      if (row[1] !== "上日余额") return;
      const day = { year: 2026, month: 6, day: ++days };
      expect(rows[r - 1]![0]).toBe(dateToSerial(day));
      const expected = models.map((model) => dayOf(model, day));
      const computed = (at: number) => rows[at]!.slice(1, 5).map(fen);
      models.forEach((_, a) => {
        const { opening, receipts, payments, closing } = expected[a]!;
        expect([day.day, computed(r + 1 + a)]).toEqual([day.day, [opening, receipts, payments, closing]]);
      });
      const sum = (field: keyof (typeof expected)[number]) => expected.reduce((total, e) => total + e[field], 0);
      expect(rows[r + 1 + models.length]![0]).toBe("合计");
      expect(computed(r + 1 + models.length)).toEqual([
        sum("opening"),
        sum("receipts"),
        sum("payments"),
        sum("closing"),
      ]);
    });
    expect(days).toBe(30);
  },
);
