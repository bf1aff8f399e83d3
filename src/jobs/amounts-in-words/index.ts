/** The 大写金额 job as the shells use it: plan the words for a column of amounts, or check figures against words. */
import type { Finding } from "../../core/findings";
import type { Grid, ValueBlock } from "../../core/grid";
import type { SheetKind } from "../../core/kinds";
import { labelledColumns, readAmountColumn, readFiguresAndWords, selectionColumns, type WordsColumns } from "./read";
import { checkFiguresAgainstWords, wordsForAmounts, type WordsOptions } from "./rules";
import { wordsColumnBlock } from "./layout";

export type { WordsOptions } from "./rules";

export interface WordsPlan {
  block: ValueBlock;
  findings: Finding[];
  /** How many cells get words. */
  written: number;
}

/** Words for the first column of `amounts`, to be written into `targetColumn` (0-based) on the same rows. */
export function planWordsColumn(amounts: Grid, targetColumn: number, options: WordsOptions): WordsPlan {
  const read = readAmountColumn(amounts);
  const { words, findings } = wordsForAmounts(read.records, amounts.sheet, options);
  return {
    block: wordsColumnBlock(amounts, targetColumn, words),
    findings: [...read.findings, ...findings],
    written: words.filter((w) => w.words !== null).length,
  };
}

function checkColumns(grid: Grid, columns: WordsColumns): { findings: Finding[]; checked: number } {
  const read = readFiguresAndWords(grid, columns);
  return {
    findings: [...read.findings, ...checkFiguresAgainstWords(read.records, grid.sheet)],
    checked: read.records.length,
  };
}

/** 大小写金额相符 for a selection whose first column is figures and last column is words. */
export function checkWordsColumns(grid: Grid): { findings: Finding[]; checked: number } {
  return checkColumns(grid, selectionColumns(grid));
}

/**
 * The sheet kind "amount-words" of `cashbook check`: any sheet whose header row has a 小写 (or 金额) column and a
 * 大写 column, such as a list of payments or reimbursements; each row's words are checked against its figures.
 */
export const amountWordsSheet: SheetKind = {
  kind: "amount-words",
  recognises: (grid) => labelledColumns(grid) !== null,
  check: (grid) => {
    const columns = labelledColumns(grid);
    return columns ? checkColumns(grid, columns).findings : [];
  },
};
export { amountsInWordsMessages } from "./messages";
