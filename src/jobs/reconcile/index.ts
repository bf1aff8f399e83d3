/** Bank reconciliation as the shells use it. */
export {
  carriedMonthOf,
  carriedSheets,
  readSides,
  reconcileJob,
  reconcileSides,
  reconcileSources,
  type CarrySource,
  type Reconciled,
  type ReconcileSources,
  type SidesRead,
} from "./job";
export {
  layoutClearedMarks,
  layoutMatchRecord,
  layoutReconciliation,
  AGREES_TEXT,
  DISAGREES_TEXT,
  type ReconciliationCells,
} from "./layout";
export {
  CARRIED_TOP_COLUMNS,
  CARRIED_TOP_ROWS,
  carriedMonth,
  carriedSheetMonth,
  findStatementHeader,
  isBankStatement,
  flowOfFlag,
  latestIndex,
  readBook,
  readCarried,
  readStatement,
  secondsOfDay,
  type BookRead,
  type CarriedRead,
  type StatementRead,
} from "./read";
export {
  latestDate,
  longOutstanding,
  matchItems,
  outstandingItems,
  reconcileDifference,
  reconciliation,
  subsetsSummingTo,
} from "./rules";
export { parseReconcileSettings } from "./settings";
export { reconcileMessages } from "./messages";
export {
  BANK_PROFILES,
  DEFAULT_WINDOW_DAYS,
  OUTSTANDING_LISTS,
  type BookEntry,
  type Flow,
  type Item,
  type Match,
  type MatchResult,
  type MatchSettings,
  type OutstandingItems,
  type OutstandingList,
  type Reconciliation,
  type ReconcileSettings,
  type StatementLine,
} from "./model";
export {
  matchByHand,
  reviewedReconciliation,
  reviewedMarks,
  reviewedResult,
  startReview,
  unmatch,
  MANUAL_RULE_LABEL,
  type ManualOutcome,
  type ManualRefusal,
  type Review,
  type Reviewed,
} from "./review";
export {
  checkMapping,
  headerGuess,
  mappedStatement,
  MAPPED_COLUMNS,
  type MappedColumn,
  type MappingRefusal,
  type StatementMapping,
} from "./mapping";
