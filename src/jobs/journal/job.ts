/**
 * The journal's pipelines, which read.ts, rules.ts, settings.ts and layout.ts do not know of each other: checking a
 * sheet (read → rules → findings in sheet order) and generating one (settings → entries read → period settled →
 * layout). The shells reach them through index.ts.
 */
import type { Finding } from "../../core/findings";
import { parseRangeAddress, type Grid } from "../../core/grid";
import type { Generated, GeneratorKind, SheetKind } from "../../core/kinds";
import type { SheetPlan } from "../../core/plan";
import { ok } from "../../core/result";
import { readJournalEntries } from "./entries";
import { layoutJournal } from "./layout";
import type { JournalEntry, JournalKind } from "./model";
import { findJournalHeader, journalHeaderProblem, readJournal } from "./read";
import { applyRules, type JournalRuleSettings } from "./rules";
import { parseJournalSettings, settleJournal, type JournalOptions } from "./settings";

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
  if (!header) return [journalHeaderProblem(grid).finding];
  const read = readJournal(grid, header);
  const ruleSettings = { ...settings, kind: settings.kind ?? header.kind };
  // A cell the reader could not read is blank to the rules; what they would say about it only repeats that.
  const unreadable = new Set(
    read.findings.filter((finding) => finding.severity === "error").map((finding) => finding.cell),
  );
  const ruleFindings = applyRules(read.rows, ruleSettings, grid.sheet).filter(
    (finding) => !unreadable.has(finding.cell),
  );
  return inSheetOrder([...read.findings, ...ruleFindings]);
}

function journalSheet(kind: JournalKind, id: string): SheetKind {
  return {
    kind: id,
    recognises: (grid) => findJournalHeader(grid)?.kind === kind,
    check: (grid) => checkJournal(grid, { kind }),
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

/**
 * The entries of the first sheet that has a header row of entries. A cell that cannot be read stops the generation:
 * a journal posted without it would be wrong from that row on. The refusal lists every such cell.
 */
function entriesOf(grids: readonly Grid[]): Generated<JournalEntry[]> {
  let firstFailure: Generated<JournalEntry[]> | null = null;
  for (const grid of grids) {
    const read = readJournalEntries(grid);
    if (!read.ok) {
      firstFailure ??= read;
      continue;
    }
    const { findings } = read.value;
    if (findings.length > 0) {
      const params = { sheet: grid.sheet, count: findings.length };
      return { ok: false, problem: { id: "journal-entries-unreadable", params }, findings };
    }
    return ok(read.value.entries);
  }
  return firstFailure ?? ok([]);
}

/** A journal from its settings, with the entries of `sources` posted (an empty month without them). */
export function generateJournal(
  options: JournalOptions,
  sources?: readonly Grid[],
): Generated<{ plan: SheetPlan; entries: number }> {
  const entries = sources === undefined ? ok(undefined) : entriesOf(sources);
  if (!entries.ok) return entries;
  const settled = settleJournal(options, entries.value);
  if (!settled.ok) return settled;
  return ok({
    plan: layoutJournal(settled.value.settings, settled.value.entries),
    entries: settled.value.entries.length,
  });
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
      return journal.ok ? ok([journal.value.plan]) : journal;
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
