/**
 * Text from outside (bank exports, CSV, anything a user pasted) is data. Excel reads a value that starts with
 * `=`, `+`, `-` or `@` as a formula, so such text is written behind an apostrophe, which Excel keeps as text and
 * does not show: a bank export can never inject a formula.
 */
import type { CellValue } from "./grid";

const FORMULA_LEAD = /^[=+\-@]/;

export function literalCellValue(value: CellValue): CellValue {
  return typeof value === "string" && FORMULA_LEAD.test(value) ? `'${value}` : value;
}

/**
 * A value as a message shows it. Cells hold text, numbers, booleans or nothing, but a custom function's argument can
 * be any object (an entity value, say), and String() throws for some: this never does.
 */
export function shownText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" && typeof value !== "function") return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    // A cycle, a BigInt inside; and a Proxy can throw on every look at it.
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return typeof value;
    }
  }
}
