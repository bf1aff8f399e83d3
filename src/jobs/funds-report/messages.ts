/** What the 资金日报表 says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "funds-no-accounts": "没有找到现金日记账或银行存款日记账",
  "funds-workbook-missing": "请用 --from 指定含现金日记账、银行存款日记账的工作簿",
  "generate-period-missing": "请用 --date 指定某一天，或用 --month 指定一个月",
  "funds-entry-without-date": "{account}日记账的这一笔没有可用的日期，无法归入哪一天，资金日报表未计入这一笔",
  "funds-amount-out-of-range": "日记账的金额加起来超出范围（不能超过 {max} 元），无法编制资金日报表",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "funds-no-accounts": "No cash journal or bank deposit journal was found",
  "funds-workbook-missing": "Name the workbook with the cash and bank deposit journals with --from",
  "generate-period-missing": "Name a day with --date or a month with --month",
  "funds-entry-without-date":
    "This entry of the {account} journal has no date that can be read, so it belongs to no day and the funds report leaves it out",
  "funds-amount-out-of-range":
    "The journals' amounts add up to more than {max} yuan, beyond what a funds report can hold",
};

export const fundsReportMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
