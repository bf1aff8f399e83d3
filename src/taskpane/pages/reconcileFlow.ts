/**
 * 银行对账 as plain async functions over a WorkbookHost, for the page and for tests without React: read the statement
 * (a sheet of this workbook, or a .csv / .xlsx / .xls file the cashier picked), ask for its columns where no bank profile
 * knows them (and remember the answer in the workbook's settings), match it with a bank journal through the job,
 * and write the 余额调节表 and the 对账记录 from the reviewed matches. The journal itself is never written.
 */
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import { fail, ok, onField, type Problem } from "../../core/result";
import { readCsv } from "../../hosts/csv";
import type { ReadOptions, WorkbookHost } from "../../hosts/host";
import {
  checkMapping,
  findStatementHeader,
  headerGuess,
  mappedStatement,
  parseReconcileSettings,
  reconcileSources,
  reviewedReconciliation,
  startReview,
  type Reconciled,
  type Review,
  type Reviewed,
  type StatementMapping,
} from "../../jobs/reconcile";
import { stopPoint } from "./flow";

/** Where the statement is: a sheet of this workbook, or a file's bytes as the file picker gave them. */
export type StatementSource = { kind: "sheet"; sheet: string } | { kind: "file"; name: string; bytes: Uint8Array };

export interface ReconcileForm {
  bookSheet: string;
  source: StatementSource;
  /** Days; blank for the job's default. */
  window: string;
  /** Blank: each side's balance after its latest line. */
  bookBalance: string;
  statementBalance: string;
  /** The columns as the cashier mapped them, when the statement asked for it. */
  mapping?: StatementMapping;
}

/** The workbook setting that keeps the mappings given, newest first, so that next month's export reads at once. */
export const MAPPINGS_SETTING = "reconcile-columns";
const MAPPINGS_KEPT = 10;

export type StatementRead =
  | { kind: "problem"; problem: Problem }
  /** A file whose text breaks what CSV allows at `line` (a NUL, a quote never closed). */
  | { kind: "damaged"; line: number }
  | { kind: "read"; grids: Grid[] };

/**
 * The file's sheets: .xlsx through ExcelJS and .xls through the .xls host, each loaded only when such a file is picked
 * (an Excel 97–2003 file by its signature whatever its name); anything else, the tab-separated text portals also name
 * .xls included, as CSV.
 */
export async function readStatementFile(name: string, bytes: Uint8Array): Promise<StatementRead> {
  const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? "";
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (extension === ".xls" || ole) {
    const { readXlsGrids, xlsContent } = await import(/* webpackChunkName: "xls-reader" */ "../../hosts/xls");
    if (xlsContent(bytes) !== null) {
      const grids = readXlsGrids(bytes, { sheet: name.replace(/\.[^.]+$/, "") });
      return grids.ok ? { kind: "read", grids: grids.value } : { kind: "problem", problem: grids.problem };
    }
  }
  if (extension === ".xlsx" || extension === ".xlsm" || (extension !== ".csv" && zip)) {
    const { readWorkbookGrids } = await import(/* webpackChunkName: "xlsx-reader" */ "../../hosts/xlsx");
    const grids = await readWorkbookGrids(bytes);
    return grids.ok ? { kind: "read", grids: grids.value } : { kind: "problem", problem: grids.problem };
  }
  const table = readCsv(bytes, { sheet: name.replace(/\.[^.]+$/, "") });
  if (!table.ok) return { kind: "problem", problem: table.problem };
  if (table.value.damage) return { kind: "damaged", line: table.value.damage.line };
  return { kind: "read", grids: [table.value.grid] };
}

async function rememberedMappings(host: WorkbookHost): Promise<StatementMapping[]> {
  const text = (await host.readSettings())[MAPPINGS_SETTING];
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    // Kept by this pane, but a workbook is anyone's to edit: only well-formed mappings are used.
    return Array.isArray(parsed)
      ? parsed.filter((m): m is StatementMapping => typeof m === "object" && m !== null && checkMapping(m) === null)
      : [];
  } catch {
    return [];
  }
}

async function rememberMapping(host: WorkbookHost, mapping: StatementMapping): Promise<void> {
  const same = (m: StatementMapping) => JSON.stringify(m) === JSON.stringify(mapping);
  const kept = (await rememberedMappings(host)).filter((m) => !same(m));
  await host.writeSettings({ [MAPPINGS_SETTING]: JSON.stringify([mapping, ...kept].slice(0, MAPPINGS_KEPT)) });
}

type Chosen = { grid: Grid; by: "profile" | "remembered" | "form" } | { needs: { sheet: string; labels: string[] } };

/** The statement's sheet: one a profile recognises, else one the cashier's mapping (given now or before) reads. */
function chooseStatement(grids: readonly Grid[], remembered: readonly StatementMapping[], form?: StatementMapping) {
  const recognised = grids.find((grid) => findStatementHeader(grid) !== null);
  if (recognised) return ok<Chosen>({ grid: recognised, by: "profile" });
  for (const [mappings, by] of [
    [form ? [form] : [], "form"],
    [remembered, "remembered"],
  ] as const)
    for (const mapping of mappings)
      for (const grid of grids) {
        const mapped = mappedStatement(grid, mapping);
        if (mapped) return ok<Chosen>({ grid: mapped, by });
      }
  for (const grid of grids) {
    const guess = headerGuess(grid);
    if (guess) return ok<Chosen>({ needs: { sheet: grid.sheet, labels: guess.labels } });
  }
  return onField("statement", fail<Chosen>("reconcile-no-statement-sheet"));
}

export type AutoMatchOutcome =
  | { kind: "problem"; problem: Problem; findings?: Finding[] }
  | { kind: "damaged"; line: number }
  /** No profile and no mapping reads the statement: the labels of its likely header, for the mapping form. */
  | { kind: "needs-mapping"; sheet: string; labels: string[] }
  | { kind: "matched"; reconciled: Reconciled; review: Review; mapped: "profile" | "remembered" | "form" };

/**
 * Reads the statement and the journal and matches them, through the job's settings parser and pipeline. A mapping
 * the form gave (checked by the page with the job's checkMapping) is remembered in the workbook once it has read the
 * statement.
 */
export async function autoMatch(
  host: WorkbookHost,
  form: ReconcileForm,
  options: ReadOptions = {},
): Promise<AutoMatchOutcome> {
  const settings = parseReconcileSettings({
    "book-sheet": form.bookSheet,
    window: form.window,
    "book-balance": form.bookBalance,
    "statement-balance": form.statementBalance,
  });
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  let grids: Grid[];
  if (form.source.kind === "sheet") grids = [await host.readUsedRange(form.source.sheet, options)];
  else {
    const read = await readStatementFile(form.source.name, form.source.bytes);
    if (read.kind !== "read") return read;
    grids = read.grids;
  }
  stopPoint(options);
  const chosen = chooseStatement(grids, await rememberedMappings(host), form.mapping);
  if (!chosen.ok) return { kind: "problem", problem: chosen.problem };
  if ("needs" in chosen.value) return { kind: "needs-mapping", ...chosen.value.needs };
  const statement = chosen.value;
  const book = await host.readUsedRange(form.bookSheet, options);
  stopPoint(options);
  const reconciled = reconcileSources(settings.value, { book: [book], statement: [statement.grid] });
  if (!reconciled.ok) return { kind: "problem", problem: reconciled.problem, findings: reconciled.findings };
  if (statement.by === "form") await rememberMapping(host, form.mapping!);
  return {
    kind: "matched",
    reconciled: reconciled.value,
    review: startReview(reconciled.value.result),
    mapped: statement.by,
  };
}

/** Writes the 余额调节表 and the 对账记录 of the review, each to a new sheet; returns their names. */
export async function writeReconciliation(
  host: WorkbookHost,
  reconciled: Reconciled,
  review: Review,
  options: ReadOptions = {},
): Promise<{ sheets: string[]; reviewed: Reviewed }> {
  const reviewed = reviewedReconciliation(reconciled, review);
  stopPoint(options);
  const sheets: string[] = [];
  for (const plan of reviewed.plans) sheets.push(await host.applyPlan(plan));
  return { sheets, reviewed };
}
