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

/** Each of `sheets` read whole in blocks, in the order given, saying how many are read so far (of `total`). */
async function readWholeSheets(
  host: WorkbookHost,
  sheets: readonly string[],
  options: SheetsReadOptions,
  done = 0,
  total = sheets.length,
): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const [index, sheet] of sheets.entries()) {
    stopPoint(options);
    options.onSheets?.(done + index, total);
    grids.push(await host.readUsedRange(sheet, { signal: options.signal }));
  }
  return grids;
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
  const picked = pick(await host.readSheetTops(SHEET_TOP)).map(({ sheet }) => sheet);
  const grids = await readWholeSheets(host, picked, options);
  options.onSheets?.(picked.length, picked.length);
  return grids;
}

/**
 * The workbook as a report takes it: the top of every sheet, with the sheets `needed` names read whole in their
 * places. `needed` is asked again of what has been read until it names no sheet more: a sheet read whole may show a
 * month its top did not (its first entry below the top), and so need the sheet of the month before it too. The
 * report is then made from what the command line's whole workbook would give it. The tops say which sheets look
 * like journals but are not recognised, as the whole sheets would.
 */
export async function readTopsWithSheets(
  host: WorkbookHost,
  needed: (sheets: readonly Grid[]) => string[],
  options: SheetsReadOptions,
): Promise<Grid[]> {
  stopPoint(options);
  const tops = await host.readSheetTops(SHEET_TOP);
  const whole = new Map<string, Grid>();
  let sheets: Grid[] = tops;
  for (;;) {
    const more = needed(sheets).filter((sheet) => !whole.has(sheet));
    if (more.length === 0) break;
    const total = whole.size + more.length;
    const read = await readWholeSheets(host, more, options, whole.size, total);
    for (const grid of read) whole.set(grid.sheet, grid);
    sheets = tops.map((top) => whole.get(top.sheet) ?? top);
  }
  options.onSheets?.(whole.size, whole.size);
  return sheets;
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
