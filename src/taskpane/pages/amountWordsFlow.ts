/**
 * The 大写金额 page's two actions as plain async functions over a WorkbookHost, so that the host tests can count
 * the round trips of exactly what the pane does: writing words is read the selection, then one write that first
 * reads its target to protect what is there (three syncs whatever the row count); checking is one read.
 */
import { checkWordsColumns, planWordsColumn, type WordsOptions } from "../../jobs/amounts-in-words";
import type { Finding } from "../../core/findings";
import { columnIndex, valueBlockAddress } from "../../core/grid";
import { HostError, type WorkbookHost } from "../../hosts/host";
import type { UiStringId } from "../i18n";

export type WordsTarget = { kind: "right" } | { kind: "column"; letters: string };

export type WriteWordsOutcome =
  | { kind: "refused"; reason: UiStringId }
  | { kind: "needs-confirmation"; occupied: string[] }
  | { kind: "written"; address: string; count: number; findings: Finding[] };

export async function writeWordsForSelection(
  host: WorkbookHost,
  target: WordsTarget,
  options: WordsOptions & { overwrite: boolean },
): Promise<WriteWordsOutcome> {
  const amounts = await host.readSelection();
  if ((amounts.values[0]?.length ?? 0) !== 1) return { kind: "refused", reason: "selectionTooWide" };
  const targetColumn = target.kind === "right" ? amounts.left + 1 : columnIndex(target.letters.trim());
  if (targetColumn === null) return { kind: "refused", reason: "columnInvalid" };
  if (targetColumn === amounts.left) return { kind: "refused", reason: "columnInsideSelection" };
  const plan = planWordsColumn(amounts, targetColumn, options);
  try {
    await host.writeBlock(plan.block, { overwrite: options.overwrite });
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
