/**
 * The labelled-value reader: forms (报销单, 支付证明单, 借支单, 凭证) are read by their labels, never by fixed positions,
 * so that the forms an organisation already uses read as well as ours. A value stands in one of three places:
 * - beside its label, with merged or empty cells between: 经办人： | | 张三;
 * - under it, when labels stand side by side as a row over the row that is filled in: 总经理 | 会计审核 | 经办人 over
 *   the signatures;
 * - in the label's own cell after a colon: “经办人：张三”.
 * Labels are compared as the header finder compares them (normalizedLabel: no spaces, full-width read as half-width,
 * a trailing colon dropped, a bracketed note such as （签字） or （大写） matched with or without it).
 */
import type { CellValue, Grid } from "./grid";
import { isBlank } from "./grid";
import { labelMatcher, normalizedLabel, type Aliases } from "./header";
import { toHalfWidth } from "./money";

export interface LabelledValue {
  /** Row and column within the grid of the label. */
  labelRow: number;
  labelColumn: number;
  /** Row and column within the grid of the value, or of the cell where it belongs when it is blank. */
  row: number;
  column: number;
  /** The value; for a value in the label's own cell, the text after the colon. Blank is "". */
  value: CellValue;
}

/** Text after a colon that holds nothing but rules or brackets to sign on (“经办人：______”) is no value. */
const NOTHING_WRITTEN = /^[\s_＿\-—.。·()（）[\]【】]*$/;

const COLON = /[:：]/;

interface LabelCell<Field extends string> {
  field: Field;
  row: number;
  column: number;
  /** The text after the colon when the label's own cell holds the value. */
  inline?: string;
}

function labelCells<Field extends string>(grid: Grid, aliases: Aliases<Field>): LabelCell<Field>[] {
  const match = labelMatcher(aliases);
  const cells: LabelCell<Field>[] = [];
  grid.values.forEach((line, row) =>
    line.forEach((cell, column) => {
      if (typeof cell !== "string" || cell.trim() === "") return;
      const whole = match(normalizedLabel(cell));
      if (whole !== undefined) return void cells.push({ field: whole, row, column });
      const colon = toHalfWidth(cell).search(COLON);
      if (colon <= 0) return;
      const field = match(normalizedLabel(cell.slice(0, colon)));
      if (field === undefined) return;
      const rest = cell.slice(colon + 1).trim();
      cells.push(NOTHING_WRITTEN.test(rest) ? { field, row, column } : { field, row, column, inline: rest });
    }),
  );
  return cells;
}

/**
 * Every field of `aliases` that has a label in the grid, with its value. Where a field's label appears more than
 * once (报销人 in the heading and again on the signature line), the first one with a value wins, else the first.
 */
export function findLabelledValues<Field extends string>(
  grid: Grid,
  aliases: Aliases<Field>,
): Partial<Record<Field, LabelledValue>> {
  const cells = labelCells(grid, aliases);
  const isLabel = new Set(cells.map(({ row, column }) => `${row}:${column}`));
  // A text ending in a colon is some label too, though not one of these: a value never ends so.
  const labelAt = (row: number, column: number) => {
    const cell = grid.values[row]?.[column];
    return isLabel.has(`${row}:${column}`) || (typeof cell === "string" && /[:：]\s*$/.test(cell));
  };
  const valueAt = (row: number, column: number): CellValue => grid.values[row]?.[column] ?? "";
  const found: Partial<Record<Field, LabelledValue>> = {};
  for (const cell of cells) {
    const { row, column } = cell;
    const at = (r: number, c: number, value: CellValue): LabelledValue => ({
      labelRow: row,
      labelColumn: column,
      row: r,
      column: c,
      value,
    });
    let value: LabelledValue;
    if (cell.inline !== undefined) value = at(row, column, cell.inline);
    else if (labelAt(row, column + 1) || labelAt(row, column - 1)) {
      // A row of labels: each one's value is under it.
      value = at(row + 1, column, labelAt(row + 1, column) ? "" : valueAt(row + 1, column));
    } else {
      const line = grid.values[row] ?? [];
      let beside = column + 1;
      while (beside < line.length && isBlank(line[beside])) beside++;
      if (beside < line.length && !labelAt(row, beside)) value = at(row, beside, valueAt(row, beside));
      else if (beside >= line.length) {
        // Nothing to the right: the value may be on the line below, when that line holds nothing else (a label
        // over a signature centred in merged cells), from the label's column on.
        const below = grid.values[row + 1] ?? [];
        const filled = below.flatMap((cell, index) => (isBlank(cell) ? [] : [index]));
        const under = filled.length === 1 && filled[0]! >= column && !labelAt(row + 1, filled[0]!) ? filled[0]! : -1;
        value = under >= 0 ? at(row + 1, under, valueAt(row + 1, under)) : at(row, column + 1, "");
      } else value = at(row, column + 1, "");
    }
    const previous = found[cell.field];
    if (previous === undefined || (isBlank(previous.value) && !isBlank(value.value))) found[cell.field] = value;
  }
  return found;
}
