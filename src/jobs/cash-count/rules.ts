/**
 * The cash count's arithmetic (DOMAIN §4): 实盘数 from the counts; 调整后账存 = 日记账余额 + 已收款未记账 − 已付款未记账
 * (receipts and payments made before the count whose vouchers are not yet posted); 账存差额 = 实盘数 − 调整后账存.
 * Money is integer 分.
 */
import { DENOMINATIONS, type CashDifference, type Unrecorded } from "./model";

/** 实盘数 in 分: the sum of face value × count, the counts in DENOMINATIONS order. */
export function countedFen(counts: readonly number[]): number {
  return DENOMINATIONS.reduce((total, { fen }, index) => total + fen * (counts[index] ?? 0), 0);
}

export function cashDifference(
  counted: number,
  book: number,
  unrecorded: Unrecorded = { receipts: 0, payments: 0 },
): CashDifference {
  const adjusted = book + unrecorded.receipts - unrecorded.payments;
  const difference = counted - adjusted;
  const outcome = difference > 0 ? "surplus" : difference < 0 ? "shortage" : "agrees";
  return { counted, book, adjusted, difference, outcome };
}
