/** The 大写金额 job's records: amounts to write in words, and pairs of figures and words to check. Types and data. */
import type { Aliases } from "../../core/header";

export interface AmountCell {
  /** Row index within the grid. */
  row: number;
  address: string;
  /** Integer 分; null when the cell is blank. */
  fen: number | null;
}

export interface FiguresAndWords {
  row: number;
  figuresCell: string;
  wordsCell: string;
  fen: number | null;
  words: string;
}

/** Where a grid keeps its figures and words: column indexes within the grid, and the first row of data. */
export interface WordsColumns {
  figures: number;
  words: number;
  firstRow: number;
}

/**
 * The header labels of a sheet of figures and words (a list of payments or reimbursements). 金额(大写) is listed
 * for the words so that it is not read as 金额 with a note.
 */
export const WORDS_HEADER_ALIASES: Aliases<"figures" | "words"> = {
  figures: ["小写", "小写金额", "金额", "金额(小写)", "amount", "amount in figures", "figures"],
  words: ["大写", "大写金额", "金额(大写)", "amount in words", "words"],
};

export interface WordsSettings {
  /** Write 人民币 immediately before the amount (the default), or leave it to a pre-printed form. */
  prefix: boolean;
  /** Where the words go: the column right of the amounts, or a column by index (0 = A). */
  target: { kind: "right" } | { kind: "column"; column: number };
}

export interface WordsForAmount {
  row: number;
  /** null where there is nothing to write: a blank amount, or one that cannot be written (see findings). */
  words: string | null;
}
