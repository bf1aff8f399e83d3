/**
 * Reimbursement review (DOMAIN §7): the forms a cashier pays from (支付证明单, 费用报销单, 差旅费报销单) and the advance
 * (借支单) a claim offsets, as records; the organisation's policy; the labels the reader finds them by. Types and data.
 * Money is integer 分.
 */
import type { CellValue } from "../../core/grid";
import type { Aliases } from "../../core/header";

export type FormType = "payment-proof" | "expense-claim" | "travel-claim" | "advance";

/** What a form is called, for titles, messages and the results sheet; the first title is what a generator writes. */
export const FORM_TITLES: Record<FormType, readonly string[]> = {
  "payment-proof": ["支付证明单", "支出证明单", "付款证明单", "证明单"],
  "travel-claim": ["差旅费报销单", "差旅费报销", "差旅报销单", "出差报销单"],
  advance: ["借支单", "借款单", "预借单", "暂支单", "借款借据", "借据"],
  "expense-claim": ["费用报销单", "报销单", "报销凭单", "费用报销"],
};

/** Signatures a form may carry (DOMAIN §7 rules 1 and 2); the first label of each is what a generator writes. */
export type SignerRole = "handler" | "witness" | "department" | "accounting" | "approver";

export const SIGNER_LABELS: Aliases<SignerRole> = {
  handler: ["经办人", "经手人", "经办人签字", "经办", "报销人签字", "借款人签字", "领款人签字", "出差人签字"],
  witness: ["证明人", "验收人", "证明人签字", "验收"],
  department: ["部门负责人", "部门主管", "部门经理", "部门审核", "部门负责人签字", "部门领导"],
  accounting: ["会计审核", "财务审核", "审核", "财务负责人", "财务主管", "会计主管", "会计"],
  approver: ["总经理", "总经理审批", "总经理签字", "审批人", "批准人", "单位负责人", "领导审批", "审批", "批准"],
};

/** The names a policy sheet and messages use for the roles. */
export const ROLE_NAMES: Record<SignerRole, string> = {
  handler: "经办人",
  witness: "证明人",
  department: "部门负责人",
  accounting: "会计审核",
  approver: "总经理",
};

/**
 * The roles each form must carry a line for; a form without one is a finding. The others are checked where the
 * form has them (DOMAIN §7 rule 1: 部门负责人 / 会计审核 where the form has them). A 支付证明单 stands in for a missing
 * invoice, so someone must witness the payment.
 */
export const ROLES_EVERY_FORM_HAS: Record<FormType, readonly SignerRole[]> = {
  "payment-proof": ["handler", "witness", "approver"],
  "expense-claim": ["handler", "approver"],
  "travel-claim": ["handler", "approver"],
  advance: ["handler", "approver"],
};

/** The form's other labelled fields. */
export type FormField =
  | "unit"
  | "date"
  | "number"
  | "claimant"
  | "department"
  | "purpose"
  | "total"
  | "words"
  | "advance"
  | "refund"
  | "topUp"
  | "altered"
  | "attachments";

export const FIELD_LABELS: Aliases<FormField> = {
  unit: ["单位", "单位名称", "报销单位", "填报单位"],
  date: ["日期", "填报日期", "报销日期", "借款日期", "借支日期", "填单日期", "申请日期"],
  number: ["编号", "单号", "单据编号", "借支单号", "借款单号", "no."],
  claimant: ["报销人", "出差人", "借款人", "借支人", "领款人", "收款人", "姓名", "申请人"],
  department: ["部门", "报销部门", "所在部门", "借款部门"],
  purpose: ["事由", "出差事由", "借款事由", "借支事由", "报销事由", "用途"],
  total: [
    "合计(小写)",
    "小写",
    "金额(小写)",
    "小写金额",
    "合计金额(小写)",
    "报销金额(小写)",
    "借款金额(小写)",
    "借款金额",
    "借支金额(小写)",
    "合计金额",
    "报销总额",
    "报销金额合计",
    "支付金额合计",
  ],
  words: [
    "合计(大写)",
    "大写",
    "金额(大写)",
    "大写金额",
    "合计金额(大写)",
    "人民币(大写)",
    "合计人民币(大写)",
    "报销金额(大写)",
    "借款金额(大写)",
    "借支金额(大写)",
  ],
  advance: ["预借金额", "借支金额", "原借款", "原借款金额", "预支金额", "已借金额", "借款冲销"],
  refund: ["应退金额", "应退", "退回金额", "交回金额", "退还金额"],
  topUp: ["应补金额", "应补", "补付金额", "补领金额"],
  altered: ["原始单据是否涂改", "单据是否涂改", "原始单据有无涂改", "有无涂改", "是否涂改", "涂改"],
  attachments: ["附件张数", "附件", "附单据", "单据张数", "附单据张数"],
};

/** The item table's columns; a form without one (a 借支单) states its amount beside its label. */
export type ItemColumn =
  "date" | "summary" | "category" | "days" | "amount" | "invoiceNumber" | "invoiceCode" | "receiptType";

export const ITEM_LABELS: Aliases<ItemColumn> = {
  date: ["日期", "发生日期", "起止日期", "出发日期"],
  summary: ["摘要", "内容", "支付内容", "费用说明", "说明", "起讫地点", "出发地-到达地", "用途说明"],
  category: ["费用项目", "费用类别", "类别", "费用类型", "项目", "报销项目", "费用名称"],
  days: ["天数", "出差天数", "住宿天数", "补助天数"],
  amount: ["金额", "报销金额", "支付金额", "金额(元)", "单据金额"],
  invoiceNumber: ["发票号码", "发票号", "票据号码", "票号", "发票编号", "票据号"],
  invoiceCode: ["发票代码"],
  receiptType: ["票据类型", "票据种类", "单据类型", "发票类型", "票据"],
};

/** Texts of an item table's closing row. */
export const TOTAL_ROW_MARKERS: readonly string[] = ["合计", "总计", "合计金额", "合 计", "total"];

/**
 * What a 票据类型 says: a formal invoice, a fiscal receipt (财政票据, reimbursable), or another receipt (收据). Read by
 * the words it contains, 财政 first: “财政收据” is a fiscal receipt, “收据” another.
 */
export type ReceiptKind = "invoice" | "fiscal" | "receipt";
export const RECEIPT_KIND_WORDS: readonly { kind: ReceiptKind; words: readonly string[] }[] = [
  { kind: "fiscal", words: ["财政", "非税", "行政事业性"] },
  { kind: "receipt", words: ["收据", "白条", "收条"] },
  { kind: "invoice", words: ["发票", "数电", "电子票", "专票", "普票", "车票", "机票", "行程单", "定额"] },
];

export interface FormItem {
  /** A1 address of the row's amount cell, where the row's findings go. */
  cell: string;
  summary: string;
  category: string;
  /** The cell of the category, or of the summary when there is no category column. */
  categoryCell: string;
  days: number | null;
  daysCell: string;
  amount: number | null;
  /** The invoice number as the cell holds it (after its code, where a column of its own gives one). */
  invoice: CellValue;
  invoiceCell: string;
  receiptType: string;
  receiptTypeCell: string;
}

export interface SignatureLine {
  role: SignerRole;
  /** Where it is signed (or where it should be); "" when the form has no line for it. */
  cell: string;
  signed: boolean;
  name: string;
}

export interface FormValue<T> {
  value: T;
  cell: string;
}

/** A form as read: what the rules need, each with the cell it came from. */
export interface ReimbursementForm {
  sheet: string;
  type: FormType;
  /** The form's name: the known title its heading contains (支付证明单, 借款单), or the form type's name. */
  title: string;
  claimant: string;
  number: string;
  items: FormItem[];
  /** Whether the form has an item table at all. */
  hasItemTable: boolean;
  /** The stated total in figures (合计 or its labelled value); null when there is none. */
  total: FormValue<number> | null;
  /** The total in words; null when the form has no place for it. */
  words: FormValue<string> | null;
  /** The advance it offsets, and the 应退 / 应补 it states. */
  advance: FormValue<number> | null;
  refund: FormValue<number> | null;
  topUp: FormValue<number> | null;
  /** The declared 原始单据是否涂改: true, false, or null when not declared. */
  altered: FormValue<boolean | null> | null;
  signatures: SignatureLine[];
}

/** A reimbursable category and its per-day standard in 分 (null: no standard). */
export interface Category {
  name: string;
  dailyStandard: number | null;
}

/** The organisation's policy (DOMAIN §7: what is configurable), kept on a settings sheet in the workbook. */
export interface ReimbursePolicy {
  /** Roles that must be signed where the form has a line for them. */
  signers: readonly SignerRole[];
  /** The most items one 支付证明单 may hold. */
  maxItems: number;
  /** Whether receipts other than 财政票据 are refused (the default), or only kept off forms with invoices. */
  refuseReceipts: boolean;
  /** Reimbursable categories; empty accepts any. */
  categories: readonly Category[];
}

export const DEFAULT_POLICY: ReimbursePolicy = {
  signers: ["handler", "witness", "department", "accounting", "approver"],
  maxItems: 3,
  refuseReceipts: true,
  categories: [
    { name: "办公用品", dailyStandard: null },
    { name: "交通费", dailyStandard: null },
    { name: "住宿费", dailyStandard: 500_00 },
    { name: "伙食补助", dailyStandard: 100_00 },
    { name: "市内交通补助", dailyStandard: 80_00 },
    { name: "通讯费", dailyStandard: null },
    { name: "会议费", dailyStandard: null },
    { name: "培训费", dailyStandard: null },
    { name: "业务招待费", dailyStandard: null },
    { name: "邮寄费", dailyStandard: null },
    { name: "维修费", dailyStandard: null },
    { name: "劳务费", dailyStandard: null },
  ],
};

/** The most items a policy may allow on one form; more would not fit a printed form. */
export const MAX_ITEMS_LIMIT = 50;

/** The settings sheet's name and labels; the first label of each is what the layout writes. */
export const POLICY_SHEET_TITLE = "报销审核设置";
export type PolicyField = "signers" | "max-items" | "refuse-receipts";
export const POLICY_LABELS: Aliases<PolicyField> = {
  signers: ["必须签字的人", "必须签字", "签字人"],
  "max-items": ["支付证明单最多项目数", "最多项目数", "每张支付证明单最多项目"],
  "refuse-receipts": ["不收非财政收据", "拒收非财政票据的收据", "拒收收据"],
};
export const CATEGORY_LABELS: Aliases<"name" | "standard"> = {
  name: ["可报销类别", "报销类别", "类别", "费用项目"],
  standard: ["每日标准(元)", "每日标准", "日标准", "标准(元/天)"],
};

/** The 审核结果 sheet: one row per finding, for the cashier to print or file. */
export const REVIEW_SHEET_TITLE = "审核结果";
export const REVIEW_COLUMNS = ["表单", "规则", "严重程度", "单元格", "说明", "金额"] as const;
