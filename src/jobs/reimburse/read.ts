/**
 * Reads reimbursement forms by their labels (core/labels: the value beside or under its label, or after the colon in
 * the label's own cell) and their item table by its header (core/header), so that an organisation's own forms read
 * as well as ours: their own title, their own column order, full-width colons, merged cells. One sheet holds one form.
 * Also reads the policy sheet (报销审核设置) into the text fields settings.ts parses.
 */
import { parseYesNo, readAmount, readCount, readText, type CellSource } from "../../core/cells";
import { findingFromProblem, type Finding } from "../../core/findings";
import { cellAddress, gridCellAddress, isBlank, type CellValue, type Grid } from "../../core/grid";
import { findHeader, hasAll, labelMatcher, normalizedLabel, type Header } from "../../core/header";
import { findLabelledValues, type LabelledValue } from "../../core/labels";
import { toHalfWidth } from "../../core/money";
import { shownText } from "../../core/text";
import {
  CATEGORY_LABELS,
  FIELD_LABELS,
  FORM_TITLES,
  ITEM_LABELS,
  POLICY_LABELS,
  POLICY_SHEET_TITLE,
  ROLE_NAMES,
  SIGNER_LABELS,
  TOTAL_ROW_MARKERS,
  type FormField,
  type FormItem,
  type FormType,
  type FormValue,
  type ItemColumn,
  type PolicyField,
  type ReimbursementForm,
  type SignatureLine,
  type SignerRole,
} from "./model";

/** Titles are looked for in the first rows only: a heading, a unit name, a form number. */
const TITLE_ROWS = 5;
/** Types in the order their titles are tried: 差旅费报销单 and 支付证明单 before the 报销单 they contain. */
const TITLE_ORDER: readonly FormType[] = ["travel-claim", "advance", "payment-proof", "expense-claim"];

/**
 * The form's type and its name as messages give it: the known title its heading contains ("华光公司 支 付 证 明 单"
 * is a 支付证明单). The sheet already says which form; the unit name and a title spaced out to fill the row are not
 * the form's name.
 */
function titleOf(grid: Grid): { type: FormType; title: string } | null {
  for (let row = 0; row < Math.min(TITLE_ROWS, grid.values.length); row++) {
    for (const cell of grid.values[row] ?? []) {
      if (typeof cell !== "string") continue;
      const text = normalizedLabel(cell);
      for (const type of TITLE_ORDER) {
        const title = FORM_TITLES[type].find((name) => text.includes(name));
        if (title) return { type, title };
      }
    }
  }
  return null;
}

/** A form whose title names no known form is told by its labels: 出差人 and 借款人 say what 报销人 and 证明人 do not. */
function typeByLabels(
  fields: Partial<Record<FormField, LabelledValue>>,
  grid: Grid,
  signers: boolean,
): FormType | null {
  const claimantLabel = fields.claimant ? normalizedLabel(shownText(labelCell(grid, fields.claimant))) : "";
  if (/出差/.test(claimantLabel) || (fields.purpose && /出差/.test(shownText(labelCell(grid, fields.purpose)))))
    return "travel-claim";
  if (/借款|借支/.test(claimantLabel)) return "advance";
  if (signers) return "payment-proof";
  return fields.claimant ? "expense-claim" : null;
}

function labelCell(grid: Grid, value: LabelledValue): CellValue {
  return grid.values[value.labelRow]?.[value.labelColumn] ?? "";
}

const ITEM_HEADER = {
  aliases: ITEM_LABELS,
  complete: (columns: Partial<Record<ItemColumn, number>>) =>
    hasAll(columns, ["amount"]) && (columns.summary !== undefined || columns.category !== undefined),
  searchRows: 40,
};

const totalMarkers = new Set(TOTAL_ROW_MARKERS.map(normalizedLabel));
const formLabel = labelMatcher({ ...FIELD_LABELS, ...SIGNER_LABELS });

function isTotalRow(line: readonly CellValue[]): boolean {
  return line.some((cell) => typeof cell === "string" && totalMarkers.has(normalizedLabel(cell.split(/[:：]/)[0]!)));
}

/** A row below the items that holds a label of the form (大写, 经办人…) ends the table. */
function isLabelRow(line: readonly CellValue[]): boolean {
  return line.some(
    (cell) =>
      typeof cell === "string" &&
      /[:：]/.test(cell) &&
      formLabel(normalizedLabel(toHalfWidth(cell).split(":")[0]!)) !== undefined,
  );
}

interface ItemTable {
  header: Header<ItemColumn>;
  /** Grid rows of the items, blank rows left out. */
  rows: number[];
  /** The 合计 row, or null. */
  totalRow: number | null;
  /** The last grid row of the table, its 合计 row excepted. */
  lastRow: number;
}

function itemTable(grid: Grid): ItemTable | null {
  const header = findHeader(grid, ITEM_HEADER);
  if (!header) return null;
  const itemColumns = Object.values(header.columns) as number[];
  const rows: number[] = [];
  let row = header.row + 1;
  let totalRow: number | null = null;
  for (; row < grid.values.length; row++) {
    const line = grid.values[row] ?? [];
    if (isTotalRow(line)) {
      totalRow = row;
      break;
    }
    if (isLabelRow(line)) break;
    if (itemColumns.some((column) => !isBlank(line[column]))) rows.push(row);
  }
  return { header, rows, totalRow, lastRow: (totalRow ?? row) - 1 };
}

/** Text that only marks where to sign ("（签字）", "签名：", "____") is no signature. */
const UNSIGNED = /^[\s_＿\-—.。·()（）[\]【】:：]*(?:签字|签名|签章|盖章|签字盖章)?[\s_＿\-—.。·()（）[\]【】:：]*$/;

function signature(grid: Grid, role: SignerRole, found: LabelledValue | undefined): SignatureLine {
  if (!found) return { role, cell: "", signed: false, name: "" };
  const name = shownText(found.value).trim();
  return { role, cell: gridCellAddress(grid, found.row, found.column), signed: !UNSIGNED.test(name), name };
}

export interface FormRead {
  form: ReimbursementForm;
  findings: Finding[];
}

/** The grid with the item table's rows emptied, so that no column header is taken for a form's label. */
function withoutRows(grid: Grid, first: number, last: number): Grid {
  return { ...grid, values: grid.values.map((line, row) => (row >= first && row <= last ? [] : line)) };
}

/**
 * The form on a sheet, or null when the sheet is none: it needs a title or labels that say which form it is, an
 * amount (an item table or a labelled total), and at least one signature line.
 */
export function readForm(grid: Grid): FormRead | null {
  const table = itemTable(grid);
  const labelled = table ? withoutRows(grid, table.header.firstRow, table.lastRow) : grid;
  // Each set of labels stops the other's search: 报销人 | | | 经办人 | 张三 gives 报销人 no value, not 经办人.
  const fields = findLabelledValues(labelled, FIELD_LABELS, SIGNER_LABELS);
  const signers = findLabelledValues(labelled, SIGNER_LABELS, FIELD_LABELS);
  const titled = titleOf(grid);
  const type = titled?.type ?? typeByLabels(fields, grid, signers.witness !== undefined);
  if (!type || (!table && !fields.total) || Object.keys(signers).length === 0) return null;
  const findings: Finding[] = [];
  const source: CellSource = { grid, findings };
  const at = (value: LabelledValue) => gridCellAddress(grid, value.row, value.column);
  const amountOf = (value: LabelledValue | undefined): FormValue<number> | null => {
    if (!value) return null;
    const amount = readAmount(source, value.row, value.column);
    return amount === null ? null : { value: amount, cell: at(value) };
  };
  const items = table ? table.rows.map((row) => readItem(source, table.header, row)) : [];
  let total: FormValue<number> | null = null;
  const amountColumn = table?.header.columns.amount;
  if (table?.totalRow != null && amountColumn !== undefined && !isBlank(grid.values[table.totalRow]?.[amountColumn]))
    total = amountOf({
      labelRow: table.totalRow,
      labelColumn: amountColumn,
      row: table.totalRow,
      column: amountColumn,
      value: null,
    });
  total ??= amountOf(fields.total);
  let altered: FormValue<boolean | null> | null = null;
  if (fields.altered) {
    const flag = parseYesNo(fields.altered.value);
    if (!flag.ok) findings.push(findingFromProblem(flag.problem, grid.sheet, at(fields.altered), "warning"));
    altered = { value: flag.ok ? flag.value : null, cell: at(fields.altered) };
  }
  // A form that calls its 经办人 the 报销人 (or 出差人, 借款人) has that person sign as such.
  const handler = signers.handler ?? fields.claimant;
  const roles = Object.keys(ROLE_NAMES) as SignerRole[];
  return {
    form: {
      sheet: grid.sheet,
      type,
      title: titled?.title ?? FORM_TITLES[type][0]!,
      claimant: fields.claimant ? shownText(fields.claimant.value).trim() : "",
      number: fields.number ? shownText(fields.number.value).trim() : "",
      items,
      hasItemTable: table !== null,
      total,
      words: fields.words ? { value: shownText(fields.words.value).trim(), cell: at(fields.words) } : null,
      advance: amountOf(fields.advance),
      refund: amountOf(fields.refund),
      topUp: amountOf(fields.topUp),
      altered,
      signatures: roles.map((role) => signature(grid, role, role === "handler" ? handler : signers[role])),
    },
    findings,
  };
}

function readItem(source: CellSource, header: Header<ItemColumn>, row: number): FormItem {
  const { columns } = header;
  const grid = source.grid;
  const address = (column: number | undefined) => (column === undefined ? "" : gridCellAddress(grid, row, column));
  const text = (column: number | undefined) => (column === undefined ? "" : readText(source, row, column));
  const raw = (column: number | undefined): CellValue =>
    column === undefined ? null : (grid.values[row]?.[column] ?? null);
  const code = text(columns.invoiceCode);
  const number = raw(columns.invoiceNumber);
  const categoryColumn = columns.category ?? columns.summary;
  return {
    cell: address(columns.amount),
    summary: text(columns.summary),
    category: columns.category === undefined ? "" : text(columns.category),
    categoryCell: address(categoryColumn),
    days: columns.days === undefined ? null : readCount(source, row, columns.days, 366),
    daysCell: address(columns.days),
    amount: columns.amount === undefined ? null : readAmount(source, row, columns.amount),
    // A code in a column of its own goes before the number, as the number is written when they share a cell.
    invoice: code !== "" && !isBlank(number) ? `${code} ${shownText(number)}` : number,
    invoiceCell: address(columns.invoiceNumber),
    receiptType: text(columns.receiptType),
    receiptTypeCell: address(columns.receiptType),
  };
}

/** The policy sheet's fields as text, with the cell each came from, and its category rows. */
export interface PolicyRead {
  sheet: string;
  fields: Partial<Record<PolicyField, { text: string; cell: string }>>;
  categories: { name: string; standard: string; cell: string }[];
}

/** Whether the sheet is the policy sheet: its title, or two of its labels. */
export function readPolicySheet(grid: Grid): PolicyRead | null {
  const found = findLabelledValues(grid, POLICY_LABELS);
  const titled = grid.values
    .slice(0, TITLE_ROWS)
    .some((line) => line.some((cell) => typeof cell === "string" && normalizedLabel(cell) === POLICY_SHEET_TITLE));
  if (!titled && Object.keys(found).length < 2) return null;
  const fields: PolicyRead["fields"] = {};
  for (const [field, value] of Object.entries(found) as [PolicyField, LabelledValue][])
    fields[field] = { text: shownText(value.value).trim(), cell: gridCellAddress(grid, value.row, value.column) };
  const categories: PolicyRead["categories"] = [];
  const header = findHeader(grid, {
    aliases: CATEGORY_LABELS,
    complete: (columns) => columns.name !== undefined,
    searchRows: 60,
  });
  if (header) {
    const { name, standard } = header.columns as { name: number; standard?: number };
    for (let row = header.row + 1; row < grid.values.length; row++) {
      const line = grid.values[row] ?? [];
      if (isBlank(line[name])) continue;
      categories.push({
        name: shownText(line[name]).trim(),
        standard: standard === undefined ? "" : shownText(line[standard]).trim(),
        cell: cellAddress(grid.top + row, grid.left + name),
      });
    }
  }
  return { sheet: grid.sheet, fields, categories };
}
