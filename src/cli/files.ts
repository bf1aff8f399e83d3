/** Reads a workbook or CSV file from disk as Grids, for `cashbook check` and `--from`. */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Grid } from "../core/grid";
import { readCsv } from "../hosts/csv";
import { readWorkbookGrids } from "../hosts/xlsx";
import type { Output } from "./output";

/** An .xlsx file is a zip archive: it starts with "PK". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The file's sheets, or null once the reason they cannot be read has been told. */
export async function readGridsFromFile(path: string, out: Output): Promise<Grid[] | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    out.trace(error);
    return (out.complain(out.problem({ id: "file-unreadable", params: { path } })), null);
  }
  const extension = extname(path).toLowerCase();
  const workbook = extension === ".xlsx" || extension === ".xlsm" || (extension !== ".csv" && isZip(bytes));
  if (workbook) {
    const grids = await readWorkbookGrids(bytes);
    return grids.ok ? grids.value : (out.complain(out.problem(grids.problem)), null);
  }
  const table = readCsv(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    sheet: basename(path, extension),
  });
  return table.ok ? [table.value.grid] : (out.complain(out.problem(table.problem)), null);
}
