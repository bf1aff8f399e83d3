/**
 * The cash journal (现金日记账) and bank deposit journal (银行存款日记账) as records: what read.ts makes of a sheet,
 * what rules.ts checks and what layout.ts writes. DOMAIN.md §4 is the reference. Money is integer 分.
 */
import type { CalendarDate } from "../../core/dates";
import type { Aliases } from "../../core/header";
import type { JournalRows } from "./rows";

export type JournalKind = "cash" | "bank";

/** What a row of a journal is, told by its 摘要 (or its place): entries, the opening row and the closing rows. */
export type RowKind =
  | "opening" // 期初余额 / 上年结转 / 上月结转
  | "entry"
  | "day-total" // 本日合计
  | "month-total" // 本月合计
  | "year-total" // 本年累计
  | "carried-forward" // 过次页
  | "brought-forward"; // 承前页

/** The 摘要 texts that mark the non-entry rows; the first of each list is what the generator writes. */
export const ROW_MARKERS: Record<Exclude<RowKind, "entry">, readonly string[]> = {
  opening: [
    "期初余额",
    "上年结转",
    "上月结转",
    "opening balance",
    "brought forward from last year",
    "上期结转",
    // As cashiers write them by hand, and accounting software (Kingdee, Yonyou) exports them.
    "上年结余",
    "年初余额",
    "承上月",
    "上月结余",
    "期初结存",
    "月初余额",
  ],
  "day-total": ["本日合计", "day total", "本日小计", "日计", "当日合计", "当日小计"],
  "month-total": ["本月合计", "month total", "本期合计", "本月小计", "月计"],
  "year-total": ["本年累计", "year to date", "本年合计", "累计"],
  "carried-forward": ["过次页", "carried forward", "转下页"],
  "brought-forward": ["承前页", "brought forward", "承上页"],
};

export type JournalColumn =
  | "year"
  | "month"
  | "day"
  | "date"
  | "voucher"
  | "summary"
  | "counterAccount"
  | "counterparty"
  | "settlement"
  | "document"
  | "receipt"
  | "payment"
  | "balance";

/**
 * Header labels by column, Chinese and English, compared without spaces and with full-width brackets read as
 * half-width. A reader finds the header row by these, never by fixed positions. The first label of each list is
 * what the generator writes.
 */
export const COLUMN_LABELS: Record<JournalColumn, readonly string[]> = {
  year: ["年", "year"],
  month: ["月", "month"],
  day: ["日", "day"],
  date: ["日期", "记账日期", "业务日期", "date"],
  voucher: ["凭证字号", "凭证号", "凭证编号", "凭证号数", "voucher", "voucher no."],
  summary: ["摘要", "summary", "description"],
  counterAccount: ["对方科目", "对应科目", "counter account"],
  /** The other party of a bank entry, which bank reconciliation matches on (DOMAIN §5). */
  counterparty: ["对方单位", "对方户名", "往来单位", "counterparty"],
  settlement: ["结算方式", "settlement", "settlement method"],
  document: ["票据号", "票据号码", "结算号", "支票号", "document no.", "cheque no."],
  receipt: [
    "借方（收入）",
    "借方",
    "收入",
    "借方金额",
    "收入金额",
    "收方",
    "收方金额",
    "进账",
    "进账金额",
    "receipts",
    "debit",
  ],
  payment: [
    "贷方（支出）",
    "贷方",
    "支出",
    "贷方金额",
    "支出金额",
    "付方",
    "付方金额",
    "出账",
    "出账金额",
    "payments",
    "credit",
  ],
  balance: ["余额", "结余", "结存", "结存金额", "结余金额", "账面余额", "余额金额", "balance"],
};

/**
 * Labels a journal's header may have besides its columns: a voucher written in two columns under 凭证, 字 (记, 收, 付)
 * and 号 (15), and 借或贷, the side of the balance in three-column (三栏式) journals.
 */
export const HEADER_ALIASES: Aliases<JournalColumn | "voucherWord" | "voucherNumber" | "balanceSide"> = {
  ...COLUMN_LABELS,
  voucherWord: ["字", "凭证字"],
  voucherNumber: ["号", "号数", "编号"],
  balanceSide: ["借或贷", "借/贷", "借贷", "方向", "余额方向", "dr/cr"],
};

/**
 * What a journal's title lines may say besides its title, by label: the bank account it is kept for (in one 账户
 * cell, or as 开户行 and 账号) and the 库存现金限额 the bank approved. Read beside the label, under it, or after its
 * colon, also when a title holds it: 现金日记账（库存现金限额：5,000.00元）.
 */
export const PREAMBLE_LABELS: Aliases<"account" | "bank" | "number" | "cashLimit"> = {
  account: ["账户", "银行账户", "存款账户", "account"],
  bank: ["开户行", "开户银行", "开户银行名称", "bank"],
  number: ["账号", "银行账号", "户号", "account no."],
  cashLimit: ["库存现金限额", "现金限额", "库存限额", "cash limit"],
};

/**
 * Other labels a journal's title lines carry, whose values are not the account: a search along the line for the
 * account stops at one (账户 | | | 单位名称 | 某某公司 names no account), and none is taken for the account.
 */
export const PREAMBLE_OTHER_LABELS: Aliases<"other"> = {
  other: [
    "单位",
    "单位名称",
    "编制单位",
    "核算单位",
    "户名",
    "账户名称",
    "币种",
    "币别",
    "日期",
    "期间",
    "会计期间",
    "年度",
    "科目",
    "会计科目",
    "科目名称",
    "页次",
    "页号",
  ],
};

/**
 * What a cashier writes in the 余额 column for a balance of nothing: θ (the bookkeeping sign of zero), 平, or a dash.
 * The dash means blank in an amount column; in the 余额 column, as in 借或贷, it means 0.
 */
export const ZERO_BALANCE_MARKS: readonly string[] = ["θ", "Θ", "平", "—", "——", "-", "－", "0"];

/** A page needs room for its 承前页 and at least one more row. */
export const MIN_ROWS_PER_PAGE = 2;
/** What fits an A4 landscape page below the repeated header at the default row height. */
export const DEFAULT_ROWS_PER_PAGE = 30;
/** More rows than this would not print legibly on any paper a journal is bound on. */
export const MAX_ROWS_PER_PAGE = 100;

/** An entry to post, as given to the generator (from a CSV/xlsx file or a selected range). */
export interface JournalEntry {
  date: CalendarDate;
  voucher: string;
  summary: string;
  counterAccount: string;
  /** 对方单位, "" when the source names none. */
  counterparty: string;
  settlement: string;
  document: string;
  receipt: number;
  payment: number;
}

/** 本年累计 receipts and payments, in 分. */
export interface YearToDate {
  receipts: number;
  payments: number;
}

/** What the accountant sets for one journal. */
export interface JournalSettings {
  kind: JournalKind;
  /** 单位名称 */
  unit: string;
  /** "库存现金", or the bank account such as "工商银行 1234****9876". */
  account: string;
  year: number;
  /** 1–12 for a month's journal; the generator fills the entries' months otherwise. */
  month?: number;
  /** 期初余额 in 分. */
  opening: number;
  /** 上年结转 rather than 期初余额 when the journal starts a year. */
  openingIsCarriedFromLastYear: boolean;
  /** 库存现金限额 in 分: a cash balance above it at the end of a day is a finding. */
  cashLimit?: number;
  /**
   * 本年累计 brought in, in 分, for a journal that starts after January: the year's receipts and payments before its
   * first month. The journal then closes every month with 本年累计 too, starting from a 本年累计 row under the
   * opening row that holds these figures (a new book opened mid-year).
   */
  yearToDate?: YearToDate;
  /** Entry rows per printed page before 过次页 / 承前页, MIN_ROWS_PER_PAGE to MAX_ROWS_PER_PAGE. */
  rowsPerPage: number;
  /** 对方科目 offered in the list. */
  chartOfAccounts: readonly string[];
}

/** One journal as read from a workbook, for the reports that sum journals (资金日报表, 现金盘点表). */
export interface AccountJournal {
  /** The report's row label: "库存现金", or the bank account such as "工商银行 1234****9876". */
  account: string;
  kind: JournalKind;
  /** The sheet the rows were read from, for findings. */
  sheet: string;
  rows: JournalRows;
}
