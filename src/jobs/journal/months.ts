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

/** A sheet's name without its month part: 现金1月 → 现金, 银行存款日记账 2026-03 → 银行存款日记账, 3月 → "". */
export function nameWithoutMonth(sheet: string): string {
  return sheet.replace(MONTH_IN_NAME, " ").replace(SEPARATORS_AT_ENDS, "").replace(/\s+/g, " ");
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

/** A journal sheet as read: its grid, header and rows. */
export interface JournalSheet {
  grid: Grid;
  header: JournalHeader;
  rows: JournalRows;
  findings: Finding[];
}

/**
 * Every sheet whose headers say it is a cash or bank journal, read into rows. `skipped` says why each sheet that looks
 * like a journal but could not be read as one was left out (journal-header-incomplete, journal-not-calculated).
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
    // Its balances and totals read as blank: a report from them would be figures nobody wrote.
    const uncalculated = notCalculated(grid);
    if (uncalculated) {
      skipped.push(uncalculated);
      continue;
    }
    sheets.push({ grid, header, ...readJournal(grid, header) });
  }
  return { sheets, skipped };
}

/**
 * The journals of a workbook sheet by sheet, as the pane lists them: the cash journal first, then the bank journals
 * in sheet order. `findings` are the cells that could not be read.
 */
export function readJournals(grids: readonly Grid[]): {
  journals: AccountJournal[];
  findings: Finding[];
  skipped: Finding[];
} {
  const { sheets, skipped } = journalSheets(grids);
  const journals = sheets.map(({ grid, header, rows }) => ({
    account: accountLabel(header, grid.sheet),
    kind: header.kind,
    sheet: grid.sheet,
    rows,
  }));
  nameCashJournals(journals, (journal) => journal.sheet);
  return { journals: cashFirst(journals), findings: sheets.flatMap((sheet) => sheet.findings), skipped };
}

/** One account's sheet: the month its first entry is dated in (its first dated row's, with no entry), or null. */
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

function monthHeld(rows: JournalRows): number | null {
  let dated: number | null = null;
  for (let index = 0; index < rows.length; index++) {
    const date = rows.date(index);
    if (date === null) continue;
    if (rows.kind(index) === "entry") return monthNumber(date);
    dated ??= monthNumber(date);
  }
  return dated;
}

/** A sheet's account: its kind and the account its title lines name, else its sheet name without the month. */
export function accountKey(grid: Grid, header: JournalHeader): string {
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
    account.months.push({ ...sheet, month: monthHeld(sheet.rows) });
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
 * sheet before it (whose closing balance its opening is held to), and any sheet with no date in sight, whose month
 * only the whole sheet can tell.
 */
export function neededSheets(grids: readonly Grid[], accounts: readonly Account[], month: CalendarMonth): string[] {
  const needed = new Set<string>();
  for (const account of accounts) {
    const serving = servingMonth(account, month);
    const dated = datedInOrder(account);
    const before = dated[dated.indexOf(serving) - 1];
    for (const sheet of [serving, before]) if (sheet) needed.add(sheet.grid.sheet);
    for (const sheet of account.months) if (sheet.month === null) needed.add(sheet.grid.sheet);
  }
  return grids.map((grid) => grid.sheet).filter((sheet) => needed.has(sheet));
}
