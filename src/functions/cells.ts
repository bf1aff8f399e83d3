/**
 * Custom functions take single cells or ranges and answer one result per cell, so that =CASHBOOK.RMB(C2:C100)
 * spills a column. These helpers walk the argument matrices; a problem stays attached to its own cell instead
 * of failing the whole range.
 */
import type { Problem, Result } from "../core/result";

export type CellAnswer<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Thrown when two range arguments do not line up: the whole call is #VALUE!. */
export class ShapeMismatch extends Error {
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`${left} ≠ ${right}`);
  }
}

const shapeOf = (matrix: readonly (readonly unknown[])[]) => `${matrix.length}×${matrix[0]?.length ?? 0}`;

export function mapCells<T>(
  matrix: readonly (readonly unknown[])[],
  answer: (value: unknown) => Result<T>,
): CellAnswer<T>[][] {
  return matrix.map((row) => row.map(answer));
}

/** Pairs cells of two ranges of the same shape; a single cell pairs with every cell of the other range. */
export function zipCells<T>(
  left: readonly (readonly unknown[])[],
  right: readonly (readonly unknown[])[],
  answer: (a: unknown, b: unknown) => Result<T>,
): CellAnswer<T>[][] {
  const single = (m: readonly (readonly unknown[])[]) => m.length === 1 && m[0]?.length === 1;
  if (single(right)) return left.map((row) => row.map((a) => answer(a, right[0]![0])));
  if (single(left)) return right.map((row) => row.map((b) => answer(left[0]![0], b)));
  if (shapeOf(left) !== shapeOf(right)) throw new ShapeMismatch(shapeOf(left), shapeOf(right));
  return left.map((row, r) => row.map((a, c) => answer(a, right[r]![c])));
}
