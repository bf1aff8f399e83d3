/**
 * Looks into a workbook as LibreOffice Calc has it, through the Python scripts beside this file (Debian's python3-uno,
 * run by the system Python; test/support/libreoffice_session.py opens the workbook in an office of its own):
 * - editCells: each cell's content entered again through Calc's input path, as a person edits it
 *   (libreoffice-edit.py), and what each cell holds afterwards. This is how a test sees whether text the file host
 *   wrote stays text once someone edits it: the case the .xlsx file alone cannot show.
 * - cellDiagonals: the diagonal borders Calc read for each cell, and the merged area the cell heads
 *   (libreoffice-borders.py).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

export const SYSTEM_PYTHON = "/usr/bin/python3";
export const PYTHON_UNO = "/usr/lib/python3/dist-packages/uno.py";

export interface EditedCell {
  cell: string;
  /** LibreOffice's CellContentType: EMPTY, VALUE, TEXT or FORMULA. */
  type: string;
  text: string;
}

/** A diagonal line as Calc has it: width in 1/100 mm (0: no line), colour as an RGB number. */
export interface CalcLine {
  width: number;
  color: number;
}

export interface CellDiagonals {
  cell: string;
  /** The merged area the cell heads ("A18:E18"), or the cell itself. */
  area: string;
  down: CalcLine;
  up: CalcLine;
}

/** `sheet` is the sheet's 0-based position in the workbook. */
export function editCells(xlsx: Buffer, sheet: number, cells: readonly string[]): Promise<EditedCell[]> {
  return runScript<EditedCell>("libreoffice-edit.py", xlsx, sheet, cells);
}

/** `sheet` is the sheet's 0-based position in the workbook. */
export function cellDiagonals(xlsx: Buffer, sheet: number, cells: readonly string[]): Promise<CellDiagonals[]> {
  return runScript<CellDiagonals>("libreoffice-borders.py", xlsx, sheet, cells);
}

/** Runs one of the scripts on the workbook, in a folder of its own (the office's profile too), and reads its JSON. */
async function runScript<T>(script: string, xlsx: Buffer, sheet: number, cells: readonly string[]): Promise<T[]> {
  const work = await mkdtemp(join(tmpdir(), "cashbook-calc-"));
  try {
    const path = join(work, "book.xlsx");
    await writeFile(path, xlsx);
    const { stdout } = await promisify(execFile)(
      SYSTEM_PYTHON,
      [join(__dirname, script), path, join(work, "profile"), String(sheet), ...cells],
      { timeout: 120_000 },
    );
    return JSON.parse(stdout.trim().split("\n").pop()!) as T[];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
