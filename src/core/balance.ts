/**
 * The running balance of a journal (DOMAIN §4): each line's balance is the previous balance + 收入 − 支出, starting
 * from the opening balance. Money is integer 分. Lines arrive as Results because a line the reader could not read
 * leaves every balance from it on unknown: it must not be skipped (that would shift all later balances) nor taken
 * as 0.
 */
import { MAX_FEN, formatMoney } from "./money";
import { fail, ok, type Result } from "./result";

export interface Movement {
  /** 收入 in 分. */
  receipt: number;
  /** 支出 in 分. */
  payment: number;
}

/**
 * The balance after each line. From the first line that is a problem on, every balance carries that problem; a
 * balance beyond MAX_FEN either way (only a typing error gets there, and it would soon stop being exact) is one too.
 */
export function runningBalances(opening: number, lines: readonly Result<Movement>[]): Result<number>[] {
  let balance = opening;
  let stopped: Result<number> | null = null;
  return lines.map((line, index) => {
    if (stopped) return stopped;
    if (!line.ok) return (stopped = line);
    balance += line.value.receipt - line.value.payment;
    if (Math.abs(balance) > MAX_FEN)
      return (stopped = fail("balance-out-of-range", { position: index + 1, max: formatMoney(MAX_FEN) }));
    return ok(balance);
  });
}

/**
 * 0 when every stated balance equals the running balance, otherwise the 1-based position of the first that does
 * not. A problem (an unreadable line or stated balance) before the first disagreement is the answer instead, since
 * nothing after it can be checked; so is a list of stated balances that does not pair with the lines one for one.
 */
export function firstBalanceMismatch(
  opening: number,
  lines: readonly Result<Movement>[],
  stated: readonly Result<number>[],
): Result<number> {
  if (stated.length !== lines.length)
    return fail("balance-check-lengths-differ", { lines: lines.length, balances: stated.length });
  const computed = runningBalances(opening, lines);
  for (let index = 0; index < computed.length; index++) {
    const balance = computed[index]!;
    const shown = stated[index]!;
    if (!balance.ok) return balance;
    if (!shown.ok) return shown;
    if (shown.value !== balance.value) return ok(index + 1);
  }
  return ok(0);
}
