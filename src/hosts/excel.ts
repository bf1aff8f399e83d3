/**
 * The Excel host: Office.js calls batched so that a job costs the same few round trips (`context.sync()`)
 * whatever the number of cells. Requests are split only where one would pass Excel on the web's 5 MB limit, and
 * reads of large ranges go in blocks sized by their bytes, with progress and cancellation between blocks. Before
 * it changes an existing sheet the host checks that the sheet is not protected, so that a refusal comes before
 * anything is written, never halfway.
 */
import type { Finding } from "../core/findings";
import {
  blockAddress,
  occupiedCells,
  parseRangeAddress,
  type CellValue,
  type Grid,
  type RangeAddress,
  type ValueBlock,
} from "../core/grid";
import { emptyPlan, freeSheetName, type PlanBlock, type RangeFormat, type SheetPlan } from "../core/plan";
import { chunkRows, estimatedBytes, officeValue, queuePlan, RequestBatch, type TakenNames } from "./excel-plan";
import { HostError, type ReadOptions, type WorkbookHost } from "./host";

/** What removes a selection handler: the result of adding it, which holds the context it was added in. */
type SelectionHandler = ReturnType<Excel.Workbook["onSelectionChanged"]["add"]>;

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The requirement set the host needs (getSelectedRanges, RangeAreas); the manifest declares it too. */
export const EXCEL_API = "1.9";

/**
 * Excel.run as the pane uses it. `delayForCellEdit`: while the user is typing in a cell, Excel would fail the batch
 * at once; with it the batch waits until the cell is confirmed (Excel.RunOptions). Office also checks the manifest's
 * ExcelApi requirement before it loads the add-in; this check says so plainly where an old Excel opens it anyway.
 */
export const officeRun: ExcelRun = (batch) => {
  if (typeof Office !== "undefined" && !Office.context.requirements.isSetSupported("ExcelApi", EXCEL_API))
    return Promise.reject(new HostError("host-excel-too-old", { version: EXCEL_API }));
  return Excel.run({ delayForCellEdit: true }, batch);
};

/**
 * What a read block may bring back: Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded),
 * and a read over 5,000,000 cells (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const READ_BLOCK_BYTES = 4_000_000;
export const READ_BLOCK_CELLS = 1_000_000;
/**
 * The first block assumes each cell brings ten Chinese characters back (sent as \uXXXX escapes); later blocks are
 * sized by the bytes per row the blocks before them measured, so a sheet of numbers goes in few blocks and a wide
 * sheet of text in many.
 */
const FIRST_GUESS_BYTES_PER_CELL = 64;

/**
 * Highlights are conditional formats whose formula carries this marker, so that clearing finds exactly ours and
 * leaves the accountant's own conditional formats alone, even after the pane was closed and opened again.
 */
const HIGHLIGHT_FORMULA = '=N("cashbook-finding")=0';
const HIGHLIGHT_FILL = "#FFD7D5";
/** Addresses per RangeAreas: Excel limits the length of the address text one call takes. */
const HIGHLIGHT_CELLS_PER_CALL = 400;

function parsedAddress(address: string): RangeAddress {
  const parsed = parseRangeAddress(address);
  if (!parsed) throw new HostError("host-address-unreadable", { address });
  return parsed;
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * Calculation is suspended before every sync (it resumes at each); screen updating once per run, because calling
 * suspendScreenUpdatingUntilNextSync again and again makes the Excel window flicker (Application docs).
 */
function suspend(context: Excel.RequestContext): () => void {
  let screenSuspended = false;
  return () => {
    context.application.suspendApiCalculationUntilNextSync();
    if (!screenSuspended) context.application.suspendScreenUpdatingUntilNextSync();
    screenSuspended = true;
  };
}

/** Queues loads of the protection of `sheets`; after the sync, refuses with a HostError if any is protected. */
function protectionCheck(context: Excel.RequestContext, sheets: readonly string[]): () => void {
  const protections = sheets.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected");
    return { name, protection };
  });
  return () => {
    const locked = protections.find(({ protection }) => protection.protected);
    if (locked) throw new HostError("host-sheet-protected", { sheet: locked.name });
  };
}

export class ExcelHost implements WorkbookHost {
  constructor(private readonly run: ExcelRun = officeRun) {}

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /**
   * The selection clipped to the sheet's used extent: a click on a column header selects 1,048,576 cells, whose
   * values Excel does not even return (an unbounded range reads as null), and a selection running past the data
   * needs no reading there. One sync for the selection and the used range, then one per block of values.
   */
  readSelection(options: ReadOptions = {}): Promise<Grid> {
    return this.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load(["areaCount", "address"]);
      const used = areas.worksheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      if (areas.areaCount > 1) throw new HostError("host-multiple-areas");
      const selection = parsedAddress(areas.address);
      const last = used.isNullObject ? selection.start : parsedAddress(used.address).end;
      const rows = Math.max(1, Math.min(selection.end.row, last.row) - selection.start.row + 1);
      const columns = Math.max(1, Math.min(selection.end.column, last.column) - selection.start.column + 1);
      if (used.isNullObject)
        return {
          sheet: selection.sheet,
          top: selection.start.row,
          left: selection.start.column,
          values: [Array<CellValue>(columns).fill("")],
        };
      return this.readInBlocks(
        context,
        selection.sheet,
        selection.start.row,
        selection.start.column,
        rows,
        columns,
        options,
      );
    });
  }

  readBlock(sheet: string, address: string, { formulas }: Pick<ReadOptions, "formulas"> = {}): Promise<Grid> {
    const at = parseRangeAddress(address);
    if (!at) return Promise.reject(new HostError("host-address-unreadable", { address }));
    const rows = at.end.row - at.start.row + 1;
    const columns = at.end.column - at.start.column + 1;
    return this.run((context) =>
      this.readInBlocks(context, sheet, at.start.row, at.start.column, rows, columns, { formulas }),
    );
  }

  /** The used range of a sheet, read in blocks of rows: one sync for its size, then one per block. */
  readUsedRange(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    return this.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
      used.load(["address", "rowCount", "columnCount"]);
      await context.sync();
      if (used.isNullObject) return { sheet, top: 0, left: 0, values: [] };
      const at = parsedAddress(used.address);
      return this.readInBlocks(context, sheet, at.start.row, at.start.column, used.rowCount, used.columnCount, options);
    });
  }

  /**
   * The tops of many sheets in a few syncs: one for the used ranges' addresses and one for the blocks' values (and
   * one before them when the sheets' names are to be found too). The values are split where their estimated bytes
   * would pass a response's limit: tops of 30×26 cells guess 49,920 bytes each, so one more sync each 80 sheets.
   */
  readSheetTops(size: { rows: number; columns: number }, sheets?: readonly string[]): Promise<Grid[]> {
    if (sheets?.length === 0) return Promise.resolve([]);
    return this.run(async (context) => {
      let names = sheets;
      if (names === undefined) {
        const all = context.workbook.worksheets.load("items/name");
        await context.sync();
        names = all.items.map((sheet) => sheet.name);
      }
      const used = names.map((name) => {
        const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        range.load(["address", "rowCount", "columnCount"]);
        return { name, range };
      });
      await context.sync();
      const tops = used.map(({ name, range }) => {
        if (range.isNullObject) return { grid: { sheet: name, top: 0, left: 0, values: [] } as Grid, block: null };
        const at = parsedAddress(range.address);
        const grid: Grid = { sheet: name, top: at.start.row, left: at.start.column, values: [] };
        if (range.rowCount > size.rows || range.columnCount > size.columns) grid.topOnly = true;
        const address = blockAddress(
          at.start.row,
          at.start.column,
          Math.min(size.rows, range.rowCount),
          Math.min(size.columns, range.columnCount),
        );
        return { grid, block: context.workbook.worksheets.getItem(name).getRange(address) };
      });
      let bytes = 0;
      for (const { block } of tops) {
        if (!block) continue;
        // Loaded as they fit in a response, by the first guess of bytes per cell: tops are small, so one sync.
        const guess = Math.min(size.rows * size.columns, READ_BLOCK_CELLS) * FIRST_GUESS_BYTES_PER_CELL;
        if (bytes > 0 && bytes + guess > READ_BLOCK_BYTES) {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          bytes = 0;
        }
        block.load("values");
        bytes += guess;
      }
      if (bytes > 0) await context.sync();
      for (const { grid, block } of tops) if (block) grid.values = block.values as CellValue[][];
      return tops.map(({ grid }) => grid);
    });
  }

  /** A named table, header row included, read in blocks like the used range. */
  readTable(name: string, options: ReadOptions = {}): Promise<Grid> {
    return this.run(async (context) => {
      const range = context.workbook.tables.getItem(name).getRange();
      range.load(["address", "rowCount", "columnCount"]);
      await context.sync();
      const at = parsedAddress(range.address);
      return this.readInBlocks(
        context,
        at.sheet,
        at.start.row,
        at.start.column,
        range.rowCount,
        range.columnCount,
        options,
      );
    });
  }

  /**
   * Reads rows × columns cells from (top, left) of a sheet in blocks, each meant to bring back under 4 MB: the first
   * sized by a cautious guess, the next by the bytes per row measured so far. A block Excel still refuses as too
   * large (ResponsePayloadSizeLimitExceeded) is read again as two halves.
   */
  private async readInBlocks(
    context: Excel.RequestContext,
    sheetName: string,
    top: number,
    left: number,
    rowCount: number,
    columnCount: number,
    { onProgress, signal, formulas = false }: ReadOptions,
  ): Promise<Grid> {
    const grid: Grid = { sheet: sheetName, top, left, values: [] };
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const maxRows = Math.max(1, Math.floor(READ_BLOCK_CELLS / columnCount));
    let rowsPerBlock = Math.min(
      maxRows,
      Math.max(1, Math.floor(READ_BLOCK_BYTES / (columnCount * FIRST_GUESS_BYTES_PER_CELL))),
    );
    let widestRow = 0;
    for (let start = 0; start < rowCount;) {
      if (signal?.aborted) throw new HostError("host-cancelled");
      const rows = Math.min(rowsPerBlock, rowCount - start);
      const block = sheet.getRange(blockAddress(top + start, left, rows, columnCount));
      // Range.formulas gives a formula's text and, for a cell without one, its value: what the cell holds.
      if (formulas) block.load("formulas");
      else block.load("values");
      try {
        // One request per block: a block is as much as one response should carry.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || rows === 1) throw error;
        rowsPerBlock = Math.ceil(rows / 2);
        continue;
      }
      for (const row of (formulas ? block.formulas : block.values) as CellValue[][]) {
        widestRow = Math.max(widestRow, estimatedBytes(row));
        grid.values.push(row);
      }
      start += rows;
      // Sized for rows as wide as the widest yet, with a quarter to spare.
      rowsPerBlock = Math.min(maxRows, Math.max(1, Math.floor(READ_BLOCK_BYTES / (widestRow * 1.25))));
      onProgress?.(start, rowCount);
    }
    return grid;
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
      const unprotected = protectionCheck(context, [block.sheet]);
      // The cells are read first unless overwriting: one sync either way, and the refusals come before any write.
      const current = overwrite
        ? null
        : worksheet.getRange(blockAddress(block.top, block.left, block.values.length, columns)).load("values");
      await context.sync();
      unprotected();
      if (current) {
        const occupied = occupiedCells(block, current.values as CellValue[][]);
        if (occupied.length > 0)
          throw new HostError("host-range-not-empty", { cells: occupied.join(", "), count: occupied.length }, occupied);
      }
      const batch = new RequestBatch(context);
      for (const [start, end] of chunkRows(block.values)) {
        const rows = block.values.slice(start, end).map((row) => row.map(officeValue));
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
      const unprotected = protectionCheck(context, [sheet]);
      await context.sync();
      unprotected();
      worksheet.getRange(`${at.start.row + 1}:${at.start.row + block.rows.length}`).insert("Down");
      const batch = new RequestBatch(context);
      await queuePlan(worksheet, { ...emptyPlan(sheet), blocks: [block], formats: [...formats] }, context, batch);
      await batch.flush();
    });
  }

  writeCells(sheet: string, block: PlanBlock): Promise<void> {
    if (block.rows.length === 0) return Promise.resolve();
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const unprotected = protectionCheck(context, [sheet]);
      await context.sync();
      unprotected();
      const batch = new RequestBatch(context);
      await queuePlan(worksheet, { ...emptyPlan(sheet), blocks: [block] }, context, batch);
      await batch.flush();
    });
  }

  /** Writes the plan to a new sheet with a free name and activates it; returns the name it got. */
  applyPlan(plan: SheetPlan): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const tables = context.workbook.tables;
      tables.load("items/name");
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();
      const name = freeSheetName(
        plan.name,
        sheets.items.map((sheet) => sheet.name),
      );
      const taken: TakenNames = {
        tables: new Set(tables.items.map((table) => table.name.toLowerCase())),
        names: new Set(names.items.map((named) => named.name.toLowerCase())),
      };
      const batch = new RequestBatch(context, suspend(context));
      const sheet = sheets.add(name);
      await queuePlan(sheet, plan, context, batch, taken);
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
      const unprotected = protectionCheck(context, [...bySheet.keys()]);
      await context.sync();
      unprotected();
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
        sheet.protection.load("protected");
        return { sheet, formats };
      });
      await context.sync();
      const custom = collections.flatMap(({ sheet, formats }) =>
        formats.items.filter((format) => format.type === "Custom").map((format) => ({ sheet, format })),
      );
      for (const { format } of custom) format.custom.rule.load("formula");
      await context.sync();
      const ours = custom.filter(({ format }) => format.custom.rule.formula === HIGHLIGHT_FORMULA);
      const locked = ours.find(({ sheet }) => sheet.protection.protected);
      if (locked) throw new HostError("host-sheet-protected", { sheet: locked.sheet.name });
      for (const { format } of ours) format.delete();
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

  /**
   * Workbook.onSelectionChanged (ExcelApi 1.2) follows the selection across sheets. A handler is removed through the
   * context it was added in (EventHandlerResult docs). Excel on the web does not fire for a select() of the cell
   * already selected (OfficeDev/office-js#4691), and older desktop builds sometimes dropped events
   * (OfficeDev/office-js#533): the pane also reads the selection again whenever it gets the focus back.
   */
  onSelectionChanged(listener: () => void): () => void {
    let registration: SelectionHandler | null = null;
    let removed = false;
    const remove = (result: SelectionHandler) =>
      Excel.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      }).catch(() => undefined);
    this.run(async (context) => {
      const added = context.workbook.onSelectionChanged.add(async () => listener());
      await context.sync();
      registration = added;
      if (removed) await remove(added);
    }).catch(() => undefined);
    const onFocus = () => listener();
    window.addEventListener("focus", onFocus);
    return () => {
      removed = true;
      window.removeEventListener("focus", onFocus);
      if (registration) void remove(registration);
    };
  }

  /**
   * The workbook's settings collection (ExcelApi 1.4): per add-in and per file, saved with the workbook, so that
   * whoever opens the file next gets the same 单位名称 and 账户. Not a place for anything secret.
   */
  readSettings(): Promise<Record<string, string>> {
    return this.run(async (context) => {
      const settings = context.workbook.settings;
      settings.load("items/key,items/value");
      await context.sync();
      const values: Record<string, string> = {};
      for (const setting of settings.items) if (typeof setting.value === "string") values[setting.key] = setting.value;
      return values;
    });
  }

  writeSettings(values: Readonly<Record<string, string>>): Promise<void> {
    return this.run(async (context) => {
      for (const [key, value] of Object.entries(values)) context.workbook.settings.add(key, value);
      await context.sync();
    });
  }
}
