/**
 * The Excel host: Office.js calls batched so that a job costs the same few round trips (`context.sync()`)
 * whatever the number of cells. Every method is one `Excel.run` with one sync, except writes larger than what
 * Excel on the web takes in one request (about 5 MB), which go in as few chunks as fit.
 */
import { blockAddress, parseRangeAddress, type CellValue, type Grid, type ValueBlock } from "../core/grid";
import { literalCellValue } from "../core/text";
import { HostError, type WorkbookHost } from "./host";

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Kept below Excel on the web's 5 MB request limit with room for the request's own envelope. */
export const REQUEST_BYTE_BUDGET = 4_000_000;

/** A request carries values as JSON; Chinese text may travel as \uXXXX escapes, six bytes a character. */
function estimatedBytes(row: readonly CellValue[]): number {
  let bytes = 2;
  for (const value of row) bytes += 4 + (typeof value === "string" ? value.length * 6 : 24);
  return bytes;
}

/** Rows [start, end) per request, each within the byte budget (a single oversized row still goes alone). */
export function chunkRows(values: readonly (readonly CellValue[])[], budget = REQUEST_BYTE_BUDGET): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, index) => {
    const rowBytes = estimatedBytes(row);
    if (index > start && bytes + rowBytes > budget) {
      chunks.push([start, index]);
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (values.length > start) chunks.push([start, values.length]);
  return chunks;
}

function gridFromRange(address: string, values: CellValue[][]): Grid {
  const parsed = parseRangeAddress(address);
  if (!parsed) throw new HostError("host-address-unreadable", { address });
  return { sheet: parsed.sheet, top: parsed.start.row, left: parsed.start.column, values };
}

/** Office.js reports a selection of several areas as an InvalidSelection/ InvalidOperation error; say it plainly. */
function isMultipleAreasError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "InvalidSelection" || code === "InvalidOperation";
}

export class ExcelHost implements WorkbookHost {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

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

  writeBlock(block: ValueBlock): Promise<void> {
    const columns = block.values[0]?.length ?? 0;
    if (columns === 0) return Promise.resolve();
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(block.sheet);
      for (const [start, end] of chunkRows(block.values)) {
        const rows = block.values.slice(start, end).map((row) => row.map(literalCellValue));
        worksheet.getRange(blockAddress(block.top + start, block.left, end - start, columns)).values = rows;
        // One request per chunk: the chunks exist only because one request cannot carry them all.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}
