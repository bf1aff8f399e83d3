/**
 * Counts of pieces as cells give them: whole numbers of notes or coins, typed as numbers or as text (full-width
 * digits from a Chinese input method, thousands separators). A blank cell is a denomination the cashier did not
 * have: 0. Anything else is a problem naming the denomination, never a silent 0.
 */
import { toHalfWidth } from "../../core/money";
import { fail, ok, type Result } from "../../core/result";
import { shownText } from "../../core/text";
import { DENOMINATIONS, MAX_COUNT } from "./rules";

const WHOLE_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/** The count of the denomination at `index` of DENOMINATIONS. */
export function parseCount(value: unknown, index: number): Result<number> {
  if (value === null || value === undefined) return ok(0);
  const text = typeof value === "string" ? toHalfWidth(value).trim() : null;
  if (text === "") return ok(0);
  const count =
    typeof value === "number" ? value : text !== null && WHOLE_NUMBER.test(text) ? Number(text.replace(/,/g, "")) : NaN;
  if (Number.isInteger(count) && count >= 0 && count <= MAX_COUNT) return ok(count);
  return fail("cash-count-unreadable", {
    position: index + 1,
    denomination: DENOMINATIONS[index]?.label ?? "",
    text: shownText(value),
    max: MAX_COUNT.toLocaleString("en-US"),
  });
}

/** One count per denomination, in DENOMINATIONS order, or the first problem. */
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
