/** What the 现金盘点表 job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "cash-count-wrong-size": "盘点张数应有 {expected} 个单元格（100 元到 1 分每种面额一个），收到的是 {actual} 个",
  "cash-count-unreadable": "第 {position} 种面额（{denomination}）的张（枚）数“{text}”应是 0 到 {max} 之间的整数",
  "cash-count-date-missing": "请填写盘点日期，例如 2026-01-31",
  "cash-count-book-missing": "没有找到现金日记账：请给出含现金日记账的工作簿，或填写日记账余额",
  "cash-count-no-cash-journal":
    "给出的工作簿里没有认出现金日记账（下面列出了像日记账却没有认出的表及原因）；请改正它的表头，或直接填写日记账余额",
  "cash-count-book-negative": "现金日记账在盘点日的余额（账存）为 {book}，是负数：现金余额不能为负，请先核对日记账",
  "cash-count-unrecorded-invalid": "未记账金额“{text}”应是不小于 0 的金额",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "cash-count-wrong-size":
    "The counts need {expected} cells, one per denomination from 100 yuan down to 1 fen; there are {actual}",
  "cash-count-unreadable":
    "The count of denomination {position} ({denomination}), “{text}”, must be a whole number from 0 to {max}",
  "cash-count-date-missing": "Give the day of the count, such as 2026-01-31",
  "cash-count-book-missing": "No cash journal was found: give a workbook with the cash journal, or the book balance",
  "cash-count-no-cash-journal":
    "No cash journal was recognised in the workbook given (the sheets below look like journals but were not recognised, and why); correct its header, or give the book balance",
  "cash-count-book-negative":
    "The cash journal's balance on the day of the count is {book}, below zero: cash cannot be negative; check the journal first",
  "cash-count-unrecorded-invalid": "The amount not yet posted, “{text}”, must be an amount of 0 or more",
};

export const cashCountMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
