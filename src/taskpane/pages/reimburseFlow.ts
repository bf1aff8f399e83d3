/**
 * The 报销审核 page's actions as plain async functions over a WorkbookHost, so that tests drive them without React:
 * review every form of the workbook at once, write the 审核结果 sheet, generate a new form, and read and save the
 * policy kept on the 报销审核设置 sheet. All the accounting is the reimburse job's: these read sheets, hand them to it,
 * and write the plans it returns. Each stops between steps and before it writes, never halfway through a write.
 */
import type { Finding } from "../../core/findings";
import { cellAddress, isBlank, parseRangeAddress, type CellValue, type Grid } from "../../core/grid";
import type { GeneratorKind, SettingsFields } from "../../core/kinds";
import type { Locale } from "../../core/messages";
import { fenToYuan } from "../../core/money";
import { isFormula, type SheetPlan } from "../../core/plan";
import type { Problem } from "../../core/result";
import type { ReadOptions, WorkbookHost } from "../../hosts/host";
import {
  DEFAULT_POLICY,
  ROLE_NAMES,
  layoutPolicy,
  parseReimbursePolicy,
  policyOf,
  readPolicySheet,
  reimburseJob,
  reviewSheet,
  reviewWorkbook,
  type FormType,
  type ReimbursePolicy,
  type SignerRole,
  type WorkbookReview,
} from "../../jobs/reimburse";
import { isJournal, readPickedSheets, SHEET_TOP, stopPoint, type SheetsReadOptions } from "./flow";

/**
 * Every sheet of the workbook but its journals, each read in blocks through the host. The review needs every form
 * and the policy sheet: an invoice claimed twice or an advance still open is only seen across the forms. A form is
 * told by its signature lines, at its foot, so its top alone does not say it is one; a journal's top does, and the
 * journals are what makes a workbook large.
 */
function readWorkbook(host: WorkbookHost, options: SheetsReadOptions): Promise<Grid[]> {
  return readPickedSheets(host, (tops) => tops.filter((top) => !isJournal(top)), options);
}

export interface ReviewOutcome {
  review: WorkbookReview;
  sheets: number;
}

/** Every form of the workbook reviewed against the workbook's policy and against each other, as `cashbook check`. */
export async function reviewTheWorkbook(host: WorkbookHost, options: SheetsReadOptions = {}): Promise<ReviewOutcome> {
  const grids = await readWorkbook(host, options);
  return { review: reviewWorkbook(grids), sheets: grids.length };
}

export interface ReviewSheetOutcome {
  sheet: string;
  forms: number;
  findings: number;
}

/** The 审核结果 sheet of the workbook as it is now, on a new sheet: every finding of every form, to print or file. */
export async function writeReviewSheet(
  host: WorkbookHost,
  locale: Locale,
  options: SheetsReadOptions = {},
): Promise<ReviewSheetOutcome> {
  const grids = await readWorkbook(host, options);
  const review = reviewWorkbook(grids);
  const plan = reviewSheet(grids, locale);
  stopPoint(options);
  const sheet = await host.applyPlan(plan);
  return {
    sheet,
    forms: review.forms.length,
    findings: review.policyFindings.length + review.forms.reduce((sum, form) => sum + form.findings.length, 0),
  };
}

/** The policy as the page's fields hold it: the text the settings parser reads, signers as the roles chosen. */
export interface PolicyForm {
  signers: readonly SignerRole[];
  maxItems: string;
  refuseReceipts: boolean;
  /** One category a line, “住宿费=500” where it has a daily standard. */
  categories: string;
}

/** The roles in the order a form is passed on: who pays out first, who approves last. */
export const SIGNER_ROLES = Object.keys(ROLE_NAMES) as SignerRole[];

export function policyForm(policy: ReimbursePolicy): PolicyForm {
  return {
    signers: SIGNER_ROLES.filter((role) => policy.signers.includes(role)),
    maxItems: String(policy.maxItems),
    refuseReceipts: policy.refuseReceipts,
    categories: policy.categories
      .map((category) =>
        category.dailyStandard === null ? category.name : `${category.name}=${fenToYuan(category.dailyStandard)}`,
      )
      .join("\n"),
  };
}

/** The fields as the command line's options name them, for the job's settings parser. */
export function policyFields(form: PolicyForm): SettingsFields {
  return {
    signers: form.signers.map((role) => ROLE_NAMES[role]).join("、"),
    "max-items": form.maxItems,
    "refuse-receipts": form.refuseReceipts ? "是" : "否",
    categories: form.categories,
  };
}

export interface FoundPolicy {
  /** The policy sheet, or null when the workbook has none and the defaults apply. */
  sheet: string | null;
  /** The sheet's used range as read. */
  grid: Grid | null;
  policy: ReimbursePolicy;
  /** Cells of the sheet that could not be read: those fields keep their defaults. */
  findings: Finding[];
}

/**
 * The workbook's policy: the first sheet that is a policy sheet by its top rows, read whole. Only the top of the
 * other sheets is read, so that opening the page does not read a year of journals.
 */
export async function findPolicy(host: WorkbookHost): Promise<FoundPolicy> {
  for (const top of await host.readSheetTops(SHEET_TOP)) {
    if (!readPolicySheet(top)) continue;
    const grid = await host.readUsedRange(top.sheet);
    const { policy, policyFindings } = policyOf([grid]);
    return { sheet: top.sheet, grid, policy, findings: policyFindings };
  }
  return { sheet: null, grid: null, policy: DEFAULT_POLICY, findings: [] };
}

export type NewFormOutcome =
  { kind: "problem"; problem: Problem } | { kind: "generated"; sheet: string; policySheet: string | null };

/**
 * A new, empty form through the job's generator and settings parser (what `cashbook generate payment-proof` does),
 * on the workbook's policy, so that its 费用项目 list offers the workbook's categories. The generator also writes a
 * policy sheet; it is added only when the workbook has none, since the review reads the first one it finds.
 */
export async function generateForm(
  host: WorkbookHost,
  type: FormType,
  unit: string,
  options: ReadOptions = {},
): Promise<NewFormOutcome> {
  const found = await findPolicy(host);
  // Each generator parses its own settings and takes them back; which one is chosen by its kind.
  const generator: GeneratorKind<unknown> | undefined = reimburseJob.generators.find(
    (candidate) => candidate.kind === type,
  );
  if (!generator) throw new Error(`no generator for ${type}`);
  const settings = generator.settings({ unit, ...policyFields(policyForm(found.policy)) });
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const plans = generator.generate(settings.value);
  if (!plans.ok) return { kind: "problem", problem: plans.problem };
  const [form, policy] = plans.value as [SheetPlan, SheetPlan];
  stopPoint(options);
  // The policy sheet first, so that the form is the sheet left active.
  const policySheet = found.sheet === null ? await host.applyPlan(policy) : null;
  const sheet = await host.applyPlan(form);
  await host.writeSettings({ unit });
  return { kind: "generated", sheet, policySheet };
}

export type SavePolicyOutcome =
  | { kind: "problem"; problem: Problem }
  /** No signer chosen: the parser reads a blank list as “the default”, so the page asks for at least one. */
  | { kind: "no-signers" }
  /** The sheet holds what the job's layout would not write there (its own layout, notes): these cells would change. */
  | { kind: "needs-overwrite"; sheet: string; cells: string[] }
  | { kind: "saved"; sheet: string; created: boolean; policy: ReimbursePolicy };

/** A plan's cells from A1 (values, formulas as their text), as a sheet would hold them. */
function planCells(plan: SheetPlan): CellValue[][] {
  const cells: CellValue[][] = [];
  for (const block of plan.blocks) {
    const { row: top, column: left } = parseRangeAddress(block.at)?.start ?? { row: 0, column: 0 };
    block.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        (cells[top + r] ??= [])[left + c] = isFormula(cell) ? `=${cell.formula.replace(/^=/, "")}` : cell;
      }),
    );
  }
  return cells;
}

const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  isBlank(a) ? isBlank(b) : !isBlank(b) && String(a).trim() === String(b).trim();

/**
 * The policy of the page's fields, through the job's settings parser (a refusal names its field), written to the
 * workbook's policy sheet through the job's layout, or to a new one. Only the cells that change are written; the
 * sheet's formats and list validations stay. A sheet that is not laid out as the job lays out its own policy (an
 * organisation's own sheet, notes beside it) is a question first, naming the cells that would change.
 */
export async function savePolicy(
  host: WorkbookHost,
  form: PolicyForm,
  options: ReadOptions = {},
  { overwrite = false } = {},
): Promise<SavePolicyOutcome> {
  if (form.signers.length === 0) return { kind: "no-signers" };
  const parsed = parseReimbursePolicy(policyFields(form));
  if (!parsed.ok) return { kind: "problem", problem: parsed.problem };
  const policy = parsed.value;
  const found = await findPolicy(host);
  stopPoint(options);
  if (found.sheet === null || found.grid === null) {
    const sheet = await host.applyPlan(layoutPolicy(policy));
    return { kind: "saved", sheet, created: true, policy };
  }
  const grid = found.grid;
  const current = (row: number, column: number): CellValue | undefined =>
    grid.values[row - grid.top]?.[column - grid.left];
  const wanted = planCells(layoutPolicy(policy));
  const asRead = planCells(layoutPolicy(found.policy));
  const rows = Math.max(wanted.length, grid.top + grid.values.length);
  let columns = Math.max(...wanted.map((line) => line.length));
  for (const line of grid.values) columns = Math.max(columns, grid.left + line.length);
  const values: CellValue[][] = [];
  const doubtful: string[] = [];
  for (let row = 0; row < rows; row++) {
    const line: CellValue[] = [];
    for (let column = 0; column < columns; column++) {
      const now = current(row, column);
      const next = wanted[row]?.[column] ?? "";
      const changes = !same(now, next);
      line.push(changes ? next : null);
      if (changes && !isBlank(now) && !same(now, asRead[row]?.[column])) doubtful.push(cellAddress(row, column));
    }
    values.push(line);
  }
  if (doubtful.length > 0 && !overwrite) return { kind: "needs-overwrite", sheet: found.sheet, cells: doubtful };
  stopPoint(options);
  await host.writeBlock({ sheet: found.sheet, top: 0, left: 0, values }, { overwrite: true });
  return { kind: "saved", sheet: found.sheet, created: false, policy };
}
