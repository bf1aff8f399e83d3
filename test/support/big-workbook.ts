/**
 * A workbook as an office keeps a year in it: a bank journal kept one sheet a month (twelve sheets of a few
 * thousand rows), the cash journal, a 通讯录, the 报销审核设置 sheet and a few reimbursement forms. For the tests and
 * the benchmark of what the pane's actions read: each action should read the sheets it works on, not the year.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { grid } from "./grids";
import { onTemplate, policyGrid } from "./reimburse";

const YEAR = 2026;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const iso = (month: number, day: number) => `${YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * A month's journal: a title, the account line, a flat header, the opening row and `entries` entries spread over the
 * month's days, each amount a whole number of 分 that varies by row, the balance as a formula would cache it; and the
 * month's closing balance, which the next month's 上月结转 carries.
 */
function monthJournal(
  title: string,
  account: string,
  month: number,
  opening: number,
  entries: number,
): { grid: Grid; closing: number } {
  const rows: CellValue[][] = [
    [title],
    [`账户：${account}`, "", "", "", "", `${YEAR}年${month}月`],
    ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
    [iso(month, 1), "", month === 1 ? "上年结转" : "上月结转", "", "", opening / 100],
  ];
  let balance = opening;
  const days = DAYS_IN_MONTH[month - 1]!;
  for (let n = 0; n < entries; n++) {
    const fen = ((n * 7_919 + month * 104_729) % 900_000) + 1_000;
    const receipt = n % 3 !== 2;
    balance += receipt ? fen : -fen;
    const day = 1 + Math.floor((n * days) / entries);
    const summary = receipt ? `收到货款（合同${month}-${n}）` : `支付材料款（发票${month}-${n}）`;
    rows.push([
      iso(month, day),
      `记-${n + 1}`,
      summary,
      receipt ? fen / 100 : "",
      receipt ? "" : fen / 100,
      balance / 100,
    ]);
  }
  return { grid: grid(`${title.replace("日记账", "")}${month}月`, rows), closing: balance };
}

/** The sheets, in workbook order; `entries` a month in each bank sheet (3,000 by default). */
export function bigWorkbook(entries = 3_000): Grid[] {
  const bank: Grid[] = [];
  let carried = 10_000_000;
  for (let month = 1; month <= 12; month++) {
    const journal = monthJournal("银行存款日记账", "工商银行 1202021009100123456", month, carried, entries);
    bank.push(journal.grid);
    carried = journal.closing;
  }
  const cash = monthJournal("现金日记账", "库存现金", 1, 500_000, 200).grid;
  const contacts = grid("通讯录", [
    ["姓名", "部门", "电话", "开户行", "账号"],
    ...Array.from({ length: 2_000 }, (_, n): CellValue[] => [
      `联系人${n}`,
      ["财务部", "采购部", "销售部"][n % 3]!,
      `138${String(n).padStart(8, "0")}`,
      "中国工商银行上海分行",
      `62220210091001${String(n).padStart(5, "0")}`,
    ]),
  ]);
  const form = (n: number) =>
    onTemplate(
      {
        type: "expense-claim",
        items: [{ summary: `办公用品${n}`, category: "办公用品", receiptType: "数电发票", amount: 100 + n }],
      },
      `报销${n}`,
    );
  return [cash, ...bank, contacts, policyGrid(), form(1), form(2), form(3)];
}
