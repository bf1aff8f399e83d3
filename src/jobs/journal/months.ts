/**
 * Journals as the reports take them, accounts rather than sheets. Cashiers often keep a journal one sheet a month
 * (1月, 2月… or 现金日记账 2026-03, each opening with 上月结转): the sheets of one account are its months. An account
 * is a kind and a name: the bank account the journal's title lines give, else the sheet's name without its month
 * part. A report of a day or a month takes each account's figures from the sheet that holds that month (the latest
 * before it when there is none): its opening row carries the balance before its first day, so the sheets of other
 * months add nothing to it. The sheet before it is what its opening is held to (journal-opening-not-carried), so a
 * report needs those two sheets whole and no other; which month a sheet holds its first dated rows say, and the top
 * of the sheet shows them.
 */
import type { CalendarMonth } from "../../core/dates";
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import type { AccountJournal, JournalKind } from "./model";
import { findJournalHeader, journalHeaderProblem, notCalculated, readJournal, type JournalHeader } from "./read";
import type { JournalRows } from "./rows";

/** A month as one number, year × 12 + month, so that the month before is one less. */
const monthNumber = ({ year, month }: CalendarMonth): number => year * 12 + month;

/** 1月, 03月份, 2026年3月, 2026-03, 2026.3, 2026_03: a month in a sheet's name, not part of a longer number. */
const MONTH_IN_NAME = /(?<!\d)(?:\d{4}\s*[年\-./_]\s*)?\d{1,2}\s*月份?(?!\d)|(?<!\d)\d{4}\s*[-./_]\s*\d{1,2}(?!\d)/g;
const SEPARATORS_AT_ENDS = /^[\s\-_.·]+|[\s\-_.·]+$/g;
/** Brackets the month was all there was in: 工行(3月) → 工行( ) → 工行. */
const EMPTIED_BRACKETS = /\(\s*\)|（\s*）|\[\s*\]|【\s*】|〔\s*〕/g;

/**
 * A sheet's name without its month part: 现金1月 → 现金, 银行存款日记账 2026-03 → 银行存款日记账, 工行(3月) → 工行,
 * 3月 → "".
 */
export function nameWithoutMonth(sheet: string): string {
  return sheet
    .replace(MONTH_IN_NAME, " ")
    .replace(EMPTIED_BRACKETS, " ")
    .replace(SEPARATORS_AT_ENDS, "")
    .replace(/\s+/g, " ");
}

/** The generator names a bank journal's sheet "银行存款日记账 <account>"; a sheet named otherwise is its own label. */
const BANK_SHEET_PREFIX = /^银行存款日记账/;

/**
 * The account a bank journal's sheet name gives: 银行存款日记账-工行, 银行存款日记账（工行） and 银行存款日记账 工行 all
 * give 工行; "" when the name says no more than 银行存款日记账.
 */
export function accountOfSheetName(name: string): string {
  return name
    .replace(BANK_SHEET_PREFIX, "")
    .replace(/^[（(]|[）)]$/g, "")
    .replace(SEPARATORS_AT_ENDS, "");
}

/**
 * The report's row label: 库存现金, or the bank account as the journal's title lines name it (a sheet name is cut at
 * 31 characters), else as `name` (the sheet's) does, else 银行存款.
 */
function accountLabel(header: JournalHeader, name: string): string {
  if (header.kind === "cash") return "库存现金";
  return header.account ?? (accountOfSheetName(name) || "银行存款");
}

/** Two cash journals (this year's and a copy, say) would read as two lines of 库存现金: each is named by `name`. */
function nameCashJournals<T extends { kind: JournalKind; account: string }>(
  journals: T[],
  name: (journal: T) => string,
) {
  const cash = journals.filter((journal) => journal.kind === "cash");
  if (cash.length > 1) for (const journal of cash) journal.account = `库存现金（${name(journal)}）`;
}

/** The cash journals first, then the bank journals in the order given, as the funds report lists them. */
const cashFirst = <T extends { kind: JournalKind }>(journals: T[]): T[] =>
  journals.sort((a, b) => Number(a.kind === "bank") - Number(b.kind === "bank"));

/** A journal sheet as read: its grid, header and rows, and whether its formulas have results (notCalculated). */
export interface JournalSheet {
  grid: Grid;
  header: JournalHeader;
  rows: JournalRows;
  findings: Finding[];
  uncalculated: Finding | null;
}

/**
 * Every sheet whose headers say it is a cash or bank journal, read into rows, those whose formulas have no results
 * among them (a report can still add up their amounts). `skipped` says why each sheet that looks like a journal but
 * could not be read as one was left out (journal-header-incomplete).
 */
function journalSheets(grids: readonly Grid[]): { sheets: JournalSheet[]; skipped: Finding[] } {
  const sheets: JournalSheet[] = [];
  const skipped: Finding[] = [];
  for (const grid of grids) {
    const header = findJournalHeader(grid);
    if (!header) {
      const problem = journalHeaderProblem(grid);
      if (problem.nearMiss) skipped.push(problem.finding);
      continue;
    }
    sheets.push({ grid, header, ...readJournal(grid, header), uncalculated: notCalculated(grid) });
  }
  return { sheets, skipped };
}

/**
 * The journals of a workbook sheet by sheet, as the pane lists them: the cash journal first, then the bank journals
 * in sheet order. A sheet whose formulas have no results is not listed: `skipped` says so (journal-not-calculated),
 * with the sheets that look like journals but could not be read as one.
 */
export function readJournals(grids: readonly Grid[]): { journals: AccountJournal[]; skipped: Finding[] } {
  const { sheets, skipped } = journalSheets(grids);
  const journals = sheets
    .filter(({ uncalculated }) => uncalculated === null)
    .map(({ grid, header, rows }) => ({
      account: accountLabel(header, grid.sheet),
      kind: header.kind,
      sheet: grid.sheet,
      rows,
    }));
  nameCashJournals(journals, (journal) => journal.sheet);
  const uncalculated = sheets.flatMap((sheet) => (sheet.uncalculated ? [sheet.uncalculated] : []));
  return { journals: cashFirst(journals), skipped: [...skipped, ...uncalculated] };
}

/** One account's sheet and the month it holds (monthHeld). */
export interface AccountMonth extends JournalSheet {
  month: number | null;
}

/** An account and its sheets in workbook order. */
export interface Account {
  kind: JournalKind;
  account: string;
  /** The sheets' name without the month part, for telling two cash journals apart. */
  name: string;
  months: AccountMonth[];
}

/**
 * The month a journal sheet holds, as year × 12 + month: its first entry's (an opening row may be dated the last day
 * of the month before), else its first dated row's; null with no date in sight. Of a sheet's top only
 * (Grid.topOnly), the month of an entry it shows and no other: the rows below may begin another month.
 */
function monthHeld(grid: Grid, rows: JournalRows): number | null {
  let dated: number | null = null;
  for (let index = 0; index < rows.length; index++) {
    const date = rows.date(index);
    if (date === null) continue;
    if (rows.kind(index) === "entry") return monthNumber(date);
    dated ??= monthNumber(date);
  }
  return grid.topOnly ? null : dated;
}

/** Of an account's sheets, the one holding the month before `sheet`'s (the later in the workbook of two), if any. */
function monthBefore<T extends { month: number | null }>(
  sheets: readonly T[],
  sheet: { month: number | null },
): T | undefined {
  if (sheet.month === null) return undefined;
  return sheets.filter((other) => other.month === sheet.month! - 1).at(-1);
}

/** Rows enough to find a sheet's first entry below its title and header (searched for in the first 20). */
const PEEK_ROWS = 64;

/** The month a sheet holds, read from its first rows when an entry is among them, else from the whole sheet. */
function monthOfSheet(grid: Grid, header: JournalHeader): number | null {
  if (grid.values.length > PEEK_ROWS) {
    const peek = { ...grid, values: grid.values.slice(0, PEEK_ROWS), topOnly: true };
    const month = monthHeld(peek, readJournal(peek, header).rows);
    if (month !== null) return month;
  }
  return monthHeld(grid, readJournal(grid, header).rows);
}

/**
 * The sheet of the workbook that holds the month before `grid`'s, of the same account (accountKey), whatever their
 * order in the workbook, read: what a month sheet's opening is held to. Sheets whose formulas have no results show
 * no closing balance to hold it to, and are passed over. Of the others only the first rows are read to tell their
 * month (a year of month sheets, each checked against the rest, would otherwise be read twelve times over).
 */
export function previousMonthSheet(
  grid: Grid,
  header: JournalHeader,
  rows: JournalRows,
  workbook: readonly Grid[],
): { grid: Grid; rows: JournalRows } | null {
  const key = accountKey(grid, header);
  const others: { grid: Grid; header: JournalHeader; month: number | null }[] = [];
  for (const other of workbook) {
    if (other === grid || other.sheet === grid.sheet || other.uncalculated) continue;
    const otherHeader = findJournalHeader(other);
    if (!otherHeader || accountKey(other, otherHeader) !== key) continue;
    others.push({ grid: other, header: otherHeader, month: monthOfSheet(other, otherHeader) });
  }
  const before = monthBefore(others, { month: monthHeld(grid, rows) });
  return before ? { grid: before.grid, rows: readJournal(before.grid, before.header).rows } : null;
}

/** A sheet's account: its kind and the account its title lines name, else its sheet name without the month. */
function accountKey(grid: Grid, header: JournalHeader): string {
  return `${header.kind}\u0000${header.account ?? nameWithoutMonth(grid.sheet)}`;
}

/** The journals of a workbook by account (of `kind` when given), cash first, with the sheets left out and why. */
export function journalAccounts(
  grids: readonly Grid[],
  kind?: JournalKind,
): { accounts: Account[]; skipped: Finding[] } {
  const { sheets, skipped } = journalSheets(grids);
  const byKey = new Map<string, Account>();
  for (const sheet of sheets) {
    if (kind !== undefined && sheet.header.kind !== kind) continue;
    const key = accountKey(sheet.grid, sheet.header);
    const name = nameWithoutMonth(sheet.grid.sheet);
    const account = byKey.get(key) ?? {
      kind: sheet.header.kind,
      account: accountLabel(sheet.header, name),
      name,
      months: [],
    };
    account.months.push({ ...sheet, month: monthHeld(sheet.grid, sheet.rows) });
    byKey.set(key, account);
  }
  const accounts = [...byKey.values()];
  nameCashJournals(accounts, (account) => account.name || account.months[0]!.grid.sheet);
  return { accounts: cashFirst(accounts), skipped };
}

/**
 * The sheet of an account a report of `month` takes its figures from: the one that holds the month, else the latest
 * before it, else the first dated one (a day before the journal starts has its opening balance). Of two sheets of
 * one month, the later in the workbook. An account with no date at all has its first sheet.
 */
export function servingMonth(account: Account, month: CalendarMonth): AccountMonth {
  const dated = datedInOrder(account);
  const wanted = monthNumber(month);
  const held = dated.filter((sheet) => sheet.month! <= wanted);
  return held[held.length - 1] ?? dated[0] ?? account.months[0]!;
}

/** An account's dated sheets by month; sheets of one month in workbook order. */
const datedInOrder = (account: Account) =>
  account.months.filter((sheet) => sheet.month !== null).sort((a, b) => a.month! - b.month!);

/**
 * The sheets of `accounts` a report of `month` needs whole, in workbook order: each account's serving sheet, the
 * sheet of the month before it (whose closing balance its opening is held to: previousMonthSheet), and any sheet
 * with no date in sight, whose month only the whole sheet can tell.
 */
export function neededSheets(grids: readonly Grid[], accounts: readonly Account[], month: CalendarMonth): string[] {
  const needed = new Set<string>();
  for (const account of accounts) {
    const serving = servingMonth(account, month);
    for (const sheet of [serving, monthBefore(account.months, serving)]) if (sheet) needed.add(sheet.grid.sheet);
    for (const sheet of account.months) if (sheet.month === null) needed.add(sheet.grid.sheet);
  }
  return grids.map((grid) => grid.sheet).filter((sheet) => needed.has(sheet));
}
