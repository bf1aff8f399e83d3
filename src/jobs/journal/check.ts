/**
 * Checking a journal sheet as a whole, and the sheet kinds `cash-journal` and `bank-journal` that `cashbook check`
 * and the pane find by header labels: read the rows under the header, run every rule, list the findings in sheet
 * order.
 */
import type { Finding } from "../../core/findings";
import { parseRangeAddress, type Grid } from "../../core/grid";
import type { SheetKind } from "../../core/kinds";
import type { JournalKind } from "./model";
import { findJournalHeader, readJournal } from "./read";
import { validateJournal, type JournalRuleSettings } from "./rules";

/** Findings by row, then column; findings about no one cell first. */
function inSheetOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding) => ({ finding, at: parseRangeAddress(finding.cell)?.start ?? { row: -1, column: -1 } }))
    .sort((a, b) => a.at.row - b.at.row || a.at.column - b.at.column)
    .map(({ finding }) => finding);
}

/**
 * Every finding of a journal sheet. The kind comes from the sheet (its columns or title) unless given; a cash
 * limit and an opening balance are checked only when given.
 */
export function checkJournal(grid: Grid, settings: Partial<JournalRuleSettings> = {}): Finding[] {
  const header = findJournalHeader(grid);
  if (!header) return [{ rule: "journal-header-missing", severity: "error", sheet: grid.sheet, cell: "", params: {} }];
  const read = readJournal(grid, header);
  const ruleSettings = { ...settings, kind: settings.kind ?? header.kind };
  // A cell the reader could not read is blank to the rules; what they would say about it only repeats that.
  const unreadable = new Set(
    read.findings.filter((finding) => finding.severity === "error").map((finding) => finding.cell),
  );
  const ruleFindings = validateJournal(read.rows, ruleSettings, grid.sheet).filter(
    (finding) => !unreadable.has(finding.cell),
  );
  return inSheetOrder([...read.findings, ...ruleFindings]);
}

function journalSheet(kind: JournalKind, id: string): SheetKind {
  return {
    kind: id,
    recognises: (grid) => findJournalHeader(grid)?.kind === kind,
    check: (grid) => checkJournal(grid, { kind }),
  };
}

/** 现金日记账. */
export const cashJournalSheet = journalSheet("cash", "cash-journal");
/** 银行存款日记账. */
export const bankJournalSheet = journalSheet("bank", "bank-journal");
