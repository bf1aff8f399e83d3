/**
 * A value or the reason there is none. Rules return Results instead of throwing, so that a messy cell
 * becomes a Finding on that cell and never an exception that stops a whole sheet.
 */
import type { MessageId, MessageParams } from "./messages";

/** Why something could not be done: a catalog message id and its parameters (text is chosen at the edge). */
export interface Problem {
  id: MessageId;
  params: MessageParams;
  /**
   * The settings field the problem is about ("month", "opening"), where it is one: the pane shows the message on
   * that field, the command line names the option.
   */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(id: MessageId, params: MessageParams = {}): Result<T> {
  return { ok: false, problem: { id, params } };
}

/** The same failure, or success, with the failure put on a settings field. */
export function onField<T>(field: string, result: Result<T>): Result<T> {
  return result.ok ? result : { ok: false, problem: { ...result.problem, field } };
}
