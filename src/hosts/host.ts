/**
 * What a shell needs from a workbook, whoever holds it: Excel through Office.js, or the memory host the browser
 * harness and tests use. Hosts move cells; they know nothing of accounting.
 */
import type { Grid, ValueBlock } from "../core/grid";
import type { MessageId, MessageParams } from "../core/messages";

export interface WorkbookHost {
  /** The selected block of cells (one area). */
  readSelection(): Promise<Grid>;
  /** A block such as "D2:D40" on a named sheet. */
  readBlock(sheet: string, address: string): Promise<Grid>;
  /** Writes values as values (text that looks like a formula stays text); null leaves a cell unchanged. */
  writeBlock(block: ValueBlock): Promise<void>;
  /** Activates the sheet and selects the cell, so that the accountant sees what a finding is about. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** A problem the user can fix in the workbook (two areas selected, a sheet renamed), with catalog text. */
export class HostError extends Error {
  constructor(
    readonly id: MessageId,
    readonly params: MessageParams = {},
  ) {
    super(id);
    this.name = "HostError";
  }
}
