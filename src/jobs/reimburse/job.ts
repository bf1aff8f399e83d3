/**
 * The reimbursement review's pipelines: a workbook (a month's batch, one form to a sheet) is reviewed at once, since
 * the policy lives on a sheet of its own and two rules look across forms (an invoice claimed twice, an advance no
 * claim offsets); then the forms' templates and the 审核结果 sheet. The shells reach them through index.ts.
 */
import { severityName, type Finding } from "../../core/findings";
import { parseRangeAddress, type Grid } from "../../core/grid";
import type { GeneratorKind, SettingsFields, SheetKind } from "../../core/kinds";
import { coreMessages, formatFrom, localeFromDisplayLanguage, type Catalog, type Locale } from "../../core/messages";
import { ok, type Result } from "../../core/result";
import { layoutForm, layoutPolicy, layoutReview, type ReviewRow } from "./layout";
import { reimburseMessages } from "./messages";
import {
  DEFAULT_POLICY,
  FORM_TITLES,
  type Category,
  type FormType,
  type ReimbursementForm,
  type ReimbursePolicy,
} from "./model";
import { readForm, readPolicySheet } from "./read";
import { checkDuplicateInvoices, checkForm, checkOpenAdvances, claimedAmount } from "./rules";
import { parseCategory, parseFormSettings, parseReimbursePolicy, type FormSettings } from "./settings";

export interface FormReview {
  sheet: string;
  form: ReimbursementForm;
  findings: Finding[];
}

export interface WorkbookReview {
  policy: ReimbursePolicy;
  /** The policy sheet's name, or null when the workbook has none and the defaults apply. */
  policySheet: string | null;
  /** What could not be read on the policy sheet: that field keeps its default. */
  policyFindings: Finding[];
  forms: FormReview[];
}

/** Findings by row, then column; findings about no one cell first. */
function inSheetOrder(findings: Finding[]): Finding[] {
  const at = (finding: Finding) => parseRangeAddress(finding.cell)?.start ?? { row: -1, column: -1 };
  return [...findings].sort((a, b) => at(a).row - at(b).row || at(a).column - at(b).column);
}

/** The policy of the first policy sheet among `grids`, field by field: a field that cannot be read keeps its default. */
export function policyOf(grids: readonly Grid[]): Pick<WorkbookReview, "policy" | "policySheet" | "policyFindings"> {
  for (const grid of grids) {
    const read = readPolicySheet(grid);
    if (!read) continue;
    const findings: Finding[] = [];
    let policy: ReimbursePolicy = { ...DEFAULT_POLICY };
    for (const [field, { text, cell }] of Object.entries(read.fields)) {
      const parsed = parseReimbursePolicy({ [field]: text });
      if (parsed.ok) policy = { ...policy, [fieldKey(field)]: parsed.value[fieldKey(field)] };
      else
        findings.push({
          rule: parsed.problem.id,
          severity: "error",
          sheet: grid.sheet,
          cell,
          params: parsed.problem.params,
        });
    }
    if (read.categories.length > 0) {
      const categories: Category[] = [];
      for (const row of read.categories) {
        const parsed = parseCategory(row.name, row.standard);
        if (parsed.ok) categories.push(parsed.value);
        else
          findings.push({
            rule: parsed.problem.id,
            severity: "error",
            sheet: grid.sheet,
            cell: row.cell,
            params: parsed.problem.params,
          });
      }
      policy = { ...policy, categories };
    }
    return { policy, policySheet: grid.sheet, policyFindings: findings };
  }
  return { policy: DEFAULT_POLICY, policySheet: null, policyFindings: [] };
}

function fieldKey(field: string): keyof ReimbursePolicy {
  return field === "max-items" ? "maxItems" : field === "refuse-receipts" ? "refuseReceipts" : "signers";
}

/** Every form of a workbook reviewed against its policy, and against each other. */
export function reviewWorkbook(grids: readonly Grid[]): WorkbookReview {
  const policy = policyOf(grids);
  const reads = grids.flatMap((grid) => {
    const read = readForm(grid);
    return read ? [read] : [];
  });
  const forms = reads.map((read) => read.form);
  const across = [...checkDuplicateInvoices(forms), ...checkOpenAdvances(forms)];
  return {
    ...policy,
    forms: reads.map(({ form, findings }) => ({
      sheet: form.sheet,
      form,
      findings: inSheetOrder([
        ...findings,
        ...checkForm(form, policy.policy),
        ...across.filter((finding) => finding.sheet === form.sheet),
      ]),
    })),
  };
}

/**
 * `cashbook check` asks each sheet's kind for its findings, one sheet at a time, with the whole workbook beside it:
 * the review is done once per workbook and each sheet takes its share.
 */
const reviewed = new WeakMap<readonly Grid[], WorkbookReview>();
function reviewOf(grids: readonly Grid[]): WorkbookReview {
  let review = reviewed.get(grids);
  if (!review) reviewed.set(grids, (review = reviewWorkbook(grids)));
  return review;
}

function sheetsWith(grid: Grid, workbook: readonly Grid[] | undefined): readonly Grid[] {
  return workbook?.includes(grid) ? workbook : [grid];
}

function formSheet(type: FormType): SheetKind {
  return {
    kind: type,
    recognises: (grid) => readForm(grid)?.form.type === type,
    check: (grid, workbook) =>
      reviewOf(sheetsWith(grid, workbook)).forms.find((form) => form.sheet === grid.sheet)?.findings ?? [],
  };
}

export const paymentProofSheet = formSheet("payment-proof");
export const expenseClaimSheet = formSheet("expense-claim");
export const travelClaimSheet = formSheet("travel-claim");
export const advanceSheet = formSheet("advance");

/** The policy sheet: what on it cannot be read. */
export const policySheet: SheetKind = {
  kind: "reimburse-policy",
  recognises: (grid) => readPolicySheet(grid) !== null,
  check: (grid) => policyOf([grid]).policyFindings,
};

const POLICY_USAGE = [
  { fields: [{ name: "unit", value: "NAME" }], optional: true },
  { fields: [{ name: "signers", value: "经办人、证明人…" }], optional: true },
  { fields: [{ name: "max-items", value: "N" }], optional: true },
  { fields: [{ name: "refuse-receipts", value: "是|否" }], optional: true },
  { fields: [{ name: "categories", value: "住宿费=500;…" }], optional: true },
] as const;

/** `cashbook generate payment-proof` and the others: the form, and the policy sheet it is reviewed by. */
function formGenerator(type: FormType): GeneratorKind<FormSettings> {
  return {
    kind: type,
    usage: POLICY_USAGE,
    settings: parseFormSettings,
    generate: (settings) =>
      ok([layoutForm({ type, unit: settings.unit, policy: settings.policy }), layoutPolicy(settings.policy)]),
  };
}

const CATALOG: Catalog = {
  "zh-CN": { ...coreMessages["zh-CN"], ...reimburseMessages["zh-CN"] },
  "en-US": { ...coreMessages["en-US"], ...reimburseMessages["en-US"] },
};

/** The 审核结果 sheet of a workbook: every finding of every form, the policy sheet's first. */
export function reviewSheet(grids: readonly Grid[], locale: Locale): ReturnType<typeof layoutReview> {
  const review = reviewOf(grids);
  const row = (form: string, finding: Finding, amount: number | null): ReviewRow => ({
    form,
    rule: finding.rule,
    severity: severityName(finding.severity, locale),
    cell: finding.cell === "" ? finding.sheet : `${finding.sheet}!${finding.cell}`,
    message: formatFrom(CATALOG, locale, finding.rule, finding.params),
    amount,
  });
  const rows = [
    ...review.policyFindings.map((finding) => row(review.policySheet ?? "", finding, null)),
    ...review.forms.flatMap(({ form, findings }) =>
      findings.map((finding) => row(`${form.sheet}（${form.title}）`, finding, claimedAmount(form))),
    ),
  ];
  const heading =
    locale === "zh-CN"
      ? `共审核 ${review.forms.length} 张单据，发现 ${rows.length} 条`
      : `${review.forms.length} forms reviewed, ${rows.length} findings`;
  return layoutReview(rows, heading);
}

/** `cashbook generate reimburse-review --from 报销单.xlsx`: the 审核结果 sheet of a workbook of forms. */
export const reviewGenerator: GeneratorKind<{ locale: Locale }> = {
  kind: "reimburse-review",
  usage: [{ fields: [{ name: "from", value: "FILE" }] }],
  settings: (fields: SettingsFields): Result<{ locale: Locale }> =>
    ok({ locale: fields.lang ? localeFromDisplayLanguage(fields.lang) : "zh-CN" }),
  generate: (settings, sources) => ok([reviewSheet(sources ?? [], settings.locale)]),
};

export const reimburseJob = {
  id: "reimburse",
  sheetKinds: [paymentProofSheet, expenseClaimSheet, travelClaimSheet, advanceSheet, policySheet],
  generators: [...(Object.keys(FORM_TITLES) as FormType[]).map(formGenerator), reviewGenerator],
} as const;
