/**
 * What the voucher checks and the voucher generator say, in zh-CN and en-US. The voucher-* rule ids are stable: other
 * tools read them from `cashbook check --json`.
 */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "voucher-unbalanced": "凭证 {voucher} 借贷不平：借方合计 {debit}，贷方合计 {credit}，相差 {difference}",
  "voucher-line-both-sides": "凭证 {voucher} 第 {line} 行借方、贷方都有金额，每行只能记一方",
  "voucher-line-empty": "凭证 {voucher} 第 {line} 行有摘要或科目，却没有金额",
  "voucher-summary-missing": "凭证 {voucher} 第 {line} 行没有填写摘要",
  "voucher-account-missing": "凭证 {voucher} 第 {line} 行没有填写会计科目",
  "voucher-account-unknown": "凭证 {voucher} 第 {line} 行的科目“{account}”不在科目表中，请核实",
  "voucher-words-mismatch": "凭证 {voucher} 合计的大写金额“{words}”与小写金额 {figures} 不符（或写法不合规），应更正",
  "voucher-number-gap": "凭证 {voucher} 之前缺号：{missing}（共 {count} 张），请核实是否遗失或作废",
  "voucher-number-repeated": "凭证号 {voucher} 与 {first} 重复，同一月份同一凭证字的编号不能重复",
  "voucher-number-missing": "凭证 {voucher} 没有编号",
  "voucher-cash-direction":
    "凭证 {voucher} 是{title}：收款凭证应借记、付款凭证应贷记库存现金或银行存款，这张却没有，请核实是否应为转账凭证",
  "voucher-attachments-missing": "凭证 {voucher} 没有填写附件张数（没有原始凭证的写 0）",
  "voucher-entries-no-header": "“{sheet}”中找不到分录的表头：需要 {labels} 这几栏",
  "voucher-entries-unreadable": "“{sheet}”中有 {count} 个单元格无法识别，改正后再生成凭证",
  "voucher-entries-wrong": "“{sheet}”中的分录有 {count} 处错误（见下），改正后再生成凭证",
  "voucher-settings-lines": "每张凭证行数“{text}”应是 {min} 到 {max} 之间的整数",
  "voucher-settings-word": "凭证字“{text}”应是 记、收、付 或 转",
  "voucher-settings-count": "空白凭证张数“{text}”应是 1 到 {max} 之间的整数",
  "voucher-debit-unreadable": "借方第 {position} 个单元格“{text}”不是可用的金额",
  "voucher-credit-unreadable": "贷方第 {position} 个单元格“{text}”不是可用的金额",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "voucher-unbalanced":
    "Voucher {voucher} does not balance: debits total {debit}, credits {credit}, a difference of {difference}",
  "voucher-line-both-sides":
    "Line {line} of voucher {voucher} has both a debit and a credit; a line records one side only",
  "voucher-line-empty": "Line {line} of voucher {voucher} has a summary or an account but no amount",
  "voucher-summary-missing": "Line {line} of voucher {voucher} has no summary (摘要)",
  "voucher-account-missing": "Line {line} of voucher {voucher} names no account",
  "voucher-account-unknown":
    "The account “{account}” on line {line} of voucher {voucher} is not in the chart of accounts: check it",
  "voucher-words-mismatch":
    "The total in words of voucher {voucher}, “{words}”, does not agree with the figures {figures} (or is not written as the rules require): correct it",
  "voucher-number-gap":
    "Numbers are missing before voucher {voucher}: {missing} ({count} in all); check whether they were lost or voided",
  "voucher-number-repeated":
    "The voucher number {voucher} was already used at {first}; numbers of one word do not repeat within a month",
  "voucher-number-missing": "Voucher {voucher} has no number",
  "voucher-cash-direction":
    "Voucher {voucher} is a {title}: a receipt voucher debits cash or bank and a payment voucher credits one, and this one does not; should it be a transfer voucher (转账凭证)?",
  "voucher-attachments-missing":
    "Voucher {voucher} does not say how many attachments it has (write 0 when there are no originals)",
  "voucher-entries-no-header": "No header of entries found on “{sheet}”: it needs the columns {labels}",
  "voucher-entries-unreadable":
    "{count} cells on “{sheet}” cannot be read; correct them before making vouchers from the sheet",
  "voucher-entries-wrong":
    "The entries on “{sheet}” have {count} errors (listed below); correct them before making vouchers from the sheet",
  "voucher-settings-lines": "Lines per voucher, “{text}”, must be a whole number from {min} to {max}",
  "voucher-settings-word": "The voucher word “{text}” must be 记, 收, 付 or 转",
  "voucher-settings-count": "The number of blank vouchers, “{text}”, must be a whole number from 1 to {max}",
  "voucher-debit-unreadable": "Debit {position}, “{text}”, is not an amount that can be used",
  "voucher-credit-unreadable": "Credit {position}, “{text}”, is not an amount that can be used",
};

export const voucherMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
