/**
 * The reconciliation's rules (DOMAIN §5), pure: the four lists of 未达账项 from what the matcher left unmatched, the
 * 余额调节表 equation, and the 长期未达账项 finding. The matcher itself is rules/match.ts.
 *
 *   日记账余额 + 银行已收企业未收 − 银行已付企业未付 = 对账单余额 + 企业已收银行未收 − 企业已付银行未付
 */
import { dateToSerial, formatIsoDate } from "../../core/dates";
import type { Finding } from "../../core/findings";
import { formatMoney, sumFen } from "../../core/money";
import {
  LIST_SIDES,
  OUTSTANDING_LISTS,
  type Item,
  type MatchResult,
  type OutstandingItems,
  type Reconciliation,
} from "./model";

export { matchItems, subsetsSummingTo } from "./rules/match";

/** The unmatched lines of each side, sorted into the four lists by side and direction, each by date then row. */
export function outstandingItems(
  book: readonly Item[],
  statement: readonly Item[],
  result: Pick<MatchResult, "unmatchedBook" | "unmatchedStatement">,
): OutstandingItems {
  const lists = Object.fromEntries(OUTSTANDING_LISTS.map((list) => [list, [] as Item[]])) as OutstandingItems;
  const sides = {
    book: result.unmatchedBook.map((i) => book[i]!),
    statement: result.unmatchedStatement.map((i) => statement[i]!),
  };
  for (const list of OUTSTANDING_LISTS) {
    const { side, flow } = LIST_SIDES[list];
    lists[list] = sides[side]
      .filter((item) => item.flow === flow)
      .sort((a, b) => dateToSerial(a.date) - dateToSerial(b.date) || a.row - b.row);
  }
  return lists;
}

const total = (items: readonly Item[]) => sumFen(items.map((item) => item.amount));

/** Both adjusted balances and their difference (0 when they agree), in 分. */
export function reconciliation(
  bookBalance: number,
  statementBalance: number,
  outstanding: OutstandingItems,
): Reconciliation {
  const adjustedBook = bookBalance + total(outstanding.bankReceivedNotBooked) - total(outstanding.bankPaidNotBooked);
  const adjustedStatement =
    statementBalance + total(outstanding.bookReceivedNotBank) - total(outstanding.bookPaidNotBank);
  return {
    bookBalance,
    statementBalance,
    outstanding,
    adjustedBook,
    adjustedStatement,
    difference: adjustedBook - adjustedStatement,
  };
}

/**
 * The difference between the adjusted balances from the six figures alone, as CASHBOOK.RECONCILE computes it:
 * (bookBalance + bankReceived − bankPaid) − (statementBalance + bookReceived − bookPaid).
 */
export function reconcileDifference(figures: {
  bookBalance: number;
  bankReceived: number;
  bankPaid: number;
  statementBalance: number;
  bookReceived: number;
  bookPaid: number;
}): number {
  const { bookBalance, bankReceived, bankPaid, statementBalance, bookReceived, bookPaid } = figures;
  return sumFen([bookBalance, bankReceived, -bankPaid]) - sumFen([statementBalance, bookReceived, -bookPaid]);
}

/**
 * 长期未达账项: an item still outstanding more than `days` after its date, counted to `asOf` (the latest date of the
 * month's lines). A cheque not presented or a receipt never booked for that long needs looking into.
 */
export function longOutstanding(outstanding: OutstandingItems, asOf: Item["date"], days: number): Finding[] {
  const end = dateToSerial(asOf);
  const findings: Finding[] = [];
  for (const list of OUTSTANDING_LISTS) {
    for (const item of outstanding[list]) {
      const open = end - dateToSerial(item.date);
      if (open <= days) continue;
      findings.push({
        rule: "reconcile-long-outstanding",
        severity: "warning",
        sheet: item.sheet,
        cell: item.cell,
        params: {
          date: formatIsoDate(item.date),
          amount: formatMoney(item.amount),
          summary: item.summary,
          days: open,
          limit: days,
        },
      });
    }
  }
  return findings;
}

/** The latest date among the lines, or null when there are none. */
export function latestDate(items: readonly Item[]): Item["date"] | null {
  let latest: Item["date"] | null = null;
  for (const item of items) if (!latest || dateToSerial(item.date) > dateToSerial(latest)) latest = item.date;
  return latest;
}
