/**
 * A workbook held in memory: the host of the browser test harness (the same App, no Office) and of the pane's
 * tests. It behaves as Excel does where the shells can tell: values in, values out (text stays text, as it has no
 * formulas), null leaves a cell unchanged, selecting a cell activates its sheet.
 */
import { parseRangeAddress, type CellValue, type Grid, type ValueBlock } from "../core/grid";
import { HostError, type WorkbookHost } from "./host";

export class MemoryHost implements WorkbookHost {
  private readonly sheets = new Map<string, CellValue[][]>();
  private selection: { sheet: string; address: string };

  constructor(firstSheet = "Sheet1") {
    this.sheets.set(firstSheet, []);
    this.selection = { sheet: firstSheet, address: "A1" };
  }

  /** Test and harness set-up: put values at an address such as "B2" (the block grows down and right). */
  setValues(sheet: string, topLeft: string, values: CellValue[][]): void {
    const at = parseRangeAddress(topLeft);
    if (!at) throw new HostError("host-address-unreadable", { address: topLeft });
    if (!this.sheets.has(sheet)) this.sheets.set(sheet, []);
    this.store({ sheet, top: at.start.row, left: at.start.column, values });
  }

  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }

  get selected(): { sheet: string; address: string } {
    return { ...this.selection };
  }

  value(sheet: string, cell: string): CellValue {
    const at = parseRangeAddress(cell);
    if (!at) throw new HostError("host-address-unreadable", { address: cell });
    return this.sheet(sheet)[at.start.row]?.[at.start.column] ?? "";
  }

  readSelection(): Promise<Grid> {
    return this.readBlock(this.selection.sheet, this.selection.address);
  }

  async readBlock(sheet: string, address: string): Promise<Grid> {
    const at = parseRangeAddress(address);
    if (!at) throw new HostError("host-address-unreadable", { address });
    const cells = this.sheet(sheet);
    const values: CellValue[][] = [];
    for (let row = at.start.row; row <= at.end.row; row++) {
      const line: CellValue[] = [];
      for (let column = at.start.column; column <= at.end.column; column++) line.push(cells[row]?.[column] ?? "");
      values.push(line);
    }
    return { sheet, top: at.start.row, left: at.start.column, values };
  }

  async writeBlock(block: ValueBlock): Promise<void> {
    this.store(block);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    this.selection = { sheet, address: cell };
  }

  private sheet(name: string): CellValue[][] {
    const cells = this.sheets.get(name);
    if (!cells) throw new HostError("host-sheet-missing", { sheet: name });
    return cells;
  }

  private store(block: ValueBlock): void {
    const cells = this.sheet(block.sheet);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        (cells[block.top + r] ??= [])[block.left + c] = value;
      }),
    );
  }
}
