/**
 * Edits cells of a workbook in LibreOffice Calc as a person would (test/support/libreoffice-edit.py: each cell's
 * content entered again through Calc's input path) and says what each cell holds afterwards. This is how a test sees
 * whether text the file host wrote stays text once someone edits it: the case the .xlsx file alone cannot show.
 * Needs LibreOffice and its Python bridge (Debian's python3-uno, run by the system Python).
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

/** `sheet` is the sheet's 0-based position in the workbook. */
export async function editCells(xlsx: Buffer, sheet: number, cells: readonly string[]): Promise<EditedCell[]> {
  const work = await mkdtemp(join(tmpdir(), "cashbook-edit-"));
  try {
    const path = join(work, "book.xlsx");
    await writeFile(path, xlsx);
    const script = join(__dirname, "libreoffice-edit.py");
    const { stdout } = await promisify(execFile)(
      SYSTEM_PYTHON,
      [script, path, join(work, "profile"), String(sheet), ...cells],
      { timeout: 120_000 },
    );
    return JSON.parse(stdout.trim().split("\n").pop()!) as EditedCell[];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
