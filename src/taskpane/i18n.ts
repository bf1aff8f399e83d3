/**
 * The task pane's own strings (labels, buttons, status lines) in zh-CN and en-US. What the rules say about cells
 * comes from src/core/messages.ts; this is only the pane's furniture. Placeholders are `{name}`.
 */
import { createContext, useContext } from "react";
import type { Locale } from "../core/messages";
import { fillTemplate } from "../core/template";

const zhCN = {
  appTitle: "出纳助手",
  homeIntro: "选择一项工作。所有计算都在本工作簿内完成，数据不会离开 Excel。",
  back: "返回",
  jobWordsTitle: "大写金额",
  jobWordsSummary: "把选中的金额写成中文大写，或核对大小写金额是否相符。",
  writeSection: "写入大写金额",
  writeHelp: "选中一列金额（可以带标题行），大写金额写到同一行的另一列。",
  targetLabel: "写入到",
  targetRight: "右侧相邻列",
  targetColumn: "指定列",
  targetColumnLabel: "列字母",
  prefixLabel: "前面加“人民币”",
  writeButton: "写入大写",
  confirmOverwrite: "{cells} 已有内容（共 {count} 个单元格）。覆盖这些单元格吗？",
  overwriteButton: "覆盖",
  cancelButton: "取消",
  written: "已在 {address} 写入 {count} 个大写金额。",
  selectionTooWide: "请只选择一列金额。",
  columnInsideSelection: "大写不能写进金额所在的列，请选另一列。",
  checkSection: "核对大小写金额",
  checkHelp: "选中两列：左列是小写金额，右列是大写金额。",
  checkButton: "核对所选区域",
  checkNeedsTwoColumns: "请选中至少两列：左列小写金额，右列大写金额。",
  checkedClean: "已核对 {count} 行，大小写全部相符。",
  checkedWithFindings: "已核对 {count} 行，发现 {findings} 处问题。",
  findingsTitle: "问题",
  findingsHint: "点击一行即可在表格中选中该单元格。",
  highlightButton: "在表中标出",
  clearHighlightsButton: "清除标记",
  moreFindings: "另有 {count} 个问题未列出（只列出前 {shown} 个；“在表中标出”会标出全部）。",
  jobJournalTitle: "日记账",
  jobJournalSummary: "生成现金日记账、银行存款日记账（日清月结、过次页承前页），并检查已有的日记账。",
  generateSection: "生成日记账",
  journalKindLabel: "日记账",
  journalKindCash: "现金日记账",
  journalKindBank: "银行存款日记账",
  unitLabel: "单位名称",
  accountLabel: "账户",
  accountHintBank: "开户行及账号，例如 工商银行 1234****9876",
  monthLabel: "月份",
  openingLabel: "期初余额",
  carriedFromLastYearLabel: "上年结转（年初第一个月）",
  ytdReceiptsLabel: "本年累计收入（至上月末）",
  ytdPaymentsLabel: "本年累计支出（至上月末）",
  yearToDateHint: "年中开始记账时填写：日记账在期初余额下带入本年累计，此后每月结出本年累计。",
  rowsPerPageLabel: "每页行数",
  sourceLabel: "分录",
  sourceEmpty: "空白月份，手工登记",
  sourceSelection: "选中区域里的分录（带表头：日期、凭证字号、摘要、收入、支出…）",
  generateButton: "生成",
  generated: "已生成工作表“{sheet}”，登记 {entries} 笔分录。",
  monthInvalid: "请填写月份，例如 2026-01。",
  closeDayHelp: "日清：在日记账里选中当天最后一笔分录所在的行，插入带公式的本日合计。",
  closeDayButton: "在选中行下插入本日合计",
  dayClosed: "已在“{sheet}”的 {address} 插入本日合计。",
  checkJournalSection: "检查日记账",
  checkJournalHelp: "按表头识别日记账各列，检查余额、日合计、月合计、过次页、日期顺序、凭证号等。",
  sheetLabel: "工作表",
  cashLimitLabel: "库存现金限额（可不填）",
  checkJournalButton: "检查",
  cancelButtonShort: "停止",
  readingProgress: "已读取 {read} / {total} 行",
  journalChecked: "已检查 {rows} 行，发现 {findings} 个问题。",
  journalClean: "已检查 {rows} 行，没有发现问题。",
  reportsSection: "现金盘点表与资金日报表",
  reportsHelp: "按本工作簿里的现金日记账、银行存款日记账编制；单位名称取上面填写的。",
  countDateLabel: "盘点日期",
  cashCountButton: "生成现金盘点表",
  reportPeriodLabel: "日报日期或月份",
  reportPeriodHint: "2026-01-15 为一天，2026-01 为整月每一天",
  fundsReportButton: "生成资金日报表",
  reportGenerated: "已生成工作表“{sheet}”。",
  balanceChartTitle: "本月各账户每日余额",
  busy: "处理中…",
  unexpectedError: "出错了：{message}",
} as const;

export type UiStringId = keyof typeof zhCN;

const enUS: Record<UiStringId, string> = {
  appTitle: "Cashbook",
  homeIntro: "Choose a job. Everything is computed inside this workbook; no data leaves Excel.",
  back: "Back",
  jobWordsTitle: "Amounts in words",
  jobWordsSummary: "Write selected amounts in Chinese uppercase words, or check that figures and words agree.",
  writeSection: "Write amounts in words",
  writeHelp: "Select one column of amounts (a header row is fine); the words go into another column on the same rows.",
  targetLabel: "Write into",
  targetRight: "The column to the right",
  targetColumn: "A column I choose",
  targetColumnLabel: "Column letter",
  prefixLabel: "Start with 人民币",
  writeButton: "Write words",
  confirmOverwrite: "{cells} already hold something ({count} cells in all). Overwrite them?",
  overwriteButton: "Overwrite",
  cancelButton: "Cancel",
  written: "Wrote {count} amounts in words into {address}.",
  selectionTooWide: "Select a single column of amounts.",
  columnInsideSelection: "The words cannot go into the amounts' own column; choose another column.",
  checkSection: "Check figures against words",
  checkHelp: "Select two columns: figures on the left, words on the right.",
  checkButton: "Check the selection",
  checkNeedsTwoColumns: "Select at least two columns: figures on the left, words on the right.",
  checkedClean: "Checked {count} rows: figures and words all agree.",
  checkedWithFindings: "Checked {count} rows: {findings} problems found.",
  findingsTitle: "Problems",
  findingsHint: "Click a row to select that cell in the sheet.",
  highlightButton: "Mark in the sheet",
  clearHighlightsButton: "Clear marks",
  moreFindings: "{count} more problems are not listed (the first {shown} are; “Mark in the sheet” marks them all).",
  jobJournalTitle: "Journals",
  jobJournalSummary:
    "Generate cash and bank deposit journals (daily and monthly closing, page carries) and check existing ones.",
  generateSection: "Generate a journal",
  journalKindLabel: "Journal",
  journalKindCash: "Cash journal (现金日记账)",
  journalKindBank: "Bank deposit journal (银行存款日记账)",
  unitLabel: "Unit name",
  accountLabel: "Account",
  accountHintBank: "Bank and account number, such as 工商银行 1234****9876",
  monthLabel: "Month",
  openingLabel: "Opening balance",
  carriedFromLastYearLabel: "Carried from last year (first month of the year)",
  ytdReceiptsLabel: "Year-to-date receipts (to last month)",
  ytdPaymentsLabel: "Year-to-date payments (to last month)",
  yearToDateHint:
    "For a journal started mid-year: it brings the year to date in under the opening balance and closes every month with 本年累计.",
  rowsPerPageLabel: "Rows per page",
  sourceLabel: "Entries",
  sourceEmpty: "An empty month, to fill by hand",
  sourceSelection: "The entries in the selection (with headers: date, voucher, summary, receipts, payments…)",
  generateButton: "Generate",
  generated: "Generated the sheet “{sheet}” with {entries} entries.",
  monthInvalid: "Enter the month, such as 2026-01.",
  closeDayHelp:
    "Closing the day: select the row of the day's last entry in the journal to insert its day total (本日合计), with formulas.",
  closeDayButton: "Insert the day total below the selected row",
  dayClosed: "Inserted the day total at {address} of “{sheet}”.",
  checkJournalSection: "Check a journal",
  checkJournalHelp:
    "Finds the journal's columns by their headers, then checks balances, day and month totals, page carries, date order, voucher numbers and more.",
  sheetLabel: "Sheet",
  cashLimitLabel: "Cash limit (optional)",
  checkJournalButton: "Check",
  cancelButtonShort: "Stop",
  readingProgress: "Read {read} of {total} rows",
  journalChecked: "Checked {rows} rows: {findings} problems found.",
  journalClean: "Checked {rows} rows: no problems found.",
  reportsSection: "Cash count and daily funds report",
  reportsHelp: "Made from the cash and bank deposit journals in this workbook, with the unit name given above.",
  countDateLabel: "Day of the count",
  cashCountButton: "Generate the cash count (现金盘点表)",
  reportPeriodLabel: "Day or month of the report",
  reportPeriodHint: "2026-01-15 for one day, 2026-01 for each day of the month",
  fundsReportButton: "Generate the daily funds report (资金日报表)",
  reportGenerated: "Generated the sheet “{sheet}”.",
  balanceChartTitle: "Each account's closing balance, day by day",
  busy: "Working…",
  unexpectedError: "Something went wrong: {message}",
};

export const uiCatalogs: Record<Locale, Record<UiStringId, string>> = { "zh-CN": zhCN, "en-US": enUS };

export type Translate = (id: UiStringId, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalog = uiCatalogs[locale];
  return (id, params = {}) => fillTemplate(catalog[id], params);
}

export const LocaleContext = createContext<Locale>("zh-CN");

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useTranslate(): Translate {
  return translator(useLocale());
}
