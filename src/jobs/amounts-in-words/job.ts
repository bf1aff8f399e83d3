/**
 * The 大写金额 job's pipelines: words for a column of amounts (read → rules → layout), and 大小写金额相符 for a
 * selection or a labelled sheet (read → rules). The shells reach them through index.ts.
 */
import type { Finding } from "../../core/findings";
import type { Grid, ValueBlock } from "../../core/grid";
import type { SheetKind } from "../../core/kinds";
import { layoutWordsColumn } from "./layout";
import type { WordsColumns, WordsSettings } from "./model";
import { labelledColumns, readAmountColumn, readFiguresAndWords, selectionColumns } from "./read";
import { checkFiguresAgainstWords, wordsForAmounts } from "./rules";

export interface WordsColumn {
  block: ValueBlock;
  findings: Finding[];
  /** How many cells get words. */
  written: number;
}

/** Words for the first column of `amounts`, to be written into `targetColumn` (0-based) on the same rows. */
export function wordsColumn(amounts: Grid, targetColumn: number, settings: Pick<WordsSettings, "prefix">): WordsColumn {
  const read = readAmountColumn(amounts);
  const { words, findings } = wordsForAmounts(read.records, amounts.sheet, settings);
  return {
    block: layoutWordsColumn(amounts, targetColumn, words),
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

export const amountsInWordsJob = {
  id: "amounts-in-words",
  sheetKinds: [amountWordsSheet],
  generators: [],
} as const;
