/**
 * The cash count's pipeline: the 现金盘点表 for a day, its book figure given or taken from the cash journal's balance
 * at the end of that day (read through the journal job, summed through the funds report's balance), and, when the
 * counts are known, the difference the sheet's formulas will show. The shells reach it through index.ts.
 */
import type { Finding } from "../../core/findings";
import type { GeneratorKind } from "../../core/kinds";
import type { SheetPlan } from "../../core/plan";
import { formatMoney } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import { closingBalanceOn, journalsEndingEarly } from "../funds-report";
import { journalsForReports, type AccountJournal } from "../journal";
import { layoutCashCount } from "./layout";
import type { CashCountSettings, CashDifference } from "./model";
import { readCounts } from "./read";
import { cashDifference, countedFen } from "./rules";
import { parseCashCountSettings } from "./settings";

export interface CashCount {
  plan: SheetPlan;
  /** What the sheet will show once computed; null when the counts are left for the cashier to fill in. */
  difference: CashDifference | null;
  /** What the cash journal's rows said on the way to the book figure (rows left out, say). */
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
  return ok({
    plan: layoutCashCount({
      unit: settings.unit,
      date: settings.date,
      counts: known,
      book: book.value.book,
      unrecorded,
    }),
    difference: known === null ? null : cashDifference(countedFen(known), book.value.book, settings.unrecorded),
    findings: book.value.findings,
  });
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
    const read = sources && journalsForReports(sources);
    // --from was given: the problem is what it holds, and the sheets passed over say why.
    if (read && settings.book === undefined && !read.journals.some((journal) => journal.kind === "cash"))
      return { ...onField("from", fail("cash-count-no-cash-journal")), findings: read.warnings };
    const counted = countCash(settings, read?.journals);
    // Sheets left out, and the errors of the cash journal the figure comes from: never passed over.
    const cash = read?.journals.find((journal) => journal.kind === "cash")?.sheet;
    const warnings = (read?.warnings ?? []).filter(
      (warning) => warning.rule !== "journal-has-errors" || (settings.book === undefined && warning.sheet === cash),
    );
    if (!counted.ok) return { ...counted, findings: warnings };
    return { ...ok([counted.value.plan]), findings: [...warnings, ...counted.value.findings] };
  },
};

export const cashCountJob = {
  id: "cash-count",
  sheetKinds: [],
  generators: [cashCountGenerator],
} as const;
