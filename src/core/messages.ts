/**
 * Messages: rules never build sentences. They return a message id and parameters, and the shell that shows them picks
 * the language. Placeholders are `{name}`. This file holds the core's and the hosts' texts (money, words, dates,
 * cells, files); each job keeps its own in src/jobs/<job>/messages.ts and adds its ids to `Messages` below, so that a
 * Finding or Problem names only ids some catalog has. src/jobs/index.ts merges the catalogs; a test checks that both
 * languages have the same ids and the same placeholders in each message, and that no two catalogs share an id.
 */
import { fillTemplate } from "./template";

export type Locale = "zh-CN" | "en-US";

export type MessageParams = Record<string, string | number>;

/** One catalog: the same ids in both languages. */
export type Catalog<Id extends string = string> = Record<Locale, Readonly<Record<Id, string>>>;

const zhCN = {
  // The severities' names, the one table the command line, the pane and the written sheets use (findings.ts).
  "severity-error": "错误",
  "severity-warning": "警告",
  "severity-info": "提示",
  "money-unreadable": "无法识别的金额：“{text}”",
  "money-misplaced-separator": "金额“{text}”的千分位逗号位置不对，应从个位起每三位一个，如 1,234,567.89",
  "money-out-of-range": "金额“{text}”超出范围，绝对值不能超过 {max} 元",
  "money-wrong-type": "这里应是金额，单元格里却是逻辑值、日期或其他内容",
  "money-below-fen":
    "金额“{text}”超过两位小数：金额只能精确到分，请改正（表上显示的是四舍五入后的数，求和却按原数计算）",
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
  "date-empty": "日期没有填写",
  "date-unreadable": "无法识别的日期：“{text}”，请写成 2026-01-15、2026/1/15 或 2026年1月15日",
  "date-invalid": "日期不存在：{year}年{month}月{day}日",
  "date-out-of-range": "日期“{text}”超出范围，只能处理 1900 年至 9999 年的日期",
  "date-wrong-type": "这里应是日期，单元格里却是逻辑值或其他内容",
  "count-unreadable": "“{text}”应是 0 到 {max} 之间的整数",
  "flag-unreadable": "“{text}”应填“是”或“否”（“有”或“无”）",
  "month-invalid": "无法识别的月份：“{text}”，请写成 2026-01 这样的年-月",
  "function-shape-mismatch": "两个区域大小不同（{left} 与 {right}），请选同样大小的区域，或其中一个只选一个单元格",
  "host-address-unreadable": "无法识别的单元格地址：{address}",
  "host-multiple-areas": "请只选择一个连续区域（选区里有多块区域）",
  "host-sheet-missing": "找不到工作表“{sheet}”，它可能已被重命名或删除",
  "host-range-not-empty": "{cells} 已有内容（共 {count} 个单元格），未确认覆盖前不会写入",
  "host-cancelled": "已取消",
  "host-table-missing": "找不到名为“{table}”的表格",
  "host-sheet-protected":
    "工作表“{sheet}”已受保护，未写入任何内容。请先在“审阅 > 撤消工作表保护”中取消保护，完成后再重新保护",
  "host-excel-too-old": "此版本的 Excel 不支持出纳助手（需要 ExcelApi {version}），请更新 Office",
  "csv-empty": "文件里没有任何内容",
  "csv-undecodable":
    "无法按 {encodings} 编码读取这个文件：它可能不是 CSV 文本文件（例如改了扩展名的 Excel 文件），或者文件已损坏",
  "csv-delimiter-invalid": "不能用“{delimiter}”作分隔符：分隔符不能为空，也不能含引号或换行",
  "csv-too-large": "文件有 {rows} 行、{columns} 列，超出了工作表的容量（最多 {maxRows} 行、{maxColumns} 列）",
  "file-unreadable": "无法打开文件 {path}：文件不存在，或没有读取权限",
  "xlsx-unreadable": "无法读取这个文件：它不是 Excel 工作簿（.xlsx），或者文件已损坏",
  "xlsx-too-large":
    "这个工作簿解压后有 {size} MB，超过了能读取的 {limit} MB：它可能是恶意构造的压缩文件；如确是数据，请拆成几个工作簿",
  "xlsx-legacy-or-encrypted":
    "这是旧版 Excel 97-2003 工作簿（.xls），或设置了打开密码的工作簿。请在 Excel 中打开，另存为不设密码的 .xlsx 工作簿后再试",
  "xls-damaged": "无法读取这个 .xls 文件：它已损坏或不完整。请重新从网银下载，或在 Excel 中打开后另存为 .xlsx 再试",
  "xls-encrypted": "这个工作簿设置了打开密码，无法读取。请在 Excel 中打开，取消密码后另存为 .xlsx 再试",
  "xls-too-old": "这是 Excel 4.0 及更早版本的工作簿（BIFF{version}），无法读取。请在 Excel 中打开，另存为 .xlsx 后再试",
  "xls-not-workbook": "这个文件不是 Excel 工作簿，而是其他 Office 97-2003 文档（例如 Word 文档）",
  "xls-no-table": "这个文件里没有可以读取的工作表或表格",
  "xls-too-large": "这个工作簿共有 {cells} 个单元格，超过了能读取的 {limit} 个：请只保留对账单所在的工作表再试",
  "balance-lengths-differ": "收入有 {receipts} 个单元格，支出有 {payments} 个，两者应一样多",
  "balance-check-lengths-differ": "余额有 {balances} 个单元格，收入、支出各有 {lines} 个，应一样多",
  "balance-receipt-unreadable": "收入第 {position} 个单元格“{text}”不是可用的金额",
  "balance-payment-unreadable": "支出第 {position} 个单元格“{text}”不是可用的金额",
  "balance-stated-unreadable": "余额第 {position} 个单元格“{text}”不是可用的金额",
  "balance-out-of-range": "第 {position} 行的余额超出范围，绝对值不能超过 {max} 元",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "severity-error": "Error",
  "severity-warning": "Warning",
  "severity-info": "Note",
  "money-unreadable": "Cannot read “{text}” as an amount",
  "money-misplaced-separator":
    "The thousands separators in “{text}” are misplaced: put one every three digits from the units, as in 1,234,567.89",
  "money-out-of-range": "The amount “{text}” is out of range: it can be at most {max} yuan either way",
  "money-wrong-type": "An amount is expected here, but the cell holds a logical value, a date or something else",
  "money-below-fen":
    "The amount “{text}” has more than two decimals: amounts go to the fen (分); correct it (the sheet shows it rounded, but sums add the exact figure)",
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
  "count-unreadable": "“{text}” must be a whole number from 0 to {max}",
  "flag-unreadable": "“{text}” must be yes or no (是 or 否, 有 or 无)",
  "month-invalid": "Cannot read “{text}” as a month; write it as year-month, such as 2026-01",
  "function-shape-mismatch":
    "The two ranges differ in size ({left} and {right}); give ranges of the same size, or a single cell for one of them",
  "host-address-unreadable": "Cannot read the cell address {address}",
  "host-multiple-areas": "Select one block of cells (the selection has several areas)",
  "host-sheet-missing": "There is no sheet named “{sheet}”; it may have been renamed or deleted",
  "host-range-not-empty":
    "{cells} already hold something ({count:# cell|# cells}); nothing is written until overwriting is confirmed",
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
  "xlsx-too-large":
    "This workbook expands to {size} MB when unzipped, more than the {limit} MB that can be read: it may be a crafted archive; if it is real data, split it into several workbooks",
  "xlsx-legacy-or-encrypted":
    "This is an Excel 97-2003 workbook (.xls) or a workbook with a password to open. Open it in Excel, save it as an .xlsx workbook without a password, and try again",
  "xls-damaged":
    "This .xls file cannot be read: it is damaged or incomplete. Download it again, or open it in Excel and save it as .xlsx",
  "xls-encrypted":
    "This workbook has a password to open and cannot be read. Open it in Excel, remove the password, save it as .xlsx and try again",
  "xls-too-old":
    "This is an Excel 4.0 or older workbook (BIFF{version}), which cannot be read. Open it in Excel, save it as .xlsx and try again",
  "xls-not-workbook": "This file is not an Excel workbook but another Office 97-2003 document (a Word document, say)",
  "xls-no-table": "This file has no worksheet or table that can be read",
  "xls-too-large":
    "This workbook has {cells} cells in all, more than the {limit} that can be read: keep only the statement's sheet and try again",
  "balance-lengths-differ": "There are {receipts} receipts but {payments} payments; give as many of each",
  "balance-check-lengths-differ":
    "There are {balances} balances but {lines} receipts and payments; give one balance for each line",
  "balance-receipt-unreadable": "Receipt {position}, “{text}”, is not an amount that can be used",
  "balance-payment-unreadable": "Payment {position}, “{text}”, is not an amount that can be used",
  "balance-stated-unreadable": "Balance {position}, “{text}”, is not an amount that can be used",
  "balance-out-of-range": "The balance on line {position} is out of range: it can be at most {max} yuan either way",
};

/** The core's own catalog. */
export const coreMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

/**
 * Every message id there is: the core's, and each job's, which its messages.ts adds by declaration merging
 * (`declare module "../../core/messages" { interface Messages extends … }`). Types only: the core imports no job.
 */
export interface Messages extends Record<keyof typeof zhCN, string> {}

export type MessageId = keyof Messages & string;

/** The text of a message in a merged catalog, falling back to Chinese, then to the id itself. */
export function formatFrom(catalog: Catalog, locale: Locale, id: string, params: MessageParams = {}): string {
  return fillTemplate(catalog[locale][id] ?? catalog["zh-CN"][id] ?? id, params);
}

/** Office gives a display language such as "zh-CN", "zh-TW", "en-US" or "fr-FR"; Chinese first, English otherwise. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  return /^zh/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}
