/** Where the words go: a block of one column beside the amounts, row for row. */
import { cellAddress, isBlank, type CellValue, type Grid, type ValueBlock } from "../core/grid";
import type { WordsForAmount } from "./rules";

export function wordsColumnBlock(amounts: Grid, targetColumn: number, words: readonly WordsForAmount[]): ValueBlock {
  const values: CellValue[][] = amounts.values.map(() => [null]);
  for (const { row, words: text } of words) values[row] = [text];
  return { sheet: amounts.sheet, top: amounts.top, left: targetColumn, values };
}

/** Cells the block would change that already hold something else: the accountant's data, never overwritten unasked. */
export function occupiedCells(block: ValueBlock, current: Grid): string[] {
  const occupied: string[] = [];
  block.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const existing = current.values[r]?.[c];
      if (value !== null && !isBlank(existing) && existing !== value) {
        occupied.push(cellAddress(block.top + r, block.left + c));
      }
    }),
  );
  return occupied;
}
