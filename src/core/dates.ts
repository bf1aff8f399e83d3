/**
 * Calendar dates as cells give them (Excel serial numbers, JS Dates from file readers, typed text) and the cheque
 * date in words (DOMAIN §3). Dates carry no time zone and no time: a journal line happens on a day.
 */
import { toHalfWidth } from "./money";
import { fail, ok, type Result } from "./result";
import { CAPITAL_DIGITS } from "./words";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

/** Serial of 1970-01-01, the day civil day counts start from below. */
const UNIX_EPOCH_SERIAL = 25569;
/**
 * Excel counts a 1900-02-29 that never existed (serial 60, kept for Lotus 1-2-3 compatibility): serial 1 is
 * 1900-01-01 and serial 61 is 1900-03-01, so serials before 60 sit one day closer to 1970 than their number says.
 */
const FAKE_LEAP_DAY_SERIAL = 60;
const LAST_SERIAL = 2958465; // 9999-12-31

/** A cell as a date: an Excel serial (time of day ignored), a JS Date (UTC, as file readers make them) or text. */
export function parseDateCell(value: unknown): Result<CalendarDate> {
  if (value === null || value === undefined) return fail("date-empty");
  if (typeof value === "number") return serialToDate(value);
  if (value instanceof Date) return jsDateToDate(value);
  if (typeof value === "string") return textToDate(value);
  return fail("date-wrong-type");
}

/**
 * 20260115 as a number: a bank export's compact date (农业银行 writes 20240101) once Excel or a file reader has taken it
 * for a number. Serials end at 2958465 (9999-12-31), so no serial is ever read this way.
 */
const FIRST_COMPACT_DATE = 19000101;
const LAST_COMPACT_DATE = 99991231;

function serialToDate(serial: number): Result<CalendarDate> {
  if (!Number.isFinite(serial)) return fail("date-unreadable", { text: String(serial) });
  if (Number.isInteger(serial) && serial >= FIRST_COMPACT_DATE && serial <= LAST_COMPACT_DATE)
    return textToDate(String(serial));
  const day = Math.floor(serial);
  if (day < 1 || day > LAST_SERIAL) return fail("date-out-of-range", { text: String(serial) });
  if (day === FAKE_LEAP_DAY_SERIAL) return fail("date-invalid", { year: 1900, month: 2, day: 29 });
  return ok(civilFromDays(day - UNIX_EPOCH_SERIAL + (day < FAKE_LEAP_DAY_SERIAL ? 1 : 0)));
}

function jsDateToDate(date: Date): Result<CalendarDate> {
  if (Number.isNaN(date.getTime())) return fail("date-unreadable", { text: String(date) });
  const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return validDate(parts);
}

/** 2026-01-15, 2026/1/15, 2026.01.15, 20260115 and 2026年1月15日, optionally with a time of day as bank exports add. */
const TIME_OF_DAY = String.raw`(?:(?:\s+|T)(?<hours>\d{1,2}):(?<minutes>\d{2})(?::(?<seconds>\d{2})(?:\.\d+)?)?)?`;
const DATE_TEXTS = [
  String.raw`(?<year>\d{4})(?<separator>[-/.])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})`,
  String.raw`(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})`,
  String.raw`(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*[日号]`,
].map((date) => new RegExp(`^${date}${TIME_OF_DAY}$`));

function textToDate(raw: string): Result<CalendarDate> {
  const typed = raw.trim();
  const text = toHalfWidth(typed);
  if (text === "") return fail("date-empty");
  const match = DATE_TEXTS.map((pattern) => pattern.exec(text)).find((candidate) => candidate !== null);
  if (!match) return fail("date-unreadable", { text: typed });
  const { year, month, day, hours = "0", minutes = "0", seconds = "0" } = match.groups ?? {};
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59)
    return fail("date-unreadable", { text: typed });
  return checkedDate({ year: Number(year), month: Number(month), day: Number(day) }, typed);
}

/** `text` is what the user typed, quoted when the year is out of range. */
function checkedDate(date: CalendarDate, text: string): Result<CalendarDate> {
  const { year, month, day } = date;
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail("date-out-of-range", { text });
  return isRealDate(date) ? ok(date) : fail("date-invalid", { year, month, day });
}

function validDate(date: CalendarDate): Result<CalendarDate> {
  return checkedDate(date, formatIsoDate(date));
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(year, month);
}

/** 28 to 31, by the Gregorian calendar. */
export function lastDayOfMonth(year: number, month: number): number {
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leapYear ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 20260115 for 2026-01-15: a number that orders dates, for sorting and comparing without allocating. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  return (year * 100 + month) * 100 + day;
}

/**
 * The date itself when it exists and Excel can hold it, checked by the rules for typed dates (through the text form
 * they read), so that a date picked in the pane or given to the command line meets the same rules.
 */
export function existingDate(date: CalendarDate): Result<CalendarDate> {
  return parseDateCell(formatIsoDate(date));
}

/**
 * The Excel serial of a date, as written to a cell. A date outside 1900–9999 or one that does not exist can only
 * come from a program error here, so it throws.
 */
export function dateToSerial(date: CalendarDate): number {
  if (!validDate(date).ok) throw new RangeError(`Not a date Excel can hold: ${formatIsoDate(date)}`);
  const serial = daysFromCivil(date) + UNIX_EPOCH_SERIAL;
  return serial <= FAKE_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

/** 2026-01-15. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * 出票日期 in words (DOMAIN §3): 2026-01-15 → 贰零贰陆年零壹月壹拾伍日. The leading 零 on months 1, 2, 10 and on
 * days 1–10, 20, 30, and 壹 before 拾 on days 11–19, leave no room to add a stroke that changes the date.
 */
export function chequeDateWords(date: CalendarDate): Result<string> {
  const checked = validDate(date);
  if (!checked.ok) return checked;
  const { year, month, day } = checked.value;
  const yearWords = [...String(year)].map((digit) => CAPITAL_DIGITS.charAt(Number(digit))).join("");
  const monthLing = month <= 2 || month === 10 ? "零" : "";
  const dayLing = day <= 10 || day % 10 === 0 ? "零" : "";
  return ok(`${yearWords}年${monthLing}${upToThirtyOne(month)}月${dayLing}${upToThirtyOne(day)}日`);
}

/** 1–31 in capitals, always with the tens digit: 壹拾伍, 贰拾, 叁拾壹. */
function upToThirtyOne(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return (tens > 0 ? CAPITAL_DIGITS.charAt(tens) + "拾" : "") + (units > 0 ? CAPITAL_DIGITS.charAt(units) : "");
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil-day algorithm, integer only). */
function daysFromCivil({ year, month, day }: CalendarDate): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1,
  };
}

export interface CalendarMonth {
  year: number;
  month: number;
}

/** 2026-01, 2026/1, 2026.01 or 2026年1月. */
const MONTH_TEXT = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;

/** A month as typed (an option, a form field); years 1900–9999 like dates. */
export function parseMonth(text: string): Result<CalendarMonth> {
  const match = MONTH_TEXT.exec(toHalfWidth(text).trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || year < 1900 || month < 1 || month > 12) return fail("month-invalid", { text });
  return ok({ year, month });
}
