/**
 * Bank reconciliation (银行存款余额调节表, DOMAIN §5) as records and data: statement lines as the bank exports them,
 * book entries of the 银行存款日记账, the matches between them, the four lists of 未达账项 and the equation
 * 日记账余额 + 银行已收企业未收 − 银行已付企业未付 = 对账单余额 + 企业已收银行未收 − 企业已付银行未付.
 * Money is integer 分; every amount here is positive and its direction says which way the money went.
 */
import type { CalendarDate } from "../../core/dates";
import type { Aliases } from "../../core/header";

/**
 * Which way the money went, from the account holder's side: "in" is a deposit (日记账 收入 / 借方, statement 贷方),
 * "out" a withdrawal (日记账 支出 / 贷方, statement 借方). Both sides are turned into this before they meet.
 */
export type Flow = "in" | "out";

/** What the matcher needs of a line of either side. */
export interface Item {
  /** The 1-based row a spreadsheet shows for the line in its file or sheet, header and preamble rows counted. */
  row: number;
  date: CalendarDate;
  /** Seconds since midnight where the export gives a time (交易时间), for the order of a day's lines; else -1. */
  time: number;
  flow: Flow;
  /** 分, above 0. */
  amount: number;
  summary: string;
  /** 对方户名 / 对方单位, "" when not given. */
  counterparty: string;
  /** 票据号 / 支票号 / 结算号, "" when not given. */
  number: string;
  /** A 未达账项 of last month's 调节表, carried in: it clears when a line of this month matches it. */
  carried: boolean;
  /** Where the line is, for findings: its sheet and the address of its amount cell. */
  sheet: string;
  cell: string;
}

/** A statement line as read: an Item plus the balance the bank shows after it. */
export interface StatementLine extends Item {
  /** 分, null when the bank left it blank or masked it (xx,yyyy.zz). */
  balance: number | null;
}

/** A book (日记账) entry as read. */
export interface BookEntry extends Item {
  voucher: string;
  balance: number | null;
}

// ————————————————————————————————————————————————————————————————— statement columns and bank profiles

export type StatementColumn =
  | "date"
  | "time"
  | "summary"
  | "counterparty"
  | "number"
  /** One amount column: signed (negative = out), or with a direction flag beside it. */
  | "amount"
  /** The direction flag (借/贷, 收/支, Dr/Cr). */
  | "direction"
  /** Money in, money out: 贷方发生额 / 借方发生额, 收入 / 支出, 存入 / 支取, 交易金额(收入) / 交易金额(支出). */
  | "in"
  | "out"
  /** 记账金额(收入) / 记账金额(支出): where an export carries 交易金额 and 记账金额 and fills one of them. */
  | "postedIn"
  | "postedOut"
  /** 记账金额 as one column beside a signed 交易金额. */
  | "postedAmount"
  | "balance";

/**
 * The labels of every column a statement may have, as the banks write them. On a statement 借方 is money OUT of the
 * account (the bank's books: a deposit is the bank's liability), so 借方发生额 is "out" and 贷方发生额 "in" — the
 * opposite of the 日记账. The first label of a list is the one a message shows.
 */
export const STATEMENT_ALIASES: Aliases<StatementColumn> = {
  date: [
    "交易日期",
    "记账日期",
    "日期",
    "入账日期",
    "交易时间日期",
    "发生日期",
    "date",
    "transaction date",
    "value date",
  ],
  time: ["交易时间", "时间", "time"],
  summary: ["摘要", "交易摘要", "用途", "附言", "交易附言", "备注", "交易类型", "summary", "description", "memo"],
  counterparty: [
    "对方户名",
    "对方账户名称",
    "对方单位",
    "对方名称",
    "对手信息",
    "对方信息",
    "收/付方名称",
    "counterparty",
    "payee/payer",
  ],
  number: ["票据号", "票据号码", "凭证号", "凭证号码", "支票号", "结算号", "cheque no.", "document no."],
  amount: ["交易金额", "发生额", "金额", "amount", "transaction amount"],
  direction: ["借贷标志", "借贷方向", "借/贷", "借贷", "收支方向", "收/支", "交易方向", "方向", "dr/cr", "direction"],
  in: [
    "贷方发生额",
    "贷方金额",
    "贷方",
    "收入金额",
    "收入",
    "存入金额",
    "存入",
    "交易金额(收入)",
    "credit",
    "credit amount",
    "deposits",
  ],
  out: [
    "借方发生额",
    "借方金额",
    "借方",
    "支出金额",
    "支出",
    "支取金额",
    "支取",
    "取出金额",
    "交易金额(支出)",
    "debit",
    "debit amount",
    "withdrawals",
  ],
  postedIn: ["记账金额(收入)", "入账金额(收入)"],
  postedOut: ["记账金额(支出)", "入账金额(支出)"],
  postedAmount: ["记账金额", "入账金额"],
  balance: ["余额", "账户余额", "本次余额", "联机余额", "交易后余额", "当前余额", "balance"],
};

/**
 * A bank's export as data: its name, the labels that tell its export from others (a header row holding all of them
 * is that bank's), and the aliases its own labels add to STATEMENT_ALIASES. Direction and sign conventions are not
 * per bank but per column (STATEMENT_ALIASES: 借方 is out everywhere), so a profile holds no code; the generic profile
 * has no signature and reads any export whose labels are among the aliases.
 */
export interface BankProfile {
  id: string;
  /** As the JSON output and the 调节表 name it. */
  bank: string;
  /** Normalised labels that, all present in the header, say the export is this bank's; empty for the generic one. */
  signature: readonly string[];
  /** Labels of this bank's that the generic aliases lack. */
  aliases: Partial<Aliases<StatementColumn>>;
}

/** The generic profile reads what the aliases cover; bank profiles come first so that a signature wins. */
export const GENERIC_PROFILE: BankProfile = { id: "generic", bank: "", signature: [], aliases: {} };

export const BANK_PROFILES: readonly BankProfile[] = [
  // Separate 交易金额 and 记账金额 pairs, one of them filled and "-" in the other; the balance masked.
  { id: "icbc", bank: "工商银行", signature: ["记账金额(收入)", "记账金额(支出)", "交易场所"], aliases: {} },
  // One signed amount column; rows not in date order.
  { id: "cmb", bank: "招商银行", signature: ["联机余额", "客户摘要"], aliases: {} },
  // Dates as 20240101, times as 123456, explicit + signs, the header spaced as 日 志 号.
  {
    id: "abc",
    bank: "农业银行",
    signature: ["日志号", "本次余额"],
    aliases: { number: ["日志号"] },
  },
  GENERIC_PROFILE,
];

/**
 * 借/贷 flags and their kin as exports write them ("借", "借 Dr", "D", "支出", "来账"), read by their first word. 借 on a
 * statement is money out of the account; 往账 is a payment sent, 来账 one received.
 */
export const DIRECTION_WORDS: Readonly<Record<Flow, readonly string[]>> = {
  out: ["借", "借方", "dr", "d", "debit", "支", "支出", "支取", "出", "付", "付款", "往账", "转出"],
  in: ["贷", "贷方", "cr", "c", "credit", "收", "收入", "存入", "入", "收款", "来账", "转入"],
};

/**
 * 摘要 or first cells of lines that are no transactions: a balance brought forward (上月余额, 承前) or totals after the
 * data (合计, 本页合计). Their amounts are sums or balances, never movements.
 */
export const NON_TRANSACTION_MARKERS: readonly string[] = [
  "合计",
  "总计",
  "小计",
  "累计",
  "上月余额",
  "上期余额",
  "期初余额",
  "承前",
  "承前页",
  "过次页",
  "total",
  "opening balance",
  "brought forward",
];

/** A balance that the export hides ("xx,yyyy.zz", "****"): not a typing error, so not a finding on every line. */
export const MASKED_BALANCE = /^[\d,.]*[xyz*#]+[\dxyz*#,.]*$/i;

// ————————————————————————————————————————————————————————————————— matching

/** The 1:1 rule that made a match, or the group rule. */
export type MatchRule =
  /** Equal 票据号 / cheque number (or the number found in the other side's 摘要). */
  | "number"
  /** The only candidate of each other within the date window. */
  | "unique"
  /** Each other's best candidate by counterparty and summary similarity, then closeness of dates. */
  | "closest"
  /**
   * Candidates only the dates tell apart, paired as the one best assignment pairs them: the most lines paired, then
   * the closest dates (rules/match.ts, assignByDates).
   */
  | "dates"
  /** Candidates nothing tells apart (same amount, direction and day, no number, no telling text): paired in order. */
  | "interchangeable"
  /** Several lines of one side add up to one line of the other within the window, and no other set does. */
  | "sum";

export type MatchKind = "one-to-one" | "one-to-many" | "many-to-one" | "carried";

/** A match: indexes into the book entries and statement lines given to the matcher. */
export interface Match {
  book: number[];
  statement: number[];
  kind: MatchKind;
  rule: MatchRule;
}

/** Lines that could be matched more than one way: left for the cashier to decide, never guessed. */
export interface Ambiguity {
  book: number[];
  statement: number[];
}

export interface MatchSettings {
  /** Days apart a book entry and a statement line may be and still match. */
  windowDays: number;
  /** Days after which a carried item still open is 长期未达账项. */
  longOutstandingDays: number;
}

export const DEFAULT_WINDOW_DAYS = 7;
export const MAX_WINDOW_DAYS = 366;
export const DEFAULT_LONG_OUTSTANDING_DAYS = 30;

export interface MatchResult {
  matches: Match[];
  ambiguous: Ambiguity[];
  /** Indexes of book entries and statement lines in no match. */
  unmatchedBook: number[];
  unmatchedStatement: number[];
}

// ————————————————————————————————————————————————————————————————— the 调节表

/** The four lists of 未达账项, by their names in the JSON output. */
export type OutstandingList =
  | "bankReceivedNotBooked" // 银行已收、企业未收
  | "bankPaidNotBooked" // 银行已付、企业未付
  | "bookReceivedNotBank" // 企业已收、银行未收
  | "bookPaidNotBank"; // 企业已付、银行未付

export const OUTSTANDING_LISTS: readonly OutstandingList[] = [
  "bankReceivedNotBooked",
  "bankPaidNotBooked",
  "bookReceivedNotBank",
  "bookPaidNotBank",
];

/** The titles the 调节表 gives the lists; a carried-in sheet is read by them too (with or without the 、). */
export const OUTSTANDING_TITLES: Readonly<Record<OutstandingList, readonly string[]>> = {
  bankReceivedNotBooked: ["银行已收、企业未收", "银行已收企业未收", "银收企未收"],
  bankPaidNotBooked: ["银行已付、企业未付", "银行已付企业未付", "银付企未付"],
  bookReceivedNotBank: ["企业已收、银行未收", "企业已收银行未收", "企收银未收"],
  bookPaidNotBank: ["企业已付、银行未付", "企业已付银行未付", "企付银未付"],
};

/** The side a list's items are lines of, and their direction. */
export const LIST_SIDES: Readonly<Record<OutstandingList, { side: "book" | "statement"; flow: Flow }>> = {
  bankReceivedNotBooked: { side: "statement", flow: "in" },
  bankPaidNotBooked: { side: "statement", flow: "out" },
  bookReceivedNotBank: { side: "book", flow: "in" },
  bookPaidNotBank: { side: "book", flow: "out" },
};

export type OutstandingItems = Record<OutstandingList, Item[]>;

/** The 余额调节表's figures, in 分. */
export interface Reconciliation {
  bookBalance: number;
  statementBalance: number;
  outstanding: OutstandingItems;
  adjustedBook: number;
  adjustedStatement: number;
  /** adjustedBook − adjustedStatement: 0 when the adjusted balances agree. */
  difference: number;
}

/**
 * Columns of a statement's header that no journal has: the other party, the time, a 借/贷 flag, one signed amount,
 * the 记账金额 pair.
 */
export const STATEMENT_ONLY_COLUMNS: readonly StatementColumn[] = [
  "counterparty",
  "time",
  "direction",
  "amount",
  "postedIn",
  "postedOut",
  "postedAmount",
];

/** The columns of a list of 未达账项 (a carried 调节表's lists, a 未达账项 sheet or a --carry file). */
export type CarryColumn = "list" | "date" | "number" | "summary" | "amount";

export const CARRY_ALIASES: Aliases<CarryColumn> = {
  list: ["类别", "未达类别", "项目", "类型", "category"],
  date: ["日期", "date"],
  number: ["票据号", "号码", "凭证号", "number"],
  summary: ["摘要", "summary"],
  amount: ["金额", "amount"],
};

// ————————————————————————————————————————————————————————————————— settings

export interface ReconcileSettings {
  book: { sheet?: string };
  statement: { sheet?: string };
  /** 分, when given; otherwise each side's balance after its latest line. */
  bookBalance?: number;
  statementBalance?: number;
  match: MatchSettings;
}
