/**
 * A value or the reason there is none. Rules return Results instead of throwing, so that a messy cell
 * becomes a Finding on that cell and never an exception that stops a whole sheet.
 */
import type { MessageId, MessageParams } from "./messages";

/** Why something could not be done: a catalog message id and its parameters (text is chosen at the edge). */
export interface Problem {
  id: MessageId;
  params: MessageParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(id: MessageId, params: MessageParams = {}): Result<T> {
  return { ok: false, problem: { id, params } };
}
