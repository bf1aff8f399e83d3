/**
 * The cashier's review of the matcher's result: a match undone puts both its lines among the 未达账项 and the
 * adjusted balances still agree; matched again by hand, the 调节表 is the matcher's and the 对账记录 says 手工. A match
 * by hand is refused across directions, with unequal sums, with a line already matched, or with one side empty; and,
 * as a property, whatever lines are tried, the matches accepted never join opposite directions, never reuse a line
 * and always balance. Then the column mapping of a statement no profile recognises.
 */
import fc from "fast-check";
import type { Grid } from "../../../src/core/grid";
import {
  checkMapping,
  headerGuess,
  layoutClearedMarks,
  mappedStatement,
  matchByHand,
  parseReconcileSettings,
  readStatement,
  reconcileSources,
  reviewedMarks,
  reviewedReconciliation,
  startReview,
  unmatch,
  MANUAL_RULE_LABEL,
  type Reconciled,
  type Review,
} from "../../../src/jobs/reconcile";
import { bookGrid, inBook, onStatement, statementGrid, type MonthTxn } from "../../support/reconcile";

const OPENING = 10_000_000;
const TXNS: MonthTxn[] = [
  {
    date: "2026-03-02",
    flow: "in",
    amount: 5_270_000,
    summary: "收华北商贸货款",
    counterparty: "华北商贸",
    landing: "both",
  },
  { date: "2026-03-05", flow: "out", amount: 800_000, summary: "付材料款", number: "10203041", landing: "both" },
  { date: "2026-03-09", flow: "out", amount: 120_000, summary: "付电费", landing: "both" },
  { date: "2026-03-30", flow: "out", amount: 450_000, summary: "开出转账支票", number: "10203042", landing: "book" },
  { date: "2026-03-21", flow: "in", amount: 1_234, summary: "利息", landing: "statement" },
];

function reconciled(): Reconciled {
  const settings = parseReconcileSettings({});
  if (!settings.ok) throw new Error("settings");
  const made = reconcileSources(settings.value, {
    book: [bookGrid(inBook(TXNS), OPENING)],
    statement: [statementGrid(onStatement(TXNS), { layout: "signed", opening: OPENING })],
  });
  if (!made.ok) throw new Error(made.problem.id);
  return made.value;
}

/** The 对账记录's rows below its header. */
const recordRows = (plan: { blocks: { rows: unknown[][] }[] }) => plan.blocks[0]!.rows.slice(1);

describe("reviewing the matches", () => {
  test("undone, a match's lines are 未达账项 on both sides and the adjusted balances still agree", () => {
    const base = reconciled();
    const review = startReview(base.result);
    expect(review.matches).toHaveLength(3);
    const electricity = review.matches.findIndex((m) => base.bookItems[m.book[0]!]!.summary === "付电费");
    const undone = reviewedReconciliation(base, unmatch(review, [electricity]));
    expect(undone.reconciliation.outstanding.bookPaidNotBank.map((i) => i.summary)).toEqual(["付电费", "开出转账支票"]);
    expect(undone.reconciliation.outstanding.bankPaidNotBooked.map((i) => i.summary)).toEqual(["付电费"]);
    expect(undone.reconciliation.difference).toBe(0);
    expect(undone.reconciliation.adjustedBook).toBe(base.reconciliation.adjustedBook - 120_000);
    expect(recordRows(undone.plans[1]!)).toHaveLength(2);
  });

  test("matched again by hand, the 调节表 is the matcher's and the 对账记录 marks the match 手工", () => {
    const base = reconciled();
    const review = startReview(base.result);
    const electricity = review.matches.findIndex((m) => base.bookItems[m.book[0]!]!.summary === "付电费");
    const { book, statement } = review.matches[electricity]!;
    const again = matchByHand(base.bookItems, base.statementItems, unmatch(review, [electricity]), book, statement);
    expect(again).toMatchObject({ ok: true, match: { book, statement, kind: "one-to-one" } });
    if (!again.ok) return;
    const reviewed = reviewedReconciliation(base, again.review);
    expect(reviewed.reconciliation).toEqual(base.reconciliation);
    const rows = recordRows(reviewed.plans[1]!);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual([
      "M0003",
      "一对一",
      MANUAL_RULE_LABEL,
      String(base.bookItems[book[0]!]!.row),
      String(base.statementItems[statement[0]!]!.row),
      expect.any(Number),
      1200,
      "付电费",
    ]);
    // The matcher's own matches keep their rules.
    expect(rows.slice(0, 2).map((row) => row[2])).not.toContain(MANUAL_RULE_LABEL);
    expect(reviewed.plans[0]!.name).toBe(base.plans[0]!.name);
  });

  test("a match by hand is refused across directions, with unequal sums, a line matched, or one side empty", () => {
    const base = reconciled();
    const review = startReview(base.result);
    const { bookItems: book, statementItems: statement } = base;
    const bookIndex = (summary: string) => book.findIndex((i) => i.summary === summary);
    const statementIndex = (summary: string) => statement.findIndex((i) => i.summary === summary);
    expect(matchByHand(book, statement, review, [bookIndex("开出转账支票")], [])).toEqual({
      ok: false,
      reason: "needs-both-sides",
    });
    expect(matchByHand(book, statement, review, [bookIndex("开出转账支票")], [statementIndex("利息")])).toEqual({
      ok: false,
      reason: "directions-differ",
    });
    const loose = unmatch(review, [review.matches.findIndex((m) => book[m.book[0]!]!.summary === "付电费")]);
    expect(matchByHand(book, statement, loose, [bookIndex("开出转账支票")], [statementIndex("付电费")])).toEqual({
      ok: false,
      reason: "sums-differ",
      book: 450_000,
      statement: 120_000,
    });
    expect(matchByHand(book, statement, loose, [bookIndex("付材料款")], [statementIndex("付电费")])).toEqual({
      ok: false,
      reason: "already-matched",
      side: "book",
      row: book[bookIndex("付材料款")]!.row,
    });
  });

  test("several lines of each side, when their sums agree: 多笔对多笔", () => {
    const base = reconciled();
    const { bookItems: book, statementItems: statement } = base;
    const review = startReview(base.result);
    const both = review.matches
      .map((match, index) => ({ match, index }))
      .filter(({ match }) => book[match.book[0]!]!.flow === "out");
    const loose = unmatch(
      review,
      both.map(({ index }) => index),
    );
    const books = both.flatMap(({ match }) => match.book);
    const statements = both.flatMap(({ match }) => match.statement);
    // Two payments of the journal against the statement's two lines: 多笔对多笔, sums equal.
    const many = matchByHand(book, statement, loose, books, statements);
    expect(many).toMatchObject({ ok: true });
    if (!many.ok) return;
    const rows = recordRows(reviewedReconciliation(base, many.review).plans[1]!);
    expect(rows.at(-1)!.slice(1, 3)).toEqual(["多笔对多笔", MANUAL_RULE_LABEL]);
  });

  test("property: matches by hand never join opposite directions, never reuse a line, and always balance", () => {
    const base = reconciled();
    const { bookItems: book, statementItems: statement } = base;
    const indexes = (count: number) => fc.uniqueArray(fc.nat(count - 1), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(indexes(book.length), indexes(statement.length)), { maxLength: 8 }),
        fc.array(fc.nat(5), { maxLength: 3 }),
        (tries, undo) => {
          let review: Review = unmatch(startReview(base.result), undo);
          for (const [bookTry, statementTry] of tries) {
            const outcome = matchByHand(book, statement, review, bookTry, statementTry);
            if (outcome.ok) review = outcome.review;
          }
          const usedBook = review.matches.flatMap((m) => m.book);
          const usedStatement = review.matches.flatMap((m) => m.statement);
          expect(new Set(usedBook).size).toBe(usedBook.length);
          expect(new Set(usedStatement).size).toBe(usedStatement.length);
          for (const match of review.matches) {
            const lines = [...match.book.map((i) => book[i]!), ...match.statement.map((i) => statement[i]!)];
            expect(new Set(lines.map((line) => line.flow)).size).toBe(1);
            const sum = (items: number[], side: typeof book) => items.reduce((s, i) => s + side[i]!.amount, 0);
            expect(sum(match.book, book)).toBe(sum(match.statement, statement));
          }
          expect(reviewedReconciliation(base, review).reconciliation.difference).toBe(0);
        },
      ),
    );
  });
});

describe("mapping the columns of a statement no profile recognises", () => {
  const grid: Grid = {
    sheet: "流水",
    top: 0,
    left: 0,
    values: [
      ["企业网银流水", "", "", "", "", ""],
      ["记帐日", "业务摘要", "收款金额", "付款金额", "结余", "对方"],
      ["2026-03-02", "货款", "52,700.00", "", "152,700.00", "华北商贸"],
      ["2026-03-05", "材料款", "", "8,000.00", "144,700.00", "某某材料"],
    ],
  };

  test("the header is guessed, the mapping checked, and the lines read with their directions and rows", () => {
    expect(readStatement(grid)).toMatchObject({ ok: false, problem: { id: "reconcile-statement-no-header" } });
    expect(headerGuess(grid)).toEqual({
      row: 1,
      labels: ["记帐日", "业务摘要", "收款金额", "付款金额", "结余", "对方"],
    });
    expect(checkMapping({ in: "收款金额" })).toEqual({ reason: "needs-date", field: "date" });
    expect(checkMapping({ date: "记帐日", in: "收款金额" })).toEqual({ reason: "needs-in-and-out", field: "out" });
    expect(checkMapping({ date: "记帐日" })).toEqual({ reason: "needs-amount", field: "amount" });
    expect(checkMapping({ date: "记帐日", amount: "收款金额", balance: "收款金额" })).toEqual({
      reason: "column-twice",
      field: "balance",
    });
    const mapping = { date: "记帐日", in: "收款金额", out: "付款金额", balance: "结余", summary: "业务摘要" };
    expect(checkMapping(mapping)).toBeNull();
    const mapped = mappedStatement(grid, mapping);
    const read = readStatement(mapped!);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.lines.map(({ row, flow, amount, summary }) => ({ row, flow, amount, summary }))).toEqual([
      { row: 3, flow: "in", amount: 5_270_000, summary: "货款" },
      { row: 4, flow: "out", amount: 800_000, summary: "材料款" },
    ]);
    expect(read.value.closingBalance).toBe(14_470_000);
    // The cells themselves are not changed, only the header the reader is given.
    expect(mapped!.values[2]).toEqual(grid.values[2]);
  });

  test("a remembered mapping does not fit another export", () => {
    expect(mappedStatement(grid, { date: "交易日", amount: "发生额" })).toBeNull();
  });
});

describe("the 两清 column", () => {
  /** A journal whose used range starts at B3 (two title rows above it left blank), its header at B3. */
  const journal = (extra: Grid["values"] = []): Grid => ({
    sheet: "日记账",
    top: 2,
    left: 1,
    values: [
      ["日期", "摘要", "", "收入", "支出", "余额"],
      ["2026-03-01", "期初余额", "", "", "", 100],
      ["2026-03-02", "货款", "", 50, "", 150],
      ["2026-03-03", "电费", "", "", 20, 130],
      ...extra,
    ],
  });

  test("the first column right of the table empty from the header down, the addresses the sheet's", () => {
    // Sheet row 5 is 货款.
    const marks = new Map([[5, "M0002"]]);
    expect(layoutClearedMarks(journal(), 0, 6, marks)).toEqual({
      own: false,
      // The header's blank label at D is inside the table; G is the first column past its last label.
      block: { sheet: "日记账", top: 2, left: 7, values: [["两清"], [""], ["M0002"]] },
    });
    // A note below the table in that column passes it over.
    const noted = journal([["", "", "", "", "", "", "经办：李四"]]);
    expect(layoutClearedMarks(noted, 0, 6, marks).block.left).toBe(8);
  });

  test("found again by its header, its stale marks below the entries marked now are cleared", () => {
    const marked = journal([["2026-03-04", "利息", "", 1, "", 131, "M0009"]]).values.map((row, r) =>
      r === 0 ? [...row, "两清"] : row,
    );
    marked[2] = [...marked[2]!, "M0001"];
    const laid = layoutClearedMarks({ ...journal(), values: marked }, 0, 7, new Map([[6, "M0003"]]));
    expect(laid).toEqual({
      own: true,
      // Sheet row 6 is 电费: marked now; 货款 (row 5) and 利息 (row 7) lose the marks of a run before.
      block: { sheet: "日记账", top: 2, left: 7, values: [["两清"], [""], [""], ["M0003"], [""]] },
    });
  });

  test("a 对账 column the cashier keeps by hand (ticks, 已对) is the cashier's: the marks go to the next empty column", () => {
    for (const kept of [
      ["√", "√", ""],
      ["", "已对", "M0001"],
      ["", "", "m0001 "],
    ]) {
      const values = journal().values.map((row, r) => [...row, r === 0 ? "对账" : kept[r - 1]!]);
      const laid = layoutClearedMarks({ ...journal(), values }, 0, 6, new Map([[6, "M0001"]]));
      expect(laid).toEqual({
        own: false,
        block: { sheet: "日记账", top: 2, left: 8, values: [["两清"], [""], [""], ["M0001"]] },
      });
    }
  });

  test("our column is told from a hand-kept one beside it; a footer below the last entry is left as it is", () => {
    const values = journal([[], ["制表：张三", "", "", "", "", "", "", "审核：王五"]]).values.map((row, r) =>
      r === 0 ? [...row, "对账标记", "两清"] : r <= 3 ? [...row, "√", r === 3 ? "M0004" : ""] : row,
    );
    const laid = layoutClearedMarks({ ...journal(), values }, 0, 6, new Map([[5, "M0001"]]));
    // H (对账标记, ticks) is the cashier's; I (两清) is ours, cleared down to 电费 (sheet row 6) and no further.
    expect(laid).toEqual({
      own: true,
      block: { sheet: "日记账", top: 2, left: 8, values: [["两清"], [""], ["M0001"], [""]] },
    });
  });

  test("the marks are refused when the journal has changed since it was matched", () => {
    const month = reconciled();
    const review = startReview(month.result);
    const book = bookGrid(inBook(TXNS), OPENING);
    expect(reviewedMarks(book, month, review).ok).toBe(true);
    const changed = { ...book, values: book.values.map((row) => [...row]) };
    changed.values.splice(3, 0, ["2026-03-03", "", "补记", "", "", "", 1, "", ""]);
    expect(reviewedMarks(changed, month, review)).toEqual({
      ok: false,
      problem: { id: "reconcile-journal-changed", params: { sheet: book.sheet } },
    });
  });
});
