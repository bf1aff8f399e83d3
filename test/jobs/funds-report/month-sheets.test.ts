/**
 * The 资金日报表 and the 现金盘点表 of journals kept one sheet a month (issue #12): one line per account, its
 * figures from the sheet of the month that holds the day, agreeing to the 分 with what the joined journal says; the
 * month sheets that disagree said to have errors; and what a report reads, in two layouts and three accounts.
 */
import { parseDateCell, type CalendarDate } from "../../../src/core/dates";
import { parseRangeAddress, type Grid } from "../../../src/core/grid";
import { CASH_COUNT_CELLS, countCashFrom, parseCashCountSettings } from "../../../src/jobs/cash-count";
import { fundsReportFrom, fundsReportSheets, parseFundsReportSettings } from "../../../src/jobs/funds-report";
import { checkJournal, nameWithoutMonth } from "../../../src/jobs/journal";
import { planValues } from "../../support/grids";
import { dayOf, flatMonths, modelYear, threeColumnMonths, type AccountModel } from "../../support/month-sheets";

const dateOf = (text: string): CalendarDate => {
  const date = parseDateCell(text);
  if (!date.ok) throw new Error(text);
  return date.value;
};

function fundsSettings(fields: { date?: string; month?: string }) {
  const settings = parseFundsReportSettings({ unit: "示例商贸有限公司", ...fields });
  if (!settings.ok) throw new Error(JSON.stringify(settings.problem));
  return settings.value;
}

function report(grids: readonly Grid[], fields: { date?: string; month?: string }) {
  const made = fundsReportFrom(fundsSettings(fields), grids);
  if (!made.ok) throw new Error(JSON.stringify(made.problem));
  return { ...made.value.report, warnings: made.findings ?? [] };
}

function count(grids: readonly Grid[], date: string) {
  const settings = parseCashCountSettings({ unit: "示例商贸有限公司", date });
  if (!settings.ok) throw new Error(JSON.stringify(settings.problem));
  const counted = countCashFrom(settings.value, grids);
  if (!counted.ok) throw new Error(JSON.stringify(counted.problem));
  return counted.value;
}

const rules = (findings: readonly { rule: string; sheet: string }[]) =>
  findings.map(({ rule, sheet }) => [rule, sheet]);

/** A cash journal 1月…12月, 三栏式. */
const cash = modelYear(3, 812_345);
const cashYear = threeColumnMonths(cash);

/** A cash journal and two bank accounts, flat, three months each. */
const flatCash = modelYear(5, 356_780, 3);
const icbc = modelYear(8, 128_450_012, 3);
const ccb = modelYear(13, 56_000_000, 3);
const ICBC = "工商银行南京新街口支行 4301012209100088123";
const CCB = "建设银行南京城北支行 32001588536052512345";
const threeAccounts = [
  ...flatMonths(flatCash, { title: "现金日记账", name: (month) => `现金日记账 2026-0${month}` }),
  ...flatMonths(icbc, {
    title: "银行存款日记账",
    name: (month) => `银行存款日记账 2026-0${month}`,
    accountLines: [[`账户：${ICBC}`]],
    bank: true,
  }),
  ...flatMonths(ccb, {
    title: "银行存款日记账",
    name: (month) => `建行${month}月`,
    accountLines: [["开户行：建设银行南京城北支行", "", "账号：32001588536052512345"]],
    bank: true,
  }),
];

describe("the workbooks the tests use are clean journals", () => {
  test.each([
    ["三栏式 1月…12月", cashYear],
    ["cash and two banks, flat", threeAccounts],
  ])("%s: every month checks clean, its opening held to the month before", (_, grids) => {
    for (const sheet of grids) expect([sheet.sheet, checkJournal(sheet, {}, grids)]).toEqual([sheet.sheet, []]);
  });
});

describe("a funds report of month sheets has one line per account", () => {
  test.each(["2026-03-15", "2026-05-20", "2026-12-31", "2026-01-01", "2026-07-03"])(
    "三栏式 1月…12月 on %s: one 库存现金 line, the joined journal's figures to the 分",
    (date) => {
      const made = report(cashYear, { date });
      expect(made.accounts).toEqual([{ account: "库存现金", kind: "cash" }]);
      expect(made.days[0]!.accounts).toEqual([dayOf(cash, dateOf(date))]);
      expect(made.days[0]!.total).toEqual(dayOf(cash, dateOf(date)));
      expect(made.warnings).toEqual([]);
    },
  );

  test("a cash journal and two bank accounts, three months each: three lines, the total their sum", () => {
    const made = report(threeAccounts, { date: "2026-03-15" });
    // Each month sheet its own line, it was nine lines and a total of every month's balance.
    expect(made.accounts).toEqual([
      { account: "库存现金", kind: "cash" },
      { account: ICBC, kind: "bank" },
      { account: CCB, kind: "bank" },
    ]);
    const expected = [flatCash, icbc, ccb].map((model) => dayOf(model, dateOf("2026-03-15")));
    expect(made.days[0]!.accounts).toEqual(expected);
    expect(made.days[0]!.total.closing).toBe(expected.reduce((total, day) => total + day.closing, 0));
    expect(made.warnings).toEqual([]);
  });

  test("a month's report: every day of it from that month's sheet, the 1st opening with 上月结转", () => {
    const made = report(threeAccounts, { month: "2026-02" });
    expect(made.days).toHaveLength(28);
    for (const day of made.days)
      expect(day.accounts).toEqual([flatCash, icbc, ccb].map((model) => dayOf(model, day.date)));
  });

  test("the sheets in any order in the workbook are joined in date order", () => {
    const shuffled = [...cashYear].reverse();
    for (const date of ["2026-02-10", "2026-11-30"])
      expect(report(shuffled, { date }).days[0]!.accounts).toEqual([dayOf(cash, dateOf(date))]);
  });

  test("a day past the last month sheet carries its closing, and says the journal ends early", () => {
    const made = report(threeAccounts, { date: "2026-05-10" });
    expect(made.days[0]!.accounts.map((day) => day.closing)).toEqual(
      [flatCash, icbc, ccb].map((model) => dayOf(model, dateOf("2026-03-31")).closing),
    );
    expect(rules(made.warnings)).toEqual([
      ["funds-journal-ends-early", "现金日记账 2026-03"],
      ["funds-journal-ends-early", "银行存款日记账 2026-03"],
      ["funds-journal-ends-early", "建行3月"],
    ]);
  });
});

describe("month sheets that disagree are said to have errors, not silently joined", () => {
  /** A month whose balances all stand 100.00 元 higher, from its 上月结转 down, than the month before left them. */
  function carriedWrong(grids: readonly Grid[], sheet: string, column: number): Grid[] {
    return grids.map((grid) => {
      if (grid.sheet !== sheet) return grid;
      const values = grid.values.map((line, row) =>
        row < 3 ? line : line.map((cell, at) => (at === column ? (cell as number) + 100 : cell)),
      );
      return { ...grid, values };
    });
  }

  test.each([
    ["三栏式", () => carriedWrong(cashYear, "3月", 8), "3月", "I4", 0, "2026-03-20", cash],
    ["flat bank", () => carriedWrong(threeAccounts, "建行3月", 7), "建行3月", "H4", 2, "2026-03-20", ccb],
  ])("%s: the report of a day of that month warns of the sheet's error", (_, make, sheet, cell, line, date, model) => {
    const grids = make();
    const made = report(grids, { date });
    // At the error's cell, the 上月结转 the month before does not carry.
    expect(made.warnings.filter((warning) => warning.rule === "journal-has-errors")).toEqual([
      { rule: "journal-has-errors", severity: "warning", sheet, cell, params: { count: 1, first: cell } },
    ]);
    // The month that holds the day gives its figures: its own opening, 100.00 元 more than February closed with.
    const expected = dayOf(model, dateOf(date));
    expect(made.days[0]!.accounts[line]).toEqual({
      ...expected,
      opening: expected.opening + 10_000,
      closing: expected.closing + 10_000,
    });
    // A report of another month, whose sheets agree, has nothing to say.
    expect(report(grids, { date: "2026-01-20" }).warnings).toEqual([]);
  });
});

describe("the cash count takes the balance as of the count date across the months", () => {
  test.each([
    ["三栏式 1月…12月", cashYear, cash, "2026-08-17"],
    ["三栏式, May with no entry", cashYear, cash, "2026-05-31"],
    ["flat, among two bank accounts", threeAccounts, flatCash, "2026-02-27"],
  ])("%s: 账存 is the latest balance on or before the day", (_, grids, model, date) => {
    const counted = count(grids, date);
    expect(counted.plan.blocks.length).toBeGreaterThan(0);
    expect(counted.findings).toEqual([]);
    expect(bookOf(grids, date)).toBe(dayOf(model, dateOf(date)).closing);
  });

  test("a count months after the last month sheet says the journal ends early", () => {
    const counted = count(threeAccounts, "2026-06-30");
    expect(rules(counted.findings)).toEqual([["funds-journal-ends-early", "现金日记账 2026-03"]]);
    expect(bookOf(threeAccounts, "2026-06-30")).toBe(dayOf(flatCash, dateOf("2026-03-31")).closing);
  });

  test("a negative 账存 in a later month is a warning, with that month's sheet", () => {
    const overdrawn: AccountModel = {
      opening: 50_000,
      months: [[[3, "收到备用金", 20_000, 0]], [[5, "支付运费", 0, 90_000]]],
    };
    const grids = threeColumnMonths(overdrawn);
    expect(rules(count(grids, "2026-01-31").findings)).toEqual([]);
    // The journal's own check says so too: cash cannot be negative.
    expect(rules(count(grids, "2026-02-06").findings)).toEqual([
      ["journal-has-errors", "2月"],
      ["cash-count-book-negative", "2月"],
    ]);
  });

  test("the errors of the month the figure comes from are said, those of another cash month not", () => {
    const slipped = cashYear.map((grid) => {
      if (grid.sheet !== "6月") return grid;
      const values = grid.values.map((line) => [...line]);
      values[4]![8] = (values[4]![8] as number) + 1;
      return { ...grid, values };
    });
    expect(rules(count(slipped, "2026-06-30").findings)).toEqual([["journal-has-errors", "6月"]]);
    expect(rules(count(slipped, "2026-04-30").findings)).toEqual([]);
  });
});

/** The 账存 the count sheet shows (its 日记账余额 cell), in 分. */
function bookOf(grids: readonly Grid[], date: string): number {
  const at = parseRangeAddress(CASH_COUNT_CELLS.book)!.start;
  return Math.round((planValues(count(grids, date).plan)[at.row]![at.column] as number) * 100);
}

describe("a report reads the month it needs, as the tops of the sheets tell", () => {
  const tops = (grids: readonly Grid[]) => grids.map((grid) => ({ ...grid, values: grid.values.slice(0, 6) }));

  test("a day: of each account its month and the month before", () => {
    expect(fundsReportSheets(fundsSettings({ date: "2026-07-15" }), tops(cashYear))).toEqual(["6月", "7月"]);
    expect(fundsReportSheets(fundsSettings({ date: "2026-03-01" }), tops(threeAccounts))).toEqual([
      "现金日记账 2026-02",
      "现金日记账 2026-03",
      "银行存款日记账 2026-02",
      "银行存款日记账 2026-03",
      "建行2月",
      "建行3月",
    ]);
  });

  test("the tops with those sheets whole give the report of every sheet whole", () => {
    for (const [grids, fields] of [
      [cashYear, { month: "2026-09" }],
      [threeAccounts, { date: "2026-02-14" }],
      [threeAccounts, { date: "2025-12-31" }],
    ] as const) {
      const needed = new Set(fundsReportSheets(fundsSettings(fields), tops(grids)));
      const lean = tops(grids).map((top, index) => (needed.has(top.sheet) ? grids[index]! : top));
      expect(report(lean, fields)).toEqual(report(grids, fields));
    }
  });
});

describe("the account of a month sheet is its name without the month", () => {
  test.each([
    ["1月", ""],
    ["现金1月", "现金"],
    ["现金日记账 2026-03", "现金日记账"],
    ["工行2026年3月份", "工行"],
    ["3月 建行", "建行"],
    ["银行存款日记账 2026.11", "银行存款日记账"],
    // Brackets the month was all there was in go with it; brackets with more in them stay.
    ["工行(3月)", "工行"],
    ["银行存款日记账（2026年3月）", "银行存款日记账"],
    ["现金【2026-03】", "现金"],
    ["建行 [12月份]", "建行"],
    ["农行（基本户）3月", "农行（基本户）"],
    // An account number is not a month.
    ["银行存款日记账 工商银行 120202100910012345", "银行存款日记账 工商银行 120202100910012345"],
    ["农行 6228480012", "农行 6228480012"],
  ])("%s → “%s”", (sheet, name) => {
    expect(nameWithoutMonth(sheet)).toBe(name);
  });

  test("the funds report names a bank kept as 工行(2月), 工行(3月) 工行, one line", () => {
    const sheets = flatMonths(modelYear(17, 3_400_000, 3), {
      title: "银行存款日记账",
      name: (month) => `工行(${month}月)`,
      bank: true,
    });
    expect(report(sheets, { date: "2026-03-05" }).accounts).toEqual([{ account: "工行", kind: "bank" }]);
  });
});
