/**
 * The zh-CN and en-US catalogs of everything the rules can say. Rules never build sentences: they return a
 * message id and parameters, and the shell that shows them picks the language. Placeholders are `{name}`.
 * A test checks that both catalogs have the same ids and the same placeholders in each message.
 */
import { fillTemplate } from "./template";

export type Locale = "zh-CN" | "en-US";

export type MessageParams = Record<string, string | number>;

const zhCN = {
  // Filled in by each rule module's section below; keep ids kebab-case and stable.

  // core/money.ts
  "money-unreadable": "无法识别的金额：“{text}”",
  "money-misplaced-separator": "金额“{text}”的千分位逗号位置不对，应从个位起每三位一个，如 1,234,567.89",
  "money-out-of-range": "金额“{text}”超出范围，绝对值不能超过 {max} 元",
  "money-wrong-type": "这里应是金额，单元格里却是逻辑值、日期或其他内容",

  // core/words.ts
  "words-empty": "大写金额没有填写",
  "words-negative": "金额 {figures} 是负数，不能写成大写金额",
  "words-out-of-range": "金额超出大写金额能写的范围（最大 {max} 元）",
  "words-fen-not-integer": "金额必须精确到分，收到的是 {value} 分",
  "words-illegal-char": "大写金额不能用“{char}”，应写作“{suggestion}”",
  "words-unexpected-char": "大写金额中不应有“{char}”",
  "words-unreadable": "大写金额从“{at}”起无法识别",
  "words-unfinished": "大写金额“{text}”没有写完，最后的数字后缺少单位",
  "words-missing-yuan": "大写金额缺少“元”字",
  "words-amount-mismatch": "大小写金额不符：大写是 {words}，小写是 {figures}",
  "words-missing-zheng": "大写金额到“元”为止的，“元”后应写“整”（或“正”）字",
  "words-zheng-after-fen": "大写金额到“分”为止的，“分”后不写“整”（或“正”）字",
  "words-missing-ling": "“{after}”后面漏写了“零”",
  "words-extra-ling": "“{at}”开头的“零”是多余的",
  "words-double-ling": "“{at}”开头连写了几个“零”，中间连续几个零只写一个“零”",
  "words-ling-before-unit": "“{at}”开头的“零{unit}”写法不对，“零”后面不写单位",
  "words-missing-yi-before-shi": "“{at}”开头的“拾”前面应写“壹”，如“壹拾元”“壹拾伍万元”",
  "words-gap": "“{after}”后面留了空格，人民币和大写金额之间、大写金额中间都不能留空",

  // core/dates.ts
  "date-empty": "日期没有填写",
  "date-unreadable": "无法识别的日期：“{text}”，请写成 2026-01-15、2026/1/15 或 2026年1月15日",
  "date-invalid": "日期不存在：{year}年{month}月{day}日",
  "date-out-of-range": "日期“{text}”超出范围，只能处理 1900 年至 9999 年的日期",
  "date-wrong-type": "这里应是日期，单元格里却是逻辑值或其他内容",
  "month-invalid": "无法识别的月份：“{text}”，请写成 2026-01 这样的年-月",

  // amounts-in-words: a pair of figures and words
  "pair-words-without-amount": "有大写金额，却没有对应的小写金额",
  "pair-amount-without-words": "有小写金额，却没有填写大写金额",

  // functions
  "function-shape-mismatch": "两个区域大小不同（{left} 与 {right}），请选同样大小的区域，或其中一个只选一个单元格",

  // hosts
  "host-address-unreadable": "无法识别的单元格地址：{address}",
  "host-multiple-areas": "请只选择一个连续区域（选区里有多块区域）",
  "host-sheet-missing": "找不到工作表“{sheet}”，它可能已被重命名或删除",
  "host-range-not-empty": "{cells} 已有内容（共 {count} 个单元格），未确认覆盖前不会写入",
  "host-cancelled": "已取消",
  "host-table-missing": "找不到名为“{table}”的表格",
  "host-sheet-protected":
    "工作表“{sheet}”已受保护，未写入任何内容。请先在“审阅 > 撤消工作表保护”中取消保护，完成后再重新保护",
  "host-excel-too-old": "此版本的 Excel 不支持出纳助手（需要 ExcelApi {version}），请更新 Office",

  // hosts/csv
  "csv-empty": "文件里没有任何内容",
  "csv-undecodable":
    "无法按 {encodings} 编码读取这个文件：它可能不是 CSV 文本文件（例如改了扩展名的 Excel 文件），或者文件已损坏",
  "csv-delimiter-invalid": "不能用“{delimiter}”作分隔符：分隔符不能为空，也不能含引号或换行",
  "csv-too-large": "文件有 {rows} 行、{columns} 列，超出了工作表的容量（最多 {maxRows} 行、{maxColumns} 列）",

  // cli
  "file-unreadable": "无法打开文件 {path}：文件不存在，或没有读取权限",

  // hosts/xlsx
  "xlsx-unreadable": "无法读取这个文件：它不是 Excel 工作簿（.xlsx），或者文件已损坏",
  "xlsx-legacy-or-encrypted":
    "这是旧版 Excel 97-2003 工作簿（.xls），或设置了打开密码的工作簿。请在 Excel 中打开，另存为不设密码的 .xlsx 工作簿后再试",

  // journal/generate
  "journal-entries-no-header":
    "“{sheet}”表里找不到分录的表头行：表头应有 {labels} 等列（收入、支出也可写作借方、贷方，日期也可分成年、月、日三列）",
  "journal-entry-no-amount": "这一笔有日期或摘要，却没有收入或支出金额",
  "journal-entries-unreadable": "“{sheet}”表中有 {count} 处无法读取，请改正后再生成：",
  "journal-opening-invalid": "期初余额“{text}”不是有效的金额",
  "journal-opening-negative": "期初余额 {amount} 是负数：库存现金和银行存款的余额都不能为负",
  "journal-cash-limit-invalid": "库存现金限额“{text}”应是大于 0 的金额",
  "journal-ytd-invalid": "本年累计“{text}”应是不小于 0 的金额",
  "journal-ytd-in-january": "日记账从 1 月开始，本年累计从 0 起算，无需带入",
  "journal-cash-limit-for-bank": "库存现金限额只用于现金日记账，银行存款日记账没有限额",
  "journal-period-required": "请指定月份（如 2026-01）：没有分录可以确定日记账的年月",
  "journal-entries-span-years":
    "分录的日期从 {first} 年到 {last} 年；日记账按年登记，请指定月份，或把各年的分录分开生成",
  "journal-entries-none-in-month": "分录里没有 {period} 的分录",

  // journal/rules
  "journal-header-missing": "找不到日记账的表头行：表头应有“摘要”“借方（收入）”“贷方（支出）”“余额”等栏目",
  "journal-year-unknown": "日期只有月、日两栏，标题和表头里也没有年份（如“2026年”），无法核对日期",
  "journal-amount-as-text": "金额“{text}”存成了文本，Excel 求和时会漏掉它，请改成数字",
  "journal-cell-error": "单元格显示错误值 {text}：公式可能引用了已删除的行或无效的单元格",
  "journal-opening-mismatch": "期初余额应为 {expected}，表中为 {found}",
  "journal-balance-break": "余额应为 {expected}，表中为 {found}（上一行余额加本行收入、减本行支出）",
  "journal-amount-mismatch": "金额应为 {expected}，表中为 {found}：本行余额和下面的合计都与表中金额对不上",
  "journal-total-receipts-wrong": "“{row}”的借方（收入）应为 {expected}，表中为 {found}",
  "journal-total-payments-wrong": "“{row}”的贷方（支出）应为 {expected}，表中为 {found}",
  "journal-carry-receipts-wrong": "“{row}”的借方（收入）应为本月初至本页末的合计 {expected}，表中为 {found}",
  "journal-carry-payments-wrong": "“{row}”的贷方（支出）应为本月初至本页末的合计 {expected}，表中为 {found}",
  "journal-date-order": "日期 {date} 早于上一笔的 {previous}，日记账应按时间顺序逐笔登记",
  "journal-voucher-missing": "没有填写凭证字号",
  "journal-summary-missing": "没有填写摘要",
  "journal-both-sides": "同一行既有收入 {receipt} 又有支出 {payment}，应分成两行登记",
  "journal-cash-negative": "库存现金余额为 {found}：现金余额不能出现赤字",
  "journal-cash-over-limit": "当日库存现金余额 {found} 超过库存现金限额 {limit}，超出部分应于当日送存银行",
  "journal-bank-overdrawn": "银行存款余额为 {found}：账户不能透支，不得签发空头支票",
  "journal-voucher-repeated": "凭证字号 {voucher} 与 {first} 单元格重复",

  // cash-count, funds-report, functions
  "cash-count-wrong-size": "盘点张数应有 {expected} 个单元格（100 元到 1 分每种面额一个），收到的是 {actual} 个",
  "cash-count-unreadable": "第 {position} 种面额（{denomination}）的张（枚）数“{text}”应是 0 到 {max} 之间的整数",
  "balance-lengths-differ": "收入有 {receipts} 个单元格，支出有 {payments} 个，两者应一样多",
  "balance-check-lengths-differ": "余额有 {balances} 个单元格，收入、支出各有 {lines} 个，应一样多",
  "balance-receipt-unreadable": "收入第 {position} 个单元格“{text}”不是可用的金额",
  "balance-payment-unreadable": "支出第 {position} 个单元格“{text}”不是可用的金额",
  "balance-stated-unreadable": "余额第 {position} 个单元格“{text}”不是可用的金额",
  "balance-out-of-range": "第 {position} 行的余额超出范围，绝对值不能超过 {max} 元",
  "funds-no-accounts": "没有找到现金日记账或银行存款日记账",
  "journal-day-total-needs-entry": "请先选中当天最后一笔分录所在的行，本日合计插在它下面",
  "journal-day-already-closed": "这一天在 {cell} 下面已有本日合计",
  "journal-opening-row-missing": "这张日记账上面找不到期初余额、上年结转或承前页行，无法确定本日合计从哪里加起",
  "cash-count-date-missing": "请用 --date 指定盘点日期，例如 --date 2026-01-31",
  "cash-count-book-missing": "请用 --from 指定含现金日记账的工作簿，或用 --book 填写日记账余额",
  "funds-workbook-missing": "请用 --from 指定含现金日记账、银行存款日记账的工作簿",
  "generate-period-missing": "请用 --date 指定某一天，或用 --month 指定一个月",
  "funds-entry-without-date": "{account}日记账的这一笔没有可用的日期，无法归入哪一天，资金日报表未计入这一笔",
  "funds-amount-out-of-range": "日记账的金额加起来超出范围（不能超过 {max} 元），无法编制资金日报表",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "money-unreadable": "Cannot read “{text}” as an amount",
  "money-misplaced-separator":
    "The thousands separators in “{text}” are misplaced: put one every three digits from the units, as in 1,234,567.89",
  "money-out-of-range": "The amount “{text}” is out of range: it can be at most {max} yuan either way",
  "money-wrong-type": "An amount is expected here, but the cell holds a logical value, a date or something else",

  "words-empty": "The amount in words is empty",
  "words-negative": "The amount {figures} is negative and cannot be written in words",
  "words-out-of-range": "The amount is too large to write in words (at most {max} yuan)",
  "words-fen-not-integer": "Amounts must be whole fen; got {value} fen",
  "words-illegal-char": "“{char}” is not allowed in an amount in words; write “{suggestion}”",
  "words-unexpected-char": "“{char}” does not belong in an amount in words",
  "words-unreadable": "The amount in words cannot be read from “{at}” on",
  "words-unfinished": "The amount in words “{text}” is unfinished: its last digit has no unit",
  "words-missing-yuan": "The amount in words lacks 元 (yuan)",
  "words-amount-mismatch": "The amount in words ({words}) differs from the amount in figures ({figures})",
  "words-missing-zheng": "An amount in words that ends at 元 must be followed by 整 (or 正)",
  "words-zheng-after-fen": "An amount in words that ends at 分 takes no 整 (or 正) after it",
  "words-missing-ling": "A 零 is missing after “{after}”",
  "words-extra-ling": "The 零 at the start of “{at}” does not belong there",
  "words-double-ling": "“{at}” starts with more than one 零: a run of zeros is written as a single 零",
  "words-ling-before-unit": "“零{unit}” at the start of “{at}” is wrong: 零 is never followed by a unit",
  "words-missing-yi-before-shi": "The 拾 at the start of “{at}” needs 壹 before it, as in 壹拾元 or 壹拾伍万元",
  "words-gap": "There is a space after “{after}”: nothing may separate 人民币 from the amount or split the amount",

  "date-empty": "The date is empty",
  "date-unreadable": "Cannot read “{text}” as a date; write it as 2026-01-15, 2026/1/15 or 2026年1月15日",
  "date-invalid": "There is no such date: {year}-{month}-{day}",
  "date-out-of-range": "The date “{text}” is out of range: only years 1900 to 9999 are supported",
  "date-wrong-type": "A date is expected here, but the cell holds a logical value or something else",
  "month-invalid": "Cannot read “{text}” as a month; write it as year-month, such as 2026-01",

  "pair-words-without-amount": "There are words but no amount in figures beside them",
  "pair-amount-without-words": "There is an amount in figures but no amount in words",

  "function-shape-mismatch":
    "The two ranges differ in size ({left} and {right}); give ranges of the same size, or a single cell for one of them",

  "host-address-unreadable": "Cannot read the cell address {address}",
  "host-multiple-areas": "Select one block of cells (the selection has several areas)",
  "host-sheet-missing": "There is no sheet named “{sheet}”; it may have been renamed or deleted",
  "host-range-not-empty":
    "{cells} already hold something ({count} cells); nothing is written until overwriting is confirmed",
  "host-cancelled": "Cancelled",
  "host-table-missing": "There is no table named “{table}”",
  "host-sheet-protected":
    "The sheet “{sheet}” is protected and nothing was written. Unprotect it (Review > Unprotect Sheet), then protect it again when done",
  "host-excel-too-old": "This version of Excel cannot run Cashbook (it needs ExcelApi {version}); please update Office",

  "csv-empty": "The file has nothing in it",
  "csv-undecodable":
    "The file cannot be read as {encodings} text: it may not be a CSV file (an Excel file renamed to .csv, say) or it may be damaged",
  "csv-delimiter-invalid":
    "“{delimiter}” cannot be a delimiter: a delimiter must not be empty or contain a quote or a line break",
  "csv-too-large":
    "The file has {rows} rows and {columns} columns, more than a worksheet holds ({maxRows} rows and {maxColumns} columns)",

  "file-unreadable": "Cannot open {path}: the file does not exist or cannot be read",

  "xlsx-unreadable": "This file cannot be read: it is not an Excel workbook (.xlsx), or it is damaged",
  "xlsx-legacy-or-encrypted":
    "This is an Excel 97-2003 workbook (.xls) or a workbook with a password to open. Open it in Excel, save it as an .xlsx workbook without a password, and try again",

  "journal-entries-no-header":
    "No header row of entries was found in “{sheet}”: it needs columns such as {labels} (or date, summary, receipts and payments; 借方 and 贷方 also do, and the date may be split into 年, 月 and 日)",
  "journal-entry-no-amount": "This entry has a date or a summary but neither a receipt nor a payment",
  "journal-entries-unreadable": "{count} cells of “{sheet}” cannot be read; correct them and generate again:",
  "journal-opening-invalid": "The opening balance “{text}” is not an amount",
  "journal-opening-negative":
    "The opening balance {amount} is negative: neither cash on hand nor a bank deposit can have a negative balance",
  "journal-cash-limit-invalid": "The cash limit “{text}” must be an amount above 0",
  "journal-ytd-invalid": "The year-to-date figure “{text}” must be an amount of 0 or more",
  "journal-ytd-in-january": "The journal starts in January: its year to date starts from 0, with nothing to bring in",
  "journal-cash-limit-for-bank": "A cash limit applies to the cash journal only; a bank deposit journal has none",
  "journal-period-required":
    "Give the month, such as 2026-01: there are no entries to take the journal's year and month from",
  "journal-entries-span-years":
    "The entries run from {first} to {last}; a journal covers one year, so give a month or generate each year's entries separately",
  "journal-entries-none-in-month": "There are no entries in {period}",

  "journal-header-missing":
    "No journal header row was found: it needs columns such as 摘要 (summary), 借方/收入 (receipts), 贷方/支出 (payments) and 余额 (balance)",
  "journal-year-unknown":
    "The dates have only month and day columns, and neither the title nor the header gives the year (such as 2026年), so the dates cannot be checked",
  "journal-amount-as-text": "The amount “{text}” is stored as text, which Excel's sums leave out; enter it as a number",
  "journal-cell-error": "The cell shows the error {text}: its formula may refer to a deleted row or an invalid cell",
  "journal-opening-mismatch": "The opening balance should be {expected}; the sheet shows {found}",
  "journal-balance-break":
    "The balance should be {expected} (the balance above plus this line's receipt minus its payment); the sheet shows {found}",
  "journal-amount-mismatch":
    "This amount should be {expected}; the sheet shows {found}, which neither the balance on this line nor the totals below agree with",
  "journal-total-receipts-wrong": "The receipts on “{row}” should add up to {expected}; the sheet shows {found}",
  "journal-total-payments-wrong": "The payments on “{row}” should add up to {expected}; the sheet shows {found}",
  "journal-carry-receipts-wrong":
    "The receipts carried on “{row}” should be the month's total so far, {expected}; the sheet shows {found}",
  "journal-carry-payments-wrong":
    "The payments carried on “{row}” should be the month's total so far, {expected}; the sheet shows {found}",
  "journal-date-order":
    "The date {date} is earlier than {previous} on the entry above: entries are posted in date order",
  "journal-voucher-missing": "The voucher number is missing",
  "journal-summary-missing": "The summary is missing",
  "journal-both-sides":
    "This line has both a receipt of {receipt} and a payment of {payment}; post them on separate lines",
  "journal-cash-negative": "The cash balance is {found}: cash on hand can never be negative",
  "journal-cash-over-limit":
    "Cash at the end of the day, {found}, is above the cash limit of {limit}; the excess is to be deposited the same day",
  "journal-bank-overdrawn": "The bank balance is {found}: the account cannot be overdrawn, and no cheque may bounce",
  "journal-voucher-repeated": "The voucher number {voucher} was already used at {first}",

  "cash-count-wrong-size":
    "The counts need {expected} cells, one per denomination from 100 yuan down to 1 fen; there are {actual}",
  "cash-count-unreadable":
    "The count of denomination {position} ({denomination}), “{text}”, must be a whole number from 0 to {max}",
  "balance-lengths-differ": "There are {receipts} receipts but {payments} payments; give as many of each",
  "balance-check-lengths-differ":
    "There are {balances} balances but {lines} receipts and payments; give one balance for each line",
  "balance-receipt-unreadable": "Receipt {position}, “{text}”, is not an amount that can be used",
  "balance-payment-unreadable": "Payment {position}, “{text}”, is not an amount that can be used",
  "balance-stated-unreadable": "Balance {position}, “{text}”, is not an amount that can be used",
  "balance-out-of-range": "The balance on line {position} is out of range: it can be at most {max} yuan either way",
  "funds-no-accounts": "No cash journal or bank deposit journal was found",
  "journal-day-total-needs-entry": "Select the row of the day's last entry first: the day total goes below it",
  "journal-day-already-closed": "The day already has a day total below {cell}",
  "journal-opening-row-missing":
    "No opening, carried-from-last-year or brought-forward row above: the day total has nowhere to start adding from",
  "cash-count-date-missing": "Name the day of the count with --date, such as --date 2026-01-31",
  "cash-count-book-missing": "Name a workbook with the cash journal with --from, or give the book balance with --book",
  "funds-workbook-missing": "Name the workbook with the cash and bank deposit journals with --from",
  "generate-period-missing": "Name a day with --date or a month with --month",
  "funds-entry-without-date":
    "This entry of the {account} journal has no date that can be read, so it belongs to no day and the funds report leaves it out",
  "funds-amount-out-of-range":
    "The journals' amounts add up to more than {max} yuan, beyond what a funds report can hold",
};

export type MessageId = keyof typeof zhCN;

export const catalogs: Record<Locale, Record<MessageId, string>> = { "zh-CN": zhCN, "en-US": enUS };

export function formatMessage(locale: Locale, id: MessageId, params: MessageParams = {}): string {
  return fillTemplate(catalogs[locale][id] ?? catalogs["zh-CN"][id] ?? id, params);
}

/** Office gives a display language such as "zh-CN", "zh-TW", "en-US" or "fr-FR"; Chinese first, English otherwise. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  return /^zh/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}
