/**
 * Money is integer 分 from the moment a cell is read until it is written (DOMAIN §1). Adding floats loses 分
 * (19.99 * 100 is 1998.9999999999998), so every amount here is a safe integer, and rounding is done on decimal
 * digits, half away from zero (四舍五入), never on binary fractions.
 */
import { fail, ok, type Result } from "./result";

/**
 * 9,999,999,999,999.99 元: the largest amount 中文大写金额 can write (玖万玖仟玖佰玖拾玖亿…), and far enough below
 * Number.MAX_SAFE_INTEGER that sums of a few of them stay exact.
 */
export const MAX_FEN = 999_999_999_999_999;

const MAX_YUAN_DIGITS = String(Math.floor(MAX_FEN / 100)).length;

/**
 * Cashiers type with a Chinese input method, which gives full-width digits and punctuation (１２３．４５, （）, ，)
 * and the full-width yuan sign ￥; the parsers read them as their ASCII twins.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, "¥")
    .replace(/\u2212/g, "-");
}

export interface MoneyOptions {
  /**
   * An amount finer than 分 (12.345) is refused with "money-below-fen" rather than rounded: what entries and
   * documents give must be whole 分, since a journal that shows 12.35 and adds 12.345 no longer adds up. A number
   * within floating-point noise of a whole 分 is taken as that 分: binary floating point gives 0.1 + 0.2 as
   * 0.30000000000000004, and a sum Excel computed is no finer than its parts.
   */
  wholeFen?: boolean;
}

/**
 * A cell value as 分: null for an empty cell. Numbers are rounded at 2 decimals on their shortest decimal form
 * (what Excel shows and the user typed), so 2.675 is 268 分 although the double is a hair below 2.675; with
 * `wholeFen`, an amount finer than 分 is refused instead.
 */
export function parseMoney(value: unknown, options: MoneyOptions = {}): Result<number | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === "number") return numberToFen(value, options);
  if (typeof value === "string") return textToFen(value, options);
  return fail("money-wrong-type");
}

function numberToFen(value: number, { wholeFen = false }: MoneyOptions): Result<number> {
  const text = String(value);
  // String() gives exponent notation below 1e-6 and from 1e21 on; NaN and Infinity do not match at all.
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) return fail("money-unreadable", { text });
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const fen = decimalToFen(text, sign === "-", whole, fraction, Number(exponent));
  // The tolerance covers the double's own error, which grows with the amount (a few ulps of value × 100).
  const noise = Math.max(1e-6, Math.abs(value * 100) * 2 ** -50);
  if (wholeFen && fen.ok && Math.abs(value * 100 - fen.value) > noise) return fail("money-below-fen", { text });
  return fen;
}

/** Excel's accounting format shows a zero or blank as "-"; cashiers type -, -- or —— to mean "nothing here". */
const EMPTY_MARK = /^[-–—]{1,2}$/;

/**
 * Sign, currency and parentheses may come in any of the orders accountants and bank exports use:
 * -¥1,234.50, ¥-1,234.50, (¥1,234.50), ¥(1,234.50), 人民币1.2万元, 1,234.50 CNY.
 * Groups: 1 "(", 2 sign, 3 currency, 4 sign, 5 "(", 6 number, 7 万/亿, 8 ")", 9 currency, 10 ")".
 */
const MONEY_TEXT =
  /^(\()?\s*([+-])?\s*(¥|RMB|CNY|人民币)?\s*([+-])?\s*(\()?\s*([\d,]*\.?\d*)\s*([万亿])?\s*(\))?\s*(元|RMB|CNY)?\s*(\))?$/i;

/** Thousands separators, if any, every three digits: 1,234,567.89 but not 1,23.4 (a typo that could hide a digit). */
const DECIMAL_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

function textToFen(raw: string, { wholeFen = false }: MoneyOptions): Result<number | null> {
  const typed = raw.trim();
  const text = toHalfWidth(typed).trim();
  if (text === "" || EMPTY_MARK.test(text)) return ok(null);
  const match = MONEY_TEXT.exec(text);
  if (!match) return fail("money-unreadable", { text: typed });
  const [, outerOpen, signBefore, , signAfter, innerOpen, number = "", scale, innerClose, , outerClose] = match;
  const opens = Number(outerOpen !== undefined) + Number(innerOpen !== undefined);
  const closes = Number(innerClose !== undefined) + Number(outerClose !== undefined);
  const sign = signBefore ?? signAfter;
  // Parentheses already mean negative: a sign inside them, or two signs, leaves the meaning in doubt.
  const doubtfulSign = (signBefore !== undefined && signAfter !== undefined) || (opens === 1 && sign !== undefined);
  if (!/\d/.test(number) || opens !== closes || opens > 1 || doubtfulSign) {
    return fail("money-unreadable", { text: typed });
  }
  const decimal = DECIMAL_NUMBER.exec(number);
  if (!decimal) return fail("money-misplaced-separator", { text: typed });
  const [, whole = "", fraction = ""] = decimal;
  const shift = scale === "万" ? 4 : scale === "亿" ? 8 : 0;
  if (wholeFen && /[1-9]/.test(fraction.slice(2 + shift))) return fail("money-below-fen", { text: typed });
  return decimalToFen(typed, sign === "-" || opens === 1, whole.replace(/,/g, ""), fraction, shift);
}

/**
 * The decimal whole.fraction × 10^shift in 分, rounded half away from zero. Works on the digit string, so no
 * binary fraction ever takes part.
 */
function decimalToFen(text: string, negative: boolean, whole: string, fraction: string, shift: number): Result<number> {
  const digits = whole + fraction;
  const point = whole.length + shift;
  const padded = "0".repeat(Math.max(0, -point)) + digits + "0".repeat(Math.max(0, point - digits.length));
  const splitAt = Math.max(0, point);
  const yuan = padded.slice(0, splitAt).replace(/^0+/, "");
  const belowYuan = padded.slice(splitAt) + "000";
  if (yuan.length > MAX_YUAN_DIGITS) return outOfRange(text);
  const roundsUp = belowYuan.charAt(2) >= "5";
  const magnitude = Number(yuan || "0") * 100 + Number(belowYuan.slice(0, 2)) + (roundsUp ? 1 : 0);
  if (magnitude > MAX_FEN) return outOfRange(text);
  return ok(negative && magnitude !== 0 ? -magnitude : magnitude);
}

function outOfRange(text: string): Result<number> {
  return fail("money-out-of-range", { text, max: formatMoney(MAX_FEN) });
}

/** 123450 → "1,234.50"; with the symbol, "¥1,234.50"; negative, "-1,234.50" / "-¥1,234.50". */
export function formatMoney(fen: number, options: { symbol?: boolean } = {}): string {
  assertFen(fen);
  const magnitude = Math.abs(fen);
  const cents = magnitude % 100;
  const yuan = String((magnitude - cents) / 100).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${fen < 0 ? "-" : ""}${options.symbol ? "¥" : ""}${yuan}.${String(cents).padStart(2, "0")}`;
}

/** The number to write to a cell: the double nearest to the exact amount in 元, as if the user had typed it. */
export function fenToYuan(fen: number): number {
  assertFen(fen);
  return fen / 100;
}

/** Exact sum. A total that would leave the safe integers throws, since that can only be a program error. */
export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    assertFen(value);
    total += value;
    assertFen(total);
  }
  return total;
}

/** Amounts reach these functions from parseMoney or from arithmetic on its results, never straight from a user. */
function assertFen(value: number): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`Not a whole number of 分 in the safe integer range: ${value}`);
}
