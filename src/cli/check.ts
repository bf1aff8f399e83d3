/**
 * `cashbook check <file> [--sheet NAME] [--kind KIND] [--json]`: finds the kind of each sheet from its headers (or
 * takes --kind), runs that kind's checks and prints the findings. Exit 0 no errors, 1 errors, 2 unusable input.
 */
import type { Finding } from "../core/findings";
import type { Grid } from "../core/grid";
import type { SheetKind } from "../core/kinds";
import { findingMessage, sheetKinds } from "../jobs";
import { UsageError, type CommandLine } from "./args";
import { readGridsFromFile } from "./files";
import { EXIT, type Output } from "./output";

interface SheetReport {
  sheet: string;
  kind: string;
  findings: Finding[];
}

function kindFor(grid: Grid, forced: SheetKind | undefined): SheetKind | undefined {
  return forced ?? sheetKinds.find((kind) => kind.recognises(grid));
}

export async function checkCommand(args: string[], line: CommandLine, out: Output): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw new UsageError(out.t("needsFile"));
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
  const reports: SheetReport[] = [];
  for (const grid of candidates) {
    const kind = kindFor(grid, forced);
    if (!kind) continue;
    out.progress(out.t("checking", { sheet: grid.sheet, kind: kind.kind }));
    reports.push({ sheet: grid.sheet, kind: kind.kind, findings: kind.check(grid, grids) });
  }
  if (reports.length === 0) {
    out.complain(out.t("noKnownSheet", { kinds: sheetKinds.map((k) => k.kind).join(", ") }));
    return EXIT.unusable;
  }
  if (line.flags.has("json")) {
    const sheets = reports.map(({ sheet, kind, findings }) => ({
      sheet,
      kind,
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
      out.say(out.t("sheetSummary", { sheet: report.sheet, kind: report.kind, count: report.findings.length }));
      for (const finding of report.findings) {
        out.say(out.finding(finding));
      }
    }
  }
  const errors = reports.some((report) => report.findings.some((finding) => finding.severity === "error"));
  return errors ? EXIT.problems : EXIT.ok;
}
