/**
 * The voucher generator's settings from text fields: `unit` (核算单位), `lines` (每张凭证行数), `word` (记 / 收 / 付 /
 * 转: the kind of blank vouchers, and the word of numbers written without one) and `count` (空白凭证张数). The command
 * line's options and the pane's fields go through this one parser; a field left blank keeps its default, and a
 * problem names its field.
 */
import { parseCount } from "../../core/cells";
import type { SettingsFields } from "../../core/kinds";
import { toHalfWidth } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import {
  DEFAULT_COUNT,
  DEFAULT_LINES,
  MAX_COUNT,
  MAX_LINES,
  MIN_LINES,
  VOUCHER_TITLES,
  type VoucherKind,
  type VoucherSettings,
} from "./model";

function given(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

function parseLines(text: string): Result<number> {
  const count = parseCount(text, MAX_LINES);
  return count.ok && count.value >= MIN_LINES
    ? count
    : fail("voucher-settings-lines", { text, min: MIN_LINES, max: MAX_LINES });
}

/** 记, 收, 付, 转, or a title (收款凭证), or the kind's English name. */
function parseWord(text: string): Result<VoucherKind> {
  const plain = toHalfWidth(text).trim().toLowerCase();
  const english: Record<string, VoucherKind> = { general: "记", receipt: "收", payment: "付", transfer: "转" };
  const kind = (Object.keys(VOUCHER_TITLES) as VoucherKind[]).find(
    (candidate) => candidate === plain || VOUCHER_TITLES[candidate].includes(plain) || english[plain] === candidate,
  );
  return kind ? ok(kind) : fail("voucher-settings-word", { text });
}

function parseVoucherCount(text: string): Result<number> {
  const count = parseCount(text, MAX_COUNT);
  return count.ok && count.value >= 1 ? count : fail("voucher-settings-count", { text, max: MAX_COUNT });
}

export function parseVoucherSettings(fields: SettingsFields): Result<VoucherSettings> {
  const settings: VoucherSettings = {
    unit: given(fields.unit) ?? "",
    lines: DEFAULT_LINES,
    kind: "记",
    count: DEFAULT_COUNT,
  };
  const lines = given(fields.lines);
  if (lines !== undefined) {
    const parsed = onField("lines", parseLines(lines));
    if (!parsed.ok) return parsed;
    settings.lines = parsed.value;
  }
  const word = given(fields.word);
  if (word !== undefined) {
    const parsed = onField("word", parseWord(word));
    if (!parsed.ok) return parsed;
    settings.kind = parsed.value;
  }
  const count = given(fields.count);
  if (count !== undefined) {
    const parsed = onField("count", parseVoucherCount(count));
    if (!parsed.ok) return parsed;
    settings.count = parsed.value;
  }
  return ok(settings);
}
