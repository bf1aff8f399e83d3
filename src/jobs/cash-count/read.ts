/**
 * Counts of pieces as cells give them: whole numbers of notes or coins, typed as numbers or as text (full-width
 * digits from a Chinese input method, thousands separators). A blank cell is a denomination the cashier did not
 * have: 0. Anything else is a problem naming the denomination, never a silent 0.
 */
import { parseCount as parseWholeCount } from "../../core/cells";
import { fail, ok, type Result } from "../../core/result";
import { shownText } from "../../core/text";
import { DENOMINATIONS, MAX_COUNT } from "./model";

export function parseCount(value: unknown, index: number): Result<number> {
  const count = parseWholeCount(value, MAX_COUNT);
  if (count.ok) return count;
  return fail("cash-count-unreadable", {
    position: index + 1,
    denomination: DENOMINATIONS[index]?.label ?? "",
    text: shownText(value),
    max: MAX_COUNT.toLocaleString("en-US"),
  });
}

export function readCounts(cells: readonly unknown[]): Result<number[]> {
  if (cells.length !== DENOMINATIONS.length)
    return fail("cash-count-wrong-size", { expected: DENOMINATIONS.length, actual: cells.length });
  const counts: number[] = [];
  for (const [index, cell] of cells.entries()) {
    const count = parseCount(cell, index);
    if (!count.ok) return count;
    counts.push(count.value);
  }
  return ok(counts);
}
