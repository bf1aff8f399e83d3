/**
 * The Excel host: Office.js calls batched so that a job costs the same few round trips (`context.sync()`)
 * whatever the number of cells. Requests are split only where one would pass Excel on the web's 5 MB limit, and
 * reads of large ranges go in blocks of rows, with progress and cancellation between blocks.
 */
import type { Finding } from "../core/findings";
import {
  blockAddress,
  occupiedCells,
  parseRangeAddress,
  type CellValue,
  type Grid,
  type ValueBlock,
} from "../core/grid";
import { emptyPlan, freeSheetName, type PlanBlock, type RangeFormat, type SheetPlan } from "../core/plan";
import { literalCellValue } from "../core/text";
import { chunkRows, estimatedBytes, queuePlan, RequestBatch } from "./excel-plan";
import { HostError, type ReadOptions, type WorkbookHost } from "./host";

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Rows per read request: about 20,000 rows of a journal's dozen columns stays well under 5 MB. */
export const READ_BLOCK_ROWS = 20_000;

/**
 * Highlights are conditional formats whose formula carries this marker, so that clearing finds exactly ours and
 * leaves the accountant's own conditional formats alone, even after the pane was closed and opened again.
 */
const HIGHLIGHT_FORMULA = '=N("cashbook-finding")=0';
const HIGHLIGHT_FILL = "#FFD7D5";
/** Addresses per RangeAreas: Excel limits the length of the address text one call takes. */
const HIGHLIGHT_CELLS_PER_CALL = 400;

function gridFromRange(address: string, values: CellValue[][]): Grid {
  const parsed = parseRangeAddress(address);
  if (!parsed) throw new HostError("host-address-unreadable", { address });
  return { sheet: parsed.sheet, top: parsed.start.row, left: parsed.start.column, values };
}

/** Office.js reports a selection of several areas as an InvalidSelection/InvalidOperation error; say it plainly. */
function isMultipleAreasError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "InvalidSelection" || code === "InvalidOperation";
}

function suspend(context: Excel.RequestContext): () => void {
  return () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
  };
}

export class ExcelHost implements WorkbookHost {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async readSelection(): Promise<Grid> {
    try {
      return await this.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load(["address", "values"]);
        await context.sync();
        return gridFromRange(range.address, range.values as CellValue[][]);
      });
    } catch (error) {
      if (isMultipleAreasError(error)) throw new HostError("host-multiple-areas");
      throw error;
    }
  }

  readBlock(sheet: string, address: string): Promise<Grid> {
    return this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load(["address", "values"]);
      await context.sync();
      return gridFromRange(range.address, range.values as CellValue[][]);
    });
  }

  /** The used range of a sheet, read in blocks of rows: one sync for its size, then one per block. */
  readUsedRange(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    return this.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
      used.load(["address", "rowCount", "columnCount"]);
      await context.sync();
      if (used.isNullObject) return { sheet, top: 0, left: 0, values: [] };
      return this.readInBlocks(context, used.address, used.rowCount, used.columnCount, options);
    });
  }

  /** A named table, header row included, read in blocks like the used range. */
  readTable(name: string, options: ReadOptions = {}): Promise<Grid> {
    return this.run(async (context) => {
      const range = context.workbook.tables.getItem(name).getRange();
      range.load(["address", "rowCount", "columnCount"]);
      await context.sync();
      return this.readInBlocks(context, range.address, range.rowCount, range.columnCount, options);
    });
  }

  private async readInBlocks(
    context: Excel.RequestContext,
    address: string,
    rowCount: number,
    columnCount: number,
    { onProgress, signal }: ReadOptions,
  ): Promise<Grid> {
    const whole = gridFromRange(address, []);
    const sheet = context.workbook.worksheets.getItem(whole.sheet);
    for (let start = 0; start < rowCount; start += READ_BLOCK_ROWS) {
      if (signal?.aborted) throw new HostError("host-cancelled");
      const rows = Math.min(READ_BLOCK_ROWS, rowCount - start);
      const block = sheet.getRange(blockAddress(whole.top + start, whole.left, rows, columnCount));
      block.load("values");
      // One request per block: a block is as much as one response should carry.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const row of block.values as CellValue[][]) whole.values.push(row);
      onProgress?.(start + rows, rowCount);
    }
    return whole;
  }

  /**
   * Writes values as values (text that looks like a formula stays text); null leaves a cell unchanged. Unless
   * `overwrite` is set, the cells are read first and a block that would change a non-empty cell is refused with
   * a HostError listing those cells, before anything is written.
   */
  writeBlock(block: ValueBlock, { overwrite }: { overwrite: boolean }): Promise<void> {
    const columns = block.values[0]?.length ?? 0;
    if (columns === 0) return Promise.resolve();
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(block.sheet);
      if (!overwrite) {
        const current = worksheet.getRange(blockAddress(block.top, block.left, block.values.length, columns));
        current.load("values");
        await context.sync();
        const occupied = occupiedCells(block, current.values as CellValue[][]);
        if (occupied.length > 0)
          throw new HostError("host-range-not-empty", { cells: occupied.join(", "), count: occupied.length }, occupied);
      }
      const batch = new RequestBatch(context);
      for (const [start, end] of chunkRows(block.values)) {
        const rows = block.values.slice(start, end).map((row) => row.map(literalCellValue));
        await batch.add(rows.reduce((sum, row) => sum + estimatedBytes(row), 0));
        worksheet.getRange(blockAddress(block.top + start, block.left, end - start, columns)).values = rows;
      }
      await batch.flush();
    });
  }

  insertRows(sheet: string, block: PlanBlock, formats: readonly RangeFormat[]): Promise<void> {
    const at = parseRangeAddress(block.at);
    if (!at || block.rows.length === 0) return Promise.resolve();
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.getRange(`${at.start.row + 1}:${at.start.row + block.rows.length}`).insert("Down");
      const batch = new RequestBatch(context);
      await queuePlan(worksheet, { ...emptyPlan(sheet), blocks: [block], formats: [...formats] }, context, batch);
      await batch.flush();
    });
  }

  /** Writes the plan to a new sheet with a free name and activates it; returns the name it got. */
  applyPlan(plan: SheetPlan): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = freeSheetName(
        plan.name,
        sheets.items.map((sheet) => sheet.name),
      );
      const batch = new RequestBatch(context, suspend(context));
      const sheet = sheets.add(name);
      await queuePlan(sheet, plan, context, batch);
      sheet.activate();
      await batch.flush();
      return name;
    });
  }

  /** Marks the findings' cells with a light red fill that clearHighlights removes; the cells themselves are untouched. */
  highlight(findings: readonly Finding[]): Promise<void> {
    const bySheet = new Map<string, string[]>();
    for (const { sheet, cell } of findings) {
      if (!cell) continue;
      const cells = bySheet.get(sheet) ?? [];
      if (!cells.includes(cell)) cells.push(cell);
      bySheet.set(sheet, cells);
    }
    if (bySheet.size === 0) return Promise.resolve();
    return this.run(async (context) => {
      const batch = new RequestBatch(context);
      for (const [sheetName, cells] of bySheet) {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (let i = 0; i < cells.length; i += HIGHLIGHT_CELLS_PER_CALL) {
          await batch.add();
          const format = sheet
            .getRanges(cells.slice(i, i + HIGHLIGHT_CELLS_PER_CALL).join(","))
            .conditionalFormats.add("Custom");
          format.custom.rule.formula = HIGHLIGHT_FORMULA;
          format.custom.format.fill.color = HIGHLIGHT_FILL;
        }
      }
      await batch.flush();
    });
  }

  /** Removes every highlight this add-in made, on every sheet: find the sheets, their rules, our rules, delete. */
  clearHighlights(): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const collections = sheets.items.map((sheet) => {
        const formats = sheet.getRange().conditionalFormats;
        formats.load("items/type");
        return formats;
      });
      await context.sync();
      const custom = collections.flatMap((formats) => formats.items.filter((format) => format.type === "Custom"));
      for (const format of custom) format.custom.rule.load("formula");
      await context.sync();
      for (const format of custom) if (format.custom.rule.formula === HIGHLIGHT_FORMULA) format.delete();
      await context.sync();
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      // select() scrolls the cell into view, which is what clicking a finding should do.
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}
