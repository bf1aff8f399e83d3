/** What every page's flows share: stopping between steps, saying what is selected, and the settings remembered. */
import type { Grid } from "../../core/grid";
import { blockAddress } from "../../core/grid";
import { HostError, type ReadOptions, type WorkbookHost } from "../../hosts/host";

/**
 * Ends the run with HostError "host-cancelled" when 停止 was pressed. Flows call it between their steps and before
 * they write, so that a stopped run has changed nothing, and a run past its write reports what it did.
 */
export function stopPoint(options: ReadOptions): void {
  if (options.signal?.aborted) throw new HostError("host-cancelled");
}

/** "Sheet1!A2:A8" for a selection as the host read it; the sheet alone for a selection with no cells in use. */
export function selectedAddress(grid: Grid): string {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 0;
  return rows > 0 && columns > 0 ? `${grid.sheet}!${blockAddress(grid.top, grid.left, rows, columns)}` : grid.sheet;
}

/** The workbook settings of these names that the workbook holds (host.readSettings): what a page starts from. */
export async function rememberedSettings<Name extends string>(
  host: WorkbookHost,
  names: readonly Name[],
): Promise<Partial<Record<Name, string>>> {
  const settings = await host.readSettings();
  const remembered: Partial<Record<Name, string>> = {};
  for (const name of names) if (settings[name] !== undefined) remembered[name] = settings[name];
  return remembered;
}
