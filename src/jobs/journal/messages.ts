/** What the cash and bank journal job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "journal-entries-no-header":
    "“{sheet}”表里找不到分录的表头行：表头应有 {labels} 等列（收入、支出也可写作借方、贷方，日期也可分成年、月、日三列）",
  "journal-entry-no-amount": "这一笔有日期或摘要，却没有收入或支出金额",
  "journal-entries-unreadable": "“{sheet}”表中有 {count} 处无法读取，请改正后再生成：",
  "journal-opening-invalid": "期初余额“{text}”不是有效的金额",
  "journal-opening-negative": "期初余额 {amount} 是负数：库存现金和银行存款的余额都不能为负",
  "journal-cash-limit-invalid": "库存现金限额“{text}”应是大于 0 的金额",
  "journal-ytd-invalid": "本年累计“{text}”应是不小于 0 的金额",
  "journal-ytd-in-january": "日记账从 1 月开始，本年累计从 0 起算，无需带入",
  "journal-rows-per-page-invalid": "每页行数“{text}”应是 {min} 到 {max} 之间的整数",
  "journal-carried-invalid": "“{text}”应是“是”或“否”：期初余额是否为上年结转",
  "journal-cash-limit-for-bank": "库存现金限额只用于现金日记账，银行存款日记账没有限额",
  "journal-period-required": "请指定月份（如 2026-01）：没有分录可以确定日记账的年月",
  "journal-entries-span-years":
    "分录的日期从 {first} 年到 {last} 年；日记账按年登记，请指定月份，或把各年的分录分开生成",
  "journal-entries-none-in-month": "分录里没有 {period} 的分录",
  "journal-too-many-rows":
    "这本日记账连同本日合计、本月合计和过次页、承前页共 {rows} 行，超出了工作表最多 {max} 行；请按月份分开生成，或加大每页行数",
  "journal-total-too-large":
    "这本日记账的余额或合计将达到 {amount}，超出了能精确计算的范围（最大 {max}）；请核对分录的金额，或分开生成",
  "journal-header-missing": "找不到日记账的表头行：表头应有“摘要”“借方（收入）”“贷方（支出）”“余额”等栏目",
  "journal-header-incomplete":
    "没有认出日记账的表头：第 {row} 行最像表头，但找不到 {missing} 栏；请把该栏的标题改成常用的写法（如“余额”“借方”“贷方”），或检查它是否被合并单元格遮住",
  "journal-year-unknown": "日期只有月、日两栏，标题和表头里也没有年份（如“2026年”），无法核对日期",
  "journal-amount-as-text": "金额“{text}”存成了文本，Excel 求和时会漏掉它，请改成数字",
  "journal-cell-error": "单元格显示错误值 {text}：公式可能引用了已删除的行或无效的单元格",
  "journal-opening-mismatch": "期初余额应为 {expected}，表中为 {found}",
  "journal-balance-break": "余额应为 {expected}，表中为 {found}（上一行余额加本行收入、减本行支出）",
  "journal-amount-mismatch": "金额应为 {expected}，表中为 {found}：本行余额和下面的合计都与表中金额对不上",
  "journal-amount-wrong-column":
    "金额 {found} 记错了栏：本行余额是按它记在另一栏算的；请把它移到另一栏（借方收入、贷方支出对调），余额不用改",
  "journal-columns-bank-view":
    "收入和支出两栏像是按银行口径记反了：整张表的余额都是“上一行余额减借方、加贷方”。对账单的借方是银行付出，日记账的借方是收入；请把借方、贷方两栏对调",
  "journal-columns-swapped": "收入和支出两栏像是记反了：整张表的余额都是“上一行余额减收入、加支出”；请把两栏对调",
  "journal-total-receipts-wrong": "“{row}”的借方（收入）应为 {expected}，表中为 {found}",
  "journal-total-payments-wrong": "“{row}”的贷方（支出）应为 {expected}，表中为 {found}",
  "journal-carry-receipts-wrong": "“{row}”的借方（收入）应为本月初至本页末的合计 {expected}，表中为 {found}",
  "journal-carry-payments-wrong": "“{row}”的贷方（支出）应为本月初至本页末的合计 {expected}，表中为 {found}",
  "journal-date-order": "日期 {date} 早于上一笔的 {previous}，日记账应按时间顺序逐笔登记",
  "journal-date-ahead": "日期 {date} 晚于下一笔的 {next}，与前后各笔对不上：日期可能写错了",
  "journal-day-total-missing":
    "{date} 的分录下面没有本日合计；这本日记账其他日子都做了日结，请在这一行下面加上本日合计",
  "journal-month-total-missing": "{month} 月末没有本月合计；请在这一行下面加上本月合计（月结）",
  "journal-voucher-missing": "没有填写凭证字号",
  "journal-summary-missing": "没有填写摘要",
  "journal-both-sides": "同一行既有收入 {receipt} 又有支出 {payment}，应分成两行登记",
  "journal-cash-negative": "库存现金余额为 {found}：现金余额不能出现赤字",
  "journal-cash-over-limit": "当日库存现金余额 {found} 超过库存现金限额 {limit}，超出部分应于当日送存银行",
  "journal-bank-overdrawn": "银行存款余额为 {found}：账户不能透支，不得签发空头支票",
  "journal-voucher-repeated": "凭证字号 {voucher} 与第 {row} 行重复",
  "journal-not-calculated":
    "这张表有 {count} 个公式没有计算结果（第一个在 {first}）：这张表是由程序写出的，之后没有在 Excel 中打开保存过，读到的只是空白，无法核对。请在 Excel 或 WPS 中打开工作簿并保存（或用 LibreOffice 打开后另存为 .xlsx），再检查",
  "journal-opening-not-carried":
    "“{row}”应为上一张表“{previous}”的期末余额 {expected}，表中为 {found}：按月分表登记时，本月的期初应接上月的期末",
  "journal-closing-balance-wrong": "“{row}”的余额应为 {expected}（与上面最后一笔的余额相同），表中为 {found}",
  "journal-entries-column-unused": "“{label}”这一列没有写进日记账：日记账没有这一栏，要保留它请另行记录",
  "journal-has-errors":
    "这张日记账有 {count} 个错误，第一个在 {first}，报表里它的数字可能不对；检查这张表（命令行 cashbook check，或任务窗格“日记账”页的“检查日记账”）可以看到全部错误",
  "journal-balances-worked-out":
    "这张表有 {count} 个公式没有计算结果（第一个在 {first}），是程序写出后没有在 Excel 中打开保存过的：报表里它的余额是按表中的余额和各笔金额算出的，合计和余额都未经核对。请在 Excel 或 WPS 中打开并保存后再检查",
  "journal-report-not-calculated":
    "“{sheet}”有 {count} 个公式没有计算结果（第一个在 {first}），连期初余额也读不到，算不出它的余额，报表无法生成。请在 Excel 或 WPS 中打开工作簿并保存（或用 LibreOffice 打开后另存为 .xlsx），再生成",
  "journal-entry-date-no-year":
    "日期“{text}”没有写年份，表头和标题里也没有（如“2026年”）：请在日期或标题里写上年份（生成日记账时也可以指定月份，如 2026-03）",
  "journal-day-total-needs-entry": "请先选中当天最后一笔分录所在的行，本日合计插在它下面",
  "journal-day-already-closed": "这一天在 {cell} 下面已有本日合计",
  "journal-opening-row-missing": "这张日记账上面找不到期初余额、上年结转或承前页行，无法确定本日合计从哪里加起",
  "journal-balance-no-formula": "{cell} 不是分录或合计行的余额（期初余额本就是数字），没有公式可恢复",
  "journal-balance-formula-present": "{cell} 里已经是公式，不是手工输入的数字，无需恢复；请核对这个公式",
  "journal-balance-anchor-missing": "{cell} 上面找不到期初余额、上年结转或承前页行，无法确定余额从哪里算起",
  "journal-balance-formula-unconfirmed":
    "{cell} 所在这一页的其他余额里都没有出纳助手生成的公式，不能确定这张日记账原来的公式，请手工改正余额",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "journal-entries-no-header":
    "No header row of entries was found in “{sheet}”: it needs columns such as {labels} (or date, summary, receipts and payments; 借方 and 贷方 also do, and the date may be split into 年, 月 and 日)",
  "journal-entry-no-amount": "This entry has a date or a summary but neither a receipt nor a payment",
  "journal-entries-unreadable": "{count:# cell|# cells} of “{sheet}” cannot be read; correct them and generate again:",
  "journal-opening-invalid": "The opening balance “{text}” is not an amount",
  "journal-opening-negative":
    "The opening balance {amount} is negative: neither cash on hand nor a bank deposit can have a negative balance",
  "journal-cash-limit-invalid": "The cash limit “{text}” must be an amount above 0",
  "journal-ytd-invalid": "The year-to-date figure “{text}” must be an amount of 0 or more",
  "journal-ytd-in-january": "The journal starts in January: its year to date starts from 0, with nothing to bring in",
  "journal-rows-per-page-invalid": "Rows per page, “{text}”, must be a whole number from {min} to {max}",
  "journal-carried-invalid": "“{text}” must be yes or no: whether the opening balance is carried from last year",
  "journal-cash-limit-for-bank": "A cash limit applies to the cash journal only; a bank deposit journal has none",
  "journal-period-required":
    "Give the month, such as 2026-01: there are no entries to take the journal's year and month from",
  "journal-entries-span-years":
    "The entries run from {first} to {last}; a journal covers one year, so give a month or generate each year's entries separately",
  "journal-entries-none-in-month": "There are no entries in {period}",
  "journal-too-many-rows":
    "With its day and month totals and page carries the journal would take {rows} rows, more than a sheet's {max}; generate it a month at a time, or with more rows per page",
  "journal-total-too-large":
    "A balance or total of the journal would reach {amount}, past the largest amount kept exact ({max}); check the entries' amounts, or generate the journal in parts",
  "journal-header-missing":
    "No journal header row was found: it needs columns such as 摘要 (summary), 借方/收入 (receipts), 贷方/支出 (payments) and 余额 (balance)",
  "journal-header-incomplete":
    "The journal's header was not recognised: row {row} comes closest, but has no {missing} column; give that column a usual heading (such as 余额, 借方 or 贷方), or check that a merged cell does not hide it",
  "journal-year-unknown":
    "The dates have only month and day columns, and neither the title nor the header gives the year (such as 2026年), so the dates cannot be checked",
  "journal-amount-as-text": "The amount “{text}” is stored as text, which Excel's sums leave out; enter it as a number",
  "journal-cell-error": "The cell shows the error {text}: its formula may refer to a deleted row or an invalid cell",
  "journal-opening-mismatch": "The opening balance should be {expected}; the sheet shows {found}",
  "journal-balance-break":
    "The balance should be {expected} (the balance above plus this line's receipt minus its payment); the sheet shows {found}",
  "journal-amount-mismatch":
    "This amount should be {expected}; the sheet shows {found}, which neither the balance on this line nor the totals below agree with",
  "journal-amount-wrong-column":
    "The amount {found} is in the wrong column: the balance on this line was worked out with it in the other column; move it there (receipts and payments swap), and leave the balance as it is",
  "journal-columns-bank-view":
    "Receipts and payments look reversed, as a bank sees them: every balance is the one above minus 借方 plus 贷方. On a bank statement 借方 is money paid out, in a journal it is money received; swap the two columns",
  "journal-columns-swapped":
    "Receipts and payments look reversed: every balance is the one above minus the receipt plus the payment; swap the two columns",
  "journal-total-receipts-wrong": "The receipts on “{row}” should add up to {expected}; the sheet shows {found}",
  "journal-total-payments-wrong": "The payments on “{row}” should add up to {expected}; the sheet shows {found}",
  "journal-carry-receipts-wrong":
    "The receipts carried on “{row}” should be the month's total so far, {expected}; the sheet shows {found}",
  "journal-carry-payments-wrong":
    "The payments carried on “{row}” should be the month's total so far, {expected}; the sheet shows {found}",
  "journal-date-order":
    "The date {date} is earlier than {previous} on the entry above: entries are posted in date order",
  "journal-date-ahead":
    "The date {date} is later than {next} on the entry below and fits neither neighbour: it may be mistyped",
  "journal-day-total-missing":
    "The entries of {date} have no day total below them, though this journal closes its days; add a day total below this line",
  "journal-month-total-missing": "{month} ends without a month total; add one below this line",
  "journal-voucher-missing": "The voucher number is missing",
  "journal-summary-missing": "The summary is missing",
  "journal-both-sides":
    "This line has both a receipt of {receipt} and a payment of {payment}; post them on separate lines",
  "journal-cash-negative": "The cash balance is {found}: cash on hand can never be negative",
  "journal-cash-over-limit":
    "Cash at the end of the day, {found}, is above the cash limit of {limit}; the excess is to be deposited the same day",
  "journal-bank-overdrawn": "The bank balance is {found}: the account cannot be overdrawn, and no cheque may bounce",
  "journal-voucher-repeated": "The voucher number {voucher} was already used on row {row}",
  "journal-not-calculated":
    "This sheet has {count:# formula|# formulas} without a calculated result (the first at {first}): the sheet was written by a program and not opened and saved in Excel since, so such formulas read as blank and cannot be checked. Open the workbook in Excel or WPS and save it (or open it in LibreOffice and save it as .xlsx), then check again",
  "journal-opening-not-carried":
    "“{row}” should be the closing balance of the sheet before, “{previous}”, {expected}; the sheet shows {found}: a journal kept one sheet a month opens each month with the last month's closing balance",
  "journal-closing-balance-wrong":
    "The balance on “{row}” should be {expected}, the same as the last entry's above; the sheet shows {found}",
  "journal-entries-column-unused":
    "The column “{label}” is not written to the journal, which has no such column: keep it elsewhere if it is needed",
  "journal-has-errors":
    "This journal has {count:# error|# errors}, the first at {first}; its figures in the report may be wrong. Checking the sheet lists them all (cashbook check on the command line, or Check a journal on the pane's Journals page)",
  "journal-balances-worked-out":
    "This sheet has {count:# formula|# formulas} without a calculated result (the first at {first}): it was written by a program and not opened and saved in Excel since. The report works its balances out from the balance it shows and the amounts; its totals and balances are unchecked. Open it in Excel or WPS, save it and check it",
  "journal-report-not-calculated":
    "“{sheet}” has {count:# formula|# formulas} without a calculated result (the first at {first}) and not even its opening balance can be read: its balances cannot be worked out, and the report cannot be made. Open the workbook in Excel or WPS and save it (or open it in LibreOffice and save it as .xlsx), then make the report again",
  "journal-entry-date-no-year":
    "The date “{text}” has no year, and neither the header nor the title gives one (such as 2026年): write the year in the date or the title (to generate a journal, giving the month, such as 2026-03, also does)",
  "journal-day-total-needs-entry": "Select the row of the day's last entry first: the day total goes below it",
  "journal-day-already-closed": "The day already has a day total below {cell}",
  "journal-opening-row-missing":
    "No opening, carried-from-last-year or brought-forward row above: the day total has nowhere to start adding from",
  "journal-balance-no-formula":
    "{cell} is not the balance of an entry or a total (an opening balance is a figure): there is no formula to restore",
  "journal-balance-formula-present":
    "{cell} holds a formula, not a typed figure: there is nothing to restore; check that formula",
  "journal-balance-anchor-missing":
    "No opening, carried-from-last-year or brought-forward row above {cell}: where its balance starts from is unknown",
  "journal-balance-formula-unconfirmed":
    "No other balance on the page of {cell} holds a formula Cashbook generated, so this journal's own formula is unknown; correct the balance by hand",
};

export const journalMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
