/**
 * The 大写金额 settings from text fields: `prefix` (yes / no; the command line's --no-prefix says no) and `column`,
 * the column letters the words go to (absent: the column right of the amounts; given, it must name a column). The
 * pane's fields use the same names.
 */
import { columnIndex } from "../../core/grid";
import type { SettingsFields } from "../../core/kinds";
import { fail, ok, onField, type Result } from "../../core/result";
import type { WordsSettings } from "./model";

export function parseWordsSettings(fields: SettingsFields): Result<WordsSettings> {
  const prefixText = fields.prefix?.trim() ?? "";
  if (!/^(|yes|no|true|false|是|否)$/i.test(prefixText))
    return onField("prefix", fail("amount-words-prefix-invalid", { text: prefixText }));
  const prefix = !/^(no|false|否)$/i.test(prefixText);
  if (fields.column === undefined) return ok({ prefix, target: { kind: "right" } });
  const letters = fields.column.trim();
  const column = columnIndex(letters);
  if (column === null) return onField("column", fail("amount-words-column-invalid", { text: letters }));
  return ok({ prefix, target: { kind: "column", column } });
}
