/**
 * Vouchers (DOMAIN §6): 记账凭证 and the 收款 / 付款 / 转账 variants, as records read from our printed form (voucher
 * blocks one under another) or from a voucher list as accounting software exports it (one line per row, 凭证字号
 * beside it); the settings of the generator; the labels both are found by. Types and data. Money is integer 分.
 */
import type { Account } from "../../core/accounts";
import type { CalendarDate } from "../../core/dates";
import type { Aliases } from "../../core/header";

/** The four kinds of voucher, by the word they are numbered with. */
export type VoucherKind = "记" | "收" | "付" | "转";

/** Titles of each kind; the first is what the generator writes. */
export const VOUCHER_TITLES: Record<VoucherKind, readonly string[]> = {
  记: ["记账凭证", "通用记账凭证"],
  收: ["收款凭证", "现金收款凭证", "银行收款凭证"],
  付: ["付款凭证", "现金付款凭证", "银行付款凭证"],
  转: ["转账凭证"],
};

/**
 * The words numbers are written with (记-15, 现收-3, 银付 7) and the kind each belongs to: 现收 / 银收 are 收款凭证 of
 * cash and of the bank, numbered each in its own sequence.
 */
export const VOUCHER_WORDS: Readonly<Record<string, VoucherKind>> = {
  记: "记",
  收: "收",
  现收: "收",
  银收: "收",
  付: "付",
  现付: "付",
  银付: "付",
  转: "转",
};

/** Columns of a voucher's lines, and of a voucher list's rows. */
export type LineColumn =
  | "date"
  | "voucher"
  | "voucherWord"
  | "summary"
  | "account"
  | "detail"
  | "code"
  | "debit"
  | "credit"
  | "attachments"
  | "posted";

/** Header labels, Chinese and English; the first label of each is what a generator writes. */
export const LINE_LABELS: Aliases<LineColumn> = {
  date: ["日期", "凭证日期", "制单日期", "记账日期", "业务日期", "date"],
  // 凭证号 holds 记-15 or 15 alone; with a 凭证字 column beside it, the number alone.
  voucher: ["凭证字号", "凭证号", "凭证编号", "凭证号数", "凭证序号", "voucher", "voucher no."],
  voucherWord: ["凭证字", "凭证类别", "凭证类型", "凭证种类"],
  summary: ["摘要", "summary", "description"],
  account: ["总账科目", "会计科目", "一级科目", "科目名称", "科目", "科目全名", "account"],
  detail: ["明细科目", "二级科目", "子目", "明细", "detail account"],
  code: ["科目编码", "科目代码", "科目编号", "account code"],
  debit: ["借方金额", "借方", "借方本币", "本币借方", "借方发生额", "debit"],
  credit: ["贷方金额", "贷方", "贷方本币", "本币贷方", "贷方发生额", "credit"],
  attachments: ["附件", "附件数", "附单据数", "附件张数", "附单据", "单据数", "attachments"],
  posted: ["记账符号", "过账", "记账标记", "√"],
};

/** Texts of a voucher's 合计 row, and of the subtotal rows some exports write after each voucher. */
export const TOTAL_MARKERS: readonly string[] = ["合计", "合计金额", "总计", "小计", "本页合计", "total"];

/** Labels of the form's own fields, read beside their labels (core/labels). */
export type FormField = "date" | "number" | "attachments";

export const FORM_LABELS: Aliases<FormField> = {
  date: ["日期", "凭证日期", "制单日期"],
  // "记字第" stands before the number on the printed form; the 字 of each word is a label of its own.
  number: [...Object.keys(VOUCHER_WORDS).map((word) => `${word}字第`), "凭证号", "凭证编号", "编号"],
  attachments: ["附件", "附单据", "附件张数", "附单据数", "附件数"],
};

/** The signature line of the printed form, left to right. */
export const SIGNATURE_LABELS: readonly string[] = ["会计主管", "记账", "审核", "出纳", "制单"];

/**
 * A rule typed across a cell to cross out an unused line (划线注销) where no line is drawn (━━━, ———, ───, as a
 * cashier types it, and as forms we generated before drawing the line wrote it): no amount, and no problem.
 */
export const CROSSED_OUT = /^[━─—–\-_＿=\s]{3,}$/;

/** The cash and bank accounts a 收款凭证 debits and a 付款凭证 credits. */
export const CASH_ACCOUNTS: readonly Account[] = [
  { code: "1001", name: "库存现金" },
  { code: "1002", name: "银行存款" },
];

export interface Cell<T> {
  value: T;
  /** A1 address, no sheet. */
  cell: string;
}

/** One line of a voucher: 摘要, 科目, one amount on one side. Blank text is ""; a blank amount null. */
export interface VoucherLine {
  summary: Cell<string>;
  /** 总账科目 (or 科目名称), as written: "银行存款", "银行存款-工商银行", "1002 银行存款". */
  account: Cell<string>;
  detail: string;
  /** 科目编码, "" when none. */
  code: string;
  debit: Cell<number | null>;
  credit: Cell<number | null>;
  /** An amount of the line could not be read (the reader made its finding): the rules judge neither side of it. */
  unreadable: boolean;
}

/** One printed page of a voucher (a block of our form), or the whole of one in a list. */
export interface VoucherPage {
  /** Where the page's findings go when they are about no one cell: the title, or the first line. */
  cell: string;
  /** 1/2, 2/2: the page's place among a voucher's pages (分数编号法); null when it is the only one. */
  part: { index: number; count: number } | null;
  lines: VoucherLine[];
  /** The 合计 in figures as the page states it; null where it has none. */
  debitTotal: Cell<number> | null;
  /** The 合计 in words; null where the page has no words. */
  words: Cell<string> | null;
  /** 附件 N 张: null where the form has no place for it; value null when it is not filled in. */
  attachments: Cell<number | null> | null;
}

export interface Voucher {
  sheet: string;
  /** The word as written (记, 现收, 银付…); numbering runs per word. */
  word: string;
  kind: VoucherKind;
  /** The number, or null when none is written (or it is not a number: numberText then says what is). */
  number: number | null;
  numberText: string;
  numberCell: string;
  date: Cell<CalendarDate | null> | null;
  pages: VoucherPage[];
}

/** The chart of accounts lines are checked against; empty checks none. */
export interface VoucherCheckSettings {
  chart: readonly Account[];
}

/** Lines per voucher: room for one debit and one credit at least, and no more than an A5 page holds legibly. */
export const MIN_LINES = 2;
export const MAX_LINES = 12;
export const DEFAULT_LINES = 6;
export const MAX_COUNT = 500;
export const DEFAULT_COUNT = 10;

/** What the generator takes. */
export interface VoucherSettings {
  unit: string;
  lines: number;
  /** The kind of voucher blank vouchers are, and the word of numbers written without one. */
  kind: VoucherKind;
  /** How many blank vouchers, when no entries are given. */
  count: number;
}
