/**
 * A Finding is one problem a user can cause, pinned to a cell. The text is not stored here: `rule` is a message
 * id of the catalogs (the core's and each job's messages.ts), so the same finding reads correctly in zh-CN and in en-US.
 */
import { coreMessages, formatFrom, type Locale, type MessageId, type MessageParams } from "./messages";
import type { Problem } from "./result";

export type Severity = "error" | "warning" | "info";

/**
 * A severity as people read it (错误 / 警告 / 提示, Error / Warning / Note): in the command line's lines, the pane's
 * list and the sheets a job writes alike. `cashbook check --json` keeps the ids.
 */
export function severityName(severity: Severity, locale: Locale): string {
  return formatFrom(coreMessages, locale, `severity-${severity}`);
}

export interface Finding {
  rule: MessageId;
  severity: Severity;
  /** Sheet name as the host gave it; empty for a lone value (a custom function argument, a CLI argument). */
  sheet: string;
  /** A1 address without the sheet name, such as "F7"; empty when the finding is not about one cell. */
  cell: string;
  params: MessageParams;
}

export function findingFromProblem(
  problem: Problem,
  sheet: string,
  cell: string,
  severity: Severity = "error",
): Finding {
  return { rule: problem.id, severity, sheet, cell, params: problem.params };
}
