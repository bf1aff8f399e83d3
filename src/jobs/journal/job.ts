/**
 * The journal's pipelines, which read.ts, rules.ts, settings.ts and layout.ts do not know of each other: checking a
 * sheet (read → rules → findings in sheet order) and generating one (settings → entries read → period settled →
 * layout). The shells reach them through index.ts.
 */
import type { Finding } from "../../core/findings";
import { MAX_ROWS, parseRangeAddress, type Grid } from "../../core/grid";
import type { Generated, GeneratorKind, SheetKind } from "../../core/kinds";
import type { SheetPlan } from "../../core/plan";
import { MAX_FEN } from "../../core/money";
import { fail, ok, onField } from "../../core/result";
import { readJournalEntries, type EntriesRead } from "./entries";
import { journalColumns, journalExtent, layoutJournal } from "./layout";
import type { JournalColumn, JournalEntry, JournalKind } from "./model";
import type { AccountJournal } from "./model";
import type { CalendarMonth } from "../../core/dates";
import { accountKey, journalAccounts, neededSheets, servingMonth } from "./months";
import { findJournalHeader, journalHeaderProblem, notCalculated, readJournal } from "./read";
import type { JournalRows } from "./rows";
import { finding, money } from "./rules/shared";
import { applyRules, type JournalRuleSettings } from "./rules";
import { parseJournalSettings, settleJournal, type JournalCheckSettings, type JournalOptions } from "./settings";

/** Findings by row, then column; findings about no one cell first. */
function inSheetOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding) => ({ finding, at: parseRangeAddress(finding.cell)?.start ?? { row: -1, column: -1 } }))
    .sort((a, b) => a.at.row - b.at.row || a.at.column - b.at.column)
    .map(({ finding }) => finding);
}

/** The last balance a journal shows, and the month of its last dated row; null when it shows none. */
function closingOf(rows: JournalRows): { balance: number; year: number; month: number } | null {
  let balance: number | null = null;
  let month: { year: number; month: number } | null = null;
  for (let index = rows.length - 1; index >= 0 && (balance === null || month === null); index--) {
    balance ??= rows.balance(index);
    month ??= rows.date(index);
  }
  return balance === null || month === null ? null : { balance, ...month };
}

/**
 * A journal kept one sheet a month: the closing balance of the sheet of the month before this one's (the last
 * such sheet before it in the workbook, of the same account: accountKey), for its opening row to carry. Null when
 * the workbook holds no such sheet.
 */
function previousMonthClosing(
  grid: Grid,
  rows: JournalRows,
  header: NonNullable<ReturnType<typeof findJournalHeader>>,
  workbook: readonly Grid[],
): { sheet: string; balance: number } | null {
  const at = workbook.indexOf(grid);
  if (at <= 0) return null;
  let first: { year: number; month: number } | null = null;
  for (let index = 0; index < rows.length && first === null; index++) first = rows.date(index);
  if (!first) return null;
  const wanted = first.year * 12 + first.month - 1;
  const account = accountKey(grid, header);
  for (let before = at - 1; before >= 0; before--) {
    const other = workbook[before]!;
    const otherHeader = findJournalHeader(other);
    if (!otherHeader || accountKey(other, otherHeader) !== account) continue;
    if (other.uncalculated) continue;
    const closing = closingOf(readJournal(other, otherHeader).rows);
    if (closing && closing.year * 12 + closing.month === wanted)
      return { sheet: other.sheet, balance: closing.balance };
  }
  return null;
}

/** The opening row's balance against the closing balance of last month's sheet, when the workbook has one. */
function checkCarriedFromLastSheet(
  grid: Grid,
  rows: JournalRows,
  header: NonNullable<ReturnType<typeof findJournalHeader>>,
  workbook: readonly Grid[],
): Finding[] {
  let opening = -1;
  for (let index = 0; index < rows.length && opening < 0; index++) if (rows.kind(index) === "opening") opening = index;
  const found = opening < 0 ? null : rows.balance(opening);
  if (found === null) return [];
  const previous = previousMonthClosing(grid, rows, header, workbook);
  if (!previous || previous.balance === found) return [];
  const params = {
    row: rows.summary(opening),
    previous: previous.sheet,
    expected: money(previous.balance),
    found: money(found),
  };
  return [finding(grid.sheet, rows.cell(opening, "balance"), "journal-opening-not-carried", params)];
}

/**
 * Every finding of a journal sheet. The kind comes from the sheet (its columns or title) unless given; a cash
 * limit is checked when given or written in the title, an opening balance when given. `workbook`, the sheets of the
 * workbook the sheet is in, lets a month's sheet be held to the closing balance of the month before's.
 */
export function checkJournal(
  grid: Grid,
  settings: Partial<JournalRuleSettings> = {},
  workbook: readonly Grid[] = [],
): Finding[] {
  const header = findJournalHeader(grid);
  if (!header) return [journalHeaderProblem(grid).finding];
  // Read as blank, formulas without results would pass: say why the sheet cannot be checked instead.
  const uncalculated = notCalculated(grid);
  if (uncalculated) return [uncalculated];
  const read = readJournal(grid, header);
  const cashLimit = settings.cashLimit ?? header.cashLimit ?? undefined;
  const ruleSettings = {
    ...settings,
    kind: settings.kind ?? header.kind,
    ...(cashLimit !== undefined && { cashLimit }),
  };
  // A cell the reader could not read is blank to the rules; what they would say about it only repeats that.
  const unreadable = new Set(
    read.findings.filter((finding) => finding.severity === "error").map((finding) => finding.cell),
  );
  const carried = settings.opening === undefined ? checkCarriedFromLastSheet(grid, read.rows, header, workbook) : [];
  const ruleFindings = [...applyRules(read.rows, ruleSettings, grid.sheet), ...carried].filter(
    (finding) => !unreadable.has(finding.cell),
  );
  return inSheetOrder([...read.findings, ...ruleFindings]);
}

function journalSheet(kind: JournalKind, id: string, settings: JournalCheckSettings = {}): SheetKind {
  return {
    kind: id,
    recognises: (grid) => findJournalHeader(grid)?.kind === kind,
    check: (grid, workbook) => checkJournal(grid, { ...settings, kind }, workbook),
    nearMiss: (grid) => {
      if (findJournalHeader(grid)) return null;
      const problem = journalHeaderProblem(grid);
      return problem.nearMiss ? problem.finding : null;
    },
  };
}

/** 现金日记账. */
export const cashJournalSheet = journalSheet("cash", "cash-journal");
/** 银行存款日记账. */
export const bankJournalSheet = journalSheet("bank", "bank-journal");

/** The journal's sheet kinds with the settings of a check (parseJournalCheckSettings): a 库存现金限额 given. */
export function journalSheetKinds(settings: JournalCheckSettings): SheetKind[] {
  return [journalSheet("cash", "cash-journal", settings), journalSheet("bank", "bank-journal")];
}

/**
 * The journals of a workbook as a report of `month` takes them (of `kind` when given): one per account, its sheets
 * joined (months.ts) and its figures those of the sheet that holds the month. Beside them, what a report must say:
 * each sheet that looks like a journal but was not read and why, and each sheet the figures come from that has
 * errors, counted as `cashbook check` counts them (with its opening held to the month before's closing). A report
 * of a journal with errors is still made: it may be what shows the slip. The pane gives the tops of the sheets with
 * the sheets reportSheets names read whole; the command line every sheet whole: both get the same.
 */
export function journalsForReports(
  grids: readonly Grid[],
  month: CalendarMonth,
  kind?: JournalKind,
): { journals: AccountJournal[]; warnings: Finding[] } {
  const { accounts, skipped } = journalAccounts(grids, kind);
  const needed = new Set(neededSheets(grids, accounts, month));
  const workbook = grids.filter((grid) => needed.has(grid.sheet));
  const warnings: Finding[] = [...skipped];
  const journals = accounts.map((account): AccountJournal => {
    const { grid, header, rows } = servingMonth(account, month);
    const errors = checkJournal(grid, { kind: header.kind }, workbook).filter(isError).length;
    if (errors > 0) warnings.push(finding(grid.sheet, "", "journal-has-errors", { count: errors }));
    return { account: account.account, kind: account.kind, sheet: grid.sheet, rows };
  });
  return { journals, warnings };
}

/**
 * The sheets a report of `month` reads whole, by the tops of the workbook's sheets (the first rows and columns of
 * each): of each account (of `kind` when given) the sheet of the month and the one before it.
 */
export function reportSheets(tops: readonly Grid[], month: CalendarMonth, kind?: JournalKind): string[] {
  return neededSheets(tops, journalAccounts(tops, kind).accounts, month);
}

const isError = (candidate: Finding) => candidate.severity === "error";

/**
 * The entries of the first sheet that has a header row of entries. A cell that cannot be read stops the generation:
 * a journal posted without it would be wrong from that row on. The refusal lists every such cell.
 */
function entriesOf(
  grids: readonly Grid[],
  year: number | null,
): Generated<{ entries: JournalEntry[]; sheet: string; headerColumns: EntriesRead["headerColumns"] }> {
  let firstFailure: Generated<never> | null = null;
  for (const grid of grids) {
    const read = readJournalEntries(grid, year);
    if (!read.ok) {
      firstFailure ??= read;
      continue;
    }
    const { findings } = read.value;
    if (findings.length > 0) {
      const params = { sheet: grid.sheet, count: findings.length };
      return { ok: false, problem: { id: "journal-entries-unreadable", params }, findings };
    }
    return ok({ entries: read.value.entries, sheet: grid.sheet, headerColumns: read.value.headerColumns });
  }
  return firstFailure ?? ok({ entries: [], sheet: "", headerColumns: [] });
}

/**
 * A warning for each column of the source the journal does not write, so that none is dropped in silence: columns
 * the generator does not know, and those a journal of this kind has no column for (结算方式 in a cash journal). The
 * date columns are written as 年, 月, 日, and a source's 余额 is what the journal's own formulas recompute.
 */
function unusedColumns(
  source: { sheet: string; headerColumns: EntriesRead["headerColumns"] },
  written: readonly JournalColumn[],
): Finding[] {
  const used = new Set<JournalColumn>([...written, "date", "balance"]);
  return source.headerColumns
    .filter(({ column }) => column === null || !used.has(column))
    .map(({ label, cell }) => finding(source.sheet, cell, "journal-entries-column-unused", { label }));
}

/** 1,048,576 as a count reads. */
const thousands = (count: number) => count.toLocaleString("en-US");

/** A journal from its settings, with the entries of `sources` posted (an empty month without them). */
export function generateJournal(
  options: JournalOptions,
  sources?: readonly Grid[],
): Generated<{ plan: SheetPlan; entries: number }> {
  const source = sources === undefined ? ok(undefined) : entriesOf(sources, options.month?.year ?? null);
  if (!source.ok) return source;
  const settled = settleJournal(options, source.value?.entries);
  if (!settled.ok) return settled;
  // Refused before a page is laid out: half a million entries take a minute to write, and would be written in vain.
  const { rows, pastExact } = journalExtent(settled.value.settings, settled.value.entries);
  if (rows > MAX_ROWS)
    return onField("month", fail("journal-too-many-rows", { rows: thousands(rows), max: thousands(MAX_ROWS) }));
  if (pastExact !== null) return fail("journal-total-too-large", { amount: money(pastExact), max: money(MAX_FEN) });
  const { settings, entries } = settled.value;
  const warnings = source.value ? unusedColumns(source.value, journalColumns(settings.kind, source.value.entries)) : [];
  return {
    ok: true,
    value: { plan: layoutJournal(settings, entries), entries: entries.length },
    ...(warnings.length > 0 && { findings: warnings }),
  };
}

function journalGenerator(kind: JournalKind): GeneratorKind<JournalOptions> {
  const amount = (name: string) => ({ fields: [{ name, value: "AMOUNT" }], optional: true });
  return {
    kind: `${kind}-journal`,
    usage: [
      {
        fields: [
          { name: "month", value: "YYYY-MM" },
          { name: "from", value: "FILE" },
        ],
      },
      amount("opening"),
      { fields: [{ name: "unit", value: "NAME" }], optional: true },
      { fields: [{ name: "account", value: "NAME" }], optional: true },
      ...(kind === "cash" ? [amount("cash-limit")] : []),
      amount("ytd-receipts"),
      amount("ytd-payments"),
      { fields: [{ name: "rows-per-page", value: "N" }], optional: true },
    ],
    settings: (fields) => parseJournalSettings(kind, fields),
    generate: (options, sources) => {
      const journal = generateJournal(options, sources);
      return journal.ok ? { ...journal, value: [journal.value.plan] } : journal;
    },
  };
}

/** `cashbook generate cash-journal`: the 现金日记账. */
export const cashJournalGenerator = journalGenerator("cash");
/** `cashbook generate bank-journal`: the 银行存款日记账 of one bank account (--account). */
export const bankJournalGenerator = journalGenerator("bank");

export const journalJob = {
  id: "journal",
  sheetKinds: [cashJournalSheet, bankJournalSheet],
  generators: [cashJournalGenerator, bankJournalGenerator],
} as const;
