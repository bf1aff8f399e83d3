/**
 * The voucher job's pipelines: a sheet of vouchers (our forms, or a list exported from accounting software) read and
 * checked against the workbook's chart of accounts (a 科目表 sheet, else the default chart); and vouchers generated,
 * blank or from a table of entries grouped by voucher number. The shells reach them through index.ts.
 */
import { DEFAULT_ACCOUNTS, type Account } from "../../core/accounts";
import type { Finding } from "../../core/findings";
import { parseRangeAddress, type Grid } from "../../core/grid";
import type { Generated, GeneratorKind, SheetKind } from "../../core/kinds";
import { ok } from "../../core/result";
import { blankForm, formsOf, layoutVouchers } from "./layout";
import type { VoucherCheckSettings, VoucherSettings } from "./model";
import { readChartSheet, readVoucherForms, readVoucherList, readVouchers } from "./read";
import { checkVouchers } from "./rules";
import { parseVoucherSettings } from "./settings";

/** The chart of the workbook's first 科目表 sheet, else the default chart (core/accounts). */
export function chartOf(workbook: readonly Grid[] | undefined): readonly Account[] {
  for (const grid of workbook ?? []) {
    const chart = readChartSheet(grid);
    if (chart) return chart;
  }
  return DEFAULT_ACCOUNTS;
}

/** Findings by row, then column. */
function inSheetOrder(findings: Finding[]): Finding[] {
  const at = (finding: Finding) => parseRangeAddress(finding.cell)?.start ?? { row: -1, column: -1 };
  return [...findings].sort((a, b) => at(a).row - at(b).row || at(a).column - at(b).column);
}

/** Every finding of a sheet of vouchers: what could not be read, then each check's, in sheet order. */
export function checkVoucherSheet(grid: Grid, settings: VoucherCheckSettings): Finding[] {
  const read = readVouchers(grid);
  if (!read) return [];
  return inSheetOrder([...read.findings, ...checkVouchers(read.vouchers, settings)]);
}

/** Our voucher forms, and forms laid out like them: titled blocks one under another. */
export const voucherSheet: SheetKind = {
  kind: "voucher",
  recognises: (grid) => readVoucherList(grid) === null && readVoucherForms(grid) !== null,
  check: (grid, workbook) => checkVoucherSheet(grid, { chart: chartOf(workbook) }),
};

/** A voucher list as accounting software exports it (凭证字号 on each row). */
export const voucherListSheet: SheetKind = {
  kind: "voucher-list",
  recognises: (grid) => readVoucherList(grid) !== null,
  check: (grid, workbook) => checkVoucherSheet(grid, { chart: chartOf(workbook) }),
};

const errorsOf = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === "error");

/** The entries refused, on the `from` field (--from, the page's choice of the selection), each finding listed. */
function refused(id: "voucher-entries-unreadable" | "voucher-entries-wrong", sheet: string, findings: Finding[]) {
  return { ok: false, problem: { id, field: "from", params: { sheet, count: findings.length } }, findings } as const;
}

const ENTRY_LABELS = ["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"].join("、");

/**
 * Vouchers from settings: from the entries of the first sheet of `sources` that has them, or blank. A cell of the
 * entries that cannot be read stops the generation, every such cell listed: a voucher made without it would be wrong.
 * So does a voucher the checks find an error in (debits and credits that differ, a number used twice in a month): a
 * form printed from it could not be posted. Both are refusals of the entries, the `from` field.
 */
export function generateVouchers(settings: VoucherSettings, sources?: readonly Grid[]): Generated {
  if (sources === undefined)
    return ok([
      layoutVouchers(
        Array.from({ length: settings.count }, () => blankForm(settings.kind)),
        settings,
      ),
    ]);
  for (const grid of sources) {
    const read = readVoucherList(grid, settings.kind);
    if (!read) continue;
    const unreadable = errorsOf(read.findings);
    if (unreadable.length > 0) return refused("voucher-entries-unreadable", grid.sheet, unreadable);
    const wrong = errorsOf(checkVouchers(read.vouchers, { chart: [] }));
    if (wrong.length > 0) return refused("voucher-entries-wrong", grid.sheet, inSheetOrder(wrong));
    const forms = read.vouchers.flatMap((voucher) => formsOf(voucher, settings.lines));
    return ok([layoutVouchers(forms.length > 0 ? forms : [blankForm(settings.kind)], settings)]);
  }
  return {
    ok: false,
    problem: { id: "voucher-entries-no-header", params: { sheet: sources[0]?.sheet ?? "", labels: ENTRY_LABELS } },
  };
}

/** `cashbook generate voucher`. */
export const voucherGenerator: GeneratorKind<VoucherSettings> = {
  kind: "voucher",
  usage: [
    { fields: [{ name: "from", value: "FILE" }], optional: true },
    { fields: [{ name: "unit", value: "NAME" }], optional: true },
    { fields: [{ name: "lines", value: "N" }], optional: true },
    { fields: [{ name: "word", value: "记|收|付|转" }], optional: true },
    { fields: [{ name: "count", value: "N" }], optional: true },
  ],
  settings: parseVoucherSettings,
  generate: generateVouchers,
};

export const voucherJob = {
  id: "voucher",
  sheetKinds: [voucherListSheet, voucherSheet],
  generators: [voucherGenerator],
} as const;
