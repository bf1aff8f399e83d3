/**
 * The one builder of reconciliation test data: transactions written as a bank would export them (in several
 * layouts), as a bank journal, and as last month's 未达账项; and synthetic months in which every transaction lands on
 * the statement, in the book, or both, so that the true 未达账项 and both balances are known.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { planValues } from "./grids";
import { formatMoney } from "../../src/core/money";
import type { SheetPlan } from "../../src/core/plan";
import {
  layoutReconciliation,
  OUTSTANDING_LISTS,
  reconciliation,
  type Flow,
  type Item,
  type OutstandingList,
} from "../../src/jobs/reconcile";

export interface Txn {
  /** "2026-03-05". */
  date: string;
  flow: Flow;
  /** 分, above 0. */
  amount: number;
  summary?: string;
  counterparty?: string;
  number?: string;
  /** "14:06:51". */
  time?: string;
}

/**
 * How a statement gives the amount and its direction:
 * - signed: one 交易金额 column, negative = out;
 * - flag: 发生额 plus a 借贷标志 column written "借 Dr" / "贷 Cr" (借 = out);
 * - debit-credit: 借方发生额 (out) and 贷方发生额 (in), as corporate exports do;
 * - in-out: 收入金额 and 支出金额;
 * - posted: 交易金额 and 记账金额 columns, signed, only one of the two filled, "-" in the other.
 */
export type StatementLayout = "signed" | "flag" | "debit-credit" | "in-out" | "posted";

export interface StatementOptions {
  layout: StatementLayout;
  /** The balance before the first transaction, in 分. */
  opening: number;
  /** Lines of title and account before the header. */
  preamble?: boolean;
  /** A 合计 line and a disclaimer after the data. */
  totals?: boolean;
  /** Lines listed newest first. */
  newestFirst?: boolean;
  /** How dates are written: "iso" 2026-03-05, "slash" 2026/3/5, "compact" 20260305, "time" 2026/03/05  14:06:51. */
  dateForm?: "iso" | "slash" | "compact" | "time";
  /** Amounts padded as portals pad them ("1,234.56\t"). */
  padded?: boolean;
  sheet?: string;
}

function dateText(date: string, form: StatementOptions["dateForm"], time = "09:00:00"): string {
  const [y, m, d] = date.split("-");
  switch (form) {
    case "slash":
      return `${y}/${Number(m)}/${Number(d)}`;
    case "compact":
      return `${y}${m}${d}`;
    case "time":
      return `${y}/${m}/${d}  ${time}`;
    default:
      return date;
  }
}

/** A statement of `txns` (in date order) with a running balance from `opening`. */
export function statementGrid(txns: readonly Txn[], options: StatementOptions): Grid {
  const pad = (text: string) => (options.padded ? `${text}\t ` : text);
  const headers: Record<StatementLayout, string[]> = {
    signed: ["交易日期", "交易时间", "摘要", "交易金额", "余额", "对方户名", "票据号"],
    flag: ["交易日期", "摘要", "发生额", "借贷标志", "余额", "对方户名", "凭证号码"],
    "debit-credit": ["日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "票据号"],
    "in-out": ["交易日期", "用途", "支出金额", "收入金额", "账户余额", "对方单位", "支票号"],
    posted: ["交易日期", "摘要", "交易金额", "记账金额", "余额", "对方户名", "票据号"],
  };
  let balance = options.opening;
  const rows: CellValue[][] = txns.map((txn, index) => {
    const signed = txn.flow === "in" ? txn.amount : -txn.amount;
    balance += signed;
    const date = dateText(txn.date, options.dateForm, txn.time);
    const base = [txn.summary ?? "", txn.counterparty ?? "", txn.number ?? ""];
    switch (options.layout) {
      case "signed":
        return [
          date,
          txn.time ?? "",
          base[0]!,
          pad(formatMoney(signed)),
          pad(formatMoney(balance)),
          base[1]!,
          base[2]!,
        ];
      case "flag":
        return [
          date,
          base[0]!,
          pad(formatMoney(txn.amount)),
          txn.flow === "out" ? "借 Dr" : "贷 Cr",
          formatMoney(balance),
          base[1]!,
          base[2]!,
        ];
      case "debit-credit":
        return [
          date,
          base[0]!,
          txn.flow === "out" ? pad(formatMoney(txn.amount)) : "",
          txn.flow === "in" ? pad(formatMoney(txn.amount)) : "",
          formatMoney(balance),
          base[1]!,
          base[2]!,
        ];
      case "in-out":
        return [
          date,
          base[0]!,
          txn.flow === "out" ? formatMoney(txn.amount) : "-",
          txn.flow === "in" ? formatMoney(txn.amount) : "-",
          formatMoney(balance),
          base[1]!,
          base[2]!,
        ];
      case "posted":
        // Alternate which of the two columns is filled, as the ICBC export does line by line.
        return index % 2 === 0
          ? [date, base[0]!, pad(formatMoney(signed)), "-", formatMoney(balance), base[1]!, base[2]!]
          : [date, base[0]!, "-", pad(formatMoney(signed)), formatMoney(balance), base[1]!, base[2]!];
    }
  });
  if (options.newestFirst) rows.reverse();
  const width = headers[options.layout].length;
  const blank = () => new Array<CellValue>(width).fill("");
  const line = (...cells: CellValue[]) => [...cells, ...new Array<CellValue>(width - cells.length).fill("")];
  const preamble = options.preamble
    ? [
        line("账户明细查询"),
        blank(),
        line("账号：6222 0000 1234 5678", "户名：测试有限公司"),
        line("起止日期：2026-03-01 至 2026-03-31"),
        blank(),
      ]
    : [];
  const totalIn = txns.filter((t) => t.flow === "in").reduce((s, t) => s + t.amount, 0);
  const totalOut = txns.filter((t) => t.flow === "out").reduce((s, t) => s + t.amount, 0);
  const totals = options.totals
    ? [
        blank(),
        line("合计", `笔数：${txns.length}`, formatMoney(totalOut), formatMoney(totalIn)),
        line("本明细仅供参考，以银行记账为准。"),
      ]
    : [];
  return {
    sheet: options.sheet ?? "对账单",
    top: 0,
    left: 0,
    values: [...preamble, headers[options.layout], ...rows, ...totals],
  };
}

/** The 1-based sheet row of transaction `index` (in date order) in a statement built with `options`. */
export function statementRow(index: number, count: number, options: StatementOptions): number {
  const preamble = options.preamble ? 5 : 0;
  const position = options.newestFirst ? count - 1 - index : index;
  return preamble + 2 + position;
}

/** A bank journal as accountants keep it in a plain table: 日期 | 凭证号 | 摘要 | 结算方式 | 票据号 | 对方单位 | 收入 | 支出 | 余额. */
export function bookGrid(txns: readonly Txn[], opening: number, sheet = "银行存款日记账"): Grid {
  let balance = opening;
  const rows: CellValue[][] = txns.map((txn, index) => {
    balance += txn.flow === "in" ? txn.amount : -txn.amount;
    return [
      txn.date,
      `记-${index + 1}`,
      txn.summary ?? "",
      txn.number ? "转账支票" : "",
      txn.number ?? "",
      txn.counterparty ?? "",
      txn.flow === "in" ? txn.amount / 100 : "",
      txn.flow === "out" ? txn.amount / 100 : "",
      balance / 100,
    ];
  });
  return {
    sheet,
    top: 0,
    left: 0,
    values: [
      ["日期", "凭证号", "摘要", "结算方式", "票据号", "对方单位", "收入", "支出", "余额"],
      ["2026-03-01", "", "期初余额", "", "", "", "", "", opening / 100],
      ...rows,
    ],
  };
}

/** The 1-based sheet row of transaction `index` of a book built by bookGrid. */
export const bookRow = (index: number) => index + 3;

/** Last month's 未达账项 as a flat table: 类别 | 日期 | 票据号 | 摘要 | 金额. */
export function carryGrid(
  items: readonly { list: string; date: string; amount: number; summary?: string; number?: string }[],
): Grid {
  return {
    sheet: "未达账项",
    top: 0,
    left: 0,
    values: [
      ["类别", "日期", "票据号", "摘要", "金额"],
      ...items.map((item) => [item.list, item.date, item.number ?? "", item.summary ?? "", formatMoney(item.amount)]),
    ],
  };
}

/** Where a transaction of a synthetic month lands. */
export type Landing = "both" | "book" | "statement";

export interface MonthTxn extends Txn {
  landing: Landing;
}

/** The transactions that are in the book (on both sides, or the book's alone). */
export const inBook = <T extends MonthTxn>(txns: readonly T[]) => txns.filter((t) => t.landing !== "statement");

/** The transactions that are on the statement (on both sides, or the bank's alone). */
export const onStatement = <T extends MonthTxn>(txns: readonly T[]) => txns.filter((t) => t.landing !== "book");

/** A month at 工商银行 from 100,000.00: a receipt and a payment on both sides, a cheque the bank has not paid, its interest. */
export const MARCH_OPENING = 10_000_000;
export const MARCH: readonly MonthTxn[] = [
  {
    date: "2026-03-02",
    flow: "in",
    amount: 5_270_000,
    summary: "收华北商贸货款",
    counterparty: "华北商贸",
    landing: "both",
  },
  { date: "2026-03-05", flow: "out", amount: 800_000, summary: "付材料款", number: "10203041", landing: "both" },
  { date: "2026-03-30", flow: "out", amount: 450_000, summary: "开出转账支票", number: "10203042", landing: "book" },
  { date: "2026-03-21", flow: "in", amount: 1_234, summary: "利息", landing: "statement" },
];

/** The figures a synthetic month must reconcile to, in 分. */
export function monthFigures(txns: readonly MonthTxn[], opening: number) {
  const sum = (landing: Landing[], flow: Flow) =>
    txns.filter((t) => landing.includes(t.landing) && t.flow === flow).reduce((s, t) => s + t.amount, 0);
  const bookBalance = opening + sum(["both", "book"], "in") - sum(["both", "book"], "out");
  const statementBalance = opening + sum(["both", "statement"], "in") - sum(["both", "statement"], "out");
  return {
    bookBalance,
    statementBalance,
    bankReceivedNotBooked: sum(["statement"], "in"),
    bankPaidNotBooked: sum(["statement"], "out"),
    bookReceivedNotBank: sum(["book"], "in"),
    bookPaidNotBank: sum(["book"], "out"),
  };
}

const calendarDate = (date: string) => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};

/**
 * A month's 调节表 as the job writes it, the sheet next month's reconciliation carries its 未达账项 from: of the month
 * ending `asOf`, listing these transactions in their lists. Its balances are not what is carried, so both are 0.
 */
export function reconciliationPlan(
  asOf: string,
  open: Partial<Record<OutstandingList, readonly Txn[]>>,
  account = "工行",
): SheetPlan {
  const item = (txn: Txn): Item => ({
    row: 0,
    date: calendarDate(txn.date),
    time: -1,
    flow: txn.flow,
    amount: txn.amount,
    summary: txn.summary ?? "",
    counterparty: "",
    number: txn.number ?? "",
    carried: false,
    sheet: "",
    cell: "",
  });
  const outstanding = Object.fromEntries(
    OUTSTANDING_LISTS.map((list) => [list, (open[list] ?? []).map(item)]),
  ) as Record<OutstandingList, Item[]>;
  return layoutReconciliation({
    bank: "",
    account,
    asOf: calendarDate(asOf),
    reconciliation: reconciliation(0, 0, outstanding),
  }).plan;
}

const cheque = (date: string, amount: number, number: string): Txn => ({
  date,
  flow: "out",
  amount,
  number,
  summary: "开出支票",
});

/**
 * March at 工商银行 with February's 调节表 in the workbook: two cheques of February the bank had not paid, one paid on
 * 3-04 (it clears), one of 1-20 still open (长期未达账项 by 3-05). January's 调节表 and February's journal are there
 * too and are never carried: one is of another month, the other is no 调节表. The sheets in workbook order, the
 * 调节表's formulas as their text.
 */
export const CARRIED_MARCH = {
  journal: "银行存款日记账",
  statement: "对账单",
  february: "银行存款余额调节表 2026-02-28",
  january: "银行存款余额调节表 2026-01-31",
  februaryJournal: "银行存款日记账 2026-02",
  book: [
    { date: "2026-03-02", flow: "in", amount: 5_270_000, summary: "收华北商贸货款" },
    { date: "2026-03-05", flow: "out", amount: 800_000, summary: "付材料款", number: "10203041" },
  ] as readonly Txn[],
  cheque,
};

export function carriedMarchSheets(): { sheet: string; values: CellValue[][] }[] {
  const { book } = CARRIED_MARCH;
  const statement = statementGrid([book[0]!, cheque("2026-03-04", 500_000, "10203039"), book[1]!], {
    layout: "debit-credit",
    opening: MARCH_OPENING + 500_000 + 12_000,
  });
  const plainValues = (plan: SheetPlan) =>
    planValues(plan).map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? cell.formula : cell)));
  return [
    { sheet: CARRIED_MARCH.journal, values: bookGrid(book, MARCH_OPENING).values },
    { sheet: CARRIED_MARCH.statement, values: statement.values },
    {
      sheet: CARRIED_MARCH.februaryJournal,
      values: bookGrid([cheque("2026-02-26", 500_000, "10203039")], 0).values,
    },
    {
      sheet: CARRIED_MARCH.january,
      values: plainValues(
        reconciliationPlan("2026-01-31", { bookPaidNotBank: [cheque("2026-01-25", 300_000, "10203000")] }),
      ),
    },
    {
      sheet: CARRIED_MARCH.february,
      values: plainValues(
        reconciliationPlan("2026-02-28", {
          bookPaidNotBank: [cheque("2026-02-26", 500_000, "10203039"), cheque("2026-01-20", 12_000, "10203001")],
        }),
      ),
    },
  ];
}
