/**
 * A workbook held in memory: the host of the browser test harness (the same App, no Office) and of tests. It
 * behaves as Excel does where the shells can tell: values in, values out (text stays text), null leaves a cell
 * unchanged, writes over data are refused unless asked, plans go to a new sheet under a free name, selecting a
 * cell activates its sheet, inserted rows move the rows below and the references to them. A formula cell holds its
 * formula's text; the host reads out that text, or with a FormulaEngine what the formula computes, as Excel would.
 */
import type { Finding } from "../core/findings";
import {
  blockAddress,
  occupiedCells,
  parseRangeAddress,
  type CellValue,
  type Grid,
  type ValueBlock,
} from "../core/grid";
import { freeSheetName, isFormula, type PlanBlock, type SheetPlan } from "../core/plan";
import { HostError, type ReadOptions, type WorkbookHost } from "./host";

/**
 * What computes the formulas of a workbook held in memory, as Excel would (the browser tests hand the sheets to
 * LibreOffice). Given every sheet's cells from A1, formulas as their text, it gives the same cells with each
 * formula's value in place of its text ("" for blank).
 */
export interface FormulaEngine {
  shownValues(sheets: Record<string, CellValue[][]>): Promise<Record<string, CellValue[][]>>;
}

/**
 * A1 references in a formula to rows at or below `row` (1-based), moved down by `count`, as Excel moves them when
 * rows are inserted: a range that spans the insertion grows. Left alone: text in quotes, references to another sheet
 * (Sheet2!A5, 'Sheet 2'!A5), and what only looks like a reference inside a name, a number or a function (Rate2024,
 * 1E5, LOG10). Not handled, since the sheets the harness holds have none: whole-row ranges (5:9), and references
 * from other sheets to the one that gained rows.
 */
const REFERENCE = /"[^"]*"|'[^']*'!\$?[A-Za-z]{1,3}\$?\d+|(?<![\w.!\]$'])(\$?[A-Za-z]{1,3}\$?)(\d+)(?![\w.![]|\s*\()/g;

export function movedReferences(formula: string, row: number, count: number): string {
  return formula.replace(REFERENCE, (match, column?: string, digits?: string) => {
    if (column === undefined || digits === undefined || Number(digits) < row) return match;
    return `${column}${Number(digits) + count}`;
  });
}

export class MemoryHost implements WorkbookHost {
  private readonly sheets = new Map<string, CellValue[][]>();
  /** What the sheets show, as the engine computed it after the last change; null until asked for. */
  private shown: Record<string, CellValue[][]> | null = null;
  /** Counts changes, so that values computed while a change came in are not kept. */
  private version = 0;
  private readonly tables = new Map<string, { sheet: string; range: string }>();
  private selection: { sheet: string; address: string };
  /** "Sheet1!B7" for each highlighted cell. */
  readonly highlighted = new Set<string>();
  /** The plans applied, by the sheet name they got, for tests that look at formats. */
  readonly plans = new Map<string, SheetPlan>();
  /** The workbook's settings, as Excel keeps an add-in's settings in the file. */
  readonly settings = new Map<string, string>();
  private readonly selectionListeners = new Set<() => void>();

  constructor(
    firstSheet = "Sheet1",
    private readonly engine: FormulaEngine | null = null,
  ) {
    this.sheets.set(firstSheet, []);
    this.selection = { sheet: firstSheet, address: "A1" };
  }

  /** Set-up: put values at an address such as "B2" (the block grows down and right). */
  setValues(sheet: string, topLeft: string, values: CellValue[][]): void {
    const at = this.address(topLeft);
    if (!this.sheets.has(sheet)) this.sheets.set(sheet, []);
    this.store({ sheet, top: at.start.row, left: at.start.column, values });
  }

  /** The user selects cells: listeners hear of it, as they do from Excel. */
  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
    for (const listener of this.selectionListeners) listener();
  }

  get selected(): { sheet: string; address: string } {
    return { ...this.selection };
  }

  get sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  /** What the cell holds: a formula as its text. */
  value(sheet: string, cell: string): CellValue {
    const at = this.address(cell);
    return this.sheet(sheet)[at.start.row]?.[at.start.column] ?? "";
  }

  async listSheets(): Promise<string[]> {
    return this.sheetNames;
  }

  readSelection(): Promise<Grid> {
    return this.readBlock(this.selection.sheet, this.selection.address);
  }

  async readBlock(sheet: string, address: string, { formulas = false }: ReadOptions = {}): Promise<Grid> {
    const at = this.address(address);
    // Asked for first: a sheet that is not there is an error with or without an engine.
    const stored = this.sheet(sheet);
    const cells = this.engine && !formulas ? ((await this.shownSheets())[sheet] ?? stored) : stored;
    const values: CellValue[][] = [];
    for (let row = at.start.row; row <= at.end.row; row++) {
      const line: CellValue[] = [];
      for (let column = at.start.column; column <= at.end.column; column++) line.push(cells[row]?.[column] ?? "");
      values.push(line);
    }
    return { sheet, top: at.start.row, left: at.start.column, values };
  }

  async readUsedRange(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    const { rows, columns } = this.usedSize(sheet);
    if (rows === 0 || columns === 0) return { sheet, top: 0, left: 0, values: [] };
    return this.readBlock(sheet, blockAddress(0, 0, rows, columns), options);
  }

  async readSheetTops(size: { rows: number; columns: number }, sheets?: readonly string[]): Promise<Grid[]> {
    return Promise.all(
      (sheets ?? this.sheetNames).map(async (sheet) => {
        const used = this.usedSize(sheet);
        const rows = Math.min(size.rows, used.rows);
        const columns = Math.min(size.columns, used.columns);
        if (rows === 0 || columns === 0) return { sheet, top: 0, left: 0, values: [] };
        const top = await this.readBlock(sheet, blockAddress(0, 0, rows, columns));
        return used.rows > rows || used.columns > columns ? { ...top, topOnly: true } : top;
      }),
    );
  }

  async readTable(name: string): Promise<Grid> {
    const table = this.tables.get(name);
    if (!table) throw new HostError("host-table-missing", { table: name });
    return this.readBlock(table.sheet, table.range);
  }

  async writeBlock(block: ValueBlock, { overwrite }: { overwrite: boolean }): Promise<void> {
    if (!overwrite) {
      const rows = block.values.length;
      const columns = block.values[0]?.length ?? 0;
      if (rows === 0 || columns === 0) return;
      const current = await this.readBlock(block.sheet, blockAddress(block.top, block.left, rows, columns));
      const occupied = occupiedCells(block, current.values);
      if (occupied.length > 0)
        throw new HostError("host-range-not-empty", { cells: occupied.join(", "), count: occupied.length }, occupied);
    }
    this.store(block);
  }

  async insertRows(sheet: string, block: PlanBlock): Promise<void> {
    const at = this.address(block.at);
    const cells = this.sheet(sheet);
    const count = block.rows.length;
    for (const line of cells)
      line?.forEach((value, column) => {
        if (typeof value === "string" && value.startsWith("="))
          line[column] = movedReferences(value, at.start.row + 1, count);
      });
    if (cells.length > at.start.row) cells.splice(at.start.row, 0, ...block.rows.map(() => []));
    this.storePlanBlock(sheet, block);
  }

  async writeCells(sheet: string, block: PlanBlock): Promise<void> {
    this.sheet(sheet);
    this.storePlanBlock(sheet, block);
  }

  async applyPlan(plan: SheetPlan): Promise<string> {
    const name = freeSheetName(plan.name, this.sheetNames);
    this.sheets.set(name, []);
    for (const block of plan.blocks) this.storePlanBlock(name, block);
    for (const table of plan.tables) this.tables.set(table.name, { sheet: name, range: table.range });
    this.plans.set(name, plan);
    this.select(name, "A1");
    return name;
  }

  async highlight(findings: readonly Finding[]): Promise<void> {
    for (const { sheet, cell } of findings) if (cell) this.highlighted.add(`${sheet}!${cell}`);
  }

  async clearHighlights(): Promise<void> {
    this.highlighted.clear();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    this.select(sheet, cell);
  }

  onSelectionChanged(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  async readSettings(): Promise<Record<string, string>> {
    return Object.fromEntries(this.settings);
  }

  async writeSettings(values: Readonly<Record<string, string>>): Promise<void> {
    for (const [key, value] of Object.entries(values)) this.settings.set(key, value);
  }

  /** A plan's cells as the memory host keeps them: values, and formulas as their text. */
  private storePlanBlock(sheet: string, block: PlanBlock): void {
    const at = this.address(block.at);
    const values = block.rows.map((row) =>
      row.map((cell) => (isFormula(cell) ? `=${cell.formula.replace(/^=/, "")}` : cell)),
    );
    this.store({ sheet, top: at.start.row, left: at.start.column, values });
  }

  private address(text: string) {
    const at = parseRangeAddress(text);
    if (!at) throw new HostError("host-address-unreadable", { address: text });
    return at;
  }

  /** Rows and columns from A1 to the last cell with anything in it. */
  private usedSize(name: string): { rows: number; columns: number } {
    const cells = this.sheet(name);
    // A sheet's rows are a sparse array: count with a loop, as map() would keep the holes.
    let columns = 0;
    for (const row of cells) columns = Math.max(columns, row?.length ?? 0);
    return { rows: cells.length, columns };
  }

  private sheet(name: string): CellValue[][] {
    const cells = this.sheets.get(name);
    if (!cells) throw new HostError("host-sheet-missing", { sheet: name });
    return cells;
  }

  private async shownSheets(): Promise<Record<string, CellValue[][]>> {
    if (this.shown !== null) return this.shown;
    const version = this.version;
    const sheets = Object.fromEntries([...this.sheets].map(([name, cells]) => [name, dense(cells)]));
    const shown = await this.engine!.shownValues(sheets);
    if (version === this.version) this.shown = shown;
    return shown;
  }

  private store(block: ValueBlock): void {
    const cells = this.sheet(block.sheet);
    this.shown = null;
    this.version++;
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) (cells[block.top + r] ??= [])[block.left + c] = value;
      }),
    );
  }
}

/** A sheet's rows are sparse arrays; an engine gets them dense, blanks as null. */
function dense(cells: readonly CellValue[][]): CellValue[][] {
  return Array.from(cells, (line) => Array.from(line ?? [], (value) => value ?? null));
}
