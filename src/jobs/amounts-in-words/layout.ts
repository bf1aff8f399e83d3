/** Where the words go: a block of one column beside the amounts, row for row. */
import type { CellValue, Grid, ValueBlock } from "../../core/grid";
import type { WordsForAmount } from "./model";

export function layoutWordsColumn(amounts: Grid, targetColumn: number, words: readonly WordsForAmount[]): ValueBlock {
  const values: CellValue[][] = amounts.values.map(() => [null]);
  for (const { row, words: text } of words) values[row] = [text];
  return { sheet: amounts.sheet, top: amounts.top, left: targetColumn, values };
}
