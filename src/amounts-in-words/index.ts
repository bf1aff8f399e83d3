/** The 大写金额 job as the shells use it: plan the words for a column of amounts, or check figures against words. */
import type { Finding } from "../core/findings";
import type { Grid, ValueBlock } from "../core/grid";
import { readAmountColumn, readFiguresAndWords } from "./read";
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

/** 大小写金额相符 for a selection whose first column is figures and last column is words. */
export function checkWordsColumns(grid: Grid): { findings: Finding[]; checked: number } {
  const read = readFiguresAndWords(grid);
  return {
    findings: [...read.findings, ...checkFiguresAgainstWords(read.records, grid.sheet)],
    checked: read.records.length,
  };
}
