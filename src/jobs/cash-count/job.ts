/**
 * The cash count's pipeline: the 现金盘点表 for a day, its book figure given or taken from the cash journal's balance
 * at the end of that day (read through the journal job, summed through the funds report's balance), and, when the
 * counts are known, the difference the sheet's formulas will show. The shells reach it through index.ts.
 */
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import type { Generated, GeneratorKind } from "../../core/kinds";
import type { SheetPlan } from "../../core/plan";
import { formatMoney } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import { closingBalanceOn, journalsEndingEarly } from "../funds-report";
import { journalsForReports, reportSheets, type AccountJournal } from "../journal";
import { layoutCashCount } from "./layout";
import type { CashCountSettings, CashDifference } from "./model";
import { readCounts } from "./read";
import { cashDifference, countedFen } from "./rules";
import { parseCashCountSettings } from "./settings";

export interface CashCount {
  plan: SheetPlan;
  /** What the sheet will show once computed; null when the counts are left for the cashier to fill in. */
  difference: CashDifference | null;
  /**
   * What the cash journal's rows said on the way to the book figure (rows left out, say), and, counted from a
   * workbook, the sheets left out and the errors of the journal sheet the figure comes from.
   */
  findings: Finding[];
}

/**
 * The book figure: given, or the closing balance of the day of the cash journal among `journals`, with a warning
 * where it cannot be trusted as it is: the journal's last entry is dated before the count (what came in and went out
 * since is not posted), or the balance is negative (cash cannot be).
 */
function bookBalance(
  settings: CashCountSettings,
  journals?: readonly AccountJournal[],
): Result<{ book: number; findings: Finding[] }> {
  if (settings.book !== undefined) return ok({ book: settings.book, findings: [] });
  const cash = journals?.find((journal) => journal.kind === "cash");
  if (!cash) return onField("book", fail("cash-count-book-missing"));
  const closing = closingBalanceOn(cash, settings.date);
  if (!closing.ok) return closing;
  const findings = [...closing.value.findings];
  findings.push(...journalsEndingEarly([cash], settings.date));
  if (closing.value.balance < 0) {
    const params = { book: formatMoney(closing.value.balance, { symbol: true }) };
    findings.push({ rule: "cash-count-book-negative", severity: "warning", sheet: cash.sheet, cell: "", params });
  }
  return ok({ book: closing.value.balance, findings });
}

/**
 * The count sheet; `counts` (in DENOMINATIONS order, numbers or cell values) fill it in, and counts that are not
 * counts are a problem.
 */
export function countCash(
  settings: CashCountSettings,
  journals?: readonly AccountJournal[],
  counts?: readonly unknown[],
): Result<CashCount> {
  const book = bookBalance(settings, journals);
  if (!book.ok) return book;
  const read = counts === undefined ? null : readCounts(counts);
  if (read && !read.ok) return read;
  const known = read?.value ?? null;
  const unrecorded = settings.unrecorded ?? null;
  // With no counts given the sheet's formulas count blanks as 0, and the count is not yet made.
  const figures = cashDifference(countedFen(known ?? []), book.value.book, settings.unrecorded);
  return ok({
    plan: layoutCashCount({
      unit: settings.unit,
      date: settings.date,
      counts: known,
      book: book.value.book,
      unrecorded,
      figures,
    }),
    difference: known === null ? null : figures,
    findings: book.value.findings,
  });
}

/** The month of the count, whose cash journal sheet holds the count day's balance. */
const countMonth = ({ date }: CashCountSettings) => ({ year: date.year, month: date.month });

/** What the count takes of a workbook: the first cash journal, the one whose balance is the book figure. */
const COUNTED = { kind: "cash", first: true } as const;

/**
 * The sheets the count reads whole, by the tops of the workbook's sheets: the cash journal's sheet of the count's
 * month (and the one before, its opening's source), none when the book balance is given.
 */
export function cashCountSheets(settings: CashCountSettings, tops: readonly Grid[]): string[] {
  return settings.book === undefined ? reportSheets(tops, countMonth(settings), COUNTED) : [];
}

/**
 * The count from the sheets of a workbook, for the command line and the pane alike: each sheet whole, or the tops
 * of the sheets with those cashCountSheets names whole. The count's findings are the sheets left out and why, the
 * errors of the cash journal sheet the book balance comes from, and what bookBalance warns of.
 */
export function countCashFrom(settings: CashCountSettings, sheets: readonly Grid[]): Generated<CashCount> {
  if (settings.book !== undefined) return countCash(settings);
  const read = journalsForReports(sheets, countMonth(settings), COUNTED);
  if (read.refusal) return { ok: false, problem: read.refusal, findings: read.warnings };
  // The workbook was given: the problem is what it holds, and the sheets passed over say why.
  if (read.journals.length === 0)
    return { ...onField("from", fail("cash-count-no-cash-journal")), findings: read.warnings };
  const counted = countCash(settings, read.journals);
  if (!counted.ok) return { ...counted, findings: read.warnings };
  return ok({ ...counted.value, findings: [...read.warnings, ...counted.value.findings] });
}

/** `cashbook generate cash-count`: a 现金盘点表 for the day, the counts left to fill in. */
export const cashCountGenerator: GeneratorKind<CashCountSettings> = {
  kind: "cash-count",
  usage: [
    { fields: [{ name: "date", value: "YYYY-MM-DD" }] },
    {
      fields: [
        { name: "from", value: "FILE" },
        { name: "book", value: "AMOUNT" },
      ],
    },
    { fields: [{ name: "unit", value: "NAME" }], optional: true },
    { fields: [{ name: "unrecorded-receipts", value: "AMOUNT" }], optional: true },
    { fields: [{ name: "unrecorded-payments", value: "AMOUNT" }], optional: true },
  ],
  settings: parseCashCountSettings,
  generate: (settings, sources) => {
    const counted = sources === undefined ? countCash(settings) : countCashFrom(settings, sources);
    return counted.ok ? { ...ok([counted.value.plan]), findings: counted.value.findings } : counted;
  },
};

export const cashCountJob = {
  id: "cash-count",
  sheetKinds: [],
  generators: [cashCountGenerator],
} as const;
