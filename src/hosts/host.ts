/**
 * What a shell needs from a workbook, whoever holds it: Excel through Office.js, or the memory host the browser
 * harness and tests use. Hosts move cells; they know nothing of accounting.
 */
import type { Finding } from "../core/findings";
import type { Grid, ValueBlock } from "../core/grid";
import type { MessageId, MessageParams } from "../core/messages";
import type { PlanBlock, RangeFormat, SheetPlan } from "../core/plan";

export interface ReadOptions {
  /** Called after each block of rows with how many rows are read so far and how many there are. */
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Checked between blocks; an aborted read ends with HostError "host-cancelled". */
  signal?: AbortSignal;
  /**
   * The cells as they hold them, a formula as its text from its "=" (Excel's Range.formulas: a cell without a
   * formula gives its value), instead of what they show. Telling a typed figure from a formula needs it.
   */
  formulas?: boolean;
}

export interface WorkbookHost {
  /** The names of the workbook's sheets, in order. */
  listSheets(): Promise<string[]>;
  /** The selected block of cells (one area). */
  readSelection(): Promise<Grid>;
  /** A block such as "D2:D40" on a named sheet; with `formulas`, as its cells hold it (see ReadOptions). */
  readBlock(sheet: string, address: string, options?: Pick<ReadOptions, "formulas">): Promise<Grid>;
  /** Everything used on a sheet, from its first used cell. */
  readUsedRange(sheet: string, options?: ReadOptions): Promise<Grid>;
  /**
   * The first `rows` rows of each sheet's used range, at most `columns` wide, of `sheets` or else of every sheet in
   * sheet order: enough to tell what a sheet is (its title, its header, its dates) and so which sheets an action must
   * read whole. A few syncs (the Excel host: one more each 80 tops of 30×26). A sheet with nothing in it gives a grid
   * without rows; a sheet used beyond the top, a grid marked topOnly.
   */
  readSheetTops(size: { rows: number; columns: number }, sheets?: readonly string[]): Promise<Grid[]>;
  /** A named table, header row included. */
  readTable(name: string, options?: ReadOptions): Promise<Grid>;
  /**
   * Writes values as values (text that looks like a formula stays text); null leaves a cell unchanged. Without
   * `overwrite`, a block that would change a non-empty cell is refused (HostError "host-range-not-empty", whose
   * `cells` name them) and nothing is written.
   */
  writeBlock(block: ValueBlock, options: { overwrite: boolean }): Promise<void>;
  /**
   * Inserts whole rows at the block's row, moving the rows below down (Excel adjusts the formulas that refer to
   * them), and writes the block there as a plan writes it: values as values, formulas live; then the formats.
   */
  insertRows(sheet: string, block: PlanBlock, formats: readonly RangeFormat[]): Promise<void>;
  /**
   * Writes the block over the cells there as a plan writes it: values as values (text that looks like a formula
   * stays text), formulas live. For a change the user asked for, such as a formula put back where a figure was
   * typed over it.
   */
  writeCells(sheet: string, block: PlanBlock): Promise<void>;
  /** Generates a new sheet from a plan, under a free name (现金日记账, 现金日记账 (2), …), which it returns. */
  applyPlan(plan: SheetPlan): Promise<string>;
  /** Marks the findings' cells, without changing them, until clearHighlights. */
  highlight(findings: readonly Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell, so that the accountant sees what a finding is about. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Calls `listener` after the user selects other cells (readSelection then says what is selected), until the
   * returned function is called. The pane uses it to show what its actions would work on.
   */
  onSelectionChanged(listener: () => void): () => void;
  /** The pane's settings kept in this workbook (saved with it), such as the 单位名称 last used. */
  readSettings(): Promise<Record<string, string>>;
  /** Adds or replaces these settings in the workbook; the others stay. */
  writeSettings(values: Readonly<Record<string, string>>): Promise<void>;
}

/** A problem the user can fix in the workbook (two areas selected, a sheet renamed), with catalog text. */
export class HostError extends Error {
  constructor(
    readonly id: MessageId,
    readonly params: MessageParams = {},
    /** The cells the problem is about, where there are some (the occupied cells of a refused write). */
    readonly cells: readonly string[] = [],
  ) {
    super(id);
    this.name = "HostError";
  }
}
