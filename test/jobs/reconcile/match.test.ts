/**
 * The matching engine and the equation on synthetic months: every kind of 未达账项, 1:N and N:1 groups, equal amounts
 * told apart by cheque number, a receipt and a payment of the same amount on the same day, ambiguous candidates left
 * to the cashier, carried 未达账项 cleared or reported as 长期未达账项, the date window. Then the properties: matches
 * never join opposite directions, never reuse a line, and the adjusted balances agree whenever the data are consistent.
 */
import fc from "fast-check";
import { parseDateCell } from "../../../src/core/dates";
import {
  layoutMatchRecord,
  longOutstanding,
  matchItems,
  outstandingItems,
  reconcileDifference,
  reconciliation,
  subsetsSummingTo,
  type Item,
  type MatchResult,
} from "../../../src/jobs/reconcile";
import { monthFigures, type MonthTxn, type Txn } from "../../support/reconcile";

const SETTINGS = { windowDays: 7, longOutstandingDays: 30 };

function item(txn: Txn & { carried?: boolean }, row: number, sheet = "x"): Item {
  const date = parseDateCell(txn.date);
  if (!date.ok) throw new Error(txn.date);
  return {
    row,
    date: date.value,
    time: -1,
    flow: txn.flow,
    amount: txn.amount,
    summary: txn.summary ?? "",
    counterparty: txn.counterparty ?? "",
    number: txn.number ?? "",
    carried: txn.carried ?? false,
    sheet,
    cell: `D${row}`,
  };
}

const items = (txns: readonly (Txn & { carried?: boolean })[], sheet = "x") =>
  txns.map((txn, i) => item(txn, i + 2, sheet));

/** Matches as [book rows, statement rows, kind, rule], rows as the items' own. */
function described(result: MatchResult, book: Item[], statement: Item[]) {
  return result.matches.map((m) => [
    m.book.map((i) => book[i]!.row),
    m.statement.map((i) => statement[i]!.row),
    m.kind,
    m.rule,
  ]);
}

describe("one to one", () => {
  test("a month with every kind of 未达账项 reconciles exactly", () => {
    const txns: MonthTxn[] = [
      {
        date: "2026-03-02",
        flow: "in",
        amount: 5_270_000,
        summary: "收华北商贸货款",
        counterparty: "华北商贸",
        landing: "both",
      },
      { date: "2026-03-03", flow: "out", amount: 1_500, summary: "手续费", landing: "both" },
      {
        date: "2026-03-10",
        flow: "out",
        amount: 800_000,
        summary: "付南方材料厂",
        number: "10203041",
        landing: "both",
      },
      { date: "2026-03-31", flow: "in", amount: 300_000, summary: "存入销货款", landing: "book" }, // 企业已收银行未收
      {
        date: "2026-03-30",
        flow: "out",
        amount: 450_000,
        summary: "开出转账支票",
        number: "10203042",
        landing: "book",
      }, // 企业已付银行未付
      { date: "2026-03-21", flow: "in", amount: 1_234, summary: "利息", landing: "statement" }, // 银行已收企业未收
      { date: "2026-03-25", flow: "out", amount: 2_000, summary: "短信费", landing: "statement" }, // 银行已付企业未付
    ];
    const book = items(txns.filter((t) => t.landing !== "statement"));
    const statement = items(txns.filter((t) => t.landing !== "book"));
    const result = matchItems(book, statement, SETTINGS);
    expect(described(result, book, statement)).toEqual([
      [[2], [2], "one-to-one", "unique"],
      [[3], [3], "one-to-one", "unique"],
      [[4], [4], "one-to-one", "number"],
    ]);
    const lists = outstandingItems(book, statement, result);
    expect(lists.bookReceivedNotBank.map((i) => i.amount)).toEqual([300_000]);
    expect(lists.bookPaidNotBank.map((i) => i.amount)).toEqual([450_000]);
    expect(lists.bankReceivedNotBooked.map((i) => i.amount)).toEqual([1_234]);
    expect(lists.bankPaidNotBooked.map((i) => i.amount)).toEqual([2_000]);
    const figures = monthFigures(txns, 10_000_000);
    const rec = reconciliation(figures.bookBalance, figures.statementBalance, lists);
    expect(rec.adjustedBook).toBe(figures.bookBalance + 1_234 - 2_000);
    expect(rec.adjustedStatement).toBe(figures.statementBalance + 300_000 - 450_000);
    expect(rec.difference).toBe(0);
  });

  test("equal amounts are told apart by cheque number, even against the dates", () => {
    const book = items([
      { date: "2026-03-03", flow: "out", amount: 500_000, summary: "付款", number: "00111111" },
      { date: "2026-03-04", flow: "out", amount: 500_000, summary: "付款", number: "00222222" },
    ]);
    const statement = items([
      { date: "2026-03-04", flow: "out", amount: 500_000, summary: "转账支票 222222" },
      { date: "2026-03-06", flow: "out", amount: 500_000, summary: "支票", number: "111111" },
    ]);
    expect(described(matchItems(book, statement, SETTINGS), book, statement)).toEqual([
      [[2], [3], "one-to-one", "number"],
      [[3], [2], "one-to-one", "number"],
    ]);
  });

  test("a receipt and a payment of the same amount on the same day never match across", () => {
    const book = items([
      { date: "2026-03-05", flow: "in", amount: 100_000, summary: "收回押金" },
      { date: "2026-03-05", flow: "out", amount: 100_000, summary: "支付押金" },
    ]);
    const statement = items([
      { date: "2026-03-05", flow: "out", amount: 100_000, summary: "转账" },
      { date: "2026-03-05", flow: "in", amount: 100_000, summary: "转账" },
    ]);
    expect(described(matchItems(book, statement, SETTINGS), book, statement)).toEqual([
      [[2], [3], "one-to-one", "unique"],
      [[3], [2], "one-to-one", "unique"],
    ]);
  });

  test("counterparty and summary decide between candidates before the dates do", () => {
    const book = items([
      { date: "2026-03-03", flow: "out", amount: 60_000, summary: "付东方文具店办公用品" },
      { date: "2026-03-04", flow: "out", amount: 60_000, summary: "付西城印刷厂印刷费" },
    ]);
    const statement = items([
      { date: "2026-03-04", flow: "out", amount: 60_000, summary: "转账", counterparty: "西城印刷厂" },
      { date: "2026-03-05", flow: "out", amount: 60_000, summary: "转账", counterparty: "东方文具店" },
    ]);
    expect(described(matchItems(book, statement, SETTINGS), book, statement)).toEqual([
      [[2], [3], "one-to-one", "closest"],
      [[3], [2], "one-to-one", "closest"],
    ]);
  });

  test("lines nothing tells apart (same day, amount, no number or text) are interchangeable, paired in order", () => {
    const book = items([
      { date: "2026-03-05", flow: "in", amount: 20_000, summary: "现金存入" },
      { date: "2026-03-05", flow: "in", amount: 20_000, summary: "现金存入" },
    ]);
    const statement = items([
      { date: "2026-03-06", flow: "in", amount: 20_000, summary: "存款" },
      { date: "2026-03-06", flow: "in", amount: 20_000, summary: "存款" },
    ]);
    expect(described(matchItems(book, statement, SETTINGS), book, statement)).toEqual([
      [[2], [2], "one-to-one", "interchangeable"],
      [[3], [3], "one-to-one", "interchangeable"],
    ]);
  });

  test("candidates that differ but not enough to choose are ambiguous, not guessed", () => {
    const book = items([
      { date: "2026-03-10", flow: "out", amount: 80_000, summary: "付款" },
      { date: "2026-03-12", flow: "out", amount: 80_000, summary: "付款" },
    ]);
    const statement = items([{ date: "2026-03-11", flow: "out", amount: 80_000, summary: "转账" }]);
    const result = matchItems(book, statement, SETTINGS);
    expect(result.matches).toEqual([]);
    expect(result.ambiguous).toEqual([{ book: [0, 1], statement: [0] }]);
    expect(result.unmatchedBook).toEqual([0, 1]);
    expect(result.unmatchedStatement).toEqual([0]);
  });

  test("a recurring amount that only the dates tell apart: the one best assignment pairs them in order", () => {
    // Each book line is 1 day from the first bank line: pair by pair nothing is closest, yet only one assignment
    // pairs both lines with both 1 day apart (the other pairs 3-02 with 3-05, 3 days).
    const book = items([
      { date: "2026-03-02", flow: "out", amount: 1_500, summary: "手续费" },
      { date: "2026-03-04", flow: "out", amount: 1_500, summary: "手续费" },
    ]);
    const statement = items([
      { date: "2026-03-03", flow: "out", amount: 1_500, summary: "手续费" },
      { date: "2026-03-05", flow: "out", amount: 1_500, summary: "手续费" },
    ]);
    const result = matchItems(book, statement, SETTINGS);
    expect(described(result, book, statement)).toEqual([
      [[2], [2], "one-to-one", "dates"],
      [[3], [3], "one-to-one", "dates"],
    ]);
    expect(result.ambiguous).toEqual([]);
  });

  test("the dates pair every line they can: the nearest pair is not taken when it would leave two lines unpaired", () => {
    // 3-06 ↔ 3-04 is the nearest pair, but taking it leaves 3-01 and 3-09, 8 days apart, outside the window.
    const book = items([
      { date: "2026-03-01", flow: "out", amount: 300_000, summary: "房租" },
      { date: "2026-03-06", flow: "out", amount: 300_000, summary: "房租" },
    ]);
    const statement = items([
      { date: "2026-03-04", flow: "out", amount: 300_000, summary: "房租" },
      { date: "2026-03-09", flow: "out", amount: 300_000, summary: "房租" },
    ]);
    const result = matchItems(book, statement, SETTINGS);
    expect(described(result, book, statement)).toEqual([
      [[2], [2], "one-to-one", "dates"],
      [[3], [3], "one-to-one", "dates"],
    ]);
  });

  test("a tie within a recurring amount stays ambiguous, and the rest of the group is still decided", () => {
    // 3-03 on the bank is 2 days from the book's 3-01 and 3-05 alike: which is outstanding cannot be known. The
    // pair 3-20 / 3-21, tied to them through 3-14 / 3-15 in the window, is decided all the same.
    const book = items([
      { date: "2026-03-01", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-05", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-09", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-14", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-20", flow: "in", amount: 5_000, summary: "利息" },
    ]);
    const statement = items([
      { date: "2026-03-03", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-10", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-15", flow: "in", amount: 5_000, summary: "利息" },
      { date: "2026-03-21", flow: "in", amount: 5_000, summary: "利息" },
    ]);
    const result = matchItems(book, statement, SETTINGS);
    expect(described(result, book, statement)).toEqual([
      [[4], [3], "one-to-one", "dates"],
      [[5], [4], "one-to-one", "dates"],
      [[6], [5], "one-to-one", "dates"],
    ]);
    expect(result.ambiguous).toEqual([{ book: [0, 1], statement: [0] }]);
  });

  test("the date window: 10 days apart match with a window of 10, not of 7", () => {
    const book = items([{ date: "2026-03-01", flow: "out", amount: 7_000, summary: "付款" }]);
    const statement = items([{ date: "2026-03-11", flow: "out", amount: 7_000, summary: "付款" }]);
    expect(matchItems(book, statement, SETTINGS).matches).toEqual([]);
    expect(matchItems(book, statement, { ...SETTINGS, windowDays: 10 }).matches).toHaveLength(1);
  });
});

describe("groups", () => {
  test("one statement line for a day's deposits (1:N)", () => {
    const book = items([
      { date: "2026-03-09", flow: "in", amount: 120_000, summary: "收甲货款" },
      { date: "2026-03-09", flow: "in", amount: 35_050, summary: "收乙货款" },
      { date: "2026-03-09", flow: "in", amount: 4_950, summary: "收丙货款" },
      { date: "2026-03-09", flow: "out", amount: 4_950, summary: "付丁" },
    ]);
    const statement = items([{ date: "2026-03-10", flow: "in", amount: 160_000, summary: "现金缴款" }]);
    const result = matchItems(book, statement, SETTINGS);
    expect(described(result, book, statement)).toEqual([[[2, 3, 4], [2], "one-to-many", "sum"]]);
    expect(result.unmatchedBook).toEqual([3]);
  });

  test("several statement lines for one payroll entry (N:1)", () => {
    const book = items([{ date: "2026-03-15", flow: "out", amount: 1_830_000, summary: "发放三月工资" }]);
    const statement = items([
      { date: "2026-03-15", flow: "out", amount: 610_000, summary: "代发工资" },
      { date: "2026-03-15", flow: "out", amount: 620_000, summary: "代发工资" },
      { date: "2026-03-16", flow: "out", amount: 600_000, summary: "代发工资" },
      { date: "2026-03-16", flow: "in", amount: 600_000, summary: "退回" },
    ]);
    const result = matchItems(book, statement, SETTINGS);
    expect(described(result, book, statement)).toEqual([[[2], [2, 3, 4], "many-to-one", "sum"]]);
    expect(result.unmatchedStatement).toEqual([3]);
  });

  test("a line two sets add up to is ambiguous", () => {
    const book = items([
      { date: "2026-03-09", flow: "in", amount: 100, summary: "a" },
      { date: "2026-03-09", flow: "in", amount: 200, summary: "b" },
      { date: "2026-03-09", flow: "in", amount: 300, summary: "c" },
    ]);
    const statement = items([{ date: "2026-03-09", flow: "in", amount: 300, summary: "存入" }]);
    // 300 alone is a 1:1 candidate; 100 + 200 is a set too, but 1:1 goes first and settles it.
    expect(described(matchItems(book, statement, SETTINGS), book, statement)).toEqual([
      [[4], [2], "one-to-one", "unique"],
    ]);
    const two = items([
      { date: "2026-03-09", flow: "in", amount: 100, summary: "a" },
      { date: "2026-03-09", flow: "in", amount: 200, summary: "b" },
      { date: "2026-03-09", flow: "in", amount: 150, summary: "c" },
      { date: "2026-03-09", flow: "in", amount: 150, summary: "d" },
    ]);
    const result = matchItems(two, statement, SETTINGS);
    expect(result.matches).toEqual([]);
    expect(result.ambiguous).toEqual([{ book: [0, 1, 2, 3], statement: [0] }]);
  });

  test("the subset search finds at most two sets and stops within its budget", () => {
    const many = Array.from({ length: 16 }, () => 1);
    const search = subsetsSummingTo(3, many, (x) => x);
    expect(search.sets).toHaveLength(2);
    const none = subsetsSummingTo(
      1_000_001,
      Array.from({ length: 16 }, (_, i) => 2 ** i),
      (x) => x,
    );
    expect(none.sets).toEqual([]);
  });
});

describe("carried 未达账项", () => {
  const carriedBook = items(
    [
      { date: "2026-02-26", flow: "out", amount: 500_000, summary: "开出支票", number: "10203039", carried: true },
      { date: "2026-01-20", flow: "out", amount: 12_000, summary: "开出支票", number: "10203001", carried: true },
    ],
    "上月调节表",
  );
  const carriedStatement = items(
    [{ date: "2026-02-28", flow: "in", amount: 88, summary: "利息", carried: true }],
    "上月调节表",
  );

  test("last month's items clear against this month's lines; one still open after 30 days is 长期未达账项", () => {
    const book = [
      ...carriedBook,
      ...items([
        { date: "2026-03-02", flow: "in", amount: 88, summary: "利息收入" },
        { date: "2026-03-20", flow: "out", amount: 500_000, summary: "付货款" },
      ]),
    ];
    const statement = [
      ...carriedStatement,
      ...items([
        { date: "2026-03-04", flow: "out", amount: 500_000, summary: "支票 10203039" },
        { date: "2026-03-21", flow: "out", amount: 500_000, summary: "转账" },
      ]),
    ];
    const result = matchItems(book, statement, SETTINGS);
    expect(result.matches.map((m) => [m.book, m.statement, m.kind])).toEqual([
      [[0], [1], "carried"],
      [[2], [0], "carried"],
      [[3], [2], "one-to-one"],
    ]);
    const lists = outstandingItems(book, statement, result);
    expect(lists.bookPaidNotBank.map((i) => i.number)).toEqual(["10203001"]);
    const findings = longOutstanding(lists, { year: 2026, month: 3, day: 21 }, 30);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "reconcile-long-outstanding",
        severity: "warning",
        sheet: "上月调节表",
        cell: "D3",
        params: expect.objectContaining({ date: "2026-01-20", amount: "120.00", days: 60, limit: 30 }),
      }),
    ]);
    // The 对账记录 names the sheet of a carried line: its row is last month's 调节表's, not the journal's.
    const record = layoutMatchRecord(book, statement, result.matches, result.ambiguous);
    expect(record.blocks[0]!.rows.slice(1).map((row) => [row[3], row[4]])).toEqual([
      ["上月调节表!2", "2"],
      ["2", "上月调节表!2"],
      ["3", "3"],
    ]);
  });
});

describe("CASHBOOK.RECONCILE's arithmetic", () => {
  test("(book + bank received − bank paid) − (statement + book received − book paid)", () => {
    expect(
      reconcileDifference({
        bookBalance: 10_000,
        bankReceived: 50,
        bankPaid: 20,
        statementBalance: 9_000,
        bookReceived: 1_500,
        bookPaid: 470,
      }),
    ).toBe(0);
    expect(
      reconcileDifference({
        bookBalance: 10_001,
        bankReceived: 50,
        bankPaid: 20,
        statementBalance: 9_000,
        bookReceived: 1_500,
        bookPaid: 470,
      }),
    ).toBe(1);
  });
});

// ————————————————————————————————————————————————————————————————— properties

/** A month of transactions with few distinct amounts and days, so that equal amounts and same-day lines abound. */
const month = fc.array(
  fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    lag: fc.integer({ min: 0, max: 3 }),
    flow: fc.constantFrom<"in" | "out">("in", "out"),
    amount: fc.oneof(fc.constantFrom(100, 5_000, 5_000_00, 12_345), fc.integer({ min: 1, max: 10_000_000 })),
    landing: fc.constantFrom<"both" | "book" | "statement">("both", "both", "both", "book", "statement"),
    number: fc.option(fc.integer({ min: 100_000, max: 100_020 }).map(String), { nil: undefined }),
    split: fc.boolean(),
  }),
  { maxLength: 40 },
);

type Month = typeof month extends fc.Arbitrary<infer T> ? T : never;

function sides(txns: Month) {
  const book: Txn[] = [];
  const statement: Txn[] = [];
  for (const t of txns) {
    const date = `2026-03-${String(t.day).padStart(2, "0")}`;
    const bankDate = `2026-03-${String(Math.min(28, t.day + t.lag)).padStart(2, "0")}`;
    const base = { flow: t.flow, amount: t.amount, summary: "", ...(t.number && { number: t.number }) };
    if (t.landing !== "statement") {
      // A book entry posted in two parts that the bank shows as one line now and then.
      if (t.split && t.amount > 1 && t.landing === "both") {
        const part = Math.floor(t.amount / 3);
        book.push({ ...base, date, amount: part }, { ...base, date, amount: t.amount - part });
      } else book.push({ ...base, date });
    }
    if (t.landing !== "book") statement.push({ ...base, date: bankDate });
  }
  return { book: items(book), statement: items(statement) };
}

describe("properties", () => {
  test("matches join lines of one direction and equal sums, and never use a line twice", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 10 }), (txns, window) => {
        const { book, statement } = sides(txns);
        const result = matchItems(book, statement, { windowDays: window, longOutstandingDays: 30 });
        const usedBook = result.matches.flatMap((m) => m.book);
        const usedStatement = result.matches.flatMap((m) => m.statement);
        expect(new Set(usedBook).size).toBe(usedBook.length);
        expect(new Set(usedStatement).size).toBe(usedStatement.length);
        expect([...usedBook, ...result.unmatchedBook].sort((a, b) => a - b)).toEqual(book.map((_, i) => i));
        expect([...usedStatement, ...result.unmatchedStatement].sort((a, b) => a - b)).toEqual(
          statement.map((_, i) => i),
        );
        for (const m of result.matches) {
          const flows = new Set([...m.book.map((i) => book[i]!.flow), ...m.statement.map((i) => statement[i]!.flow)]);
          expect(flows.size).toBe(1);
          const sum = (indexes: number[], side: Item[]) => indexes.reduce((s, i) => s + side[i]!.amount, 0);
          expect(sum(m.book, book)).toBe(sum(m.statement, statement));
        }
        for (const group of result.ambiguous) {
          for (const i of group.book) expect(result.unmatchedBook).toContain(i);
          for (const i of group.statement) expect(result.unmatchedStatement).toContain(i);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the adjusted balances agree whenever both sides start from the same balance and hold the same money", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 1_000_000_00 }), (txns, opening) => {
        const { book, statement } = sides(txns);
        const flowSum = (side: Item[]) => side.reduce((s, i) => s + (i.flow === "in" ? i.amount : -i.amount), 0);
        const result = matchItems(book, statement, SETTINGS);
        const rec = reconciliation(
          opening + flowSum(book),
          opening + flowSum(statement),
          outstandingItems(book, statement, result),
        );
        expect(rec.difference).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test("the same input gives the same matches", () => {
    fc.assert(
      fc.property(month, (txns) => {
        const { book, statement } = sides(txns);
        expect(matchItems(book, statement, SETTINGS)).toEqual(matchItems(book, statement, SETTINGS));
      }),
      { numRuns: 50 },
    );
  });
});

// ————————————————————————————————————————————————————————————————— properties of the dates' assignment

/** Day `offset` after 2026-01-01, as "YYYY-MM-DD". */
const dayText = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

/** Lines of a few recurring amounts (fees, rent, interest), each posted by the bank 0 to 3 days after the book. */
const recurring = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 120 }),
    lag: fc.integer({ min: 0, max: 3 }),
    flow: fc.constantFrom<"in" | "out">("in", "out"),
    amount: fc.constantFrom(1_500, 2_000, 300_000),
  }),
  { maxLength: 60 },
);

/**
 * Every way to pair `book` days with `statement` days within the window (each line once), reduced to the best by the
 * matcher's measure — the most pairs, then the least sum of squared days apart — and each written as its sorted pairs
 * of days: lines of one day are interchangeable, so two assignments that differ only among them are one.
 */
function bestAssignments(book: number[], statement: number[], window: number): Set<string> {
  let best: { pairs: number; cost: number } = { pairs: -1, cost: 0 };
  let found = new Set<string>();
  const chosen: [number, number][] = [];
  const used = new Array<boolean>(statement.length).fill(false);
  const walk = (i: number) => {
    if (i === book.length) {
      const cost = chosen.reduce((sum, [b, s]) => sum + (s - b) ** 2, 0);
      const key = chosen
        .map(([b, s]) => `${b}>${s}`)
        .sort()
        .join(",");
      if (chosen.length > best.pairs || (chosen.length === best.pairs && cost < best.cost)) {
        best = { pairs: chosen.length, cost };
        found = new Set([key]);
      } else if (chosen.length === best.pairs && cost === best.cost) found.add(key);
      return;
    }
    walk(i + 1);
    for (let j = 0; j < statement.length; j++) {
      if (used[j] || Math.abs(statement[j]! - book[i]!) > window) continue;
      used[j] = true;
      chosen.push([book[i]!, statement[j]!]);
      walk(i + 1);
      chosen.pop();
      used[j] = false;
    }
  };
  walk(0);
  return found;
}

describe("properties of the dates' assignment", () => {
  test("a consistent month of recurring equal amounts reconciles completely: every line paired, none ambiguous", () => {
    fc.assert(
      fc.property(recurring, (txns) => {
        const summary = (amount: number) => (amount === 300_000 ? "房租" : "手续费");
        const book = items(txns.map((t) => ({ ...t, date: dayText(t.day), summary: summary(t.amount) })));
        const statement = items(txns.map((t) => ({ ...t, date: dayText(t.day + t.lag), summary: summary(t.amount) })));
        const result = matchItems(book, statement, SETTINGS);
        expect(result.ambiguous).toEqual([]);
        expect(result.unmatchedBook).toEqual([]);
        expect(result.unmatchedStatement).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("the dates never guess: what they pair is in every best assignment, and they pair all of it when it is one", () => {
    const days = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 6 });
    fc.assert(
      fc.property(days, days, fc.integer({ min: 0, max: 7 }), (bookDays, statementDays, window) => {
        const line = (day: number) => ({ date: dayText(day), flow: "out" as const, amount: 1_500, summary: "手续费" });
        const book = items(bookDays.map(line));
        const statement = items(statementDays.map(line));
        const result = matchItems(book, statement, { windowDays: window, longOutstandingDays: 30 });
        const best = bestAssignments(bookDays, statementDays, window);
        const matched = result.matches.map((m) => `${bookDays[m.book[0]!]}>${statementDays[m.statement[0]!]}`);
        // Every pair made is in every best assignment (as many times as it is made).
        for (const assignment of best) {
          const left = assignment === "" ? [] : assignment.split(",");
          for (const pair of matched) {
            expect(left).toContain(pair);
            left.splice(left.indexOf(pair), 1);
          }
        }
        if (best.size === 1) {
          expect(matched.sort().join(",")).toEqual([...best][0]);
          expect(result.ambiguous).toEqual([]);
        } else expect(result.ambiguous.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
