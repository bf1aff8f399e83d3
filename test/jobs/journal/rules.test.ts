import type { Finding } from "../../../src/core/findings";
import type { Grid } from "../../../src/core/grid";
import { sheetKinds } from "../../../src/jobs";
import { checkJournal } from "../../../src/jobs/journal";
import { bankJournalSheet, cashJournalSheet } from "../../../src/jobs/journal/job";
import {
  checkBalanceNotNegative,
  checkCashLimit,
  checkDateOrder,
  checkOneSided,
  checkRepeatedVouchers,
  checkSummaryPresent,
  checkVoucherPresent,
  applyRules,
  type JournalRuleSettings,
} from "../../../src/jobs/journal/rules";
import { checkBalancesAndTotals } from "../../../src/jobs/journal/rules/balances";
import { dateSlips } from "../../../src/jobs/journal/rules/shared";
import { journalRows as rows, type Line } from "../../support/journal";

const SHEET = "现金日记账";
const CASH: JournalRuleSettings = { kind: "cash" };
const BANK: JournalRuleSettings = { kind: "bank" };

const where = (findings: readonly Finding[]) => findings.map((finding) => [finding.rule, finding.cell]);

/** The finding of `rule` at `cell` on SHEET, in full: an error unless said otherwise. */
const findingAt = (
  rule: Finding["rule"],
  cell: string,
  params: Finding["params"],
  severity: Finding["severity"] = "error",
): Finding => ({ rule, severity, sheet: SHEET, cell, params });

/** A clean two-day journal: opening 1,000.00; day 1 +500.00 −200.00; day 2 −300.00; month and year closed. */
const CLEAN: Line[] = [
  { kind: "opening", date: "2026-01-01", balance: 100_000 },
  { date: "2026-01-05", receipt: 50_000, balance: 150_000 },
  { date: "2026-01-05", payment: 20_000, balance: 130_000 },
  { kind: "day-total", date: "2026-01-05", receipt: 50_000, payment: 20_000, balance: 130_000 },
  { date: "2026-01-06", payment: 30_000, balance: 100_000 },
  { kind: "day-total", date: "2026-01-06", receipt: 0, payment: 30_000, balance: 100_000 },
  { kind: "month-total", date: "2026-01-31", receipt: 50_000, payment: 50_000, balance: 100_000 },
  { kind: "year-total", date: "2026-01-31", receipt: 50_000, payment: 50_000, balance: 100_000 },
];

/** CLEAN with one line changed. */
const changed = (index: number, change: Line): Line[] =>
  CLEAN.map((line, at) => (at === index ? { ...line, ...change } : line));

describe("checkBalancesAndTotals", () => {
  test("a journal whose balances and totals agree has no finding", () => {
    expect(checkBalancesAndTotals(rows(CLEAN), CASH, SHEET)).toEqual([]);
  });

  test("a balance worked out wrong, and followed by the rows below, is one break at that balance", () => {
    const lines = CLEAN.map((line, at) =>
      at >= 2 && typeof line.balance === "number" ? { ...line, balance: line.balance + 900 } : line,
    );
    const findings = checkBalancesAndTotals(rows(lines), CASH, SHEET);
    expect(findings).toEqual([findingAt("journal-balance-break", "F4", { expected: "¥1,300.00", found: "¥1,309.00" })]);
  });

  test("a balance typed wrong alone is one break at that balance", () => {
    const findings = checkBalancesAndTotals(rows(changed(4, { balance: 100_900 })), CASH, SHEET);
    expect(where(findings)).toEqual([["journal-balance-break", "F6"]]);
    expect(findings[0]!.params).toEqual({ expected: "¥1,000.00", found: "¥1,009.00" });
  });

  test("a 收入 that neither its balance nor its 本日合计 agrees with is the cell to correct", () => {
    const findings = checkBalancesAndTotals(rows(changed(1, { receipt: 59_000 })), CASH, SHEET);
    expect(findings).toEqual([findingAt("journal-amount-mismatch", "D3", { expected: "¥500.00", found: "¥590.00" })]);
  });

  test("so is a 支出", () => {
    const findings = checkBalancesAndTotals(rows(changed(4, { payment: 3_000 })), CASH, SHEET);
    expect(where(findings)).toEqual([["journal-amount-mismatch", "E6"]]);
    expect(findings[0]!.params).toEqual({ expected: "¥300.00", found: "¥30.00" });
  });

  test("an entry without amounts just above leaves the break at the balance: its own blank may be the slip", () => {
    // 记-2 paid 200.00 but its amount was left out; 记-3's 100.00 is right. Naming 记-3's 支出 would be a wrong fix.
    const lines: Line[] = [
      { kind: "opening", date: "2026-01-01", balance: 100_000 },
      { date: "2026-01-05", receipt: 50_000, balance: 150_000 },
      { date: "2026-01-06" },
      { date: "2026-01-06", payment: 10_000, balance: 120_000 },
      { kind: "day-total", date: "2026-01-06", receipt: 0, payment: 30_000, balance: 120_000 },
    ];
    const findings = checkBalancesAndTotals(rows(lines), CASH, SHEET);
    expect(where(findings)).toEqual([
      ["journal-balance-break", "F5"],
      ["journal-total-payments-wrong", "E6"],
    ]);
  });

  test("an amount the totals agree with leaves the break at the balance", () => {
    const covering = [3, 6, 7];
    const lines = changed(1, { receipt: 59_000 }).map((line, at) =>
      covering.includes(at) ? { ...line, receipt: line.receipt! + 9_000 } : line,
    );
    const findings = checkBalancesAndTotals(rows(lines), CASH, SHEET);
    expect(where(findings)).toEqual([["journal-balance-break", "F3"]]);
  });

  test("本日合计, 本月合计 and 本年累计 must add up their day's, month's and year's entries", () => {
    const findings = checkBalancesAndTotals(
      rows([
        ...changed(3, { receipt: 40_000 }).slice(0, 6),
        { ...CLEAN[6]!, payment: 5_000 },
        { ...CLEAN[7]!, receipt: 1 },
      ]),
      CASH,
      SHEET,
    );
    expect(findings).toEqual([
      findingAt("journal-total-receipts-wrong", "D5", { row: "本日合计", expected: "¥500.00", found: "¥400.00" }),
      findingAt("journal-total-payments-wrong", "E8", { row: "本月合计", expected: "¥500.00", found: "¥50.00" }),
      findingAt("journal-total-receipts-wrong", "D9", { row: "本年累计", expected: "¥500.00", found: "¥0.01" }),
    ]);
  });

  test("a day ends when the dates move on, even without its 本日合计", () => {
    const withoutFirstDayTotal = CLEAN.filter((_, at) => at !== 3);
    expect(checkBalancesAndTotals(rows(withoutFirstDayTotal), CASH, SHEET)).toEqual([]);
    const wrong = withoutFirstDayTotal.map((line) => (line.kind === "day-total" ? { ...line, receipt: 50_000 } : line));
    expect(where(checkBalancesAndTotals(rows(wrong), CASH, SHEET))).toEqual([["journal-total-receipts-wrong", "D6"]]);
  });

  test("本年累计 adds up from January; a journal starting later takes its first 本年累计 as given", () => {
    const march: Line[] = [
      { kind: "opening", date: "2026-03-01", balance: 100_000 },
      { date: "2026-03-02", receipt: 10_000, balance: 110_000 },
      { kind: "month-total", date: "2026-03-31", receipt: 10_000, payment: 0, balance: 110_000 },
      { kind: "year-total", date: "2026-03-31", receipt: 70_000, payment: 5_000, balance: 110_000 },
      { date: "2026-04-01", payment: 10_000, balance: 100_000 },
      { kind: "month-total", date: "2026-04-30", receipt: 0, payment: 10_000, balance: 100_000 },
      { kind: "year-total", date: "2026-04-30", receipt: 70_000, payment: 15_000, balance: 100_000 },
    ];
    expect(checkBalancesAndTotals(rows(march), CASH, SHEET)).toEqual([]);
    const wrong = march.map((line, at) => (at === 6 ? { ...line, payment: 10_000 } : line));
    expect(where(checkBalancesAndTotals(rows(wrong), CASH, SHEET))).toEqual([["journal-total-payments-wrong", "E8"]]);
  });

  test("过次页 and 承前页 carry the month's totals so far, not the page's", () => {
    const paged: Line[] = [
      ...CLEAN.slice(0, 4),
      { kind: "carried-forward", receipt: 50_000, payment: 20_000, balance: 130_000 },
      { kind: "brought-forward", receipt: 50_000, payment: 20_000, balance: 130_000 },
      ...CLEAN.slice(4),
    ];
    expect(checkBalancesAndTotals(rows(paged), CASH, SHEET)).toEqual([]);
    const pageTotals = paged.map((line) => (line.kind === "brought-forward" ? { ...line, receipt: 0 } : line));
    const findings = checkBalancesAndTotals(rows(pageTotals), CASH, SHEET);
    expect(findings).toEqual([
      findingAt("journal-carry-receipts-wrong", "D7", { row: "承前页", expected: "¥500.00", found: "¥0.00" }),
    ]);
    const carried = paged.map((line) => (line.kind === "carried-forward" ? { ...line, payment: 0 } : line));
    expect(where(checkBalancesAndTotals(rows(carried), CASH, SHEET))).toEqual([["journal-carry-payments-wrong", "E6"]]);
  });

  test("with an opening balance in the settings, the opening row must show it", () => {
    const findings = checkBalancesAndTotals(rows(CLEAN), { ...CASH, opening: 100_100 }, SHEET);
    expect(findings).toEqual([
      findingAt("journal-opening-mismatch", "F2", { expected: "¥1,001.00", found: "¥1,000.00" }),
    ]);
    expect(checkBalancesAndTotals(rows(CLEAN), { ...CASH, opening: 100_000 }, SHEET)).toEqual([]);
  });

  test("a blank balance is no break: the next balance shown is checked against all the entries since", () => {
    const blank = changed(1, { balance: undefined });
    expect(checkBalancesAndTotals(rows(blank), CASH, SHEET)).toEqual([]);
    const wrong = blank.map((line, at) => (at === 2 ? { ...line, balance: 120_000 } : line));
    expect(where(checkBalancesAndTotals(rows(wrong), CASH, SHEET))).toEqual([["journal-balance-break", "F4"]]);
  });
});

describe("checkDateOrder", () => {
  test("an entry dated before the one above is out of order", () => {
    const findings = checkDateOrder(rows(changed(4, { date: "2026-01-04" })), CASH, SHEET);
    expect(findings).toEqual([findingAt("journal-date-order", "A6", { date: "2026-01-04", previous: "2026-01-05" })]);
  });

  test("entries of the same day, and closing rows dated otherwise, are in order", () => {
    expect(checkDateOrder(rows(CLEAN), CASH, SHEET)).toEqual([]);
    expect(checkDateOrder(rows(changed(3, { date: "2026-01-01" })), CASH, SHEET)).toEqual([]);
  });

  test("the month's last entry typed in a later month is the one slip, told by the closing rows below it", () => {
    for (const date of ["2026-02-06", "2027-01-06"]) {
      const slip = changed(4, { date });
      expect(checkDateOrder(rows(slip), CASH, SHEET)).toEqual([
        findingAt("journal-date-ahead", "A6", { date, next: "2026-01-06" }),
      ]);
      // Totals, carries and closing rows count it in January: nothing else follows from it.
      expect(where(applyRules(rows(slip), CASH, SHEET))).toEqual([["journal-date-ahead", "A6"]]);
    }
    // Only the 本月合计 dated: its month tells.
    const undatedDay = changed(5, { date: undefined }).map((line, at) =>
      at === 4 ? { ...line, date: "2026-03-06" } : line,
    );
    expect(where(applyRules(rows(undatedDay), CASH, SHEET))).toEqual([["journal-date-ahead", "A6"]]);
  });

  test("two closing rows of the earlier month below the slip are one slip, at the entry", () => {
    // The entry typed in March, its day total in February: the 本月合计 of January below closes an earlier month still.
    const slip = changed(4, { date: "2026-03-06" }).map((line, at) =>
      at === 5 ? { ...line, date: "2026-02-06" } : line,
    );
    expect(dateSlips(rows(slip)).map((found) => found.index)).toEqual([4]);
    expect(where(checkDateOrder(rows(slip), CASH, SHEET))).toEqual([["journal-date-ahead", "A6"]]);
  });

  test("a closing row dated earlier within the entries' month is the closing row's own affair, not a slip", () => {
    expect(checkDateOrder(rows(changed(6, { date: "2026-01-05" })), CASH, SHEET)).toEqual([]);
  });
});

describe("checkVoucherPresent and checkSummaryPresent", () => {
  test("an entry without 凭证字号 or 摘要 is a finding on that cell", () => {
    expect(where(checkVoucherPresent(rows(changed(2, { voucher: "" })), CASH, SHEET))).toEqual([
      ["journal-voucher-missing", "B4"],
    ]);
    expect(where(checkSummaryPresent(rows(changed(1, { summary: "" })), CASH, SHEET))).toEqual([
      ["journal-summary-missing", "C3"],
    ]);
  });

  test("closing rows need neither, and a sheet without a 凭证字号 column is not asked for one", () => {
    expect(checkVoucherPresent(rows(CLEAN), CASH, SHEET)).toEqual([]);
    expect(checkSummaryPresent(rows(CLEAN), CASH, SHEET)).toEqual([]);
    const noVouchers = CLEAN.map((line) => ({ ...line, voucher: "" }));
    expect(checkVoucherPresent(rows(noVouchers, "ACDEF"), CASH, SHEET)).toEqual([]);
  });
});

describe("checkOneSided", () => {
  test("a line with both 收入 and 支出 is a finding on the 支出", () => {
    const findings = checkOneSided(rows(changed(1, { payment: 100 })), CASH, SHEET);
    expect(findings).toEqual([findingAt("journal-both-sides", "E3", { receipt: "¥500.00", payment: "¥1.00" })]);
  });

  test("a zero on the other side, and totals rows with both, are fine", () => {
    expect(checkOneSided(rows(changed(1, { payment: 0 })), CASH, SHEET)).toEqual([]);
  });
});

describe("checkBalanceNotNegative", () => {
  const short: Line[] = [
    { kind: "opening", date: "2026-01-01", balance: 10_000 },
    { date: "2026-01-02", payment: 15_000, balance: -5_000 },
    { date: "2026-01-02", payment: 1_000, balance: -6_000 },
    { kind: "day-total", date: "2026-01-02", receipt: 0, payment: 16_000, balance: -6_000 },
    { date: "2026-01-03", receipt: 10_000, balance: 4_000 },
    { date: "2026-01-03", payment: 5_000 },
  ];

  test("a cash balance below zero is a finding where it goes below, once per shortfall", () => {
    const findings = checkBalanceNotNegative(rows(short), CASH, SHEET);
    expect(findings).toEqual([
      findingAt("journal-cash-negative", "F3", { found: "-¥50.00" }),
      findingAt("journal-cash-negative", "F7", { found: "-¥10.00" }),
    ]);
  });

  test("a bank balance below zero is an overdraft (空头)", () => {
    expect(where(checkBalanceNotNegative(rows(short), BANK, SHEET))).toEqual([
      ["journal-bank-overdrawn", "F3"],
      ["journal-bank-overdrawn", "F7"],
    ]);
  });

  test("balances of zero and above are fine", () => {
    expect(checkBalanceNotNegative(rows(CLEAN), CASH, SHEET)).toEqual([]);
    expect(checkBalanceNotNegative(rows(changed(4, { payment: 130_000, balance: 0 })), BANK, SHEET)).toEqual([]);
  });
});

describe("checkCashLimit", () => {
  const limit = { ...CASH, cashLimit: 120_000 };

  test("cash above the limit at the end of a day is a warning on the day's closing balance", () => {
    expect(checkCashLimit(rows(CLEAN), limit, SHEET)).toEqual([
      findingAt("journal-cash-over-limit", "F5", { found: "¥1,300.00", limit: "¥1,200.00" }, "warning"),
    ]);
  });

  test("without 本日合计 the day ends at its last entry", () => {
    const withoutDayTotals = CLEAN.filter((line) => line.kind !== "day-total");
    expect(where(checkCashLimit(rows(withoutDayTotals), limit, SHEET))).toEqual([["journal-cash-over-limit", "F4"]]);
  });

  test("more cash during the day is fine if it is deposited by the end of it", () => {
    expect(checkCashLimit(rows(CLEAN), { ...CASH, cashLimit: 130_000 }, SHEET)).toEqual([]);
    const peak = [
      CLEAN[0]!,
      { ...CLEAN[1]!, receipt: 50_000, balance: 150_000 },
      { ...CLEAN[2]!, payment: 50_000, balance: 100_000 },
    ];
    expect(checkCashLimit(rows(peak), limit, SHEET)).toEqual([]);
  });

  test("no limit, or a bank journal, has nothing to check", () => {
    expect(checkCashLimit(rows(CLEAN), CASH, SHEET)).toEqual([]);
    expect(checkCashLimit(rows(CLEAN), { ...BANK, cashLimit: 1 }, SHEET)).toEqual([]);
  });
});

describe("checkRepeatedVouchers", () => {
  const vouchers = (...numbers: [string, string][]) =>
    rows(numbers.map(([date, voucher]) => ({ date, voucher, receipt: 100 })));

  test("the same voucher twice in a month is a warning on the second, naming the first", () => {
    const findings = checkRepeatedVouchers(
      vouchers(["2026-01-05", "记-1"], ["2026-01-06", "记-2"], ["2026-01-07", "记-001"]),
      CASH,
      SHEET,
    );
    expect(findings).toEqual([findingAt("journal-voucher-repeated", "B4", { voucher: "记-001", row: 2 }, "warning")]);
    const unnumbered = vouchers(["2026-01-05", "现收"], ["2026-01-06", "现收"]);
    expect(where(checkRepeatedVouchers(unnumbered, CASH, SHEET))).toEqual([["journal-voucher-repeated", "B3"]]);
  });

  test("numbering starts again each month, and each voucher word has its own", () => {
    const findings = checkRepeatedVouchers(
      vouchers(["2026-01-05", "记-1"], ["2026-02-01", "记-1"], ["2026-02-01", "收-1"], ["2026-02-02", "付1"]),
      CASH,
      SHEET,
    );
    expect(findings).toEqual([]);
  });
});

describe("applyRules", () => {
  test("runs every rule", () => {
    const lines = changed(1, { voucher: "", payment: 100 });
    expect(where(applyRules(rows(lines), CASH, SHEET))).toEqual([
      ["journal-amount-mismatch", "E3"],
      ["journal-voucher-missing", "B3"],
      ["journal-both-sides", "E3"],
    ]);
  });
});

/** A cash journal as the generator lays it out, values as Excel caches them. */
const JOURNAL_SHEET: Grid = {
  sheet: SHEET,
  top: 0,
  left: 0,
  values: [
    ["现金日记账", null, null, null, null, null, null, null, null],
    ["单位名称：示例公司", null, null, null, null, "账户：库存现金", null, "2026年1月", null],
    ["年", "月", "日", "凭证字号", "摘要", "对方科目", "借方（收入）", "贷方（支出）", "余额"],
    [2026, 1, 1, null, "期初余额", null, null, null, 1000],
    [2026, 1, 5, "记-1", "提取备用金", "银行存款", 500, null, 1500],
    [2026, 1, 5, "记-2", "报销差旅费", "管理费用", null, 200, 1300],
    [2026, 1, 5, null, "本日合计", null, 500, 200, 1300],
    [2026, 1, 31, null, "本月合计", null, 500, 200, 1300],
  ],
};

describe("checkJournal and the sheet kinds", () => {
  test("a generated journal checks clean; findings come in sheet order, read and rules together", () => {
    expect(checkJournal(JOURNAL_SHEET)).toEqual([]);
    const values = JOURNAL_SHEET.values.map((row) => [...row]);
    values[5]![7] = "2,00";
    values[4]![3] = null;
    values[6]![8] = 1400;
    const findings = checkJournal({ ...JOURNAL_SHEET, values });
    expect(where(findings)).toEqual([
      ["journal-voucher-missing", "D5"],
      ["money-misplaced-separator", "H6"],
      ["journal-closing-balance-wrong", "I7"],
    ]);
  });

  test("a cash limit and an opening balance are checked when given", () => {
    expect(where(checkJournal(JOURNAL_SHEET, { cashLimit: 100_000, opening: 90_000 }))).toEqual([
      ["journal-opening-mismatch", "I4"],
      ["journal-cash-over-limit", "I7"],
    ]);
  });

  test("a sheet without a journal header is one finding", () => {
    expect(checkJournal({ sheet: "Sheet1", top: 0, left: 0, values: [["金额", "大写"]] })).toEqual([
      { rule: "journal-header-missing", severity: "error", sheet: "Sheet1", cell: "", params: {} },
    ]);
  });

  test("`cashbook check` tells cash journals from bank journals by their headers", () => {
    const bank: Grid = {
      ...JOURNAL_SHEET,
      values: JOURNAL_SHEET.values.map((row, index) => [
        ...row.slice(0, 5),
        index === 2 ? "结算方式" : null,
        ...row.slice(5),
      ]),
    };
    const kindOf = (grid: Grid) => sheetKinds.find((kind) => kind.recognises(grid))?.kind;
    expect(kindOf(JOURNAL_SHEET)).toBe("cash-journal");
    expect(kindOf(bank)).toBe("bank-journal");
    expect(cashJournalSheet.recognises(bank)).toBe(false);
    expect(bankJournalSheet.recognises(JOURNAL_SHEET)).toBe(false);
    expect(bankJournalSheet.check(bank)).toEqual([]);
  });

  test("without bank columns, the title tells the kind, and without a title the sheet's name", () => {
    const kindOf = (grid: Grid) => sheetKinds.find((kind) => kind.recognises(grid))?.kind;
    const untitled = (sheet: string): Grid => ({ ...JOURNAL_SHEET, sheet, values: JOURNAL_SHEET.values.slice(2) });
    expect(kindOf(untitled("银行存款日记账"))).toBe("bank-journal");
    expect(kindOf(untitled("工商银行 基本户 2026"))).toBe("bank-journal");
    expect(kindOf(untitled("现金日记账"))).toBe("cash-journal");
    expect(kindOf(untitled("2026年1月"))).toBe("cash-journal");
    // The title decides before the sheet's name.
    const titled = { ...JOURNAL_SHEET, sheet: "银行存款日记账" };
    expect(kindOf(titled)).toBe("cash-journal");
    const bankTitle = {
      ...JOURNAL_SHEET,
      sheet: "现金",
      values: [["银行存款日记账"], ...JOURNAL_SHEET.values.slice(2)],
    };
    expect(kindOf(bankTitle)).toBe("bank-journal");
  });

  test("a journal checked as the other kind is held to that kind's rules", () => {
    const values = JOURNAL_SHEET.values.map((row) => [...row]);
    values[5]![7] = 1600;
    values[5]![8] = -100;
    values[6]![7] = 1600;
    values[6]![8] = -100;
    values[7]![7] = 1600;
    values[7]![8] = -100;
    const overdrawn = { ...JOURNAL_SHEET, values };
    expect(where(cashJournalSheet.check(overdrawn))).toEqual([["journal-cash-negative", "I6"]]);
    expect(where(bankJournalSheet.check(overdrawn))).toEqual([["journal-bank-overdrawn", "I6"]]);
  });
});
