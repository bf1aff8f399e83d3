/**
 * The diagonal borders of cells as LibreOffice Calc has them (test/support/libreoffice-borders.py), and the merged
 * area each cell heads: how a test sees that a diagonal the file host wrote is drawn across its area.
 */
import { runUnoScript } from "./libreoffice-uno";

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
export async function cellDiagonals(xlsx: Buffer, sheet: number, cells: readonly string[]): Promise<CellDiagonals[]> {
  return (await runUnoScript("libreoffice-borders.py", xlsx, [String(sheet), ...cells])) as CellDiagonals[];
}
