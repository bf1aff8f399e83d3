/** The cash and bank journals as the shells and other jobs use them. */
export {
  journalJob,
  checkJournal,
  generateJournal,
  journalSheetKinds,
  journalsForReports,
  reportSheets,
  type ReportScope,
} from "./job";
export {
  balanceFormulaAt,
  balanceFormulaRows,
  dayTotalBelow,
  type BalanceFormula,
  type ClosingRowInsert,
} from "./closing";
export { readJournalEntries, type EntriesRead } from "./entries";
export { journalExtent, layoutJournal } from "./layout";
export { findJournalHeader, readJournal, type JournalHeader, type ReadJournal } from "./read";
export { accountOfSheetName, nameWithoutMonth, readJournals } from "./months";
export { RULES, applyRules, type JournalRule, type JournalRuleSettings } from "./rules";
export { checkBalancesAndTotals } from "./rules/balances";
export {
  parseJournalCheckSettings,
  parseJournalSettings,
  settleJournal,
  type JournalCheckSettings,
  type JournalOptions,
} from "./settings";
export { journalMessages } from "./messages";
export {
  DEFAULT_ROWS_PER_PAGE,
  MAX_ROWS_PER_PAGE,
  MIN_ROWS_PER_PAGE,
  type AccountJournal,
  type JournalEntry,
  type JournalKind,
  type JournalSettings,
} from "./model";
export type { JournalRows } from "./rows";
