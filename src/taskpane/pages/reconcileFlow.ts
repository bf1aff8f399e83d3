/**
 * 银行对账 as plain async functions over a WorkbookHost, for the page and for tests without React: read the statement
 * (a sheet of this workbook, or a .csv / .xlsx / .xls file the cashier picked), ask for its columns where no bank profile
 * knows them (and remember the answer in the workbook's settings), carry in last month's 未达账项 (last month's 调节表
 * in this workbook, found by reading only the top rows of the other sheets, or a sheet or file the cashier picked),
 * match it with a bank journal through the job, and write the 余额调节表 and the 对账记录 from the reviewed matches.
 * The journal is written only when the cashier asks for the 两清 column. The page's choices are remembered in the
 * workbook's settings.
 */
import type { Finding } from "../../core/findings";
import { valueBlockAddress, type Grid } from "../../core/grid";
import { fail, ok, onField, type Problem } from "../../core/result";
import { readCsv } from "../../hosts/csv";
import { HostError, type ReadOptions, type WorkbookHost } from "../../hosts/host";
import {
  CARRIED_TOP_COLUMNS,
  CARRIED_TOP_ROWS,
  carriedMonthOf,
  carriedSheets,
  checkMapping,
  findStatementHeader,
  headerGuess,
  mappedStatement,
  parseReconcileSettings,
  readSides,
  reconcileSides,
  reviewedMarks,
  reviewedReconciliation,
  startReview,
  type CarrySource,
  type Reconciled,
  type Review,
  type Reviewed,
  type SidesRead,
  type StatementMapping,
} from "../../jobs/reconcile";
import { rememberedSettings, stopPoint } from "./flow";

/** Where the statement is: a sheet of this workbook, or a file's bytes as the file picker gave them. */
export type StatementSource = { kind: "sheet"; sheet: string } | { kind: "file"; name: string; bytes: Uint8Array };

/**
 * Where last month's 未达账项 come from: last month's 调节表 or 未达账项 sheet of this workbook, found ("auto"); a sheet
 * or a file the cashier picked (read as the command line reads --carry); or nothing.
 */
export type CarryChoice = { kind: "auto" } | StatementSource | { kind: "none" };

export interface ReconcileForm {
  bookSheet: string;
  source: StatementSource;
  carry: CarryChoice;
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
 * A picked file's sheets (a statement, or last month's 未达账项): .xlsx through ExcelJS and .xls through the .xls host, each loaded only when such a file is picked
 * (an Excel 97–2003 file by its signature whatever its name); anything else, the tab-separated text portals also name
 * .xls included, as CSV.
 */
export async function readPickedFile(name: string, bytes: Uint8Array): Promise<StatementRead> {
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

/**
 * The workbook settings that keep the page's choices, restored when it opens again: the bank journal, the statement's
 * sheet (when it was one), the date window, where 未达账项 were carried from and the 两清 option.
 */
export const CHOICES_SETTINGS = [
  "reconcile-book-sheet",
  "reconcile-source",
  "reconcile-statement-sheet",
  "reconcile-window",
  "reconcile-carry",
  "reconcile-carry-sheet",
  "reconcile-marks",
] as const;
export type ReconcileChoices = Partial<Record<(typeof CHOICES_SETTINGS)[number], string>>;

export const rememberedChoices = (host: WorkbookHost): Promise<ReconcileChoices> =>
  rememberedSettings(host, CHOICES_SETTINGS);

export const CARRY_KINDS: readonly CarryChoice["kind"][] = ["auto", "sheet", "file", "none"];

/**
 * The page's choices as its form holds them. A sheet is null until one is picked or remembered: the page then shows
 * the first of its list.
 */
export interface ChoiceFields {
  bookSheet: string | null;
  sourceKind: "sheet" | "file";
  statementSheet: string | null;
  window: string;
  carryKind: CarryChoice["kind"];
  carrySheet: string | null;
  marks: boolean;
}

/** The choices before the cashier makes any or the workbook's remembered ones arrive. */
export const NO_CHOICES: ChoiceFields = {
  bookSheet: null,
  sourceKind: "sheet",
  statementSheet: null,
  window: "",
  carryKind: "auto",
  carrySheet: null,
  marks: false,
};

/** The choices the workbook remembers, as the page's form names them; what it does not hold keeps the form's default. */
export async function rememberedChoiceFields(host: WorkbookHost): Promise<Partial<ChoiceFields>> {
  const remembered = await rememberedChoices(host);
  const carryKind = CARRY_KINDS.find((kind) => kind === remembered["reconcile-carry"]);
  return {
    ...(remembered["reconcile-book-sheet"] && { bookSheet: remembered["reconcile-book-sheet"] }),
    ...(remembered["reconcile-source"] === "file" && { sourceKind: "file" }),
    ...(remembered["reconcile-statement-sheet"] && { statementSheet: remembered["reconcile-statement-sheet"] }),
    ...(remembered["reconcile-window"] !== undefined && { window: remembered["reconcile-window"] }),
    ...(carryKind && { carryKind }),
    ...(remembered["reconcile-carry-sheet"] && { carrySheet: remembered["reconcile-carry-sheet"] }),
    ...(remembered["reconcile-marks"] === "yes" && { marks: true }),
  };
}

/** The form's choices as the workbook keeps them; a file's bytes are not kept, only that a file was used. */
function choicesOf(form: ReconcileForm): ReconcileChoices {
  return {
    "reconcile-book-sheet": form.bookSheet,
    "reconcile-source": form.source.kind,
    ...(form.source.kind === "sheet" && { "reconcile-statement-sheet": form.source.sheet }),
    "reconcile-window": form.window,
    "reconcile-carry": form.carry.kind,
    ...(form.carry.kind === "sheet" && { "reconcile-carry-sheet": form.carry.sheet }),
  };
}

/**
 * Last month's 调节表 or 未达账项 sheet of this workbook: the tops of every sheet but the journal and the statement are
 * read at once, and only the sheets the job's carriedSheets names are read in full. The job then reads them as the
 * command line reads the book's own workbook.
 */
async function carriedInWorkbook(
  host: WorkbookHost,
  sides: SidesRead,
  skip: readonly string[],
  options: ReadOptions,
): Promise<CarrySource> {
  if (carriedMonthOf(sides) === null) return { inBook: [] };
  const others = (await host.listSheets()).filter((sheet) => !skip.includes(sheet));
  const tops = await host.readSheetTops({ rows: CARRIED_TOP_ROWS, columns: CARRIED_TOP_COLUMNS }, others);
  const grids: Grid[] = [];
  for (const sheet of carriedSheets(tops, sides)) {
    stopPoint(options);
    grids.push(await host.readUsedRange(sheet, options));
  }
  return { inBook: grids };
}

async function carrySource(
  host: WorkbookHost,
  form: ReconcileForm,
  sides: SidesRead,
  options: ReadOptions,
): Promise<CarrySource | Exclude<StatementRead, { kind: "read" }>> {
  const { carry } = form;
  if (carry.kind === "none") return { inBook: [] };
  if (carry.kind === "sheet") return { given: [await host.readUsedRange(carry.sheet, options)] };
  if (carry.kind === "file") {
    const read = await readPickedFile(carry.name, carry.bytes);
    return read.kind === "read" ? { given: read.grids } : read;
  }
  const skip = [form.bookSheet, ...(form.source.kind === "sheet" ? [form.source.sheet] : [])];
  return carriedInWorkbook(host, sides, skip, options);
}

export type AutoMatchOutcome =
  | { kind: "problem"; problem: Problem; findings?: Finding[] }
  | { kind: "damaged"; line: number }
  /** No profile and no mapping reads the statement: the labels of its likely header, for the mapping form. */
  | { kind: "needs-mapping"; sheet: string; labels: string[] }
  | { kind: "matched"; reconciled: Reconciled; review: Review; mapped: "profile" | "remembered" | "form" };

/**
 * Reads the statement and the journal, carries last month's 未达账项 in and matches them, through the job's settings
 * parser and pipeline. A mapping the form gave (checked by the page with the job's checkMapping) is remembered in the
 * workbook once it has read the statement, and so are the form's choices.
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
    const read = await readPickedFile(form.source.name, form.source.bytes);
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
  const sides = readSides(settings.value, { book: [book], statement: [statement.grid] });
  if (!sides.ok) return { kind: "problem", problem: sides.problem, findings: sides.findings };
  const carry = await carrySource(host, form, sides.value, options);
  if ("kind" in carry)
    return carry.kind === "damaged" ? carry : { kind: "problem", problem: { ...carry.problem, field: "carry" } };
  stopPoint(options);
  const reconciled = reconcileSides(settings.value, sides.value, carry);
  if (!reconciled.ok) return { kind: "problem", problem: reconciled.problem, findings: reconciled.findings };
  if (statement.by === "form") await rememberMapping(host, form.mapping!);
  await host.writeSettings(choicesOf(form));
  return {
    kind: "matched",
    reconciled: reconciled.value,
    review: startReview(reconciled.value.result),
    mapped: statement.by,
  };
}

export type WriteOutcome =
  /** The 两清 column could not be laid out: the journal changed since it was matched, or lost its header. */
  | { kind: "problem"; problem: Problem }
  | {
      kind: "written";
      /** The 调节表's and the 对账记录's sheets. */
      sheets: string[];
      reviewed: Reviewed;
      /**
       * Where the 两清 marks went ("银行存款日记账!J3:J40") and how many entries were marked; why the journal refused
       * them (protected, a cell filled since) after the two sheets were written; null when not asked.
       */
      marks: { address: string; count: number } | { refused: Problem } | null;
    };

/**
 * Writes the 余额调节表 and the 对账记录 of the review, each to a new sheet, then the 两清 column when asked. The marks
 * come last: each names a match of the 对账记录, so a journal marked before a record that then failed to be written
 * would point at nothing, while a record written before marks the journal refused (protected, a cell filled since)
 * is whole and says the same; the refusal is reported with the sheets written. A journal changed since it was matched
 * is refused before anything is written.
 */
export async function writeReconciliation(
  host: WorkbookHost,
  reconciled: Reconciled,
  review: Review,
  { marks }: { marks: boolean },
  options: ReadOptions = {},
): Promise<WriteOutcome> {
  const reviewed = reviewedReconciliation(reconciled, review);
  const laid = marks
    ? reviewedMarks(await host.readUsedRange(reconciled.book.sheet, options), reconciled, review)
    : null;
  if (laid && !laid.ok) return { kind: "problem", problem: { ...laid.problem, field: "marks" } };
  stopPoint(options);
  const sheets: string[] = [];
  for (const plan of reviewed.plans) sheets.push(await host.applyPlan(plan));
  let written: { address: string; count: number } | { refused: Problem } | null = null;
  if (laid) {
    const { block, own } = laid.value;
    try {
      await host.writeBlock(block, { overwrite: own });
      written = {
        address: `${block.sheet}!${valueBlockAddress(block)}`,
        count: block.values.slice(1).filter(([mark]) => mark !== "").length,
      };
    } catch (error) {
      if (!(error instanceof HostError) || error.id === "host-cancelled") throw error;
      written = { refused: { id: error.id, params: error.params, field: "marks" } };
    }
  }
  await host.writeSettings({ "reconcile-marks": marks ? "yes" : "no" });
  return { kind: "written", sheets, reviewed, marks: written };
}
