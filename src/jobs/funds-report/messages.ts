/** What the 资金日报表 job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "funds-no-accounts": "没有找到现金日记账或银行存款日记账",
  "funds-workbook-missing": "请给出含现金日记账、银行存款日记账的工作簿",
  "generate-period-missing": "请填写某一天（如 2026-01-15）或一个月（如 2026-01）",
  "funds-entry-without-date": "{account}日记账的这一笔没有可用的日期，无法归入哪一天，资金日报表未计入这一笔",
  "funds-amount-out-of-range": "日记账的金额加起来超出范围（不能超过 {max} 元），无法编制资金日报表",
  "funds-days-invalid": "“{text}”应是“全部”（每天一节）或“有发生额”（只列有收支的日期）",
  "funds-no-accounts-recognised":
    "给出的文件里没有认出现金日记账或银行存款日记账（下面列出了像日记账却没有认出的表及原因）；请改正表头后再试",
  "funds-journal-ends-early":
    "{account}日记账最后一笔记在 {last}，{date} 这个月还一笔都没有登记：若已有收支，请先登记，否则这里用的余额不是 {date} 的余额",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "funds-no-accounts": "No cash journal or bank deposit journal was found",
  "funds-workbook-missing": "Give the workbook with the cash and bank deposit journals",
  "generate-period-missing": "Give a day (such as 2026-01-15) or a month (such as 2026-01)",
  "funds-entry-without-date":
    "This entry of the {account} journal has no date that can be read, so it belongs to no day and the funds report leaves it out",
  "funds-amount-out-of-range":
    "The journals' amounts add up to more than {max} yuan, beyond what a funds report can hold",
  "funds-days-invalid":
    "“{text}” must be all (a section for every day) or active (only the days with receipts or payments)",
  "funds-no-accounts-recognised":
    "No cash or bank deposit journal was recognised in the files given (the sheets below look like journals but were not recognised, and why); correct their headers and try again",
  "funds-journal-ends-early":
    "The {account} journal's last entry is dated {last}, and nothing is posted in the month of {date}: if anything came in or went out, post it first, or the balance used here is not that of {date}",
};

export const fundsReportMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
