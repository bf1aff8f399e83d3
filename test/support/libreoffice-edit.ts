/**
 * Edits cells of a workbook in LibreOffice Calc as a person would (test/support/libreoffice-edit.py: each cell's
 * content entered again through Calc's input path) and says what each cell holds afterwards. This is how a test sees
 * whether text the file host wrote stays text once someone edits it: the case the .xlsx file alone cannot show.
 */
import { runUnoScript } from "./libreoffice-uno";

export interface EditedCell {
  cell: string;
  /** LibreOffice's CellContentType: EMPTY, VALUE, TEXT or FORMULA. */
  type: string;
  text: string;
}

/** `sheet` is the sheet's 0-based position in the workbook. */
export async function editCells(xlsx: Buffer, sheet: number, cells: readonly string[]): Promise<EditedCell[]> {
  return (await runUnoScript("libreoffice-edit.py", xlsx, [String(sheet), ...cells])) as EditedCell[];
}
