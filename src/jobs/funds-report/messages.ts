/** What the 资金日报表 job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "funds-no-accounts": "没有找到现金日记账或银行存款日记账",
  "funds-workbook-missing": "请给出含现金日记账、银行存款日记账的工作簿",
  "generate-period-missing": "请填写某一天（如 2026-01-15）或一个月（如 2026-01）",
  "funds-entry-without-date": "{account}日记账的这一笔没有可用的日期，无法归入哪一天，资金日报表未计入这一笔",
  "funds-amount-out-of-range": "日记账的金额加起来超出范围（不能超过 {max} 元），无法编制资金日报表",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "funds-no-accounts": "No cash journal or bank deposit journal was found",
  "funds-workbook-missing": "Give the workbook with the cash and bank deposit journals",
  "generate-period-missing": "Give a day (such as 2026-01-15) or a month (such as 2026-01)",
  "funds-entry-without-date":
    "This entry of the {account} journal has no date that can be read, so it belongs to no day and the funds report leaves it out",
  "funds-amount-out-of-range":
    "The journals' amounts add up to more than {max} yuan, beyond what a funds report can hold",
};

export const fundsReportMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
