/**
 * The funds report's rules: per account and day 上日余额, 本日收入, 本日支出 and 本日余额 in 分, from the journals'
 * opening balances and entries; days without entries carry the balance; totals over the accounts.
 */
import fc from "fast-check";
import type { AccountDay, FundsReport } from "../../../src/jobs/funds-report";
import { closingBalanceOn, closingSeries, fundsReport, reportDays } from "../../../src/jobs/funds-report/rules";
import { MAX_FEN } from "../../../src/core/money";
import type { Result } from "../../../src/core/result";
import { accountJournal, day, line } from "../../support/journal";

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.id}`);
  return result.value;
}

describe("reportDays", () => {
  test("one day, or each day of a month", () => {
    expect(value(reportDays({ day: day("2026-01-15") }))).toEqual([day("2026-01-15")]);
    expect(value(reportDays({ year: 2026, month: 1 }))).toHaveLength(31);
    expect(value(reportDays({ year: 2026, month: 2 })).map((d) => d.day)).toEqual(
      Array.from({ length: 28 }, (_, i) => i + 1),
    );
    expect(value(reportDays({ year: 2028, month: 2 }))).toHaveLength(29);
    expect(value(reportDays({ year: 2100, month: 2 }))).toHaveLength(28);
  });

  test("a day or month that does not exist is a problem", () => {
    expect(reportDays({ day: day("2026-02-29") })).toMatchObject({ ok: false, problem: { id: "date-invalid" } });
    expect(reportDays({ year: 2026, month: 13 })).toMatchObject({ ok: false, problem: { id: "date-invalid" } });
    expect(reportDays({ year: 1800, month: 1 })).toMatchObject({ ok: false, problem: { id: "date-out-of-range" } });
    expect(reportDays({ year: 2026.5, month: 1 }).ok).toBe(false);
  });
});

describe("fundsReport", () => {
  const cash = accountJournal(
    "库存现金",
    [
      line("opening", "2026-01-01", { balance: 500000 }),
      line("entry", "2026-01-05", { receipt: 100000 }),
      line("entry", "2026-01-05", { payment: 30050 }),
      line("day-total", "2026-01-05", { receipt: 100000, payment: 30050, balance: 569950 }),
      line("entry", "2026-01-07", { payment: 1 }),
    ],
    "cash",
  );
  const bank = accountJournal("工商银行 1234", [
    line("opening", null, { balance: 10000000 }),
    line("entry", "2026-01-06", { payment: 2500000 }),
    line("entry", "2026-01-05", { receipt: 123 }), // posted late: counts on its own day
    line("month-total", "2026-01-31", { receipt: 123, payment: 2500000, balance: 7500123 }),
  ]);

  test("per account 上日余额, 本日收入, 本日支出, 本日余额, and totals", () => {
    const report = value(fundsReport([cash, bank], [day("2026-01-05")]));
    expect(report.accounts).toEqual([
      { account: "库存现金", kind: "cash" },
      { account: "工商银行 1234", kind: "bank" },
    ]);
    const [only] = report.days;
    expect(only!.date).toEqual(day("2026-01-05"));
    expect(only!.accounts).toEqual<AccountDay[]>([
      { opening: 500000, receipts: 100000, payments: 30050, closing: 569950 },
      { opening: 10000000, receipts: 123, payments: 0, closing: 10000123 },
    ]);
    expect(only!.total).toEqual({ opening: 10500000, receipts: 100123, payments: 30050, closing: 10570073 });
    expect(report.findings).toEqual([]);
  });

  test("days before the first entry show the opening balance, and days without entries carry the balance", () => {
    const report = value(fundsReport([cash], [day("2025-12-31"), day("2026-01-06"), day("2026-02-01")]));
    expect(report.days.map((d) => d.accounts[0])).toEqual([
      { opening: 500000, receipts: 0, payments: 0, closing: 500000 },
      { opening: 569950, receipts: 0, payments: 0, closing: 569950 },
      { opening: 569949, receipts: 0, payments: 0, closing: 569949 },
    ]);
  });

  test("without a 期初余额 row, the first balance shown gives the opening, less the entries up to it", () => {
    const broughtForward = accountJournal("B", [
      line("brought-forward", null, { receipt: 999, balance: 7000 }),
      line("entry", "2026-03-02", { receipt: 1000 }),
      line("opening", null, { balance: 123456 }), // a later 上月结转 restates the balance; it is not added
    ]);
    const firstEntryShowsBalance = accountJournal("C", [
      line("entry", "2026-03-01", { receipt: 300 }),
      line("entry", "2026-03-02", { payment: 100, balance: 5200 }),
    ]);
    const noBalance = accountJournal("D", [line("entry", "2026-03-02", { receipt: 1000 })]);
    const report = value(fundsReport([broughtForward, firstEntryShowsBalance, noBalance], [day("2026-03-02")]));
    expect(report.days[0]!.accounts.map((a) => [a.opening, a.closing])).toEqual([
      [7000, 8000],
      [5300, 5200],
      [0, 1000],
    ]);
  });

  test("an entry the reader could give no date is left out with a warning on its cell", () => {
    const undated = accountJournal("库存现金", [
      line("opening", null, { balance: 100 }),
      line("entry", null, { receipt: 50 }),
      line("entry", "2026-01-02", { receipt: 7 }),
    ]);
    const report = value(fundsReport([undated], [day("2026-01-02")]));
    expect(report.days[0]!.accounts[0]).toEqual({ opening: 100, receipts: 7, payments: 0, closing: 107 });
    expect(report.findings).toEqual([
      {
        rule: "funds-entry-without-date",
        severity: "warning",
        sheet: "库存现金",
        cell: "A3",
        params: { account: "库存现金" },
      },
    ]);
  });

  test("no journals, and figures beyond what 分 can hold exactly, are problems", () => {
    expect(fundsReport([], [day("2026-01-01")])).toMatchObject({ ok: false, problem: { id: "funds-no-accounts" } });
    const huge = accountJournal("X", [
      line("entry", "2026-01-01", { receipt: MAX_FEN }),
      line("entry", "2026-01-01", { payment: MAX_FEN }),
    ]);
    expect(fundsReport([huge], [day("2026-01-01")])).toMatchObject({
      ok: false,
      problem: { id: "funds-amount-out-of-range" },
    });
  });

  describe("over random journals", () => {
    const amount = fc.option(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), { freq: 3 });
    const journals = fc.array(
      fc.record({
        opening: fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
        entries: fc.array(fc.record({ day: fc.integer({ min: 1, max: 31 }), receipt: amount, payment: amount }), {
          maxLength: 40,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    );

    test("each day opens with the day before's close, adds the day's entries, and totals add up", () => {
      fc.assert(
        fc.property(journals, (generated) => {
          const accounts = generated.map(({ opening, entries }, index) =>
            accountJournal(`账户${index}`, [
              line("opening", null, { balance: opening }),
              ...entries.map(({ day: d, receipt, payment }) =>
                line("entry", `2026-01-${String(d).padStart(2, "0")}`, {
                  ...(receipt !== null && { receipt }),
                  ...(payment !== null && { payment }),
                }),
              ),
            ]),
          );
          const report: FundsReport = value(fundsReport(accounts, value(reportDays({ year: 2026, month: 1 }))));
          // The same figures by a different road: a running balance walked day by day in plain integers.
          const closing = generated.map((account) => account.opening);
          const expected = report.days.map((_, index) => {
            const figures = generated.map(({ entries }, a): AccountDay => {
              const ofDay = entries.filter((entry) => entry.day === index + 1);
              const receipts = ofDay.reduce((sum, entry) => sum + (entry.receipt ?? 0), 0);
              const payments = ofDay.reduce((sum, entry) => sum + (entry.payment ?? 0), 0);
              const opening = closing[a]!;
              closing[a] = opening + receipts - payments;
              return { opening, receipts, payments, closing: closing[a]! };
            });
            const sum = (field: keyof AccountDay) => figures.reduce((total, figure) => total + figure[field], 0);
            const total = {
              opening: sum("opening"),
              receipts: sum("receipts"),
              payments: sum("payments"),
              closing: sum("closing"),
            };
            return { accounts: figures, total };
          });
          expect(report.days.map(({ accounts: figures, total }) => ({ accounts: figures, total }))).toEqual(expected);
        }),
      );
    });
  });
});

describe("closingBalanceOn and closingSeries", () => {
  const cash = accountJournal(
    "库存现金",
    [
      line("opening", null, { balance: 1000 }),
      line("entry", "2026-01-02", { receipt: 500 }),
      line("entry", "2026-01-03", { payment: 200 }),
    ],
    "cash",
  );

  test("the balance at the end of a day", () => {
    expect(value(closingBalanceOn(cash, day("2026-01-01")))).toEqual({ balance: 1000, findings: [] });
    expect(value(closingBalanceOn(cash, day("2026-01-02"))).balance).toBe(1500);
    expect(value(closingBalanceOn(cash, day("2026-12-31"))).balance).toBe(1300);
  });

  test("each account's closing balance per day, for a chart", () => {
    const bank = accountJournal("银行", [line("entry", "2026-01-03", { receipt: 1 })]);
    const days = [day("2026-01-01"), day("2026-01-02"), day("2026-01-03")];
    expect(closingSeries(value(fundsReport([cash, bank], days)))).toEqual({
      dates: days,
      accounts: [
        { account: "库存现金", closing: [1000, 1500, 1300] },
        { account: "银行", closing: [0, 0, 1] },
      ],
    });
  });
});
