/**
 * The month the 银行对账 tests reconcile: the 招商银行 export of the fixtures (cmb-debit.gb18030.csv, five lines in
 * January 2024, closing balance 81.22 after its latest line, 2024-01-27) and a bank journal that books the same five
 * and one cheque the bank has not paid yet. Its opening balance makes the month reconcile: 860.36 − 1,279.14 =
 * −418.78 = 81.22 − 500.00.
 */
import type { CellValue } from "../../src/core/grid";

export const CMB_STATEMENT = "test/fixtures/bank-statements/cmb-debit.gb18030.csv";

export const CMB_JOURNAL_SHEET = "银行存款日记账 招商银行";

export const CMB_JOURNAL: CellValue[][] = [
  ["日期", "凭证号", "摘要", "结算方式", "票据号", "对方单位", "收入", "支出", "余额"],
  ["2024-01-01", "", "期初余额", "", "", "", "", "", 860.36],
  ["2024-01-01", "记-1", "收住房公积金", "转账", "", "北京住房公积金管理中心", 1234, "", 2094.36],
  ["2024-01-01", "记-2", "转账给张三", "转账", "", "张三", "", 1000, 1094.36],
  ["2024-01-20", "记-3", "ATM取现", "现金", "", "", "", 1000, 94.36],
  ["2024-01-23", "记-4", "抖音支付", "快捷支付", "", "抖音电商", "", 10.14, 84.22],
  ["2024-01-27", "记-5", "电费", "转账", "", "国网电力", "", 3, 81.22],
  ["2024-01-30", "记-6", "开出转账支票", "转账支票", "10203042", "某某材料", "", 500, -418.78],
];

/** The same month as a sheet whose labels no bank profile knows, for the column mapping. */
export const UNKNOWN_STATEMENT_SHEET = "网银流水";

export const UNKNOWN_STATEMENT: CellValue[][] = [
  ["企业网银流水", "", "", ""],
  ["记帐日", "业务摘要", "收付金额", "结余"],
  ["2024-01-01", "代发住房公积金", "1,234.00", "2,094.36"],
  ["2024-01-01", "转账汇款", "-1,000.00", "1,094.36"],
  ["2024-01-20", "银联ATM取款", "-1,000.00", "94.36"],
  ["2024-01-23", "快捷支付", "-10.14", "84.22"],
  ["2024-01-27", "一网通支付", "-3.00", "81.22"],
];

/** December's 调节表, from which January carries the one item it lists. */
export const DECEMBER_TABLE = "银行存款余额调节表 2023-12-31";

/** December's 未达账项: the 电费 of 1-27 (3.00), booked on 12-29 when the bill came, paid by the bank in January. */
export const DECEMBER_OPEN = { date: "2023-12-29", flow: "out", amount: 300, summary: "电费" } as const;

/** A cheque of November that December's 调节表 still listed and the bank has not paid by 1-30: 长期未达账项. */
export const NOVEMBER_CHEQUE = {
  date: "2023-11-20",
  flow: "out",
  amount: 20_000,
  summary: "开出转账支票",
  number: "10203001",
} as const;

/**
 * The same month with the 电费 booked in December: January's journal does not book it again, and its opening and its
 * balances before 1-27 are 3.00 lower. Carried in from December's 调节表, the 电费 clears against the bank's line of
 * 1-27, so the month still reconciles, with one 未达账项 (the cheque).
 */
export const CMB_JOURNAL_AFTER_DECEMBER: CellValue[][] = CMB_JOURNAL.filter((row) => row[2] !== "电费").map(
  (row, index) =>
    index > 0 && String(row[0]) < "2024-01-27"
      ? [...row.slice(0, 8), Math.round((row[8] as number) * 100 - DECEMBER_OPEN.amount) / 100]
      : row,
);
