/**
 * Vouchers as a SheetPlan, one voucher form under another and each printed on a page of its own (A5 landscape, as
 * vouchers are bound): unit, title, date and 记字第 N 号, lines of 摘要 | 总账科目 | 明细科目 | 借方金额 | 贷方金额 |
 * 记账符号, 合计 in figures and in words, 附件 N 张, and the signature line. 合计 and its words are live formulas
 * (core/words-formula), so a voucher filled in Excel totals as it is typed.
 *
 * Filled from entries, a voucher takes as many forms as its lines need, numbered 1/2, 2/2 (分数编号法), and each form's
 * unused lines are ruled through (划线注销), so that nothing can be written in after it is made: as on paper, one
 * line from the 摘要 under the last line used down to the 贷方金额 above 合计. The unused lines, 摘要 to 贷方金额, are
 * merged into one cell with a diagonal border, which Excel and LibreOffice draw corner to corner across a merged
 * area (a diagonal on cells not merged would be a line through each cell). The area holds nothing, is neither tinted
 * nor unlocked as a place to write, and SUM passes over it.
 */
import { DEFAULT_ACCOUNTS } from "../../core/accounts";
import { dateToSerial, type CalendarDate } from "../../core/dates";
import { blockAddress, cellAddress } from "../../core/grid";
import { fenToYuan } from "../../core/money";
import { emptyPlan, placedCells, type DiagonalLine, type SheetPlan } from "../../core/plan";
import { CHINESE_DATE_FORMAT, GRID_BORDERS, HEADER_FILL, MONEY_FORMAT, THIN_LINE } from "../../core/styles";
import { amountInWordsFormula, fenDigitsFormula } from "../../core/words-formula";
import {
  SIGNATURE_LABELS,
  VOUCHER_TITLES,
  VOUCHER_WORDS,
  type Voucher,
  type VoucherKind,
  type VoucherLine,
  type VoucherSettings,
} from "./model";

/** 摘要, 总账科目, 明细科目, 借方金额, 贷方金额, 记账符号: about 6.3 inches, within an A5 landscape page's margins. */
const WIDTHS = [26, 14, 14, 14, 14, 5];
const [SUMMARY, ACCOUNT, DETAIL, DEBIT, CREDIT, POSTED] = [0, 1, 2, 3, 4, 5];
/** The hidden column of the 分 digits the words formula reads. */
export const HELPER_COLUMN = 6;
const LAST = POSTED;

/** Rows of a form besides its lines: title, date and number, two header rows, 合计, 附件, signatures, a gap. */
const FIXED_ROWS = 8;
/** An A5 landscape page holds about 360 points between its margins; the rows besides the lines take about 150. */
const LINE_ROOM = 210;
const MAX_LINE_HEIGHT = 24;

/** Cells filled in by hand: tinted on screen, unlocked. */
const INPUT = { fill: "#FFF8E1", locked: false } as const;

/** The line through a filled form's unused lines: from the top-left corner down to the bottom-right. */
const CROSS_OUT: DiagonalLine = { style: "thin", direction: "down" };

/** One printed form: a voucher, or one page of it. */
export interface VoucherForm {
  kind: VoucherKind;
  /** The word the number is written with (记, 现收…). */
  word: string;
  number: number | string | null;
  part: { index: number; count: number } | null;
  date: CalendarDate | null;
  attachments: number | null;
  lines: readonly VoucherLine[];
}

const first = (labels: readonly string[]) => labels[0]!;

/** The rows a form takes, its gap below included: where the next one starts. */
export const formHeight = (lines: number) => lines + FIXED_ROWS;

/** A voucher's forms: its lines `lines` at a time, numbered 1/2, 2/2 when it takes more than one. */
export function formsOf(voucher: Voucher, lines: number): VoucherForm[] {
  const all = voucher.pages.flatMap((page) => page.lines);
  const count = Math.max(1, Math.ceil(all.length / lines));
  const attachments = voucher.pages.find((page) => page.attachments?.value != null)?.attachments?.value ?? null;
  return Array.from({ length: count }, (_, index) => ({
    kind: voucher.kind,
    word: voucher.word in VOUCHER_WORDS ? voucher.word : voucher.kind,
    number: voucher.number ?? (voucher.numberText === "" ? null : voucher.numberText),
    part: count > 1 ? { index: index + 1, count } : null,
    date: voucher.date?.value ?? null,
    attachments: index === 0 ? attachments : null,
    lines: all.slice(index * lines, (index + 1) * lines),
  }));
}

export function blankForm(kind: VoucherKind): VoucherForm {
  return { kind, word: kind, number: null, part: null, date: null, attachments: null, lines: [] };
}

/** 总账科目 as a voucher writes it, with its code where the entry gave one ("1002 银行存款"), and the 明细科目. */
function accountCells(line: VoucherLine): [string, string] {
  let [general, detail] = [line.account.value, line.detail];
  const dash = /^([^-—－_/\\]+)[-—－_/\\](.+)$/.exec(general);
  if (detail === "" && dash) [general, detail] = [dash[1]!.trim(), dash[2]!.trim()];
  if (line.code === "") return [general, detail];
  // An entry with a code alone: its name from the default chart, where it is there.
  const named =
    general === line.code ? (DEFAULT_ACCOUNTS.find((account) => account.code === line.code)?.name ?? "") : general;
  return [`${line.code} ${named}`.trim(), detail];
}

export function layoutVouchers(forms: readonly VoucherForm[], settings: VoucherSettings): SheetPlan {
  const kinds = new Set(forms.map((form) => form.kind));
  const plan = emptyPlan(kinds.size === 1 ? first(VOUCHER_TITLES[forms[0]!.kind]) : "凭证");
  const height = formHeight(settings.lines);
  const lineHeight = Math.min(MAX_LINE_HEIGHT, Math.floor(LINE_ROOM / settings.lines));
  const { put, block } = placedCells();
  const style = (range: string, cellStyle: SheetPlan["formats"][number]["style"]) =>
    plan.formats.push({ range, style: cellStyle });

  forms.forEach((form, index) => {
    const top = index * height;
    const header = top + 2;
    const firstLine = top + 4;
    const total = firstLine + settings.lines;
    const title = first(VOUCHER_TITLES[form.kind]);

    put(top, 0, title);
    plan.merges.push(blockAddress(top, 0, 1, LAST + 1));
    style(cellAddress(top, 0), {
      font: { bold: true, size: 18 },
      alignment: { horizontal: "center", vertical: "center" },
      borders: { bottom: { style: "double" } },
    });

    // A line to write the unit on, not a colon that ends the cell: a cell ending so is a label, and the date's label
    // beside it would then be read as one of a row of labels with the date under it.
    put(top + 1, SUMMARY, `核算单位：${settings.unit === "" ? "________________" : settings.unit}`);
    put(top + 1, ACCOUNT, "日期：");
    put(top + 1, DETAIL, form.date ? dateToSerial(form.date) : null);
    put(top + 1, DEBIT, `${form.word}字第`);
    put(top + 1, CREDIT, form.number);
    put(top + 1, POSTED, form.part ? `${form.part.index}/${form.part.count}` : null);
    style(cellAddress(top + 1, ACCOUNT), { alignment: { horizontal: "right" } });
    style(cellAddress(top + 1, DETAIL), {
      ...INPUT,
      numberFormat: CHINESE_DATE_FORMAT,
      alignment: { horizontal: "left" },
    });
    style(cellAddress(top + 1, DEBIT), { alignment: { horizontal: "right" } });
    style(cellAddress(top + 1, CREDIT), { ...INPUT, numberFormat: '0"号"', alignment: { horizontal: "left" } });
    // "1/2" typed into a General cell becomes 2 January.
    style(cellAddress(top + 1, POSTED), { numberFormat: "@" });

    put(header, SUMMARY, "摘要");
    put(header, ACCOUNT, "会计科目");
    put(header, DEBIT, "借方金额");
    put(header, CREDIT, "贷方金额");
    put(header, POSTED, "记账符号");
    put(header + 1, ACCOUNT, "总账科目");
    put(header + 1, DETAIL, "明细科目");
    for (const column of [SUMMARY, DEBIT, CREDIT, POSTED]) plan.merges.push(blockAddress(header, column, 2, 1));
    plan.merges.push(blockAddress(header, ACCOUNT, 1, 2));
    style(blockAddress(header, 0, 2, LAST + 1), {
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { horizontal: "center", vertical: "center", wrap: true },
    });

    for (let row = firstLine; row < total; row++) {
      const line = form.lines[row - firstLine];
      if (line) {
        const [general, detail] = accountCells(line);
        put(row, SUMMARY, line.summary.value);
        put(row, ACCOUNT, general);
        put(row, DETAIL, detail === "" ? null : detail);
        put(row, DEBIT, line.debit.value ? fenToYuan(line.debit.value) : null);
        put(row, CREDIT, line.credit.value ? fenToYuan(line.credit.value) : null);
      } else put(row, SUMMARY, null);
      plan.rows.push({ index: row, height: lineHeight });
    }
    const amounts = (column: number) => blockAddress(firstLine, column, settings.lines, 1);
    const unused = form.lines.length > 0 ? settings.lines - form.lines.length : 0;
    style(blockAddress(firstLine, 0, settings.lines - unused, LAST + 1), INPUT);
    style(blockAddress(firstLine, DEBIT, settings.lines, 2), { numberFormat: MONEY_FORMAT });
    if (unused > 0) {
      const crossed = blockAddress(total - unused, SUMMARY, unused, CREDIT + 1);
      plan.merges.push(crossed);
      // Boxed in its own format, so that its sides go wherever its line goes (Excel draws it after the merge).
      style(crossed, { borders: { ...GRID_BORDERS, diagonal: CROSS_OUT } });
    }

    put(total, SUMMARY, "合计");
    put(total, ACCOUNT, { formula: amountInWordsFormula(cellAddress(total, HELPER_COLUMN)) });
    plan.merges.push(blockAddress(total, ACCOUNT, 1, 2));
    put(total, DEBIT, { formula: `=ROUND(SUM(${amounts(DEBIT)}),2)` });
    put(total, CREDIT, { formula: `=ROUND(SUM(${amounts(CREDIT)}),2)` });
    put(total, HELPER_COLUMN, { formula: fenDigitsFormula(cellAddress(total, DEBIT)) });
    style(cellAddress(total, SUMMARY), { font: { bold: true }, alignment: { horizontal: "center" } });
    style(blockAddress(total, DEBIT, 1, 2), { numberFormat: MONEY_FORMAT, font: { bold: true } });
    style(blockAddress(header, 0, total - header + 1, LAST + 1), { borders: GRID_BORDERS });
    plan.rows.push({ index: total, height: lineHeight });

    put(total + 1, SUMMARY, "附件");
    put(total + 1, ACCOUNT, form.attachments);
    put(total + 1, DETAIL, "张");
    style(cellAddress(total + 1, SUMMARY), { alignment: { horizontal: "right" } });
    style(cellAddress(total + 1, ACCOUNT), {
      ...INPUT,
      numberFormat: "0",
      alignment: { horizontal: "center" },
      borders: { bottom: THIN_LINE },
    });

    SIGNATURE_LABELS.forEach((label, column) => put(total + 2, column, `${label}：`));
    plan.rows.push({ index: top, height: 30 }, { index: total + 2, height: 24 });
  });

  plan.blocks.push(block(HELPER_COLUMN + 1));
  WIDTHS.forEach((width, index) => plan.columns.push({ index, width }));
  plan.columns.push({ index: HELPER_COLUMN, hidden: true });
  plan.print = {
    paper: "A5",
    orientation: "landscape",
    fitToWidth: true,
    margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4, header: 0.2, footer: 0.2 },
    rowBreaks: forms.slice(1).map((_, index) => (index + 1) * height),
  };
  return plan;
}
