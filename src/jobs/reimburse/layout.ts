/**
 * The reimbursement forms as SheetPlans, printed one to an A5 landscape page as the forms are bound with vouchers:
 * 支付证明单, 费用报销单, 差旅费报销单 and 借支单, each with every field the review reads (labels ending in a colon with
 * the value beside them, an item table under its header, a row of signature labels over the signatures). 合计 and
 * 大写 are live formulas (core/words-formula), 应补 / 应退 too, so a form filled in Excel is consistent as typed; a
 * form printed and filled by hand shows blanks. Also the policy sheet (报销审核设置) and the 审核结果 sheet.
 */
import { blockAddress, cellAddress, columnLetters } from "../../core/grid";
import { fenToYuan } from "../../core/money";
import { emptyPlan, placedCells, type PlanCell, type SheetPlan } from "../../core/plan";
import { GRID_BORDERS, HEADER_FILL, ISO_DATE_FORMAT, MONEY_FORMAT, THIN_LINE } from "../../core/styles";
import { amountInWordsFormula, fenDigitsFormula } from "../../core/words-formula";
import {
  CATEGORY_LABELS,
  FIELD_LABELS,
  FORM_TITLES,
  ITEM_LABELS,
  POLICY_LABELS,
  POLICY_SHEET_TITLE,
  REVIEW_COLUMNS,
  REVIEW_SHEET_TITLE,
  ROLE_NAMES,
  SIGNER_LABELS,
  type FormType,
  type ItemColumn,
  type ReimbursePolicy,
  type SignerRole,
} from "./model";

/** Cells the claimant fills in: tinted on screen, unlocked. */
const INPUT = { fill: "#FFF8E1", locked: false } as const;
const TEXT_FORMAT = "@";

/** How wide an item column prints: the same on every form, but for 摘要, which takes the width its form leaves it. */
const ITEM_WIDTHS = {
  date: 12,
  category: 14,
  days: 8,
  receiptType: 14,
  invoiceNumber: 24,
  amount: 16,
} as const satisfies Partial<Record<ItemColumn, number>>;

interface ItemTable {
  columns: readonly (keyof typeof ITEM_WIDTHS | "summary")[];
  summaryWidth: number;
  lines: number;
}

/** Each form's item columns, in print order, and how many lines it prints. */
const ITEM_TABLES: Record<Exclude<FormType, "advance">, ItemTable> = {
  // One line more than the default policy allows, so that a fourth item can be written and is refused.
  "payment-proof": { columns: ["date", "summary", "category", "amount"], summaryWidth: 40, lines: 5 },
  "expense-claim": {
    columns: ["date", "category", "summary", "receiptType", "invoiceNumber", "amount"],
    summaryWidth: 26,
    lines: 6,
  },
  "travel-claim": {
    columns: ["date", "summary", "category", "days", "receiptType", "invoiceNumber", "amount"],
    summaryWidth: 20,
    lines: 6,
  },
};

/** The first label of a list: what the generator writes, and what the reader finds first. */
const first = (labels: readonly string[]) => labels[0]!;
const label = (text: string) => `${text}：`;

const SIGNATURE_ORDER: readonly SignerRole[] = ["approver", "accounting", "department", "witness", "handler"];

const RECEIPT_TYPES = ["增值税专用发票", "增值税普通发票", "数电发票", "财政票据", "收据", "车船票", "其他"];

export interface FormSheet {
  type: FormType;
  unit: string;
  policy: ReimbursePolicy;
}

/** The item table's column, or the amount column (the last) of a form without one. */
const widthOf = (type: FormType) => (type === "advance" ? 4 : ITEM_TABLES[type].columns.length);

/** A form: heading, item table (or the advance's amount), 合计 and 大写, the offset of an advance, signatures. */
export function layoutForm({ type, unit, policy }: FormSheet): SheetPlan {
  const plan = emptyPlan(first(FORM_TITLES[type]));
  const width = widthOf(type);
  const last = width - 1;
  /** The 分 digits that the words formula reads, in a hidden column right of the form. */
  const helperColumn = width + 1;
  const { put, block } = placedCells();
  const formats = plan.formats;
  const merge = (row: number, from: number, to: number) => {
    if (to > from) plan.merges.push(blockAddress(row, from, 1, to - from + 1));
  };
  /** A label and its value, the value spanning to `to`. */
  const field = (row: number, column: number, text: string, to: number, value: PlanCell = null, format?: string) => {
    put(row, column, label(text));
    put(row, column + 1, value);
    merge(row, column + 1, to);
    formats.push({
      range: blockAddress(row, column + 1, 1, to - column),
      style: { ...INPUT, borders: { bottom: THIN_LINE }, ...(format && { numberFormat: format }) },
    });
  };
  const half = Math.max(1, Math.floor(width / 2));

  put(0, 0, first(FORM_TITLES[type]));
  merge(0, 0, last);
  formats.push({
    range: cellAddress(0, 0),
    style: { font: { bold: true, size: 18 }, alignment: { horizontal: "center" } },
  });
  field(1, 0, first(FIELD_LABELS.unit), half - 1, unit === "" ? null : unit);
  field(1, half, "填报日期", last, null, ISO_DATE_FORMAT);
  const claimantLabel = {
    "payment-proof": "领款人",
    "expense-claim": "报销人",
    "travel-claim": "出差人",
    advance: "借款人",
  }[type];
  field(2, 0, claimantLabel, half - 1);
  field(2, half, first(FIELD_LABELS.department), last);
  const purposeLabel = {
    "payment-proof": "事由",
    "expense-claim": "报销事由",
    "travel-claim": "出差事由",
    advance: "借款事由",
  }[type];
  field(3, 0, purposeLabel, last);

  let row = 4;
  let totalCell: string;
  if (type === "advance") {
    field(row, 0, "借款金额(小写)", half - 1, null, MONEY_FORMAT);
    totalCell = cellAddress(row, 1);
    field(row, half, "预计还款日期", last, null, ISO_DATE_FORMAT);
    put(row, helperColumn, { formula: fenDigitsFormula(totalCell) });
    row++;
  } else {
    const table = ITEM_TABLES[type];
    const headerRow = row;
    table.columns.forEach((column, index) => {
      put(headerRow, index, column === "invoiceNumber" ? "发票号码" : first(ITEM_LABELS[column]));
      plan.columns.push({ index, width: column === "summary" ? table.summaryWidth : ITEM_WIDTHS[column] });
    });
    const firstLine = headerRow + 1;
    const lastLine = firstLine + table.lines - 1;
    for (let line = firstLine; line <= lastLine; line++) put(line, 0, null);
    const amountIndex = table.columns.indexOf("amount");
    const totalRow = lastLine + 1;
    put(totalRow, 0, "合计");
    merge(totalRow, 0, amountIndex - 1);
    const amounts = blockAddress(firstLine, amountIndex, table.lines, 1);
    totalCell = cellAddress(totalRow, amountIndex);
    put(totalRow, amountIndex, { formula: `=ROUND(SUM(${amounts}),2)` });
    put(totalRow, helperColumn, { formula: fenDigitsFormula(totalCell) });
    formats.push(
      { range: blockAddress(headerRow, 0, totalRow - headerRow + 1, width), style: { borders: GRID_BORDERS } },
      {
        range: blockAddress(headerRow, 0, 1, width),
        style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" } },
      },
      { range: blockAddress(firstLine, 0, table.lines, width), style: INPUT },
      { range: amounts, style: { numberFormat: MONEY_FORMAT } },
      { range: totalCell, style: { numberFormat: MONEY_FORMAT, font: { bold: true } } },
      { range: cellAddress(totalRow, 0), style: { font: { bold: true }, alignment: { horizontal: "center" } } },
    );
    table.columns.forEach((column, index) => {
      const range = blockAddress(firstLine, index, table.lines, 1);
      if (column === "date") formats.push({ range, style: { numberFormat: ISO_DATE_FORMAT } });
      // 20 digits typed into a General cell become 2.44E+19 and lose their last five.
      if (column === "invoiceNumber") formats.push({ range, style: { numberFormat: TEXT_FORMAT } });
      if (column === "days") formats.push({ range, style: { numberFormat: "0" } });
      if (column === "receiptType")
        plan.validations.push({ range, list: RECEIPT_TYPES, allowBlank: true, alert: "warning" });
      if (column === "category" && policy.categories.length > 0)
        plan.validations.push({
          range,
          list: policy.categories.map((category) => category.name),
          allowBlank: true,
          alert: "warning",
        });
    });
    row = totalRow + 1;
  }
  put(row, 0, label(type === "advance" ? "借款金额(大写)" : first(FIELD_LABELS.words)));
  put(row, 1, { formula: amountInWordsFormula(cellAddress(row - 1, helperColumn)) });
  merge(row, 1, last);
  formats.push({ range: blockAddress(row, 1, 1, width - 1), style: { borders: { bottom: THIN_LINE } } });
  row++;
  if (type === "expense-claim" || type === "travel-claim") {
    const advance = cellAddress(row, 1);
    put(row, 0, label(first(FIELD_LABELS.advance)));
    put(row, 1, null);
    formats.push({ range: advance, style: { ...INPUT, numberFormat: MONEY_FORMAT, borders: { bottom: THIN_LINE } } });
    const offsetAt = Math.max(2, width - 4);
    put(row, offsetAt, label(first(FIELD_LABELS.topUp)));
    put(row, offsetAt + 1, { formula: `=IF(N(${advance})=0,"",MAX(ROUND(${totalCell}-${advance},2),0))` });
    put(row, offsetAt + 2, label(first(FIELD_LABELS.refund)));
    put(row, offsetAt + 3, { formula: `=IF(N(${advance})=0,"",MAX(ROUND(${advance}-${totalCell},2),0))` });
    formats.push({
      range: blockAddress(row, offsetAt + 1, 1, 3),
      style: { numberFormat: MONEY_FORMAT, borders: { bottom: THIN_LINE } },
    });
    row++;
  }
  if (type !== "advance") {
    field(row, 0, first(FIELD_LABELS.altered), half - 1);
    plan.validations.push({ range: cellAddress(row, 1), list: ["否", "是"], allowBlank: true });
    field(row, half, first(FIELD_LABELS.attachments), last, null, "0");
    row++;
  }
  row++;
  const roles = SIGNATURE_ORDER.filter((role) => type === "payment-proof" || role !== "witness");
  const signatureLabel = (role: SignerRole) =>
    role === "handler" && type === "advance" ? "借款人签字" : first(SIGNER_LABELS[role]);
  roles.forEach((role, index) => put(row, index, signatureLabel(role)));
  formats.push(
    {
      range: blockAddress(row, 0, 1, roles.length),
      style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" }, borders: GRID_BORDERS },
    },
    { range: blockAddress(row + 1, 0, 1, roles.length), style: { ...INPUT, borders: GRID_BORDERS } },
  );
  plan.rows.push({ index: 0, height: 30 }, { index: row + 1, height: 32 });
  put(row + 1, 0, null);

  plan.blocks.push(block(helperColumn + 1));
  if (type === "advance") for (let index = 0; index < width; index++) plan.columns.push({ index, width: 20 });
  plan.columns.push({ index: helperColumn, hidden: true });
  plan.print = {
    paper: "A5",
    orientation: "landscape",
    fitToWidth: true,
    margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5, header: 0.2, footer: 0.2 },
  };
  return plan;
}

/** The policy sheet: its fields beside their labels, then the reimbursable categories and their daily standards. */
export function layoutPolicy(policy: ReimbursePolicy): SheetPlan {
  const plan = emptyPlan(POLICY_SHEET_TITLE);
  const rows: PlanCell[][] = [
    [POLICY_SHEET_TITLE, null, null],
    [
      label(first(POLICY_LABELS.signers)),
      policy.signers.map((role) => ROLE_NAMES[role]).join("、"),
      "缺了这些人签字的报销单不予报销；总经理即审批人",
    ],
    [label(first(POLICY_LABELS["max-items"])), policy.maxItems, "超过的支付证明单应重填"],
    [
      label(first(POLICY_LABELS["refuse-receipts"])),
      policy.refuseReceipts ? "是" : "否",
      "“否”：收据仍不得与正式发票混贴",
    ],
    [null, null, null],
    [
      first(CATEGORY_LABELS.name),
      first(CATEGORY_LABELS.standard),
      "不在表中的类别、超过每日标准的金额，审核时提示核实",
    ],
    ...policy.categories.map((category): PlanCell[] => [
      category.name,
      category.dailyStandard === null ? null : fenToYuan(category.dailyStandard),
      null,
    ]),
  ];
  plan.blocks.push({ at: "A1", rows });
  const categoryRows = Math.max(policy.categories.length, 1) + 20;
  plan.formats.push(
    { range: "A1", style: { font: { bold: true, size: 16 } } },
    { range: "B2:B4", style: INPUT },
    { range: "A6:B6", style: { font: { bold: true }, fill: HEADER_FILL, borders: GRID_BORDERS } },
    { range: blockAddress(6, 0, categoryRows, 2), style: { ...INPUT, borders: GRID_BORDERS } },
    { range: blockAddress(6, 1, categoryRows, 1), style: { numberFormat: "#,##0.00" } },
    { range: "C2:C6", style: { font: { italic: true, color: "#595959" } } },
  );
  plan.validations.push({ range: "B4", list: ["是", "否"], allowBlank: true });
  plan.columns.push({ index: 0, width: 24 }, { index: 1, width: 36 }, { index: 2, width: 48 });
  return plan;
}

export interface ReviewRow {
  form: string;
  rule: string;
  severity: string;
  /** "Sheet!A1", or the sheet alone. */
  cell: string;
  message: string;
  /** The form's amount, in 分, where it has one. */
  amount: number | null;
}

/** The 审核结果 sheet: one row per finding, to print or to file with the batch. */
export function layoutReview(rows: readonly ReviewRow[], heading: string): SheetPlan {
  const plan = emptyPlan(REVIEW_SHEET_TITLE);
  const width = REVIEW_COLUMNS.length;
  plan.blocks.push({
    at: "A1",
    rows: [
      [REVIEW_SHEET_TITLE, ...Array<PlanCell>(width - 1).fill(null)],
      [heading, ...Array<PlanCell>(width - 1).fill(null)],
      [...REVIEW_COLUMNS],
      ...rows.map((row): PlanCell[] => [
        row.form,
        row.rule,
        row.severity,
        row.cell,
        row.message,
        row.amount === null ? null : fenToYuan(row.amount),
      ]),
    ],
  });
  const lastRow = 3 + rows.length;
  plan.merges.push(blockAddress(0, 0, 1, width), blockAddress(1, 0, 1, width));
  plan.formats.push(
    { range: "A1", style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } } },
    { range: blockAddress(2, 0, lastRow - 2, width), style: { borders: GRID_BORDERS, alignment: { vertical: "top" } } },
    { range: blockAddress(2, 0, 1, width), style: { font: { bold: true }, fill: HEADER_FILL } },
    { range: `E4:E${Math.max(lastRow, 4)}`, style: { alignment: { wrap: true, vertical: "top" } } },
    { range: `F4:F${Math.max(lastRow, 4)}`, style: { numberFormat: MONEY_FORMAT } },
  );
  [16, 28, 8, 16, 60, 14].forEach((columnWidth, index) => plan.columns.push({ index, width: columnWidth }));
  plan.freeze = { rows: 3, columns: 0 };
  plan.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { first: 3, last: 3 },
    pageNumbers: true,
  };
  return plan;
}

/** Where the words formula's helper is, for the recalculation test: the hidden column right of the form. */
export function helperColumnOf(type: FormType): string {
  return columnLetters(widthOf(type) + 1);
}
