/** The 大写金额 job as the shells use it: words for a column of amounts, or figures checked against words. */
export { amountsInWordsJob, checkWordsColumns, wordsColumn, type WordsColumn } from "./job";
export { parseWordsSettings } from "./settings";
export { amountsInWordsMessages } from "./messages";
export type { WordsSettings } from "./model";
