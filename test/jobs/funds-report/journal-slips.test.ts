/**
 * What a report makes of a journal the check finds slips in, or whose formulas have no results: the 资金日报表 and the
 * 现金盘点表 take an entry as the journal's own balances prove it (an amount in the wrong column, an amount mistyped
 * that the balance and the day's total agree on), so that their balances are the journal's (账存), and still say
 * the journal has errors; a journal never calculated is reported from the balance it shows and its amounts, with a
 * warning, or the report is refused when it shows no balance at all, never left out.
 */
import { parseRangeAddress, type CellValue, type Grid } from "../../../src/core/grid";
import { CASH_COUNT_CELLS, countCashFrom, parseCashCountSettings } from "../../../src/jobs/cash-count";
import { fundsReportFrom, parseFundsReportSettings } from "../../../src/jobs/funds-report";
import { checkJournal } from "../../../src/jobs/journal";
import { grid, planValues } from "../../support/grids";

/** A 三栏式 cash journal, 2026年 over 月 | 日: a payment for parking typed under 借方, its balance worked out as a payment. */
function cashMarch(): Grid {
  const rows: CellValue[][] = [
    ["库存现金日记账", "", "", "", "", "", ""],
    ["2026年", "", "凭证号", "摘要", "借方", "贷方", "余额"],
    ["月", "日", "", "", "", "", ""],
    [3, 1, "", "上月结转", "", "", 3260.4],
    [3, 4, "现付12", "购买打印纸", "", 350, 2910.4],
    [3, 4, "", "本日合计", "", 350, 2910.4],
    // 185.00 under 借方; the balance went down by it, as for a payment.
    [3, 9, "现付13", "支付停车费", 185, "", 2725.4],
    [3, 9, "", "本日合计", "", 185, 2725.4],
    [3, 16, "现收4", "收回张三借款余款", 420, "", 3145.4],
    [3, 16, "", "本日合计", 420, "", 3145.4],
    // 1,650.00 typed for 1,560.00: the balance and the day's total both have 1,560.00.
    [3, 23, "现付14", "报销差旅费", "", 1650, 1585.4],
    [3, 23, "", "本日合计", "", 1560, 1585.4],
    [3, 31, "", "本月合计", 420, 2095, 1585.4],
  ];
  return grid("现金3月", rows);
}

/** A flat bank journal with full dates: a customer's payment typed under 贷方金额, its balance worked out as a receipt. */
function bankMarch(): Grid {
  const rows: CellValue[][] = [
    ["银行存款日记账", "", "", "", "", "", ""],
    ["开户行：工商银行南京鼓楼支行", "", "账号：4301 0122 0910 0077 123", "", "", "", ""],
    ["日期", "凭证字号", "摘要", "对方科目", "借方金额", "贷方金额", "余额"],
    ["2026-03-01", "", "期初余额", "", "", "", 158000],
    ["2026-03-03", "银收5", "收到华东公司货款", "应收账款", "", 23400, 181400],
    ["2026-03-10", "银付7", "支付三月房租", "管理费用", "", 12000, 169400],
    ["2026-03-18", "银付8", "提取备用金", "库存现金", "", 5000, 164400],
  ];
  return grid("工行", rows);
}

function fundsMonth(grids: readonly Grid[], month: string) {
  const settings = parseFundsReportSettings({ unit: "南京示例商贸有限公司", month });
  if (!settings.ok) throw new Error(JSON.stringify(settings.problem));
  return fundsReportFrom(settings.value, grids);
}

function count(grids: readonly Grid[], date: string) {
  const settings = parseCashCountSettings({ unit: "南京示例商贸有限公司", date });
  if (!settings.ok) throw new Error(JSON.stringify(settings.problem));
  return countCashFrom(settings.value, grids);
}

/** An account's day in the report: 收入, 支出 and 本日余额 in 分. */
function dayOf(made: ReturnType<typeof fundsMonth>, day: number, account: number) {
  if (!made.ok) throw new Error(JSON.stringify(made.problem));
  const { receipts, payments, closing } = made.value.report.days[day - 1]!.accounts[account]!;
  return { receipts, payments, closing };
}

/** The 账面余额 the count sheet shows, in 分. */
function bookOf(counted: ReturnType<typeof count>): number {
  if (!counted.ok) throw new Error(JSON.stringify(counted.problem));
  const at = parseRangeAddress(CASH_COUNT_CELLS.book)!.start;
  return Math.round((planValues(counted.value.plan)[at.row]![at.column] as number) * 100);
}

describe("a report reads an entry as the journal's balances prove it", () => {
  test("the journals are what the tests say: one slip of each kind, found by the check", () => {
    expect(checkJournal(cashMarch()).map(({ rule, cell }) => [rule, cell])).toEqual([
      ["journal-amount-wrong-column", "E7"],
      ["journal-amount-mismatch", "F11"],
    ]);
    expect(checkJournal(bankMarch()).map(({ rule, cell }) => [rule, cell])).toEqual([
      ["journal-amount-wrong-column", "F5"],
    ]);
  });

  test.each([
    ["the day of the payment in 借方", "2026-03-09", 272_540],
    ["the days after it", "2026-03-12", 272_540],
    ["the day after the mistyped amount", "2026-03-25", 158_540],
    ["the month's end", "2026-03-31", 158_540],
  ])("cash count on %s (%s): 账面余额 is the journal's balance, %d 分", (_, date, book) => {
    const counted = count([cashMarch()], date);
    expect(bookOf(counted)).toBe(book);
    // The journal's slips are still said, at the first.
    expect(counted.ok && counted.value.findings.map(({ rule, cell }) => [rule, cell])).toEqual([
      ["journal-has-errors", "E7"],
    ]);
  });

  test("funds report of the month: each day's 收入, 支出 and 本日余额 as the balances prove them, for cash and bank", () => {
    const made = fundsMonth([bankMarch(), cashMarch()], "2026-03");
    // 库存现金 first.
    expect(dayOf(made, 9, 0)).toEqual({ receipts: 0, payments: 18_500, closing: 272_540 });
    expect(dayOf(made, 16, 0)).toEqual({ receipts: 42_000, payments: 0, closing: 314_540 });
    expect(dayOf(made, 23, 0)).toEqual({ receipts: 0, payments: 156_000, closing: 158_540 });
    expect(dayOf(made, 3, 1)).toEqual({ receipts: 2_340_000, payments: 0, closing: 18_140_000 });
    expect(dayOf(made, 31, 1)).toEqual({ receipts: 0, payments: 0, closing: 16_440_000 });
    expect(made.findings?.map(({ rule, sheet, cell }) => [rule, sheet, cell])).toEqual([
      ["journal-has-errors", "现金3月", "E7"],
      ["journal-has-errors", "工行", "F5"],
    ]);
  });

  test("the cash count and the funds report agree on the count day's balance", () => {
    const made = fundsMonth([cashMarch()], "2026-03");
    for (const day of [4, 9, 20, 23, 31])
      expect(bookOf(count([cashMarch()], `2026-03-${String(day).padStart(2, "0")}`))).toBe(dayOf(made, day, 0).closing);
  });
});

/** `journal` as a program writes it: its balances formulas without results, the opening's too when `openingToo`. */
function uncalculated(journal: Grid, balanceColumn: number, firstEntryRow: number, openingToo = false): Grid {
  const from = openingToo ? firstEntryRow - 1 : firstEntryRow;
  const values = journal.values.map((line, row) =>
    row >= from ? line.map((cell, column) => (column === balanceColumn ? "" : cell)) : line,
  );
  const letter = String.fromCharCode(65 + balanceColumn);
  return { ...journal, values, uncalculated: { count: values.length - from, first: `${letter}${from + 1}` } };
}

/** The bank journal above with its amounts where they belong. */
function bankWritten(): Grid {
  const journal = bankMarch();
  journal.values[4] = ["2026-03-03", "银收5", "收到华东公司货款", "应收账款", 23400, "", 181400];
  return journal;
}

describe("a journal whose formulas have no results", () => {
  test("funds report: the account is there, its balances worked out from the opening and the amounts, with a warning", () => {
    const made = fundsMonth([cashMarch(), uncalculated(bankWritten(), 6, 4)], "2026-03");
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.report.accounts.map(({ account }) => account)).toEqual([
      "库存现金",
      "工商银行南京鼓楼支行 4301 0122 0910 0077 123",
    ]);
    expect(dayOf(made, 3, 1)).toEqual({ receipts: 2_340_000, payments: 0, closing: 18_140_000 });
    expect(dayOf(made, 18, 1)).toEqual({ receipts: 0, payments: 500_000, closing: 16_440_000 });
    expect(made.findings?.map(({ rule, sheet, cell, severity }) => [rule, sheet, cell, severity])).toEqual([
      ["journal-has-errors", "现金3月", "E7", "warning"],
      ["journal-balances-worked-out", "工行", "G5", "warning"],
    ]);
  });

  test("cash count: the book figure worked out the same way, not refused", () => {
    const written = cashMarch();
    written.values[6] = [3, 9, "现付13", "支付停车费", "", 185, 2725.4];
    written.values[10] = [3, 23, "现付14", "报销差旅费", "", 1560, 1585.4];
    const counted = count([uncalculated(written, 6, 4)], "2026-03-20");
    expect(bookOf(counted)).toBe(314_540);
    expect(counted.ok && counted.value.findings.map(({ rule, cell }) => [rule, cell])).toEqual([
      ["journal-balances-worked-out", "G5"],
    ]);
  });

  test.each([
    ["funds report", () => fundsMonth([cashMarch(), uncalculated(bankWritten(), 6, 4, true)], "2026-03")],
    ["cash count", () => count([uncalculated(cashMarch(), 6, 4, true)], "2026-03-20")],
  ])("%s: with not even its opening balance, the report is refused on --from, never made without it", (_, make) => {
    const made = make();
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problem).toMatchObject({ id: "journal-report-not-calculated", field: "from" });
    expect(made.problem.params).toMatchObject({ first: "G4" });
  });
});
