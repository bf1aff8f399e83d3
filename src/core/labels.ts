/**
 * The labelled-value reader: forms (报销单, 支付证明单, 借支单, 凭证) are read by their labels, never by fixed positions,
 * so that the forms an organisation already uses read as well as ours. A value stands in one of three places:
 * - beside its label, with merged or empty cells between (at most MAX_BLANKS_BETWEEN): 经办人： | | 张三, the search
 *   stopped by the next label on the line;
 * - under it, when labels stand side by side as a row over the row that is filled in: 总经理 | 会计审核 | 经办人 over
 *   the signatures, or 部门 | (merged) | 报销人 | (merged) over 财务部 | | 张三 |;
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

/**
 * How many empty cells may stand between a label and its value on the label's line: the rest of a merged label and a
 * spacer or two. A value farther along the line belongs to something else there (a page number at the margin).
 */
export const MAX_BLANKS_BETWEEN = 8;

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
 * `otherLabels` are the form's labels that are not read here (the signature line's, when reading the fields): a
 * value is never taken from one of them, and one stops the search along the line as a label read here does.
 */
export function findLabelledValues<Field extends string>(
  grid: Grid,
  aliases: Aliases<Field>,
  otherLabels: Aliases<string> = {},
): Partial<Record<Field, LabelledValue>> {
  const cells = labelCells(grid, aliases);
  /** Each label cell, and whether it holds its value after a colon (单位：某某公司): such a cell is no bare label. */
  const labels = new Map(
    [...cells, ...labelCells(grid, otherLabels)].map(({ row, column, inline }) => [`${row}:${column}`, inline]),
  );
  // A text ending in a colon is some label too, though not one of these: a value never ends so.
  const labelAt = (row: number, column: number) => {
    const cell = grid.values[row]?.[column];
    return labels.has(`${row}:${column}`) || (typeof cell === "string" && /[:：]\s*$/.test(cell));
  };
  /** A label that waits for its value elsewhere, as the labels of a row of labels do. */
  const bareLabelAt = (row: number, column: number) =>
    labelAt(row, column) && labels.get(`${row}:${column}`) === undefined;
  const valueAt = (row: number, column: number): CellValue => grid.values[row]?.[column] ?? "";
  /** The first cell holding something after the label on its line, within the bound, or -1. */
  const filledAfter = (row: number, column: number): number => {
    const line = grid.values[row] ?? [];
    const last = Math.min(line.length - 1, column + 1 + MAX_BLANKS_BETWEEN);
    for (let c = column + 1; c <= last; c++) if (!isBlank(line[c])) return c;
    return -1;
  };
  /** Whether the line holds bare labels and nothing else, two at least. */
  const rowOfLabels = (row: number) => {
    const filled = (grid.values[row] ?? []).flatMap((cell, column) => (isBlank(cell) ? [] : [column]));
    return filled.length >= 2 && filled.every((column) => bareLabelAt(row, column));
  };
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
    else if (bareLabelAt(row, column + 1) || bareLabelAt(row, column - 1)) {
      // A row of labels: each one's value is under it.
      value = at(row + 1, column, labelAt(row + 1, column) ? "" : valueAt(row + 1, column));
    } else {
      const right = filledAfter(row, column);
      // Labels merged over several cells, side by side, on a line that holds nothing else, over the line that is
      // filled in: the value is under the label, at the top-left of its own merged cells.
      const under = rowOfLabels(row) && !isBlank(valueAt(row + 1, column)) && !labelAt(row + 1, column);
      if (right >= 0 && !labelAt(row, right)) value = at(row, right, valueAt(row, right));
      else if (under) value = at(row + 1, column, valueAt(row + 1, column));
      else if (right < 0) {
        // Nothing to the right: the value may be on the line below, when that line holds nothing else (a label
        // over a signature centred in merged cells), from the label's column on.
        const below = grid.values[row + 1] ?? [];
        const filled = below.flatMap((cell, index) => (isBlank(cell) ? [] : [index]));
        const alone = filled.length === 1 && filled[0]! >= column && !labelAt(row + 1, filled[0]!) ? filled[0]! : -1;
        value = alone >= 0 ? at(row + 1, alone, valueAt(row + 1, alone)) : at(row, column + 1, "");
      } else value = at(row, column + 1, "");
    }
    const previous = found[cell.field];
    if (previous === undefined || (isBlank(previous.value) && !isBlank(value.value))) found[cell.field] = value;
  }
  return found;
}
