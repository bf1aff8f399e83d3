/** Reads a workbook or CSV file from disk as Grids, for `cashbook check` and `--from`. */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Grid } from "../core/grid";
import { fail, ok, type Result } from "../core/result";
import { readCsv } from "../hosts/csv";
import { readWorkbookGrids } from "../hosts/xlsx";

/** An .xlsx file is a zip archive: it starts with "PK". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readGridsFromFile(path: string): Promise<Result<Grid[]>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return fail("file-unreadable", { path });
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx" || extension === ".xlsm" || (extension !== ".csv" && isZip(bytes))) {
    return readWorkbookGrids(bytes);
  }
  const table = readCsv(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    sheet: basename(path, extension),
  });
  return table.ok ? ok([table.value.grid]) : table;
}
