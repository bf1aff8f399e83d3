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
import { fail, ok, onField, type Problem } from "../../core/result";
import { readJournalEntries, type EntriesRead } from "./entries";
import { journalColumns, journalExtent, layoutJournal } from "./layout";
import type { JournalColumn, JournalEntry, JournalKind } from "./model";
import type { AccountJournal } from "./model";
import type { CalendarMonth } from "../../core/dates";
import { journalAccounts, neededSheets, previousMonthSheet, servingMonth } from "./months";
import { findJournalHeader, journalHeaderProblem, notCalculated, readJournal } from "./read";
import type { JournalRows } from "./rows";
import { amountsAsBalancesProve } from "./rules/balances";
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

/** The last balance a journal shows; null when it shows none. */
function closingOf(rows: JournalRows): number | null {
  for (let index = rows.length - 1; index >= 0; index--) {
    const balance = rows.balance(index);
    if (balance !== null) return balance;
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
  const previous = previousMonthSheet(grid, header, rows, workbook);
  const closing = previous ? closingOf(previous.rows) : null;
  if (!previous || closing === null || closing === found) return [];
  const params = {
    row: rows.summary(opening),
    previous: previous.grid.sheet,
    expected: money(closing),
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

/** The accounts a report takes: of `kind` when given; with `first`, the first only (a cash count's one cash journal). */
export interface ReportScope {
  kind?: JournalKind;
  first?: boolean;
}

function reportAccounts(grids: readonly Grid[], { kind, first }: ReportScope) {
  const { accounts, skipped } = journalAccounts(grids, kind);
  return { accounts: first ? accounts.slice(0, 1) : accounts, skipped };
}

/**
 * The journals of a workbook as a report of `month` takes them (those of `scope`): one per account, its sheets
 * joined (months.ts) and its figures those of the sheet that holds the month, each entry read as the journal's
 * balances prove it (amountsAsBalancesProve), so that a report's balances are the journal's own (账存). Beside them,
 * what a report must say: each sheet that looks like a journal but was not read and why, each sheet the figures come
 * from that has errors, counted as `cashbook check` counts them (with its opening held to the month before's
 * closing), and each whose formulas have no results, its balances worked out from the balance it shows and the
 * amounts. A report of a journal with errors is still made: it may be what shows the slip. A sheet whose formulas
 * have no results and that shows no balance at all is a `refusal`: no figure of it can be known. The pane gives the
 * tops of the sheets with the sheets reportSheets names read whole; the command line every sheet whole: both get the
 * same.
 */
export function journalsForReports(
  grids: readonly Grid[],
  month: CalendarMonth,
  scope: ReportScope = {},
): { journals: AccountJournal[]; warnings: Finding[]; refusal: Problem | null } {
  const { accounts, skipped } = reportAccounts(grids, scope);
  const needed = new Set(neededSheets(grids, accounts, month));
  const workbook = grids.filter((grid) => needed.has(grid.sheet));
  const warnings: Finding[] = [...skipped];
  const journals: AccountJournal[] = [];
  for (const account of accounts) {
    const { grid, header, rows, uncalculated } = servingMonth(account, month);
    if (uncalculated) {
      const params = { sheet: grid.sheet, ...uncalculated.params };
      if (closingOf(rows) === null) {
        const refusal = { id: "journal-report-not-calculated", params, field: "from" } as const;
        return { journals: [], warnings: [...warnings, uncalculated], refusal };
      }
      warnings.push(finding(grid.sheet, uncalculated.cell, "journal-balances-worked-out", params));
    } else {
      const errors = checkJournal(grid, { kind: header.kind }, workbook).filter(isError);
      if (errors.length > 0) {
        const first = errors[0]!.cell;
        const params = { count: errors.length, first: first || grid.sheet };
        warnings.push(finding(grid.sheet, first, "journal-has-errors", params));
      }
      for (const [index, amounts] of amountsAsBalancesProve(rows, { kind: header.kind }))
        rows.setAmounts(index, amounts.receipt, amounts.payment);
    }
    journals.push({ account: account.account, kind: account.kind, sheet: grid.sheet, rows });
  }
  return { journals, warnings, refusal: null };
}

/**
 * The sheets a report of `month` reads whole, by the tops of the workbook's sheets (the first rows and columns of
 * each): of each account of `scope` the sheet of the month and the one before it.
 */
export function reportSheets(tops: readonly Grid[], month: CalendarMonth, scope: ReportScope = {}): string[] {
  const { accounts } = reportAccounts(tops, scope);
  return neededSheets(tops, accounts, month);
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
