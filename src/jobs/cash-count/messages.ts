/** What the 现金盘点表 job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "cash-count-wrong-size": "盘点张数应有 {expected} 个单元格（100 元到 1 分每种面额一个），收到的是 {actual} 个",
  "cash-count-unreadable": "第 {position} 种面额（{denomination}）的张（枚）数“{text}”应是 0 到 {max} 之间的整数",
  "cash-count-date-missing": "请填写盘点日期，例如 2026-01-31",
  "cash-count-book-missing": "没有找到现金日记账：请给出含现金日记账的工作簿，或填写日记账余额",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "cash-count-wrong-size":
    "The counts need {expected} cells, one per denomination from 100 yuan down to 1 fen; there are {actual}",
  "cash-count-unreadable":
    "The count of denomination {position} ({denomination}), “{text}”, must be a whole number from 0 to {max}",
  "cash-count-date-missing": "Give the day of the count, such as 2026-01-31",
  "cash-count-book-missing": "No cash journal was found: give a workbook with the cash journal, or the book balance",
};

export const cashCountMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
