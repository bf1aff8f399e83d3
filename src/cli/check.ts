/**
 * `cashbook check <file> [--sheet NAME] [--kind KIND] [--json]`: finds the kind of each sheet from its headers (or
 * takes --kind), runs that kind's checks and prints the findings. Exit 0 no errors, 1 errors, 2 unusable input.
 */
import type { Finding } from "../core/findings";
import type { Grid } from "../core/grid";
import type { SheetKind } from "../core/kinds";
import { findingMessage, sheetKinds as registeredKinds } from "../jobs";
import { journalSheetKinds, parseJournalCheckSettings } from "../jobs/journal";
import { isBankStatement } from "../jobs/reconcile";
import { UsageError, type CommandLine } from "./args";
import { kindLabel, type CliStringId } from "./i18n";
import { readGridsFromFile } from "./files";
import { EXIT, type Output } from "./output";

interface SheetReport {
  sheet: string;
  /** The kind checked, or null when the sheet was not recognised as any. */
  kind: string | null;
  findings: Finding[];
  /**
   * Why a sheet was not checked: it came close to a kind (its findings say what it lacks), is empty, is a bank
   * statement (read by `cashbook reconcile --statement`, not checked on its own), or is none of these.
   */
  unrecognised?: "near-miss" | "empty" | "statement" | "other";
}

function kindFor(grid: Grid, forced: SheetKind | undefined, kinds: readonly SheetKind[]): SheetKind | undefined {
  return forced ?? kinds.find((kind) => kind.recognises(grid));
}

const isEmpty = (grid: Grid) => grid.values.every((row) => row.every((cell) => cell === null || cell === ""));

/**
 * A sheet no kind recognises: a bank statement (whose 借方发生额 the journal's near miss would take for a journal's
 * missing 借方); else what the kinds it comes close to say it lacks (the same finding once), or why not.
 */
function unrecognised(grid: Grid, sheetKinds: readonly SheetKind[]): SheetReport {
  if (isBankStatement(grid)) return { sheet: grid.sheet, kind: null, findings: [], unrecognised: "statement" };
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const kind of sheetKinds) {
    const near = kind.nearMiss?.(grid);
    const key = near && JSON.stringify([near.rule, near.cell, near.params]);
    if (!near || seen.has(key!)) continue;
    seen.add(key!);
    findings.push(near);
  }
  const why = findings.length > 0 ? "near-miss" : isEmpty(grid) ? "empty" : "other";
  return { sheet: grid.sheet, kind: null, findings, unrecognised: why };
}

export async function checkCommand(args: string[], line: CommandLine, out: Output): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw new UsageError(out.t("needsFile"));
  // --cash-limit goes through the journal's own parser, and its kinds check with it.
  const journalSettings = parseJournalCheckSettings(line.values);
  if (!journalSettings.ok) return (out.complain(out.problem(journalSettings.problem)), EXIT.unusable);
  const configured = journalSheetKinds(journalSettings.value);
  const sheetKinds = registeredKinds.map((kind) => configured.find(({ kind: id }) => id === kind.kind) ?? kind);
  const forced = line.values.kind === undefined ? undefined : sheetKinds.find((kind) => kind.kind === line.values.kind);
  if (line.values.kind !== undefined && !forced) {
    out.complain(out.t("unknownKind", { kind: line.values.kind, kinds: sheetKinds.map((k) => k.kind).join(", ") }));
    return EXIT.unusable;
  }
  out.progress(out.t("reading", { file }));
  const grids = await readGridsFromFile(file, out);
  if (!grids) return EXIT.unusable;
  const wanted = line.values.sheet;
  const candidates = grids.filter((grid) => wanted === undefined || grid.sheet === wanted);
  if (candidates.length === 0) {
    out.complain(out.t("noSuchSheet", { sheet: wanted ?? "", sheets: grids.map((g) => g.sheet).join(", ") }));
    return EXIT.unusable;
  }
  // Every sheet is listed, recognised or not: a journal whose headers were not understood must not pass in silence.
  const reports: SheetReport[] = [];
  for (const grid of candidates) {
    const kind = kindFor(grid, forced, sheetKinds);
    if (!kind) {
      reports.push(unrecognised(grid, sheetKinds));
      continue;
    }
    out.progress(out.t("checking", { sheet: grid.sheet, kind: kindLabel(out.t, kind.kind) }));
    reports.push({ sheet: grid.sheet, kind: kind.kind, findings: kind.check(grid, grids) });
  }
  if (line.flags.has("json")) {
    const sheets = reports.map(({ sheet, kind, findings, unrecognised: why }) => ({
      sheet,
      kind,
      ...(why && { unrecognised: why }),
      findings: findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        cell: finding.cell,
        message: findingMessage(finding, out.locale),
      })),
    }));
    out.say(JSON.stringify({ file, sheets }, null, 2));
  } else {
    for (const report of reports) {
      if (report.kind === null) out.say(out.t(UNRECOGNISED[report.unrecognised!], { sheet: report.sheet }));
      else
        out.say(
          out.t("sheetSummary", {
            sheet: report.sheet,
            kind: kindLabel(out.t, report.kind),
            count: report.findings.length,
          }),
        );
      for (const finding of report.findings) {
        out.say(out.finding(finding));
      }
    }
  }
  // A sheet that came close to a kind, or a statement, has been told about: no sheet is not all that can be said.
  const toldAbout = reports.some(
    (report) => report.unrecognised === "near-miss" || report.unrecognised === "statement",
  );
  if (reports.every((report) => report.kind === null) && !toldAbout) {
    out.complain(out.t("noKnownSheet", { kinds: sheetKinds.map((k) => k.kind).join(", ") }));
    return EXIT.unusable;
  }
  const errors = reports.some((report) => report.findings.some((finding) => finding.severity === "error"));
  return errors ? EXIT.problems : EXIT.ok;
}

const UNRECOGNISED = {
  "near-miss": "sheetNearMiss",
  empty: "sheetEmpty",
  statement: "sheetStatement",
  other: "sheetOther",
} as const satisfies Record<NonNullable<SheetReport["unrecognised"]>, CliStringId>;
