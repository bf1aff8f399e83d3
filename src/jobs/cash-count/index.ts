/** The 现金盘点表 job as the shells use it. */
export { cashCountJob, cashCountSheets, countCash, countCashFrom, type CashCount } from "./job";
export { CASH_COUNT_CELLS } from "./layout";
export { parseCount, readCounts } from "./read";
export { cashDifference, countedFen } from "./rules";
export { parseCashCountSettings } from "./settings";
export { cashCountMessages } from "./messages";
export { DENOMINATIONS, OUTCOME_LABELS } from "./model";
export type { CashCountSettings, CashDifference, CountOutcome, Denomination } from "./model";
