/**
 * The 凭证 page's actions as plain async functions over a WorkbookHost: check the vouchers on the active sheet (our
 * forms, or a list exported by accounting software) against the workbook's chart of accounts, and generate vouchers,
 * blank or from the entries in the selection, through the same settings parser and generator as
 * `cashbook generate voucher`. Each takes the run's stop signal and stops between steps, never halfway through a write.
 */
import type { Finding } from "../../core/findings";
import type { SettingsFields } from "../../core/kinds";
import type { Problem } from "../../core/result";
import type { ReadOptions, WorkbookHost } from "../../hosts/host";
import {
  chartOf,
  checkVoucherSheet,
  generateVouchers as vouchersFromSettings,
  parseVoucherSettings,
  readChartSheet,
  readVouchers,
  type VoucherKind,
} from "../../jobs/voucher";
import { SHEET_TOP, stopPoint } from "./flow";

/**
 * The chart the checks use, as `cashbook check` finds it: the workbook's first 科目表 sheet, else the default chart.
 * Only the top of each sheet is read to find it, so that a workbook of long journals is not read whole.
 */
async function workbookChart(host: WorkbookHost, options: ReadOptions) {
  stopPoint(options);
  const chart = (await host.readSheetTops(SHEET_TOP)).find((top) => readChartSheet(top));
  if (chart) return chartOf([await host.readUsedRange(chart.sheet, { signal: options.signal })]);
  return chartOf([]);
}

export type CheckVouchersOutcome =
  { kind: "no-vouchers"; sheet: string } | { kind: "checked"; sheet: string; vouchers: number; findings: Finding[] };

/** Every voucher check on the active sheet; a sheet with neither our forms nor a voucher list says so. */
export async function checkActiveSheet(host: WorkbookHost, options: ReadOptions = {}): Promise<CheckVouchersOutcome> {
  const { sheet } = await host.readSelection();
  const grid = await host.readUsedRange(sheet, options);
  const read = readVouchers(grid);
  if (!read) return { kind: "no-vouchers", sheet };
  const chart = await workbookChart(host, options);
  return { kind: "checked", sheet, vouchers: read.vouchers.length, findings: checkVoucherSheet(grid, { chart }) };
}

export interface VoucherForm {
  unit: string;
  word: VoucherKind;
  /** 空白凭证张数, for blank vouchers. */
  count: string;
  lines: string;
  source: "blank" | "selection";
}

/** The form as the generator's settings fields, the names the command line's options have. */
export function voucherFields(form: VoucherForm): SettingsFields {
  // The page hides 张数 when the vouchers come from entries: what it held is not meant for them.
  return {
    unit: form.unit,
    word: form.word,
    lines: form.lines,
    count: form.source === "blank" ? form.count : undefined,
  };
}

export type GenerateVouchersOutcome =
  | { kind: "problem"; problem: Problem; findings?: Finding[] }
  /** `blank`: how many blank vouchers; null for vouchers from entries. */
  | { kind: "generated"; sheet: string; blank: number | null };

/**
 * Vouchers on a new sheet, blank or from the selection's entries: a selection with a cell that cannot be read, or
 * with a voucher in error (unbalanced, its number used twice), is refused on the page's 来源 field (`from`, as the
 * command line calls it) with every such cell listed, since a voucher made from it would be wrong.
 */
export async function generateVoucherSheet(
  host: WorkbookHost,
  form: VoucherForm,
  options: ReadOptions = {},
): Promise<GenerateVouchersOutcome> {
  const settings = parseVoucherSettings(voucherFields(form));
  if (!settings.ok) return { kind: "problem", problem: settings.problem };
  const sources = form.source === "selection" ? [await host.readSelection()] : undefined;
  const generated = vouchersFromSettings(settings.value, sources);
  if (!generated.ok) return { kind: "problem", problem: generated.problem, findings: generated.findings };
  stopPoint(options);
  let first = "";
  for (const plan of generated.value) {
    const sheet = await host.applyPlan(plan);
    first ||= sheet;
  }
  await host.writeSettings({ unit: form.unit });
  return { kind: "generated", sheet: first, blank: sources ? null : settings.value.count };
}
