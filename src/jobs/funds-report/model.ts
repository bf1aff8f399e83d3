/** The 资金日报表's records: each account's day, each day of the report, and the report's settings. Types only. */
import type { CalendarDate } from "../../core/dates";
import type { Finding } from "../../core/findings";
import type { JournalKind } from "../journal";

/** One account on one day, in 分. */
export interface AccountDay {
  /** 上日余额 */
  opening: number;
  /** 本日收入 */
  receipts: number;
  /** 本日支出 */
  payments: number;
  /** 本日余额 */
  closing: number;
}

export interface FundsDay {
  date: CalendarDate;
  /** In the order of the report's accounts. */
  accounts: AccountDay[];
  total: AccountDay;
}

export interface FundsReport {
  accounts: { account: string; kind: JournalKind }[];
  days: FundsDay[];
  findings: Finding[];
}

/** One day, or each day of a month. */
export type ReportPeriod = { day: CalendarDate } | { year: number; month: number };

/** What a chart of the closing balances needs: the days, and each account's 本日余额 on each of them, in 分. */
export interface ClosingSeries {
  dates: CalendarDate[];
  accounts: { account: string; closing: number[] }[];
}

/** What the accountant sets for a report: the unit and the day or month it covers. */
export interface FundsReportSettings {
  /** 单位名称 */
  unit: string;
  period: ReportPeriod;
  /** Only the days with 发生额 (a receipt or a payment on some account): a month need not print 31 pages. */
  activeDaysOnly?: boolean;
}
