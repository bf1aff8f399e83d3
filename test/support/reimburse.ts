/**
 * Test data for the reimbursement review: our templates filled in as a claimant would (formula cells given the values
 * Excel computes, which test/recalc/reimburse.test.ts proves the formulas give), and forms laid out the way other
 * organisations make them: their own titles, column orders, full-width colons and merged cells.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { fenToYuan } from "../../src/core/money";
import { amountToWords } from "../../src/core/words";
import {
  DEFAULT_POLICY,
  layoutForm,
  layoutPolicy,
  type FormType,
  type ReimbursePolicy,
} from "../../src/jobs/reimburse";
import { grid, planValues } from "./grids";

export interface Item {
  date?: CellValue;
  summary?: CellValue;
  category?: CellValue;
  days?: CellValue;
  receiptType?: CellValue;
  invoice?: CellValue;
  amount: number | string;
}

export interface Fill {
  /** Values beside their labels: { 报销人: "张三", 预借金额: 1000 }; the label as the template writes it, no colon. */
  fields?: Record<string, CellValue>;
  items?: Item[];
  /** Signatures by the template's label: { 总经理: "王总" }. All signed unless given "". */
  signatures?: Record<string, string>;
  /** What the words formula shows, when a test overrides it as a claimant typing over it would. */
  words?: string;
  /** The stated total, when a test overrides the 合计 formula. */
  total?: number;
}

const ITEM_HEADERS: Record<keyof Item, readonly string[]> = {
  date: ["日期"],
  summary: ["摘要"],
  category: ["费用项目"],
  days: ["天数"],
  receiptType: ["票据类型"],
  invoice: ["发票号码"],
  amount: ["金额"],
};

const isFormula = (value: unknown): value is { formula: string } =>
  typeof value === "object" && value !== null && "formula" in value;

function find(values: CellValue[][], text: string): { row: number; column: number } {
  for (let row = 0; row < values.length; row++)
    for (let column = 0; column < values[row]!.length; column++)
      if (values[row]![column] === text || values[row]![column] === `${text}：`) return { row, column };
  throw new Error(`no label ${text}`);
}

/** One of our templates, filled in; formula cells show what Excel computes from the cells typed. */
export function filledTemplate(type: FormType, fill: Fill, sheet = "表1"): Grid {
  const values = planValues(layoutForm({ type, unit: "测试有限公司", policy: DEFAULT_POLICY })) as CellValue[][];
  for (const [label, value] of Object.entries(fill.fields ?? {})) {
    const at = find(values, label);
    values[at.row]![at.column + 1] = value;
  }
  let total = 0;
  if (type !== "advance") {
    const amountAt = find(values, "金额");
    const header = values[amountAt.row]!;
    (fill.items ?? []).forEach((item, index) => {
      for (const [key, value] of Object.entries(item) as [keyof Item, CellValue][]) {
        const column = header.findIndex((label) => ITEM_HEADERS[key].includes(String(label)));
        if (column < 0 && value === "") continue;
        if (column < 0) throw new Error(`no column for ${key}`);
        values[amountAt.row + 1 + index]![column] = value;
      }
      total += Math.round(Number(item.amount) * 100);
    });
  } else {
    const at = find(values, "借款金额(小写)");
    total = Math.round(Number(values[at.row]![at.column + 1] ?? 0) * 100);
  }
  if (fill.total !== undefined) total = fill.total;
  const signatureRow = find(values, "总经理").row;
  values[signatureRow]!.forEach((label, column) => {
    if (label !== "") values[signatureRow + 1]![column] = fill.signatures?.[String(label)] ?? `${String(label)}张`;
  });
  // What the live formulas show: the total, its words, 应补 and 应退; the hidden helper's digits.
  for (let row = 0; row < values.length; row++) {
    values[row]!.forEach((cell, column) => {
      if (!isFormula(cell)) return;
      const formula = cell.formula;
      let shown: CellValue = "";
      if (formula.startsWith("=ROUND(SUM(")) shown = fenToYuan(total);
      else if (formula.startsWith("=TEXT(")) shown = String(total).padStart(15, "0");
      else if (formula.includes("人民币"))
        shown = fill.words ?? (total === 0 ? "" : (amountToWords(total) as { value: string }).value);
      else if (formula.includes("MAX(")) {
        const advanceAt = find(values, "预借金额");
        const advance = Math.round(Number(values[advanceAt.row]![advanceAt.column + 1] || 0) * 100);
        const topUp = values[row]![column - 1] === "应补金额：";
        shown = advance === 0 ? "" : fenToYuan(Math.max(topUp ? total - advance : advance - total, 0));
      }
      values[row]![column] = shown;
    });
  }
  return { sheet, top: 0, left: 0, values };
}

/** The policy sheet, as generated, with cells changed: { "B3": 5 }. */
export function policyGrid(policy: ReimbursePolicy = DEFAULT_POLICY, changes: Record<string, CellValue> = {}): Grid {
  const values = planValues(layoutPolicy(policy)) as CellValue[][];
  for (const [address, value] of Object.entries(changes)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    const row = Number(match[2]) - 1;
    while (values.length <= row) values.push(["", "", ""]);
    values[row]![match[1]!.charCodeAt(0) - 65] = value;
  }
  return { sheet: "报销审核设置", top: 0, left: 0, values };
}

/** A claim as a test describes it, whatever form it is written on. */
export interface Claim {
  type: FormType;
  claimant?: string;
  items?: Item[];
  /** Signatures by role; absent roles are signed, "" leaves the line blank. */
  signed?: Partial<Record<"handler" | "witness" | "department" | "accounting" | "approver", string>>;
  /** Words as written; by default what the figures say. */
  words?: string;
  /** The total as stated; by default the sum of the items (or the advance's amount). */
  total?: number;
  /** 借款金额 of an advance, in 元. */
  amount?: number;
  /** 预借金额 on a claim, in 元, and the 应补 / 应退 stated. */
  advance?: number;
  topUp?: number;
  refund?: number;
  altered?: string;
}

const ROLE_LABELS = {
  approver: "总经理",
  accounting: "会计审核",
  department: "部门负责人",
  witness: "证明人",
  handler: "经办人",
};

const fenOf = (yuan: number | string) => Math.round(Number(yuan) * 100);

function stated(claim: Claim): { total: number; words: string } {
  const total =
    claim.total ??
    (claim.type === "advance"
      ? fenOf(claim.amount ?? 0)
      : (claim.items ?? []).reduce((sum, item) => sum + fenOf(item.amount), 0));
  const words = claim.words ?? (amountToWords(total) as { value: string }).value;
  return { total, words };
}

const signer = (claim: Claim, role: keyof typeof ROLE_LABELS) => claim.signed?.[role] ?? `${ROLE_LABELS[role]}甲`;

/** On our template. */
export function onTemplate(claim: Claim, name = "表1"): Grid {
  const { total } = stated(claim);
  const fields: Record<string, CellValue> = {};
  if (claim.type === "advance") {
    fields["借款人"] = claim.claimant ?? "张三";
    fields["借款金额(小写)"] = claim.amount ?? 0;
  } else {
    fields[{ "payment-proof": "领款人", "expense-claim": "报销人", "travel-claim": "出差人" }[claim.type]] =
      claim.claimant ?? "张三";
    if (claim.altered !== undefined) fields["原始单据是否涂改"] = claim.altered;
    if (claim.advance !== undefined) fields["预借金额"] = claim.advance;
  }
  const signatures: Record<string, string> = {};
  for (const role of Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[])
    signatures[role === "handler" && claim.type === "advance" ? "借款人签字" : ROLE_LABELS[role]] = signer(claim, role);
  const grid = filledTemplate(
    claim.type,
    { fields, items: claim.items, signatures, ...(claim.words !== undefined && { words: claim.words }), total },
    name,
  );
  // 应补 / 应退 typed over their formulas.
  for (const [label, value] of [
    ["应补金额：", claim.topUp],
    ["应退金额：", claim.refund],
  ] as const) {
    if (value === undefined) continue;
    for (const line of grid.values) {
      const column = line.indexOf(label);
      if (column >= 0) line[column + 1] = value;
    }
  }
  return grid;
}

const TITLES_A: Record<FormType, string> = {
  "payment-proof": "华光科技有限公司付款证明单",
  "expense-claim": "华光科技有限公司费用报销单据",
  "travel-claim": "华光科技有限公司出差报销单",
  advance: "华光科技有限公司借款单",
};

/**
 * Organisation A: its own titles; the amount first in the item table and the 票据 columns before the 摘要; labels
 * with full-width colons and the value in the same cell (“报销人：张三”); the words inline in the 合计 row; the
 * signatures on one line, each beside its label across merged cells.
 */
export function organisationA(claim: Claim, name = "A"): Grid {
  const { total, words } = stated(claim);
  const claimantLabel = {
    "payment-proof": "收款人",
    "expense-claim": "报销人",
    "travel-claim": "出差人",
    advance: "借款人",
  }[claim.type];
  const rows: CellValue[][] = [
    ["", "", TITLES_A[claim.type], "", "", ""],
    [`${claimantLabel}：${claim.claimant ?? "张三"}`, "", "", "部门：市场部", "", "单号：HG-0001"],
  ];
  if (claim.type === "advance") {
    rows.push(["借款事由：", "参加展会", "", "", "", ""]);
    rows.push(["借款金额：", claim.amount ?? 0, "", "人民币（大写）：", words, ""]);
  } else {
    rows.push(["金额", "发票号码", "票据种类", "费用类别", "天数", "内容"]);
    for (const item of claim.items ?? [])
      rows.push([
        item.amount,
        item.invoice ?? "",
        item.receiptType ?? "",
        item.category ?? "",
        item.days ?? "",
        item.summary ?? "",
      ]);
    rows.push(["", "", "", "", "", ""]);
    rows.push([fenToYuan(total), "合计", `合计人民币（大写）：${words}`, "", "", ""]);
    if (claim.advance !== undefined)
      rows.push(["原借款：", claim.advance, "应退：", claim.refund ?? "", "应补：", claim.topUp ?? ""]);
    rows.push(["有无涂改：", claim.altered ?? "无", "", "附单据：", 3, ""]);
  }
  const sign = (role: keyof typeof ROLE_LABELS) => signer(claim, role);
  rows.push([
    "总经理：",
    sign("approver"),
    "财务审核：",
    sign("accounting"),
    "部门主管：",
    sign("department"),
    claim.type === "payment-proof" ? "验收人：" : "",
    claim.type === "payment-proof" ? sign("witness") : "",
    "经手人：",
    "",
    sign("handler"),
  ]);
  return grid(name, rows);
}

/**
 * Organisation B: a title the review does not know (“报账单”), so the form is told by its labels; a two-line
 * heading; the date and 摘要 first, then 金额(元); labels on their own with the value merged beside them; the
 * signatures as a column, a label over each.
 */
export function organisationB(claim: Claim, name = "B"): Grid {
  const { total, words } = stated(claim);
  const claimantLabel = {
    "payment-proof": "领款人",
    "expense-claim": "报销人",
    "travel-claim": "出差人",
    advance: "借款人",
  }[claim.type];
  const rows: CellValue[][] = [
    ["东湖区第二中学", "", "", "", ""],
    ["报账单", "", "", "", ""],
    ["填单日期", "", "2026-03-05", "", ""],
    [claimantLabel, "", claim.claimant ?? "张三", "", ""],
  ];
  if (claim.type === "advance") rows.push(["借款事由", "", "采购实验器材", "", ""]);
  if (claim.type === "travel-claim") rows.push(["出差事由", "", "赴省城培训", "", ""]);
  if (claim.type === "advance") {
    rows.push(["借款金额（小写）", "", claim.amount ?? 0, "", ""]);
  } else {
    rows.push(["发生日期", "摘要", "报销项目", "票据号", "金额（元）", "票据类型", "补助天数"]);
    for (const item of claim.items ?? [])
      rows.push([
        item.date ?? "2026-03-01",
        item.summary ?? "",
        item.category ?? "",
        item.invoice ?? "",
        item.amount,
        item.receiptType ?? "",
        item.days ?? "",
      ]);
    rows.push(["总计", "", "", "", fenToYuan(total), "", ""]);
    if (claim.advance !== undefined) {
      rows.push(["预支金额", "", claim.advance, "", ""]);
      if (claim.refund !== undefined) rows.push(["交回金额", "", claim.refund, "", ""]);
      if (claim.topUp !== undefined) rows.push(["补领金额", "", claim.topUp, "", ""]);
    }
  }
  rows.push(["金额（大写）", "", words, "", ""]);
  if (claim.type !== "advance") rows.push(["原始单据有无涂改", "", claim.altered ?? "否", "", ""]);
  const roles: [string, keyof typeof ROLE_LABELS][] = [
    ["单位负责人", "approver"],
    ["财务负责人", "accounting"],
    ["部门经理", "department"],
    ...(claim.type === "payment-proof"
      ? ([["证明人（签字）", "witness"]] as [string, keyof typeof ROLE_LABELS][])
      : []),
    ["经办人（签字）", "handler"],
  ];
  for (const [label, role] of roles) {
    rows.push([label, "", "", "", ""]);
    rows.push(["", "", signer(claim, role), "", ""]);
  }
  return grid(name, rows);
}
