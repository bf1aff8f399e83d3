/**
 * The journal pages' actions as plain async functions over a WorkbookHost, so that tests can drive them without
 * React: close a day (日清), check a journal sheet, generate a journal sheet (an empty month, or the entries in the
 * selection), and generate the cash count and the funds report from the journals in the workbook. Each takes the
 * run's stop signal and stops between steps, never halfway through a write; and each finds the journals and the
 * settings the pages fill their lists and fields from.
 */
import type { Finding } from "../../core/findings";
import { blockAddress, parseRangeAddress, type CellValue, type Grid } from "../../core/grid";
import { parseMonth } from "../../core/dates";
import type { SettingsFields } from "../../core/kinds";
import { fail, ok, type Problem, type Result } from "../../core/result";
import type { ReadOptions, WorkbookHost } from "../../hosts/host";
import { cashCountSheets, countCashFrom, parseCashCountSettings } from "../../jobs/cash-count";
import {
  fundsReportFrom,
  fundsReportSheets,
  parseFundsReportSettings,
  type ClosingSeries,
} from "../../jobs/funds-report";
import {
  balanceFormulaAt,
  balanceFormulaRows,
  checkJournal,
  dayTotalBelow,
  generateJournal as journalFromSettings,
  parseJournalCheckSettings,
  parseJournalSettings,
  readJournals,
  type JournalKind,
} from "../../jobs/journal";
import { readTopsWithSheets, rememberedSettings, SHEET_TOP, stopPoint } from "./flow";

export interface JournalForm {
  kind: JournalKind;
  unit: string;
  account: string;
  /** "2026-01", as an <input type="month"> gives it. */
  month: string;
  opening: string;
  carriedFromLastYear: boolean;
  /** 本年累计 of the months before, for a journal that starts after January; blank for none. */
  ytdReceipts: string;
  ytdPayments: string;
  rowsPerPage: string;
  source: "empty" | "selection";
}

export type GenerateOutcome =
  | { kind: "problem"; problem: Problem; findings?: Finding[] }
  | { kind: "needs-opening" }
  | { kind: "generated"; sheet: string; entries: number };

/** The workbook settings the pages remember: the settings fields' names, as the command line's options have them. */
export const REMEMBERED_FIELDS = ["unit", "account", "rows-per-page"] as const;
export type RememberedFields = Partial<Record<(typeof REMEMBERED_FIELDS)[number], string>>;

export const rememberedFields = (host: WorkbookHost): Promise<RememberedFields> =>
  rememberedSettings(host, REMEMBERED_FIELDS);

/** The remembered fields as the pages' forms name them; an empty 每页行数 keeps the form's default. */
export async function rememberedFormFields(
  host: WorkbookHost,
): Promise<Partial<Pick<JournalForm, "unit" | "account" | "rowsPerPage">>> {
  const remembered = await rememberedFields(host);
  return {
    ...(remembered.unit !== undefined && { unit: remembered.unit }),
    ...(remembered.account !== undefined && { account: remembered.account }),
    ...(remembered["rows-per-page"] && { rowsPerPage: remembered["rows-per-page"] }),
  };
}

/** A journal found in the workbook, for the lists of sheets and accounts. */
export interface FoundJournal {
  sheet: string;
  kind: JournalKind;
  account: string;
}

/** The journals in the workbook, told by their headers, reading only the top of each sheet. */
export async function findJournals(host: WorkbookHost): Promise<FoundJournal[]> {
  const tops = await host.readSheetTops(SHEET_TOP);
  return readJournals(tops).journals.map(({ sheet, kind, account }) => ({ sheet, kind, account }));
}

/** Whether the page asks for the 本年累计 of the months before: for a journal of a month after January. */
export function asksForYearToDate(monthText: string): boolean {
  const month = parseMonth(monthText);
  return month.ok && month.value.month !== 1;
}

/** The form as the journal's settings fields, the names the command line's options have. */
export function journalFields(form: JournalForm): SettingsFields {
  // The page hides the 本年累计 fields for a January journal; what they held before is not meant for it.
  const yearToDate = asksForYearToDate(form.month);
  return {
    month: form.month,
    opening: form.opening,
    unit: form.unit,
    account: form.account,
    "rows-per-page": form.rowsPerPage,
    "ytd-receipts": yearToDate ? form.ytdReceipts : undefined,
    "ytd-payments": yearToDate ? form.ytdPayments : undefined,
    "carried-from-last-year": form.carriedFromLastYear ? "yes" : "no",
  };
}

/**
 * A month's journal, empty or with the selection's entries, through the same settings parser and generator as
 * `cashbook generate`: a selection with a cell that cannot be read is refused with every such cell listed.
 */
export async function generateJournal(
  host: WorkbookHost,
  form: JournalForm,
  options: ReadOptions = {},
  { openingMayBeEmpty = false } = {},
): Promise<GenerateOutcome> {
  const settings = parseJournalSettings(form.kind, journalFields(form));
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  // A blank 期初余额 is read as 0; a month rarely starts with nothing in the till, so the pane asks first.
  if (form.opening.trim() === "" && !openingMayBeEmpty) return { kind: "needs-opening" };
  const sources = form.source === "selection" ? [await host.readSelection()] : undefined;
  const journal = journalFromSettings(settings.value, sources);
  if (!journal.ok) return { kind: "problem", problem: journal.problem, findings: journal.findings };
  stopPoint(options);
  const sheet = await host.applyPlan(journal.value.plan);
  await host.writeSettings({ unit: form.unit, account: form.account, "rows-per-page": form.rowsPerPage });
  return { kind: "generated", sheet, entries: journal.value.entries };
}

export interface CheckOutcome {
  findings: Finding[];
  rows: number;
  /** The balances typed over their formulas that the journal job can put back, by cell. */
  restorable: ReadonlyMap<string, BalanceRestore>;
}

/** A balance that can be put back: the figure typed over it, as the check read it, and the generator's formula. */
export interface BalanceRestore {
  typed: CellValue;
  formula: string;
  /** The blocks of the sheet the formula was made from: its header rows, and the balance's page. Read again to write. */
  reads: { header: string; page: string };
}

/** A balance typed over its formula (a journal-balance-break finding). */
const BALANCE_BREAK = "journal-balance-break";

/** What a grid holds at an A1 address of its sheet; "" outside it. */
function cellOf(grid: Grid, address: string): CellValue {
  const at = parseRangeAddress(address);
  return at ? (grid.values[at.start.row - grid.top]?.[at.start.column - grid.left] ?? "") : "";
}

/** The grid row of a finding's cell, or -1. */
function rowOf(grid: Grid, finding: Finding): number {
  const at = parseRangeAddress(finding.cell);
  return at ? at.start.row - grid.top : -1;
}

/** The formula balanceFormulaAt gives for a finding's cell, read from `cells` (formulas as their text). */
function restoreOf(cells: Grid, finding: Finding): Result<string> {
  const restore = balanceFormulaAt(cells, rowOf(cells, finding));
  if (!restore.ok) return restore;
  // The job names the balance cell of the finding's row, which is the finding's own cell.
  return restore.value.cell === finding.cell
    ? ok(restore.value.formula)
    : fail("journal-balance-no-formula", { cell: finding.cell });
}

/**
 * Blocks of one sheet laid over the first, from its top-left: the rows between them blank. The first block's rows
 * are shared, not copied (a check's grid may have a million); a row another block covers is a new one.
 */
function gridOfBlocks(base: Grid, over: readonly Grid[]): Grid {
  const values = base.values.slice();
  for (const block of over)
    block.values.forEach((line, r) => {
      const row = block.top - base.top + r;
      while (values.length <= row) values.push([]);
      const target = [...values[row]!];
      line.forEach((cell, c) => (target[block.left - base.left + c] = cell));
      values[row] = target;
    });
  return { ...base, values };
}

/**
 * Which balance breaks can be put back as the generator's formula: only the cells the journal job reads for them
 * have their formulas read, the 余额 column over the pages of the breaks (the 摘要 are the check's own), and the job
 * says, finding by finding, where it is certain.
 */
async function restorableBalances(
  host: WorkbookHost,
  grid: Grid,
  findings: readonly Finding[],
): Promise<Map<string, BalanceRestore>> {
  const restorable = new Map<string, BalanceRestore>();
  const breaks = findings.flatMap((finding) => {
    const rows = finding.rule === BALANCE_BREAK ? balanceFormulaRows(grid, rowOf(grid, finding)) : null;
    return rows ? [{ finding, rows }] : [];
  });
  if (breaks.length === 0) return restorable;
  const first = Math.min(...breaks.map(({ rows }) => rows.first));
  const last = Math.max(...breaks.map(({ rows }) => rows.last));
  const column = grid.left + breaks[0]!.rows.balanceColumn;
  const balances = await host.readBlock(grid.sheet, blockAddress(grid.top + first, column, last - first + 1, 1), {
    formulas: true,
  });
  const cells = gridOfBlocks(grid, [balances]);
  const width = grid.values[0]?.length ?? 1;
  const rowsAt = (from: number, to: number) => blockAddress(grid.top + from, grid.left, to - from + 1, width);
  for (const { finding, rows } of breaks) {
    const restore = restoreOf(cells, finding);
    if (!restore.ok) continue;
    const reads = { header: rowsAt(0, rows.headerRow), page: rowsAt(rows.first, rows.last) };
    restorable.set(finding.cell, { typed: cellOf(cells, finding.cell), formula: restore.value, reads });
  }
  return restorable;
}

export type RestoreOutcome =
  { kind: "restored"; cell: string } | { kind: "changed"; cell: string } | { kind: "problem"; problem: Problem };

/**
 * Puts the generator's formula back in the balance of a journal-balance-break finding. The cells the check made it
 * from are read again (as formulas) and the journal job asked again: only the formula offered after the check is
 * written, and only while the cell still holds the figure the check found there; otherwise nothing is written. The
 * formula is written live.
 */
export async function restoreBalanceFormula(
  host: WorkbookHost,
  finding: Finding,
  offered: BalanceRestore,
  options: ReadOptions = {},
): Promise<RestoreOutcome> {
  stopPoint(options);
  const header = await host.readBlock(finding.sheet, offered.reads.header, { formulas: true });
  const page = await host.readBlock(finding.sheet, offered.reads.page, { formulas: true });
  const cells = gridOfBlocks(header, [page]);
  const restore = restoreOf(cells, finding);
  if (!restore.ok) return { kind: "problem", problem: restore.problem };
  if (restore.value !== offered.formula || cellOf(cells, finding.cell) !== offered.typed)
    return { kind: "changed", cell: finding.cell };
  stopPoint(options);
  await host.writeCells(finding.sheet, { at: finding.cell, rows: [[{ formula: restore.value }]] });
  return { kind: "restored", cell: finding.cell };
}

/** Reads the sheet in blocks (progress and cancellation as `options` say) and runs every journal rule on it. */
export async function checkJournalSheet(
  host: WorkbookHost,
  sheet: string,
  cashLimit: string,
  options: ReadOptions,
): Promise<{ kind: "problem"; problem: Problem } | ({ kind: "checked" } & CheckOutcome)> {
  const settings = parseJournalCheckSettings({ "cash-limit": cashLimit });
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const grid = await host.readUsedRange(sheet, options);
  const findings = checkJournal(grid, settings.value);
  const restorable = await restorableBalances(host, grid, findings);
  return { kind: "checked", findings, rows: grid.values.length, restorable };
}

/**
 * A report's problem as the pane says it: its workbook is the one open, and it asks for no book balance, so a
 * problem with --from or --book is said under the button rather than on a field the page does not have.
 */
function reportProblem({ id, params, field }: Problem): Problem {
  return field === "from" || field === "book" ? { id, params } : { id, params, field };
}

export type ReportOutcome =
  | { kind: "problem"; problem: Problem; findings: Finding[] }
  | { kind: "generated"; sheet: string; findings: Finding[]; series: ClosingSeries | null };

/**
 * A 现金盘点表 for the day, its book balance the cash journal's balance at the end of that day, through the job's
 * one function for the command line and the pane: only the cash journal's sheet of the month (and the one before)
 * is read whole.
 */
export async function generateCashCount(
  host: WorkbookHost,
  unit: string,
  dateText: string,
  options: ReadOptions = {},
): Promise<ReportOutcome> {
  const settings = parseCashCountSettings({ unit, date: dateText });
  if (!settings.ok) return { kind: "problem", problem: settings.problem, findings: [] };
  const sheets = await readTopsWithSheets(host, (tops) => cashCountSheets(settings.value, tops), options);
  const counted = countCashFrom(settings.value, sheets);
  if (!counted.ok)
    return { kind: "problem", problem: reportProblem(counted.problem), findings: counted.findings ?? [] };
  stopPoint(options);
  const sheet = await host.applyPlan(counted.value.plan);
  await host.writeSettings({ unit });
  return { kind: "generated", sheet, findings: counted.value.findings, series: null };
}

/**
 * The 资金日报表 of every journal in the workbook, for a day ("2026-01-15") or each day of a month ("2026-01"), through
 * the job's one function for the command line and the pane: of each account only the sheet of the month (and the
 * one before) is read whole.
 */
export async function generateFundsReport(
  host: WorkbookHost,
  unit: string,
  periodText: string,
  options: ReadOptions = {},
): Promise<ReportOutcome> {
  const text = periodText.trim();
  const settings = parseFundsReportSettings(
    /^\d{4}\D\d{1,2}$/.test(text) ? { unit, month: text } : { unit, date: text },
  );
  if (!settings.ok) return { kind: "problem", problem: settings.problem, findings: [] };
  const sheets = await readTopsWithSheets(host, (tops) => fundsReportSheets(settings.value, tops), options);
  const report = fundsReportFrom(settings.value, sheets);
  if (!report.ok) return { kind: "problem", problem: reportProblem(report.problem), findings: report.findings ?? [] };
  stopPoint(options);
  const sheet = await host.applyPlan(report.value.plan);
  await host.writeSettings({ unit });
  return {
    kind: "generated",
    sheet,
    findings: report.findings ?? [],
    series: "day" in settings.value.period ? null : report.value.series,
  };
}

export type CloseDayOutcome =
  { kind: "problem"; problem: Problem } | { kind: "closed"; sheet: string; address: string };

/** 日清: inserts the 本日合计 row below the selected row, the day's last entry, with the generator's formulas. */
export async function closeDay(host: WorkbookHost, options: ReadOptions = {}): Promise<CloseDayOutcome> {
  const selection = await host.readSelection();
  const journal = await host.readUsedRange(selection.sheet, { signal: options.signal });
  const inserted = dayTotalBelow(journal, selection.top - journal.top);
  if (!inserted.ok) return { kind: "problem", problem: inserted.problem };
  stopPoint(options);
  await host.insertRows(selection.sheet, inserted.value.block, inserted.value.formats);
  return { kind: "closed", sheet: selection.sheet, address: inserted.value.block.at };
}
