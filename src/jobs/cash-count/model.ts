/**
 * The cash count's records and data (现金盘点, DOMAIN §4, 日清月结): the cash in the safe is counted by denomination, and the total is
 * compared with the cash journal's balance for the day. 账存差额 = 实盘数 − 日记账余额. IOUs (白条) are not cash and
 * have no place in the count. Money is integer 分.
 */
import type { CalendarDate } from "../../core/dates";

export interface Denomination {
  /** Face value in 分. */
  fen: number;
  /** As the count sheet writes it: "100 元", "5 角", "1 分". */
  label: string;
}

/**
 * The denominations a cashier counts, largest first: notes of 100, 50, 20, 10, 5 and 1 元, 5 角 and 1 角 (1 元,
 * 5 角 and 1 角 come as notes and coins, counted together), and the 5, 2 and 1 分 coins. This order is the order of
 * the count sheet's rows and of CASHBOOK.CASHDIFF's counts.
 */
export const DENOMINATIONS: readonly Denomination[] = [
  { fen: 10000, label: "100 元" },
  { fen: 5000, label: "50 元" },
  { fen: 2000, label: "20 元" },
  { fen: 1000, label: "10 元" },
  { fen: 500, label: "5 元" },
  { fen: 100, label: "1 元" },
  { fen: 50, label: "5 角" },
  { fen: 10, label: "1 角" },
  { fen: 5, label: "5 分" },
  { fen: 2, label: "2 分" },
  { fen: 1, label: "1 分" },
];

/**
 * The most pieces of one denomination a count may hold. No safe holds a billion notes, and the bound keeps the
 * counted total (at most 11 × 10⁹ × 100 元) far inside MAX_FEN, so it stays exact.
 */
export const MAX_COUNT = 1_000_000_000;

/** 盘盈 (more cash than the books say), 盘亏 (less), or 相符. */
export type CountOutcome = "surplus" | "shortage" | "agrees";

/** How the count sheet names each outcome. */
export const OUTCOME_LABELS: Record<CountOutcome, string> = { surplus: "盘盈", shortage: "盘亏", agrees: "相符" };

/** Receipts and payments made before the count whose vouchers are not yet posted to the journal, in 分. */
export interface Unrecorded {
  /** 已收款未记账 */
  receipts: number;
  /** 已付款未记账 */
  payments: number;
}

export interface CashDifference {
  /** 实盘数 in 分. */
  counted: number;
  /** 日记账余额 in 分. */
  book: number;
  /** 调整后账存 = book + 已收款未记账 − 已付款未记账, in 分. */
  adjusted: number;
  /** 账存差额 = counted − adjusted, in 分. */
  difference: number;
  outcome: CountOutcome;
}

/** What the cashier sets for a count: the unit, the day, and the book balance when it is given rather than read. */
export interface CashCountSettings {
  /** 单位名称 */
  unit: string;
  /** 盘点日期 */
  date: CalendarDate;
  /** 日记账余额 in 分, when given; otherwise it is the cash journal's balance at the end of the day. */
  book?: number;
  /** Receipts and payments not yet posted, when known before the count; otherwise the cashier fills them in. */
  unrecorded?: Unrecorded;
}
