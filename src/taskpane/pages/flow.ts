/** What every page's flows share: stopping between steps, saying what is selected, and the settings remembered. */
import type { Grid } from "../../core/grid";
import { blockAddress } from "../../core/grid";
import { HostError, type ReadOptions, type WorkbookHost } from "../../hosts/host";
import { journalJob } from "../../jobs/journal";

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

/** Where a sheet's title and header are looked for: the top rows and columns of each sheet's used range. */
export const SHEET_TOP = { rows: 30, columns: 26 };

/** Whether the top of a sheet is a cash or bank journal's, by the journal's own sheet kinds. */
export function isJournal(top: Grid): boolean {
  return journalJob.sheetKinds.some((kind) => kind.recognises(top));
}

/** What reading several sheets reports: sheets read so far, of how many. */
export interface SheetsReadOptions extends ReadOptions {
  onSheets?: (sheetsRead: number, sheetsTotal: number) => void;
}

/**
 * The sheets an action works on, each read whole in blocks, in sheet order. The top of every sheet is read first
 * (a couple of syncs) and `pick` chooses from those tops by their titles and headers, so that a cash count does not
 * read a year of bank journals, nor a review of forms the journals beside them.
 */
export async function readPickedSheets(
  host: WorkbookHost,
  pick: (tops: Grid[]) => Grid[],
  options: SheetsReadOptions,
): Promise<Grid[]> {
  stopPoint(options);
  const picked = pick(await host.readSheetTops(SHEET_TOP));
  const grids: Grid[] = [];
  for (const [index, { sheet }] of picked.entries()) {
    stopPoint(options);
    options.onSheets?.(index, picked.length);
    grids.push(await host.readUsedRange(sheet, { signal: options.signal }));
  }
  options.onSheets?.(picked.length, picked.length);
  return grids;
}

/**
 * The workbook as a report takes it: the top of every sheet, with the sheets `needed` names by those tops read whole
 * in their places. The tops say which sheets look like journals but are not recognised, as the whole sheets would.
 */
export async function readTopsWithSheets(
  host: WorkbookHost,
  needed: (tops: readonly Grid[]) => string[],
  options: SheetsReadOptions,
): Promise<Grid[]> {
  let tops: Grid[] = [];
  const pick = (all: Grid[]) => {
    tops = all;
    const names = new Set(needed(all));
    return all.filter((top) => names.has(top.sheet));
  };
  const whole = new Map((await readPickedSheets(host, pick, options)).map((grid) => [grid.sheet, grid]));
  return tops.map((top) => whole.get(top.sheet) ?? top);
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
