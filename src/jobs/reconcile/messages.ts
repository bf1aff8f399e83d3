/** What the bank reconciliation job says, in zh-CN and en-US; ids are stable (other tools read them from `--json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "reconcile-statement-no-header":
    "“{sheet}”表里找不到对账单的表头行：表头应有交易日期，以及金额（带正负号或借贷标志）或借方、贷方发生额等列",
  "reconcile-book-no-header":
    "“{sheet}”表里找不到银行存款日记账的表头行：表头应有摘要、借方（收入）、贷方（支出）、余额等栏目",
  "reconcile-direction-unreadable": "无法识别借贷标志“{text}”：应为借或贷（借 = 支出，贷 = 收入），或收、支",
  "reconcile-balance-masked": "对账单的余额被隐去（“{text}”），请给出对账单余额",
  "reconcile-carry-list-unknown":
    "无法识别未达账项类别“{text}”：应为银行已收企业未收、银行已付企业未付、企业已收银行未收或企业已付银行未付",
  "reconcile-long-outstanding":
    "长期未达账项：{date} 的 {amount}（{summary}）已 {days} 天未达，超过 {limit} 天，请查明原因",
  "reconcile-window-invalid": "日期范围“{text}”应是 0 到 {max} 之间的整数天数",
  "reconcile-balance-invalid": "余额“{text}”不是有效的金额",
  "reconcile-book-balance-missing": "日记账没有可读的余额，请给出日记账余额",
  "reconcile-statement-balance-missing": "对账单没有可读的余额，请给出对账单余额",
  "reconcile-sheet-missing": "找不到工作表“{sheet}”；有：{sheets}",
  "reconcile-book-is-cash": "“{sheet}”是现金日记账：银行对账核对的是银行存款日记账，请给出银行存款日记账",
  "reconcile-no-statement-sheet": "文件里没有一张表像对账单：表头应有交易日期和金额（或借方、贷方发生额）等列",
  "reconcile-no-book-sheet": "文件里没有一张表像银行存款日记账：表头应有摘要、借方（收入）、贷方（支出）、余额等栏目",
  "reconcile-no-carry-sheet": "文件里找不到上月的未达账项：应有调节表的四类未达账项，或有类别、日期、金额等列的表",
  "reconcile-journal-changed":
    "日记账“{sheet}”在对账后有改动（行增删或金额修改），两清标记会写错行：请重新自动对账后再写入",
  "reconcile-book-unreadable": "日记账“{sheet}”中有 {count} 处无法读取，请改正后再对账：",
  "reconcile-statement-unreadable": "对账单“{sheet}”中有 {count} 处无法读取，请改正后再对账：",
  "reconcile-item-unreadable": "{list}第 {position} 个单元格“{text}”不是可用的金额",
  "reconcile-balance-argument-unreadable": "{which}“{text}”不是可用的金额",
  // CASHBOOK.RECONCILE's arguments as the two messages above name them, in the user's language only.
  "reconcile-argument-book-balance": "日记账余额",
  "reconcile-argument-bank-received": "银行已收企业未收",
  "reconcile-argument-bank-paid": "银行已付企业未付",
  "reconcile-argument-statement-balance": "对账单余额",
  "reconcile-argument-book-received": "企业已收银行未收",
  "reconcile-argument-book-paid": "企业已付银行未付",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "reconcile-statement-no-header":
    "No bank statement header row was found in “{sheet}”: it needs a transaction date and an amount (signed, or with a debit/credit flag) or debit and credit columns",
  "reconcile-book-no-header":
    "No bank journal header row was found in “{sheet}”: it needs columns such as 摘要, 借方（收入）, 贷方（支出） and 余额",
  "reconcile-direction-unreadable":
    "Cannot read the debit/credit flag “{text}”: it must be 借 or 贷 (借 = money out, 贷 = money in), or 收 or 支",
  "reconcile-balance-masked": "The statement hides its balances (“{text}”); give the statement balance",
  "reconcile-carry-list-unknown":
    "Cannot read the category “{text}”: it must be 银行已收企业未收, 银行已付企业未付, 企业已收银行未收 or 企业已付银行未付",
  "reconcile-long-outstanding":
    "Long outstanding item: {amount} of {date} ({summary}) has been outstanding for {days} days, more than {limit}; find out why",
  "reconcile-window-invalid": "The date window “{text}” must be a whole number of days from 0 to {max}",
  "reconcile-balance-invalid": "The balance “{text}” is not an amount",
  "reconcile-book-balance-missing": "The journal shows no balance that can be read; give the book balance",
  "reconcile-statement-balance-missing": "The statement shows no balance that can be read; give the statement balance",
  "reconcile-sheet-missing": "There is no sheet named “{sheet}”; there are: {sheets}",
  "reconcile-book-is-cash":
    "“{sheet}” is the cash journal: a bank reconciliation checks the bank deposit journal (银行存款日记账); give that one",
  "reconcile-no-statement-sheet":
    "No sheet of the file looks like a bank statement: its header needs a transaction date and an amount (or debit and credit columns)",
  "reconcile-no-book-sheet":
    "No sheet of the file looks like a bank journal: its header needs columns such as 摘要, 借方（收入）, 贷方（支出） and 余额",
  "reconcile-no-carry-sheet":
    "No outstanding items of last month were found: the file needs a reconciliation's four lists, or a table with category, date and amount columns",
  "reconcile-journal-changed":
    "The journal “{sheet}” has changed since it was matched (rows added or removed, amounts corrected), so the 两清 marks would land on the wrong rows: match again, then write",
  "reconcile-book-unreadable":
    "{count:# cell|# cells} of the journal “{sheet}” cannot be read; correct them and reconcile again:",
  "reconcile-statement-unreadable":
    "{count:# cell|# cells} of the statement “{sheet}” cannot be read; correct them and reconcile again:",
  "reconcile-item-unreadable": "Cell {position} of {list}, “{text}”, is not an amount that can be used",
  "reconcile-balance-argument-unreadable": "{which}, “{text}”, is not an amount that can be used",
  // The argument names Excel shows in English.
  "reconcile-argument-book-balance": "bookBalance",
  "reconcile-argument-bank-received": "bankReceived",
  "reconcile-argument-bank-paid": "bankPaid",
  "reconcile-argument-statement-balance": "statementBalance",
  "reconcile-argument-book-received": "bookReceived",
  "reconcile-argument-book-paid": "bookPaid",
};

export const reconcileMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
