/**
 * Journals kept one sheet a month, as cashiers keep them, with what their figures should be. Each account is a
 * model (an opening balance and each month's lines, amounts in 分); the layouts write its months as sheets: 三栏式
 * (1月…12月, 月 | 日 under the year, 凭证 in 字 | 号, 借方 / 贷方 / 借或贷 / 余额, 承上月 or 上月结转) and flat 流水
 * (现金日记账 2026-01 or 工行 2026年1月, full dates, the account in the title lines). The expected figures are
 * worked out from the model, never from a sheet, so a report that reads the sheets wrong cannot agree with them.
 */
import type { CalendarDate } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/grid";
import { grid } from "./grids";

export const YEAR = 2026;

/** One entry: its day of the month, its 摘要, and its receipt and payment in 分. */
export type Line = [day: number, summary: string, receipt: number, payment: number];

export interface AccountModel {
  /** 上年结转 on 1 January, in 分. */
  opening: number;
  /** Each month's entries, January first, in date order. */
  months: Line[][];
}

/** A varied year: receipts and payments of odd amounts on a few days of each month, one month with none. */
export function modelYear(seed: number, opening: number, months = 12): AccountModel {
  return {
    opening,
    months: Array.from({ length: months }, (_, index) => {
      if (index === 4) return []; // May: nothing came in or went out, the sheet holds its 上月结转 alone.
      const count = 2 + ((seed + index) % 4);
      return Array.from({ length: count }, (_, n): Line => {
        const day = 2 + Math.floor((n * 26) / count) + ((seed + n) % 2);
        const fen = ((seed * 7_919 + index * 3_571 + n * 104_729) % 250_000) + 137;
        const paid = (n + seed) % 3 === 0;
        return [day, paid ? `支付费用${index + 1}-${n}` : `收到款项${index + 1}-${n}`, paid ? 0 : fen, paid ? fen : 0];
      });
    }),
  };
}

const yuan = (fen: number): CellValue => (fen === 0 ? "" : fen / 100);
const monthOpening = (model: AccountModel, month: number) =>
  model.opening +
  model.months
    .slice(0, month - 1)
    .flat()
    .reduce((total, [, , receipt, payment]) => total + receipt - payment, 0);

/** 三栏式, one sheet a month named 1月…12月 (or as `name` says); the opening as `carried` names it. */
export function threeColumnMonths(
  model: AccountModel,
  { title = "现金日记账", name = (month: number) => `${month}月`, carried = "上月结转" } = {},
): Grid[] {
  return model.months.map((lines, index) => {
    const month = index + 1;
    let balance = monthOpening(model, month);
    const rows: CellValue[][] = [
      [title, "", "", "", "", "", "", "", ""],
      [`${YEAR}年`, "", "凭证", "", "摘要", "借方", "贷方", "借或贷", "余额"],
      ["月", "日", "字", "号", "", "", "", "", ""],
      [month, 1, "", "", month === 1 ? "上年结转" : carried, "", "", "借", balance / 100],
    ];
    lines.forEach(([day, summary, receipt, payment], n) => {
      balance += receipt - payment;
      rows.push([month, day, "记", n + 1, summary, yuan(receipt), yuan(payment), "借", balance / 100]);
    });
    const sum = (at: 2 | 3) => lines.reduce((total, line) => total + line[at], 0);
    rows.push([month, lastDay(month), "", "", "本月合计", yuan(sum(2)), yuan(sum(3)), "借", balance / 100]);
    return grid(name(month), rows);
  });
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const lastDay = (month: number) => DAYS[month - 1]!;
export const iso = (month: number, day: number) =>
  `${YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Flat 流水, one sheet a month; `accountLines` are the title lines under the title (the account, for a bank). */
export function flatMonths(
  model: AccountModel,
  {
    title,
    name,
    accountLines = [] as CellValue[][],
    bank = false,
  }: {
    title: string;
    name: (month: number) => string;
    accountLines?: CellValue[][];
    bank?: boolean;
  },
): Grid[] {
  return model.months.map((lines, index) => {
    const month = index + 1;
    let balance = monthOpening(model, month);
    const header = bank
      ? ["日期", "凭证号", "摘要", "结算方式", "票据号", "收入", "支出", "余额"]
      : ["日期", "凭证号", "摘要", "收入", "支出", "余额"];
    const row = (date: string, voucher: string, summary: string, receipt: CellValue, payment: CellValue) =>
      bank
        ? [date, voucher, summary, receipt === "" && payment === "" ? "" : "转账", "", receipt, payment, balance / 100]
        : [date, voucher, summary, receipt, payment, balance / 100];
    const rows: CellValue[][] = [
      [title],
      ...accountLines,
      header,
      row(iso(month, 1), "", month === 1 ? "上年结转" : "承上月", "", ""),
    ];
    lines.forEach(([day, summary, receipt, payment], n) => {
      balance += receipt - payment;
      rows.push(row(iso(month, day), `记-${n + 1}`, summary, yuan(receipt), yuan(payment)));
    });
    return grid(name(month), rows);
  });
}

/** What an account's journal says of a day: 上日余额, 本日收入, 本日支出, 本日余额, in 分. */
export function dayOf(model: AccountModel, date: CalendarDate) {
  let opening = model.opening;
  let receipts = 0;
  let payments = 0;
  model.months.forEach((lines, index) =>
    lines.forEach(([day, , receipt, payment]) => {
      const at = (index + 1) * 100 + day;
      const wanted = date.month * 100 + date.day;
      if (at < wanted) opening += receipt - payment;
      else if (at === wanted) {
        receipts += receipt;
        payments += payment;
      }
    }),
  );
  return { opening, receipts, payments, closing: opening + receipts - payments };
}
