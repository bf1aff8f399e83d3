/**
 * The cashier's review of what the matcher found (DOMAIN §5: "ambiguous candidates are shown, not guessed; a match can
 * be undone"): undo a match, match lines by hand, and the 调节表, the 对账记录 and, when asked, the 两清 marks beside
 * the journal made from the reviewed matches.
 * A match by hand obeys the matcher's own invariants, so that the 调节表 stays true: lines of one direction only
 * (a receipt never clears a payment), equal sums to the 分 on both sides, and no line in two matches. Pure, like the
 * rules: the pane keeps a Review in its state and calls these.
 */
import { dateToSerial } from "../../core/dates";
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import { sumFen } from "../../core/money";
import type { SheetPlan } from "../../core/plan";
import { fail, ok, type Result } from "../../core/result";
import type { Reconciled } from "./job";
import { layoutClearedMarks, layoutMatchRecord, layoutReconciliation, matchId, type ClearedMarks } from "./layout";
import {
  DEFAULT_LONG_OUTSTANDING_DAYS,
  type Ambiguity,
  type Item,
  type Match,
  type MatchResult,
  type Reconciliation,
} from "./model";
import { readBook } from "./read";
import { longOutstanding, outstandingItems, reconciliation } from "./rules";

/** The matches as the cashier left them; `manual[i]` says whether matches[i] was made by hand. */
export interface Review {
  matches: Match[];
  manual: boolean[];
  ambiguous: Ambiguity[];
}

export function startReview(result: Pick<MatchResult, "matches" | "ambiguous">): Review {
  return {
    matches: [...result.matches],
    manual: result.matches.map(() => false),
    ambiguous: [...result.ambiguous],
  };
}

/** The review without the matches at `indexes`: their lines are unmatched again (未达账项 until matched anew). */
export function unmatch(review: Review, indexes: readonly number[]): Review {
  const dropped = new Set(indexes);
  return {
    matches: review.matches.filter((_, i) => !dropped.has(i)),
    manual: review.manual.filter((_, i) => !dropped.has(i)),
    ambiguous: review.ambiguous,
  };
}

/** Why a match by hand is refused; the shells word it. */
export type ManualRefusal =
  /** A match needs a line of the journal and a line of the statement. */
  | { reason: "needs-both-sides" }
  /** A line chosen is already in a match: undo that one first. */
  | { reason: "already-matched"; side: "book" | "statement"; row: number }
  /** A receipt and a payment cannot clear each other. */
  | { reason: "directions-differ" }
  /** The two sides' sums, in 分, differ. */
  | { reason: "sums-differ"; book: number; statement: number };

export type ManualOutcome = { ok: true; review: Review; match: Match } | ({ ok: false } & ManualRefusal);

/**
 * Matches the book entries and statement lines at these indexes by hand, when the matcher's invariants allow it. An
 * ambiguity that held any of the lines is settled by it: its other candidates are plain unmatched lines again.
 */
export function matchByHand(
  book: readonly Item[],
  statement: readonly Item[],
  review: Review,
  bookIndexes: readonly number[],
  statementIndexes: readonly number[],
): ManualOutcome {
  const bookSet = [...new Set(bookIndexes)].sort((a, b) => a - b);
  const statementSet = [...new Set(statementIndexes)].sort((a, b) => a - b);
  if (bookSet.length === 0 || statementSet.length === 0) return { ok: false, reason: "needs-both-sides" };
  const usedBook = new Set(review.matches.flatMap((m) => m.book));
  const usedStatement = new Set(review.matches.flatMap((m) => m.statement));
  const takenBook = bookSet.find((i) => usedBook.has(i));
  if (takenBook !== undefined) return { ok: false, reason: "already-matched", side: "book", row: book[takenBook]!.row };
  const takenStatement = statementSet.find((i) => usedStatement.has(i));
  if (takenStatement !== undefined)
    return { ok: false, reason: "already-matched", side: "statement", row: statement[takenStatement]!.row };
  const lines = [...bookSet.map((i) => book[i]!), ...statementSet.map((i) => statement[i]!)];
  if (lines.some((line) => line.flow !== lines[0]!.flow)) return { ok: false, reason: "directions-differ" };
  const bookSum = sumFen(bookSet.map((i) => book[i]!.amount));
  const statementSum = sumFen(statementSet.map((i) => statement[i]!.amount));
  if (bookSum !== statementSum) return { ok: false, reason: "sums-differ", book: bookSum, statement: statementSum };
  const match: Match = {
    book: bookSet,
    statement: statementSet,
    kind:
      bookSet.length === 1 && statementSet.length === 1
        ? "one-to-one"
        : statementSet.length === 1
          ? "one-to-many"
          : "many-to-one",
    // The record says 手工 for a match by hand (manualRecord); "sum" is what the match rests on.
    rule: "sum",
  };
  const ambiguous = review.ambiguous.filter(
    (group) => !group.book.some((i) => bookSet.includes(i)) && !group.statement.some((i) => statementSet.includes(i)),
  );
  return {
    ok: true,
    match,
    review: { matches: [...review.matches, match], manual: [...review.manual, true], ambiguous },
  };
}

/** The lines of each side in no match of the review. */
export function reviewedResult(review: Review, bookCount: number, statementCount: number): MatchResult {
  const usedBook = new Set(review.matches.flatMap((m) => m.book));
  const usedStatement = new Set(review.matches.flatMap((m) => m.statement));
  const free = (count: number, used: Set<number>) =>
    Array.from({ length: count }, (_, i) => i).filter((i) => !used.has(i));
  return {
    matches: review.matches,
    ambiguous: review.ambiguous,
    unmatchedBook: free(bookCount, usedBook),
    unmatchedStatement: free(statementCount, usedStatement),
  };
}

export const MANUAL_RULE_LABEL = "手工";

const MANUAL_KIND_LABELS = {
  "one-to-one": "一对一",
  "one-to-many": "一笔对多笔（对账单一笔）",
  "many-to-one": "多笔对一笔（日记账一笔）",
  "many-to-many": "多笔对多笔",
} as const;

/**
 * The 对账记录 of a review: the layout's record, with 手工 as the rule of each match made by hand (and 多笔对多笔 as
 * its kind where neither side is a single line, a shape the matcher never makes).
 */
function manualRecord(reconciled: Reconciled, review: Review): SheetPlan {
  const plan = layoutMatchRecord(reconciled.bookItems, reconciled.statementItems, review.matches, review.ambiguous);
  const rows = plan.blocks[0]!.rows;
  review.matches.forEach((match, index) => {
    if (!review.manual[index]) return;
    const row = rows[index + 1]!;
    const shape =
      match.book.length > 1 && match.statement.length > 1
        ? "many-to-many"
        : (match.kind as keyof typeof MANUAL_KIND_LABELS);
    row[1] = MANUAL_KIND_LABELS[shape];
    row[2] = MANUAL_RULE_LABEL;
  });
  return plan;
}

export interface Reviewed {
  result: MatchResult;
  reconciliation: Reconciliation;
  /** The readers' findings of the reconciliation, then 长期未达账项 as the review leaves them. */
  findings: Finding[];
  /** The 调节表 and the 对账记录. */
  plans: SheetPlan[];
}

/** The reconciliation again, from the reviewed matches: the four lists, the equation, the 调节表 and the 对账记录. */
export function reviewedReconciliation(
  reconciled: Reconciled,
  review: Review,
  longOutstandingDays = DEFAULT_LONG_OUTSTANDING_DAYS,
): Reviewed {
  const { bookItems, statementItems } = reconciled;
  const result = reviewedResult(review, bookItems.length, statementItems.length);
  const outstanding = outstandingItems(bookItems, statementItems, result);
  const figures = reconciliation(reconciled.book.balance, reconciled.statement.balance, outstanding);
  // Counted to the 调节表's date, as the job counts them; a month without lines of its own has none.
  const { heading } = reconciled;
  const dated = [...bookItems, ...statementItems].some((item) => !item.carried);
  const long = dated ? longOutstanding(outstanding, heading.asOf, longOutstandingDays) : [];
  const earlier = reconciled.findings.filter((finding) => finding.rule !== "reconcile-long-outstanding");
  const layout = layoutReconciliation({ ...heading, reconciliation: figures });
  return {
    result,
    reconciliation: figures,
    findings: [...earlier, ...long],
    plans: [layout.plan, manualRecord(reconciled, review)],
  };
}

/**
 * The 两清 marks of the review beside the journal, read again just before they are written (layoutClearedMarks). The
 * matches name journal rows as they were when matched: a journal whose entries have moved or changed since (a row
 * inserted, an amount corrected) would get marks on the wrong rows, so it is refused and the cashier matches again.
 */
export function reviewedMarks(journal: Grid, reconciled: Reconciled, review: Review): Result<ClearedMarks> {
  const read = readBook(journal);
  if (!read.ok) return read;
  const key = (item: Item) => `${item.row} ${dateToSerial(item.date)} ${item.flow} ${item.amount}`;
  const now = read.value.entries.map(key);
  const matched = reconciled.bookItems.filter((item) => !item.carried).map(key);
  if (now.length !== matched.length || now.some((entry, i) => entry !== matched[i]))
    return fail("reconcile-journal-changed", { sheet: journal.sheet });
  const marks = new Map<number, string>();
  review.matches.forEach((match, index) => {
    for (const i of match.book) {
      const item = reconciled.bookItems[i]!;
      // A carried item is a row of last month's 调节表, not of this journal.
      if (!item.carried) marks.set(item.row, matchId(index));
    }
  });
  const lastEntryRow = Math.max(0, ...read.value.entries.map((entry) => entry.row));
  return ok(layoutClearedMarks(journal, read.value.headerRow, lastEntryRow, marks));
}
