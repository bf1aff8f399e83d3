/**
 * What the reimbursement review says, in zh-CN and en-US. The reimburse-* rule ids are stable: other tools read them
 * from `cashbook check --json`. What stops payment is an error; a matter for judgement is a warning; what is only
 * shown (an advance offset, an advance still open) is info.
 */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "reimburse-signer-missing": "{form}缺少{role}签字，不予报销",
  "reimburse-signer-line-missing": "{form}上没有{role}签字栏，不予报销",
  "reimburse-approver-missing": "{form}缺少{role}审批签字，不予报销",
  "reimburse-altered": "{form}声明原始单据有涂改，涂改的原始单据不予报销，应由出具单位重开",
  "reimburse-receipt-mixed":
    "第 {item} 项的票据是“{type}”：除财政票据外，收据不能作为报销凭证，也不能与正式发票混贴在一张单上",
  "reimburse-too-many-items": "支付证明单有 {count} 项，每张最多 {max} 项，应重填",
  "reimburse-words-mismatch": "大写金额“{words}”与小写金额 {figures} 不符（或写法不合规），应更正重填",
  "reimburse-total-mismatch": "合计 {total} 与各项金额之和 {sum} 不等，应更正重填",
  "reimburse-not-reimbursable": "第 {item} 项“{category}”不在本单位可报销的类别中，请核实",
  "reimburse-over-standard": "第 {item} 项“{category}” {amount}，{days} 天，超过每天 {standard} 的标准，请核实",
  "reimburse-advance-offset": "冲销借支 {advance}：报销 {total}，应补 {topUp}，应退 {refund}",
  "reimburse-advance-offset-pending":
    "冲销借支 {advance}：合计 {total} 与各项金额之和 {sum} 不等，改正后才能算出应补或应退金额",
  "reimburse-offset-mismatch": "{label}应为 {expected}，单上写的是 {stated}",
  "reimburse-advance-open": "{claimant}的借支 {amount} 尚未报销冲账",
  "reimburse-invoice-duplicate": "发票 {invoice} 已在“{first}”报销过，同一张发票不能重复报销",
  "reimburse-invoice-malformed":
    "发票号码“{text}”不合规：数电发票应为 20 位数字，纸质发票应为 10 位或 12 位发票代码加 8 位发票号码",
  "reimburse-form-unrecognised":
    "认不出这是哪种报销单：标题或栏目里应有支付证明单、费用报销单、差旅费报销单或借支单的字样",
  "reimburse-policy-signers": "不认识的签字人“{text}”，可填：{roles}",
  "reimburse-policy-max-items": "最多项目数“{text}”应是 1 到 {max} 之间的整数",
  "reimburse-policy-category": "报销类别“{text}”写法不对，应写成“住宿费=500”或只写类别名称",
  "invoice-number-empty": "没有发票号码",
  "invoice-number-digits-lost":
    "发票号码 {text} 是以数字存的，Excel 只保留 15 位有效数字，后面几位已经丢失。请把单元格设为文本后重新输入",
  "invoice-number-characters": "发票号码“{text}”中有“{char}”，发票号码只有数字",
  "invoice-number-length":
    "发票号码“{text}”有 {digits} 位数字：数电发票为 20 位，纸质发票为 10 位或 12 位发票代码加 8 位号码",
  "invoice-number-code-missing": "只有 8 位发票号码“{text}”，纸质发票还应有 10 位或 12 位发票代码",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "reimburse-signer-missing": "The {form} lacks the signature of the {role}: it cannot be paid",
  "reimburse-signer-line-missing": "The {form} has no line for the {role} to sign: it cannot be paid",
  "reimburse-approver-missing": "The {form} lacks the approval of the {role}: it cannot be paid",
  "reimburse-altered":
    "The {form} declares that its originals are altered: altered originals are not reimbursed; the issuer must issue them again",
  "reimburse-receipt-mixed":
    "Item {item} is backed by “{type}”: apart from fiscal receipts (财政票据), a receipt is not a voucher for reimbursement and may not be mixed with formal invoices on one form",
  "reimburse-too-many-items": "The payment proof has {count} items; one may hold at most {max}: fill it in again",
  "reimburse-words-mismatch":
    "The amount in words “{words}” does not agree with the figures {figures} (or is not written as the rules require): correct it and fill it in again",
  "reimburse-total-mismatch": "The total {total} differs from the sum of the items {sum}: correct it",
  "reimburse-not-reimbursable":
    "Item {item}, “{category}”, is not among the categories the organisation reimburses: check it",
  "reimburse-over-standard":
    "Item {item}, “{category}”, is {amount} for {days:# day|# days}, above the standard of {standard} a day: check it",
  "reimburse-advance-offset":
    "Offsets an advance of {advance}: claimed {total}; to pay the claimant {topUp}, to be returned {refund}",
  "reimburse-advance-offset-pending":
    "Offsets an advance of {advance}: the total {total} differs from the sum of the items {sum}, so what to pay or have returned is known only once it is corrected",
  "reimburse-offset-mismatch": "{label} should be {expected}; the form says {stated}",
  "reimburse-advance-open": "The advance of {amount} to {claimant} has not been offset by a claim",
  "reimburse-invoice-duplicate": "Invoice {invoice} was already claimed on “{first}”: an invoice is claimed once",
  "reimburse-invoice-malformed":
    "The invoice number “{text}” is malformed: an all-electronic invoice has 20 digits, a paper one a 10- or 12-digit code and an 8-digit number",
  "reimburse-form-unrecognised":
    "This is no reimbursement form known here: its title or labels should name a payment proof (支付证明单), expense claim (费用报销单), travel claim (差旅费报销单) or advance (借支单)",
  "reimburse-policy-signers": "Unknown signer “{text}”; the signers are: {roles}",
  "reimburse-policy-max-items": "The most items, “{text}”, must be a whole number from 1 to {max}",
  "reimburse-policy-category":
    "The category “{text}” is not written as expected: write “住宿费=500”, or the category's name alone",
  "invoice-number-empty": "There is no invoice number",
  "invoice-number-digits-lost":
    "The invoice number {text} is stored as a number: Excel keeps 15 significant digits, so its last digits are lost. Format the cell as text and type it again",
  "invoice-number-characters": "The invoice number “{text}” contains “{char}”; invoice numbers are digits only",
  "invoice-number-length":
    "The invoice number “{text}” has {digits} digits: an all-electronic invoice has 20, a paper one a 10- or 12-digit code and an 8-digit number",
  "invoice-number-code-missing":
    "“{text}” is an 8-digit invoice number alone; a paper invoice needs its 10- or 12-digit invoice code too",
};

export const reimburseMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
