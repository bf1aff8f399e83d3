/**
 * The 大写金额 page's two actions as plain async functions over a WorkbookHost, so that the host tests can count
 * the round trips of exactly what the pane does: writing words is read the selection, then one write that first
 * reads its target to protect what is there (three syncs whatever the row count); checking is one read.
 */
import { checkWordsColumns, parseWordsSettings, wordsColumn } from "../../jobs/amounts-in-words";
import type { Finding } from "../../core/findings";
import { valueBlockAddress } from "../../core/grid";
import type { Problem } from "../../core/result";
import { HostError, type ReadOptions, type WorkbookHost } from "../../hosts/host";
import type { UiStringId } from "../i18n";
import { selectedAddress, stopPoint } from "./flow";

/** What the selection holds, for the page to show and to say why a button cannot be used yet. */
export interface SelectionSummary {
  /** "Sheet1!A2:A8" */
  address: string;
  columns: number;
  /** Cells of the first column the job reads as amounts: those that would get words. */
  amounts: number;
}

export async function describeSelection(host: WorkbookHost): Promise<SelectionSummary> {
  const grid = await host.readSelection();
  const columns = grid.values[0]?.length ?? 0;
  const amounts = columns > 0 ? wordsColumn(grid, grid.left + columns, { prefix: true }).written : 0;
  return { address: selectedAddress(grid), columns, amounts };
}

export type WriteWordsOutcome =
  | { kind: "refused"; reason: UiStringId; findings?: Finding[] }
  | { kind: "problem"; problem: Problem }
  | { kind: "needs-confirmation"; occupied: string[] }
  | { kind: "written"; address: string; count: number; findings: Finding[] };

/**
 * `fields` are the job's settings fields: `prefix` (yes / no) and `column`, the target column's letters (absent: the
 * column right of the amounts).
 */
export async function writeWordsForSelection(
  host: WorkbookHost,
  fields: { prefix: string; column?: string },
  overwrite: boolean,
  options: ReadOptions = {},
): Promise<WriteWordsOutcome> {
  const settings = parseWordsSettings(fields);
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const amounts = await host.readSelection();
  if ((amounts.values[0]?.length ?? 0) !== 1) return { kind: "refused", reason: "selectionTooWide" };
  const { target } = settings.value;
  const targetColumn = target.kind === "right" ? amounts.left + 1 : target.column;
  if (targetColumn === amounts.left) return { kind: "refused", reason: "columnInsideSelection" };
  const plan = wordsColumn(amounts, targetColumn, settings.value);
  // Nothing to write is said as such, never as a success with 0 amounts written.
  if (plan.written === 0) return { kind: "refused", reason: "selectionHasNoAmounts", findings: plan.findings };
  stopPoint(options);
  try {
    await host.writeBlock(plan.block, { overwrite });
  } catch (error) {
    if (error instanceof HostError && error.id === "host-range-not-empty") {
      return { kind: "needs-confirmation", occupied: [...error.cells] };
    }
    throw error;
  }
  return { kind: "written", address: valueBlockAddress(plan.block), count: plan.written, findings: plan.findings };
}

export type CheckWordsOutcome =
  { kind: "refused"; reason: UiStringId } | { kind: "checked"; count: number; findings: Finding[] };

export async function checkWordsInSelection(host: WorkbookHost): Promise<CheckWordsOutcome> {
  const grid = await host.readSelection();
  if ((grid.values[0]?.length ?? 0) < 2) return { kind: "refused", reason: "checkNeedsTwoColumns" };
  const { findings, checked } = checkWordsColumns(grid);
  return { kind: "checked", count: checked, findings };
}
