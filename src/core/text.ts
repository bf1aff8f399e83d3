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
