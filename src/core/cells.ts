/**
 * Reading one cell as an amount, a date, a text or a count, for every job's reader. A cell that cannot be read adds a
 * Finding on that cell and reads as null: never an exception, never a silent 0. Blank reads as null without one.
 */
import { parseDateCell, type CalendarDate } from "./dates";
import { findingFromProblem, type Finding } from "./findings";
import { gridCellAddress, isBlank, type CellValue, type Grid } from "./grid";
import { parseMoney, toHalfWidth } from "./money";
import { fail, ok, type Result } from "./result";
import { shownText } from "./text";

/** Where a reader reads and where its findings go. */
export interface CellSource {
  grid: Grid;
  findings: Finding[];
}

function cellOf(source: CellSource, row: number, column: number): CellValue {
  return source.grid.values[row]?.[column] ?? null;
}

function reported<T>(source: CellSource, row: number, column: number, result: Result<T | null>): T | null {
  if (result.ok) return result.value;
  source.findings.push(
    findingFromProblem(result.problem, source.grid.sheet, gridCellAddress(source.grid, row, column)),
  );
  return null;
}

/**
 * 分, or null when blank or unreadable. An amount finer than 分 (12.345) is unreadable here: a document or an entry
 * that shows 12.35 and adds 12.345 no longer adds up, so the cell is reported rather than rounded.
 */
export function readAmount(source: CellSource, row: number, column: number): number | null {
  return reported(source, row, column, parseMoney(cellOf(source, row, column), { wholeFen: true }));
}

/** A date, or null when blank or unreadable. */
export function readDate(source: CellSource, row: number, column: number): CalendarDate | null {
  const value = cellOf(source, row, column);
  return isBlank(value) ? null : reported(source, row, column, parseDateCell(value));
}

/** The cell as text, trimmed; "" when blank. Never a finding: any value has a text. */
export function readText(source: CellSource, row: number, column: number): string {
  return shownText(cellOf(source, row, column)).trim();
}

const WHOLE_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/** A count of notes, items or sheets typed as a number or text ("1,200", "１２"): 0 to `max`; blank is 0. */
export function parseCount(value: unknown, max: number): Result<number> {
  if (value === null || value === undefined) return ok(0);
  const text = typeof value === "string" ? toHalfWidth(value).trim() : null;
  if (text === "") return ok(0);
  const count =
    typeof value === "number" ? value : text !== null && WHOLE_NUMBER.test(text) ? Number(text.replace(/,/g, "")) : NaN;
  if (Number.isInteger(count) && count >= 0 && count <= max) return ok(count);
  return fail("count-unreadable", { text: shownText(value), max: max.toLocaleString("en-US") });
}

/** A count, or null when unreadable; blank is 0. */
export function readCount(source: CellSource, row: number, column: number, max: number): number | null {
  return reported(source, row, column, parseCount(cellOf(source, row, column), max));
}

/** A yes / no as forms and settings sheets declare it (是 / 否, 有 / 无, √ / ×, yes / no). */
const YES = new Set(["是", "有", "y", "yes", "true", "√", "✓", "✔"]);
const NO = new Set(["否", "无", "没有", "n", "no", "false", "×", "✗", "✘"]);

/** true, false, or null when blank; other text is a problem (flag-unreadable). */
export function parseYesNo(value: unknown): Result<boolean | null> {
  if (typeof value === "boolean") return ok(value);
  const text = toHalfWidth(shownText(value)).trim().toLowerCase();
  if (text === "") return ok(null);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail("flag-unreadable", { text: shownText(value) });
}
