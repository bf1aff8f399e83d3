/** The command line's own strings (help, usage errors, progress); what the rules say comes from src/core/messages.ts. */
import type { Locale } from "../core/messages";
import { fillTemplate } from "../core/template";

const zhCN = {
  help: `cashbook — 出纳助手命令行

用法:
  cashbook words <金额> [--no-prefix]          输出标准的中文大写金额
  cashbook words --check <金额> <大写金额>      核对大小写是否相符：相符退出码 0，不符 1，输入无法使用 2
  cashbook chequedate <YYYY-MM-DD>             输出支票出票日期大写
  cashbook check <文件.xlsx|文件.csv> [--sheet 表名] [--kind 类型] [--cash-limit 金额] [--json]
                                               按表头识别每张表的类型并检查（--cash-limit：库存现金限额）；
                                               有错误退出码 1，无法使用 2
  cashbook generate <类型> --out <文件.xlsx> [--from <csv|xlsx>]… [--overwrite] [选项]
                                               生成该类型的工作簿（--from 可给多次，如现金、银行分开的文件）

  cashbook reconcile --book <日记账文件> --statement <对账单文件> [--book-sheet 表名] [--statement-sheet 表名]
            [--book-balance 金额] [--statement-balance 金额] [--window 天数] [--carry 上月调节表文件]
            [--out 文件.xlsx] [--json]        银行存款余额调节：调节后余额相符退出码 0，不符 1，输入无法使用 2
可检查的类型: {checkKinds}
可生成的类型及其选项（FILE 为 .xlsx 或 .csv，AMOUNT 为金额）:{generateKinds}

选项:
  --lang zh-CN|en-US   输出语言（默认按 LANG 环境变量，未设置时为中文）
  --debug              出错时显示调用栈（也可设置环境变量 CASHBOOK_DEBUG=1）
  --help               显示本帮助`,
  unknownCommand: "未知命令：{command}。运行 cashbook --help 查看用法。",
  usage: "用法错误：{detail}。运行 cashbook --help 查看用法。",
  needsAmount: "需要一个金额",
  needsAmountAndWords: "--check 需要金额和大写金额两个参数",
  needsDate: "需要一个 YYYY-MM-DD 格式的日期",
  needsFile: "需要一个 .xlsx 或 .csv 文件",
  needsKind: "需要指定要生成的类型",
  needsOut: "需要用 --out 指定输出文件",
  agree: "相符",
  unknownKind: "未知类型：{kind}。可用的类型：{kinds}",
  noSuchSheet: "文件里没有名为“{sheet}”的工作表；有：{sheets}",
  noKnownSheet: "没有一张表能按表头识别出类型（可检查的类型：{kinds}）；可用 --kind 指定",
  outExists: "{file} 已存在；如要覆盖，请加 --overwrite",
  reading: "正在读取 {file} …",
  checking: "正在检查“{sheet}”（{kind}）…",
  writing: "正在写入 {file} …",
  sheetSummary: "“{sheet}”（{kind}）：{count} 个问题",
  sheetNearMiss: "“{sheet}”：没有识别出是哪种表，未检查",
  sheetEmpty: "“{sheet}”：空表，未检查",
  sheetStatement:
    "“{sheet}”：是银行对账单，不单独检查；与银行存款日记账对账请用 cashbook reconcile --book 日记账 --statement 对账单",
  sheetOther: "“{sheet}”：不是可检查的表（表头里没有日记账等表的栏目），未检查",
  "kind-cash-journal": "现金日记账",
  "kind-bank-journal": "银行存款日记账",
  "kind-amount-words": "大写金额",
  "kind-payment-proof": "支付证明单",
  "kind-expense-claim": "费用报销单",
  "kind-travel-claim": "差旅费报销单",
  "kind-advance": "借支单",
  "kind-reimburse-policy": "报销审核设置",
  "kind-voucher": "记账凭证",
  "kind-voucher-list": "凭证列表",
  none: "（暂无）",
  outNotXlsx: "--out 应是一个 .xlsx 文件名，而不是“{file}”",
  outIsInput: "{file} 就是 {option} 读取的文件，不能把结果写在它上面；请给 --out 另起一个文件名",
  outIsLink: "{file} 是一个符号链接，cashbook 不会写到链接指向的地方；请给 --out 写明文件本身的路径",
  outIsFolder: "{file} 是一个文件夹；请给 --out 写明文件夹里的一个 .xlsx 文件名",
  folderMissing: "文件夹 {folder} 不存在；请先创建它，或换一个文件夹",
  noPermission: "无法写入 {file}：没有写入权限，或文件正在 Excel 等程序中打开；请关闭该文件，或换一个文件夹后重试",
  readOnlyDisk: "无法写入 {file}：它所在的磁盘是只读的；请换一个文件夹",
  diskFull: "磁盘空间不足，{file} 没有写入（原有文件保持不变）；请腾出空间后重试",
  writeFailed: "无法写入 {file}（{reason}）；原有文件保持不变",
  unexpected: "意外错误：{reason}。这是 cashbook 的缺陷：请加 --debug 重新运行，并把输出发给维护者",
  csvUnclosedQuote:
    "{file} 第 {line} 行有一个引号没有结束，其后的内容都会挤进一个单元格；请在文本编辑器中补上或删去这个引号后再试",
  csvNul: "{file} 第 {line} 行含有空字符（字节 0）：文件可能已损坏，或不是文本文件；请检查这一行后再试",
  needsBookAndStatement: "reconcile 需要用 --book 指定银行存款日记账文件、用 --statement 指定对账单文件",
  reconcileBalances: "日记账“{bookSheet}”余额 {book}；对账单“{statementSheet}”{bank}余额 {statement}",
  reconcileBank: "（{bank}）",
  reconcileAdjusted: "调节后余额：企业 {book}，银行 {statement}：{verdict}",
  reconcileBalanced: "相符",
  reconcileUnbalanced: "不符，差额 {difference}（企业 − 银行）",
  reconcileList: "{title}：{count} 笔，合计 {total}",
  bankReceivedNotBooked: "银行已收、企业未收",
  bankPaidNotBooked: "银行已付、企业未付",
  bookReceivedNotBank: "企业已收、银行未收",
  bookPaidNotBank: "企业已付、银行未付",
  reconcileItem: "  {where}  {date}  {amount}  {number} {summary}",
  reconcileRow: "第 {row} 行",
  reconcileCarriedRow: "上月未达账项“{sheet}”第 {row} 行",
  reconcileMatched: "已匹配 {matches} 组；待定 {ambiguous} 组（有多种可能，请人工核对）",
  reconcileAmbiguous: "  待定：日记账第 {book} 行 ↔ 对账单第 {statement} 行",
  reconcileCarriedFrom: "上月未达账项取自日记账文件中的“{sheet}”",
  reconcileNothingCarried:
    "没有结转上月未达账项，而日记账从期初余额记起：上月若有未达账项，请用 --carry 给出上月的调节表，或把上月的调节表保存在日记账所在的工作簿里",
} as const;

export type CliStringId = keyof typeof zhCN;

const enUS: Record<CliStringId, string> = {
  help: `cashbook — the Cashbook command line

Usage:
  cashbook words <amount> [--no-prefix]        print the canonical Chinese uppercase words
  cashbook words --check <amount> <words>      check figures against words: exit 0 agree, 1 disagree, 2 unusable input
  cashbook chequedate <YYYY-MM-DD>             print a cheque date in words
  cashbook check <file.xlsx|file.csv> [--sheet NAME] [--kind KIND] [--cash-limit AMOUNT] [--json]
                                               recognise each sheet's kind by its headers and check it
                                               (--cash-limit: the cash journal's 库存现金限额);
                                               exit 1 when there are errors, 2 when the input is unusable
  cashbook generate <kind> --out <file.xlsx> [--from <csv|xlsx>]… [--overwrite] [options]
                                               write a workbook of that kind (--from may be given more than
                                               once, as for cash and bank journals kept in separate files)

  cashbook reconcile --book <journal file> --statement <statement file> [--book-sheet NAME] [--statement-sheet NAME]
            [--book-balance AMOUNT] [--statement-balance AMOUNT] [--window DAYS] [--carry FILE]
            [--out FILE.xlsx] [--json]        bank reconciliation: exit 0 when the adjusted balances agree, 1 when
                                               not, 2 when an input is unusable
Kinds to check: {checkKinds}
Kinds to generate, with their options (FILE is .xlsx or .csv, AMOUNT an amount):{generateKinds}

Options:
  --lang zh-CN|en-US   language of the output (default from LANG; Chinese when unset)
  --debug              show the stack trace of a failure (or set CASHBOOK_DEBUG=1)
  --help               show this help`,
  unknownCommand: "Unknown command: {command}. Run cashbook --help for usage.",
  usage: "Usage error: {detail}. Run cashbook --help for usage.",
  needsAmount: "an amount is required",
  needsAmountAndWords: "--check needs an amount and the words",
  needsDate: "a date as YYYY-MM-DD is required",
  needsFile: "an .xlsx or .csv file is required",
  needsKind: "the kind to generate is required",
  needsOut: "--out names the file to write",
  agree: "agree",
  unknownKind: "Unknown kind: {kind}. Kinds: {kinds}",
  noSuchSheet: "The file has no sheet named “{sheet}”; it has: {sheets}",
  noKnownSheet: "No sheet's headers say what kind it is (kinds to check: {kinds}); name one with --kind",
  outExists: "{file} exists; add --overwrite to replace it",
  reading: "Reading {file} …",
  checking: "Checking “{sheet}” ({kind}) …",
  writing: "Writing {file} …",
  sheetSummary: "“{sheet}” ({kind}): {count:# problem|# problems}",
  sheetNearMiss: "“{sheet}”: its kind was not recognised, so it was not checked",
  sheetEmpty: "“{sheet}”: empty, not checked",
  sheetStatement:
    "“{sheet}”: a bank statement, not checked on its own; to reconcile it with the bank journal, use cashbook reconcile --book JOURNAL --statement STATEMENT",
  sheetOther: "“{sheet}”: not a sheet to check (its headers name no column of a journal or another kind), not checked",
  "kind-cash-journal": "cash journal",
  "kind-bank-journal": "bank deposit journal",
  "kind-amount-words": "amounts in words",
  "kind-payment-proof": "payment proof",
  "kind-expense-claim": "expense claim",
  "kind-travel-claim": "travel expense claim",
  "kind-advance": "advance request",
  "kind-reimburse-policy": "reimbursement policy",
  "kind-voucher": "vouchers",
  "kind-voucher-list": "voucher list",
  none: "(none yet)",
  outNotXlsx: "--out must name an .xlsx file, not “{file}”",
  outIsInput: "{file} is the file {option} reads, and the result cannot be written over it: give --out another name",
  outIsLink:
    "{file} is a symbolic link, and cashbook does not write where links point: give --out the path of the file itself",
  outIsFolder: "{file} is a folder: give --out the name of an .xlsx file in it",
  folderMissing: "The folder {folder} does not exist: create it, or choose another folder",
  noPermission:
    "{file} cannot be written: there is no permission, or the file is open in Excel or another program; close it, or choose another folder, and try again",
  readOnlyDisk: "{file} cannot be written: its disk is read-only; choose another folder",
  diskFull:
    "The disk is full, so {file} was not written (any file there before is unchanged): free some space and try again",
  writeFailed: "{file} could not be written ({reason}); any file there before is unchanged",
  unexpected:
    "Unexpected error: {reason}. This is a fault in cashbook: run again with --debug and send the output to its maintainers",
  csvUnclosedQuote:
    "A quote on line {line} of {file} is never closed, so everything after it would land in one cell: close or remove it in a text editor and try again",
  csvNul:
    "Line {line} of {file} holds a NUL character (byte 0): the file may be damaged or not text; check that line and try again",
  needsBookAndStatement: "reconcile needs the bank journal's file after --book and the statement's after --statement",
  reconcileBalances: "Journal “{bookSheet}” balance {book}; statement “{statementSheet}” {bank}balance {statement}",
  reconcileBank: "({bank}) ",
  reconcileAdjusted: "Adjusted balances: book {book}, bank {statement}: {verdict}",
  reconcileBalanced: "they agree",
  reconcileUnbalanced: "they differ by {difference} (book − bank)",
  reconcileList: "{title}: {count:# item|# items}, {total} in all",
  bankReceivedNotBooked: "Received by the bank, not yet in the journal",
  bankPaidNotBooked: "Paid by the bank, not yet in the journal",
  bookReceivedNotBank: "Received in the journal, not yet by the bank",
  bookPaidNotBank: "Paid in the journal, not yet by the bank",
  reconcileItem: "  {where}  {date}  {amount}  {number} {summary}",
  reconcileRow: "row {row}",
  reconcileCarriedRow: "row {row} of last month's “{sheet}”",
  reconcileMatched: "{matches:# match|# matches}; {ambiguous} ambiguous (more than one way to match: decide by hand)",
  reconcileAmbiguous: "  ambiguous: journal rows {book} ↔ statement rows {statement}",
  reconcileCarriedFrom: "Last month's outstanding items are carried from “{sheet}” in the journal's file",
  reconcileNothingCarried:
    "No outstanding items of last month were carried in, and the journal starts from an opening balance: if last month left items outstanding, give last month's reconciliation with --carry, or keep it in the journal's workbook",
};

const catalogs: Record<Locale, Record<CliStringId, string>> = { "zh-CN": zhCN, "en-US": enUS };

export type CliTranslate = (id: CliStringId, params?: Record<string, string | number>) => string;

/** A sheet kind's name in the output's language; a kind not named here (a newer job's) is shown by its id. */
export function kindLabel(translate: CliTranslate, kind: string): string {
  const id = `kind-${kind}`;
  return id in zhCN ? translate(id as CliStringId) : kind;
}

export function cliTranslator(locale: Locale): CliTranslate {
  return (id, params = {}) => fillTemplate(catalogs[locale][id], params);
}
