/**
 * What every journal rule uses: the settings they read, how a finding is put (its severity, money as shown), and the
 * range within which sums stay exact.
 */
import type { Finding, Severity } from "../../../core/findings";
import type { MessageId, MessageParams } from "../../../core/messages";
import { dayNumber, type CalendarDate } from "../../../core/dates";
import { formatMoney, MAX_FEN } from "../../../core/money";
import type { JournalSettings } from "../model";
import type { JournalRows } from "../rows";

/** What the rules need of the settings; with `opening`, the opening row is checked against it (账账相符). */
export type JournalRuleSettings = Pick<JournalSettings, "kind" | "cashLimit"> &
  Partial<Pick<JournalSettings, "opening">>;

export type JournalRule = (rows: JournalRows, settings: JournalRuleSettings, sheet: string) => Finding[];

export function money(fen: number): string {
  return formatMoney(fen, { symbol: true });
}

/** Findings that may be right as they stand (one voucher on two lines, a limit kept loosely): the accountant decides. */
const SEVERITY: Partial<Record<MessageId, Severity>> = {
  "journal-cash-over-limit": "warning",
  "journal-voucher-repeated": "warning",
  // Said beside a report: the report is made, and the journal's own check says what is wrong.
  "journal-has-errors": "warning",
  "journal-balances-worked-out": "warning",
  // Said beside a journal generated all the same.
  "journal-entries-column-unused": "warning",
};

export function finding(sheet: string, cell: string | undefined, rule: MessageId, params: MessageParams = {}): Finding {
  return { rule, severity: SEVERITY[rule] ?? "error", sheet, cell: cell ?? "", params };
}

/**
 * MAX_FEN read once: in a loop over a million rows, an imported binding can cost a getter call at every use
 * (CommonJS output of loaders and of development bundles), more than the check it is part of.
 */
export const LARGEST_FEN = MAX_FEN;

/** Sums stay exact and printable while every figure is within the amounts a cell can hold. */
export function within(fen: number): boolean {
  return Math.abs(fen) <= LARGEST_FEN;
}

/** An entry whose date does not fit between its neighbours. */
export interface DateSlip {
  index: number;
  /** The date of the good entry before it, which the slip is read as for totals; null at the journal's start. */
  previous: CalendarDate | null;
  /** Whether it is dated later than the entry after it, rather than earlier than the one before. */
  ahead: boolean;
  /** The date it disagrees with: the entry before it, or when ahead, the entry after it. */
  other: CalendarDate;
}

/**
 * Entries out of date order, each the one to correct: an entry dated before the one above is the slip, unless it
 * fits after the entry before that one, when the entry above is the slip (dated ahead: a wrong day, month or year
 * typed on one row). One slip is one entry: the rows after it that are in order with the rows before it are not.
 */
export function dateSlips(rows: JournalRows): DateSlip[] {
  // Several rules ask; on a million rows the pass costs as much as a rule.
  const known = slipsOf.get(rows);
  if (known && known.length === rows.length) return known.slips;
  const slips: DateSlip[] = [];
  let earlier: CalendarDate | null = null;
  let previous: CalendarDate | null = null;
  let previousDay = 0;
  let previousIndex = -1;
  for (let index = 0; index < rows.length; index++) {
    const date = rows.date(index);
    // Rows of one day share their date object, so most rows are told by reference alone.
    if (date === null || date === previous) continue;
    if (rows.kind(index) !== "entry") {
      if (previousIndex >= 0 && closesEarlierMonth(date, previous, earlier)) {
        slips.push({ index: previousIndex, previous: earlier, ahead: true, other: date });
        // The rows below follow the closing row, never the slip; and a closing row is not itself an entry to correct.
        previous = date;
        previousDay = dayNumber(date);
        previousIndex = -1;
      }
      continue;
    }
    const day = dayNumber(date);
    if (previous !== null && day === previousDay) continue;
    if (previous !== null && day < previousDay) {
      if (earlier !== null && previousIndex >= 0 && day >= dayNumber(earlier)) {
        slips.push({ index: previousIndex, previous: earlier, ahead: true, other: date });
        previous = date;
        previousDay = day;
        previousIndex = index;
      } else slips.push({ index, previous, ahead: false, other: previous });
      continue;
    }
    earlier = previous;
    previous = date;
    previousDay = day;
    previousIndex = index;
  }
  slipsOf.set(rows, { length: rows.length, slips });
  return slips;
}

/**
 * A dated 本日合计 or 本月合计 of a month before that of the entry above it, which the entry before that one fits:
 * the entry above is dated ahead (a month or year typed wrong on the last entry of a month). A closing row's own day
 * is not held against the entries: cashiers date a 本月合计 the month's last day or the day it was drawn up.
 */
function closesEarlierMonth(date: CalendarDate, previous: CalendarDate | null, earlier: CalendarDate | null): boolean {
  if (previous === null || earlier === null) return false;
  const month = date.year * 12 + date.month;
  return month < previous.year * 12 + previous.month && month >= earlier.year * 12 + earlier.month;
}

/** dateSlips of rows already asked about, and how many rows they had then (rows only grow while being read). */
const slipsOf = new WeakMap<JournalRows, { length: number; slips: DateSlip[] }>();

/** The cell of a date to correct: the date cell, or of 年 | 月 | 日 the one that differs from `reference`. */
export function dateCell(rows: JournalRows, index: number, reference: CalendarDate | null): string | undefined {
  const date = rows.date(index);
  const single = rows.cell(index, "date");
  if (single !== undefined || date === null || reference === null) return single ?? rows.cell(index, "day");
  if (date.year !== reference.year && rows.cell(index, "year")) return rows.cell(index, "year");
  if (date.year === reference.year && date.month !== reference.month) return rows.cell(index, "month");
  return rows.cell(index, "day");
}

/**
 * The day each misdated entry (dateSlips) is counted in, for the rules that follow days and months: that of the
 * 本日合计 just below it, which closes the entry's day whatever the entry above it (a day left without its total, say);
 * else that of the entry just above it; else (a closing row or the journal's start above) that of the next dated row
 * below, or when an undated closing row comes first, a new day of the month of the entry above (the day it closes is
 * unknown).
 */
export function dayOfMisdated(rows: JournalRows): Map<number, CalendarDate | null> {
  const slips = dateSlips(rows);
  const days = new Map<number, CalendarDate | null>();
  if (slips.length === 0) return days;
  const misdated = new Set(slips.map((slip) => slip.index));
  const entryAbove = (index: number): CalendarDate | null => {
    for (let above = index - 1; above >= 0; above--)
      if (rows.kind(above) === "entry" && !misdated.has(above) && rows.date(above) !== null) return rows.date(above);
    return null;
  };
  for (const { index } of slips) {
    const below = index + 1;
    if (below < rows.length && rows.kind(below) === "day-total" && rows.date(below) !== null) {
      days.set(index, rows.date(below));
      continue;
    }
    const above = index - 1;
    if (above >= 0 && rows.kind(above) === "entry" && !misdated.has(above)) {
      days.set(index, rows.date(above));
      continue;
    }
    let day: CalendarDate | null = null;
    for (let below = index + 1; below < rows.length && day === null; below++) {
      if (misdated.has(below)) continue;
      const date = rows.date(below);
      if (date !== null) day = date;
      else if (rows.kind(below) !== "entry") {
        const before = entryAbove(index);
        day = before === null ? null : { ...before, day: 0 };
        break;
      }
    }
    days.set(index, day);
  }
  return days;
}
