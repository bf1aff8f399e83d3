/** Reads a workbook or CSV file from disk as Grids, for `cashbook check` and `--from`. */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Grid } from "../core/grid";
import { readCsv } from "../hosts/csv";
import { readXlsGrids, xlsContent } from "../hosts/xls";
import { readWorkbookGridsStreaming } from "../hosts/xlsx-stream";
import type { Output } from "./output";

/** An .xlsx file is a zip archive: it starts with "PK". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The file's sheets, or null once the reason they cannot be read has been told. The bytes decide before the name:
 * bank portals save .xls files that are really text or HTML, and an Excel 97–2003 file is no text whatever it is called.
 */
export async function readGridsFromFile(path: string, out: Output): Promise<Grid[] | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    out.trace(error);
    return (out.complain(out.problem({ id: "file-unreadable", params: { path } })), null);
  }
  const extension = extname(path).toLowerCase();
  // An Excel 97–2003 file, or the HTML table portals save as .xls; their tab-separated text goes on as CSV.
  if (xlsContent(bytes) !== null) {
    const grids = readXlsGrids(bytes, { sheet: basename(path, extension) });
    return grids.ok ? grids.value : (out.complain(out.problem(grids.problem)), null);
  }
  const workbook = extension === ".xlsx" || extension === ".xlsm" || (extension !== ".csv" && isZip(bytes));
  if (workbook) {
    const grids = await readWorkbookGridsStreaming(bytes);
    return grids.ok ? grids.value : (out.complain(out.problem(grids.problem)), null);
  }
  const table = readCsv(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    sheet: basename(path, extension),
  });
  if (!table.ok) return (out.complain(out.problem(table.problem)), null);
  const damage = table.value.damage;
  if (damage) {
    const params = { file: path, line: damage.line };
    return (out.complain(out.t(damage.kind === "nul" ? "csvNul" : "csvUnclosedQuote", params)), null);
  }
  return [table.value.grid];
}
