/** The cash count's arithmetic (DOMAIN §4): 实盘数 from the counts, and 账存差额 = 实盘数 − 日记账余额. Money is integer 分. */
import { DENOMINATIONS, type CashDifference } from "./model";

/** 实盘数 in 分: the sum of face value × count, the counts in DENOMINATIONS order. */
export function countedFen(counts: readonly number[]): number {
  return DENOMINATIONS.reduce((total, { fen }, index) => total + fen * (counts[index] ?? 0), 0);
}

export function cashDifference(counted: number, book: number): CashDifference {
  const difference = counted - book;
  const outcome = difference > 0 ? "surplus" : difference < 0 ? "shortage" : "agrees";
  return { counted, book, difference, outcome };
}
