/**
 * The reconciliation's pipeline, which read.ts, rules.ts, settings.ts and layout.ts do not know of each other: the
 * book, the statement and last month's 未达账项 read from their grids; carried items joined to the side they belong
 * to; matched; the four lists, the equation and the 长期未达账项 findings; then the 调节表 and the 对账记录. The
 * shells reach it through index.ts.
 */
import { dayNumber, lastDayOfMonth, type CalendarDate, type CalendarMonth } from "../../core/dates";
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import type { Generated } from "../../core/kinds";
import type { SheetPlan } from "../../core/plan";
import { fail, ok, onField, type Result } from "../../core/result";
import { layoutMatchRecord, layoutReconciliation, type ReconciliationCells, type ReconciliationSheet } from "./layout";
import {
  OUTSTANDING_LISTS,
  LIST_SIDES,
  type Item,
  type MatchResult,
  type OutstandingItems,
  type Reconciliation,
  type ReconcileSettings,
} from "./model";
import {
  carriedSheetMonth,
  findStatementHeader,
  readBook,
  readCarried,
  readStatement,
  saysCash,
  type BookRead,
  type StatementRead,
} from "./read";
import { latestDate, longOutstanding, matchItems, outstandingItems, reconciliation } from "./rules";
import { accountOfSheetName, findJournalHeader } from "../journal";

export interface ReconcileSources {
  /** The sheets of the book's file or workbook. */
  book: readonly Grid[];
  statement: readonly Grid[];
  /**
   * The sheets of last month's 调节表 or 未达账项 file, when given; otherwise last month's 调节表 or 未达账项 sheet is
   * looked for among the book's sheets.
   */
  carry?: readonly Grid[];
}

/**
 * Where last month's 未达账项 come from: sheets the user named (a --carry file, a sheet or file picked in the pane),
 * the first of which that holds them is read, or none is refused; or sheets of the book's workbook, of which only
 * last month's 调节表 or 未达账项 sheet is read, and none found carries nothing (as no sheets at all).
 */
export type CarrySource = { given: readonly Grid[] } | { inBook: readonly Grid[] };

export interface Reconciled {
  /** `opened`: the journal opens with a 期初余额 / 上月结转 row, so last month may have left 未达账项 open. */
  book: { sheet: string; balance: number; opened: boolean };
  statement: { sheet: string; bank: string; balance: number };
  /** The sheet last month's 未达账项 were carried from (of the book's workbook or of the carry file); null if none. */
  carriedFrom: string | null;
  /** Carried book-side items first, then the journal's entries: the indexes of `result` point into these. */
  bookItems: Item[];
  statementItems: Item[];
  result: MatchResult;
  reconciliation: Reconciliation;
  /**
   * What the readers and the rules found, in the order: statement, book, the journal's balance findings (when the
   * book's balance is the journal's), carried, 长期未达账项.
   */
  findings: Finding[];
  /** The 调节表's heading: 开户银行, 账户 and the date it is made at (SidesRead.asOf). */
  heading: Omit<ReconciliationSheet, "reconciliation">;
  plans: SheetPlan[];
  cells: ReconciliationCells;
}

/** The book and the statement as read, before anything is carried in or matched. */
export interface SidesRead {
  book: BookRead & { sheet: string };
  statement: StatementRead & { sheet: string };
  /**
   * The 调节表's date: the month's end when the month is closed (the journal's 本月合计 for it, or a statement whose
   * period runs to the month's end), else the latest date of the month's own lines.
   */
  asOf: CalendarDate | null;
}

function sheetNamed(grids: readonly Grid[], name: string): Result<Grid> {
  const grid = grids.find((candidate) => candidate.sheet === name);
  return grid
    ? ok(grid)
    : fail("reconcile-sheet-missing", { sheet: name, sheets: grids.map((candidate) => candidate.sheet).join("、") });
}

function chooseStatement(
  settings: ReconcileSettings,
  grids: readonly Grid[],
): Result<StatementRead & { sheet: string }> {
  const named = settings.statement.sheet;
  const grid = named !== undefined ? sheetNamed(grids, named) : ok(grids.find((g) => findStatementHeader(g) !== null));
  if (!grid.ok) return onField("statement-sheet", grid);
  if (!grid.value) return onField("statement", fail("reconcile-no-statement-sheet"));
  const read = readStatement(grid.value);
  return read.ok ? ok({ ...read.value, sheet: grid.value.sheet }) : onField("statement", read);
}

function chooseBook(settings: ReconcileSettings, grids: readonly Grid[]): Result<BookRead & { sheet: string }> {
  const named = settings.book.sheet;
  // Unnamed, the first journal that is not the cash journal; a workbook of the cash journal alone is refused naming it.
  const journals = grids.filter((g) => findJournalHeader(g) !== null);
  const first = journals.find((g) => !saysCash(findJournalHeader(g)!)) ?? journals[0];
  const grid = named !== undefined ? sheetNamed(grids, named) : ok(first);
  if (!grid.ok) return onField("book-sheet", grid);
  if (!grid.value) return onField("book", fail("reconcile-no-book-sheet"));
  const read = readBook(grid.value);
  return read.ok ? ok({ ...read.value, sheet: grid.value.sheet }) : onField("book", read);
}

interface Carried {
  items: OutstandingItems | null;
  findings: Finding[];
  /** The sheet they were read from; null when nothing was carried. */
  sheet: string | null;
}

function givenItems(grids: readonly Grid[]): Result<Carried> {
  for (const grid of grids) {
    const read = readCarried(grid);
    if (read) return ok({ ...read, sheet: grid.sheet });
  }
  return onField("carry", fail("reconcile-no-carry-sheet"));
}

/**
 * The month whose 未达账项 are carried in: the one before the month's latest line. Null when the month has no line
 * to date it by.
 */
export function carriedMonthOf(sides: SidesRead): CalendarMonth | null {
  const { asOf } = sides;
  if (asOf === null) return null;
  return asOf.month === 1 ? { year: asOf.year - 1, month: 12 } : { year: asOf.year, month: asOf.month - 1 };
}

/**
 * The sheets of the book's workbook that may hold last month's 未达账项, in workbook order: those other than the
 * journal and the statement whose top (CARRIED_TOP_ROWS by CARRIED_TOP_COLUMNS: whole sheets or only their tops, as
 * a shell reads them) says it is a 调节表 or 未达账项 sheet of the month before (carriedSheetMonth). A sheet of another
 * month is never carried: its items would clear lines they are not. The command line passes the whole sheets, the
 * pane the tops, reading in full only the sheets named here.
 */
export function carriedSheets(tops: readonly Grid[], sides: SidesRead): string[] {
  const previous = carriedMonthOf(sides);
  if (previous === null) return [];
  const skip = new Set([sides.book.sheet, sides.statement.sheet]);
  return tops
    .filter((top) => {
      if (skip.has(top.sheet)) return false;
      const month = carriedSheetMonth(top);
      return month?.year === previous.year && month.month === previous.month;
    })
    .map((top) => top.sheet);
}

/**
 * Last month's 未达账项 kept in the book's own workbook, as cashiers keep each month's 调节表 beside the journal: the
 * first of the sheets carriedSheets names that holds their lists.
 */
function carriedInBook(grids: readonly Grid[], sides: SidesRead): Carried {
  const named = new Set(carriedSheets(grids, sides));
  for (const grid of grids) {
    if (!named.has(grid.sheet)) continue;
    const read = readCarried(grid);
    if (read) return { ...read, sheet: grid.sheet };
  }
  return { items: null, findings: [], sheet: null };
}

/** The book and the statement read, or why they cannot be (a sheet missing, no header). */
export function readSides(
  settings: ReconcileSettings,
  sources: Pick<ReconcileSources, "book" | "statement">,
): Generated<SidesRead> {
  const statement = chooseStatement(settings, sources.statement);
  if (!statement.ok) return statement;
  const book = chooseBook(settings, sources.book);
  if (!book.ok) return book;
  return ok({
    book: book.value,
    statement: statement.value,
    asOf: reconciliationDate(book.value, statement.value),
  });
}

/**
 * The date a 调节表 is made at. A cashier reconciles a closed month at its end (a March 调节表 is dated 03-31), even
 * when its last line is of the 30th; an open month only as far as its lines go.
 */
function reconciliationDate(book: BookRead, statement: StatementRead): CalendarDate | null {
  const latest = latestDate([...book.entries, ...statement.lines]);
  if (latest === null) return null;
  const end = { ...latest, day: lastDayOfMonth(latest.year, latest.month) };
  const closedInBook = book.closedMonths.some((m) => m.year === latest.year && m.month === latest.month);
  const { periodEnd } = statement;
  const statementToEnd = periodEnd !== null && dayNumber(periodEnd) === dayNumber(end);
  return closedInBook || statementToEnd ? end : latest;
}

/**
 * The 调节表's 开户银行 and 账户: as the journal's title lines name them (开户银行：工商银行XX支行 账号：…), else the
 * bank the statement's profile names and the account the journal's sheet name gives (银行存款日记账-工行: 工行).
 */
function headingOf(sides: SidesRead): Omit<ReconciliationSheet, "reconciliation"> {
  const { book, statement, asOf } = sides;
  return {
    bank: book.bank ?? statement.bank,
    account: book.account ?? (accountOfSheetName(book.sheet) || book.sheet),
    asOf: asOf ?? { year: 1900, month: 1, day: 1 },
  };
}

/** The reconciliation of sides read, with last month's 未达账项 from `carry`, or why not (no balance to start from). */
export function reconcileSides(
  settings: ReconcileSettings,
  sides: SidesRead,
  carry: CarrySource,
): Generated<Reconciled> {
  const { book, statement, asOf } = sides;
  const carried = "given" in carry ? givenItems(carry.given) : ok(carriedInBook(carry.inBook, sides));
  if (!carried.ok) return carried;
  const bookBalance = settings.bookBalance ?? book.closingBalance;
  if (bookBalance === null) return onField("book-balance", fail("reconcile-book-balance-missing"));
  // A balance taken from the journal is only as right as its 余额 cells. The cashier is told which cell is wrong
  // (the journal's own balance rule, at its cells) and the 调节表 keeps the balance the journal shows: it is the book's
  // figure the bank is held to, and a recomputed one would make the 调节表 agree while the book stays wrong.
  const balanceFindings = settings.bookBalance === undefined ? book.balanceFindings : [];
  const statementBalance = settings.statementBalance ?? statement.closingBalance;
  if (statementBalance === null) return onField("statement-balance", fail("reconcile-statement-balance-missing"));

  const carriedOf = (side: "book" | "statement") =>
    OUTSTANDING_LISTS.filter((list) => LIST_SIDES[list].side === side).flatMap(
      (list) => carried.value.items?.[list] ?? [],
    );
  const bookItems: Item[] = [...carriedOf("book"), ...book.entries];
  const statementItems: Item[] = [...carriedOf("statement"), ...statement.lines];
  const result = matchItems(bookItems, statementItems, settings.match);
  const outstanding = outstandingItems(bookItems, statementItems, result);
  const figures = reconciliation(bookBalance, statementBalance, outstanding);
  const long = asOf === null ? [] : longOutstanding(outstanding, asOf, settings.match.longOutstandingDays);
  const heading = headingOf(sides);
  const layout = layoutReconciliation({ ...heading, reconciliation: figures });
  return ok({
    book: { sheet: book.sheet, balance: bookBalance, opened: book.opened },
    carriedFrom: carried.value.sheet,
    statement: { sheet: statement.sheet, bank: statement.bank, balance: statementBalance },
    bookItems,
    statementItems,
    result,
    reconciliation: figures,
    findings: [...statement.findings, ...book.findings, ...balanceFindings, ...carried.value.findings, ...long],
    heading,
    plans: [layout.plan, layoutMatchRecord(bookItems, statementItems, result.matches, result.ambiguous)],
    cells: layout.cells,
  });
}

/**
 * The whole reconciliation, or why it cannot be made: last month's 未达账项 from the carry file when given, else from
 * the book's workbook.
 */
export function reconcileSources(settings: ReconcileSettings, sources: ReconcileSources): Generated<Reconciled> {
  const sides = readSides(settings, sources);
  if (!sides.ok) return sides;
  return reconcileSides(
    settings,
    sides.value,
    sources.carry !== undefined ? { given: sources.carry } : { inBook: sources.book },
  );
}

export const reconcileJob = {
  id: "reconcile",
  sheetKinds: [],
  generators: [],
} as const;
