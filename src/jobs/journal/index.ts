/** The cash and bank journals as the shells use them. */
export type { JournalEntry, JournalKind, JournalSettings } from "./model";

// Generating a journal: from the command line's options, or from settings and entries the task pane gathers.
export { readJournalEntries, type EntriesRead } from "./entries";
export { bankJournalGenerator, cashJournalGenerator, DEFAULT_CHART_OF_ACCOUNTS, readYearToDate } from "./generate";
export { DEFAULT_ROWS_PER_PAGE, MIN_ROWS_PER_PAGE, journalPlan } from "./layout";

// Checking a journal sheet: its rows as read, every rule, and the sheet kinds of `cashbook check`.
export { bankJournalSheet, cashJournalSheet, checkJournal } from "./check";
export { findJournalHeader, readJournal, type JournalHeader, type ReadJournal } from "./read";
export { JOURNAL_RULES, validateJournal, type JournalRule, type JournalRuleSettings } from "./rules";
export { journalMessages } from "./messages";
