/**
 * The 现金盘点表 sheet: the day and the time of the count (盘点时间: cash moves during the day, and the count holds
 * for its hour), one row per denomination (count × face value), the counted total, the journal's balance for the
 * day, receipts and payments made but not yet posted (已收款未记账, 已付款未记账) that adjust it (账面余额 ± 未记账 =
 * 调整后账存), 账存差额 and whether it is 盘盈, 盘亏 or 相符, then the signature lines of 出纳, 监盘人 and 会计主管. Every
 * figure after the counts is a live formula, so the sheet stays right while the cashier types the counts in. Amounts
 * are rounded to 分 in the formulas because face values such as 0.1 元 have no exact binary form.
 */
import { dateToSerial, formatIsoDate, type CalendarDate } from "../../core/dates";
import { blockAddress, cellAddress } from "../../core/grid";
import { fenToYuan } from "../../core/money";
import { emptyPlan, type PlanCell, type SheetPlan } from "../../core/plan";
import { GRID_BORDERS, HEADER_FILL, MONEY_FORMAT, THIN_LINE } from "../../core/styles";
import { DENOMINATIONS, OUTCOME_LABELS, type CashDifference, type Unrecorded } from "./model";

export interface CashCountSheet {
  /** 单位名称 */
  unit: string;
  /** 盘点日期 */
  date: CalendarDate;
  /** Counts in DENOMINATIONS order, or null to leave them for the cashier to fill in. */
  counts: readonly number[] | null;
  /** 日记账余额 for the date, in 分. */
  book: number;
  /** 已收款未记账 and 已付款未记账 in 分, or null to leave them for the cashier to fill in. */
  unrecorded: Unrecorded | null;
  /** What the sheet's formulas give for what it is written with (blank counts and items as 0), saved with them. */
  figures: CashDifference;
}

/** 0-based rows of the sheet; columns are A 面额, B 张（枚）数, C 金额. */
const TITLE_ROW = 0;
const UNIT_ROW = 1;
const TIME_ROW = 2;
const HEADER_ROW = 3;
const FIRST_COUNT_ROW = HEADER_ROW + 1;
const LAST_COUNT_ROW = FIRST_COUNT_ROW + DENOMINATIONS.length - 1;
const TOTAL_ROW = LAST_COUNT_ROW + 1;
const BOOK_ROW = TOTAL_ROW + 1;
const RECEIVED_ROW = BOOK_ROW + 1;
const PAID_ROW = RECEIVED_ROW + 1;
const ADJUSTED_ROW = PAID_ROW + 1;
const DIFFERENCE_ROW = ADJUSTED_ROW + 1;
const OUTCOME_ROW = DIFFERENCE_ROW + 1;
const REASON_ROW = OUTCOME_ROW + 1;
const NOTE_ROW = REASON_ROW + 1;
const SIGNATURE_ROW = NOTE_ROW + 2;

const COUNT_COLUMN = 1;
const AMOUNT_COLUMN = 2;

/** Where the figures are, for the shells that read a filled-in sheet back and for the recalculation tests. */
export const CASH_COUNT_CELLS = {
  counts: blockAddress(FIRST_COUNT_ROW, COUNT_COLUMN, DENOMINATIONS.length, 1),
  amounts: blockAddress(FIRST_COUNT_ROW, AMOUNT_COLUMN, DENOMINATIONS.length, 1),
  counted: cellAddress(TOTAL_ROW, AMOUNT_COLUMN),
  book: cellAddress(BOOK_ROW, AMOUNT_COLUMN),
  time: cellAddress(TIME_ROW, AMOUNT_COLUMN),
  unrecordedReceipts: cellAddress(RECEIVED_ROW, AMOUNT_COLUMN),
  unrecordedPayments: cellAddress(PAID_ROW, AMOUNT_COLUMN),
  adjusted: cellAddress(ADJUSTED_ROW, AMOUNT_COLUMN),
  difference: cellAddress(DIFFERENCE_ROW, AMOUNT_COLUMN),
  outcome: cellAddress(OUTCOME_ROW, AMOUNT_COLUMN),
  reason: blockAddress(REASON_ROW, COUNT_COLUMN, 1, 2),
} as const;

/** Cells the cashier types into: tinted, and left unlocked on the protected sheet. */
const INPUT = { fill: "#FFF8E1", locked: false } as const;

/** Text the formulas write, quoted for a formula string. */
const quoted = (text: string) => `"${text}"`;

export function layoutCashCount(sheet: CashCountSheet): SheetPlan {
  const difference = CASH_COUNT_CELLS.difference;
  const { figures } = sheet;
  const counts = sheet.counts ?? [];
  const countRows = DENOMINATIONS.map(({ fen, label }, index): PlanCell[] => {
    const countCell = cellAddress(FIRST_COUNT_ROW + index, COUNT_COLUMN);
    const amount = {
      formula: `=ROUND(${countCell}*${fenToYuan(fen)},2)`,
      result: fenToYuan(fen * (counts[index] ?? 0)),
    };
    return [label, sheet.counts?.[index] ?? null, amount];
  });
  const { surplus, shortage, agrees } = OUTCOME_LABELS;
  const plan = emptyPlan(`现金盘点表 ${formatIsoDate(sheet.date)}`);
  plan.blocks.push({
    at: cellAddress(TITLE_ROW, 0),
    rows: [
      ["现金盘点表", null, null],
      [`单位：${sheet.unit}`, "盘点日期：", dateToSerial(sheet.date)],
      [null, "盘点时间：", null],
      ["面额", "张（枚）数", "金额"],
      ...countRows,
      ["实盘合计", null, { formula: `=ROUND(SUM(${CASH_COUNT_CELLS.amounts}),2)`, result: fenToYuan(figures.counted) }],
      ["日记账余额（账面余额）", null, fenToYuan(sheet.book)],
      ["加：已收款未记账", null, sheet.unrecorded ? fenToYuan(sheet.unrecorded.receipts) : null],
      ["减：已付款未记账", null, sheet.unrecorded ? fenToYuan(sheet.unrecorded.payments) : null],
      [
        "调整后账存",
        null,
        {
          formula: `=ROUND(${CASH_COUNT_CELLS.book}+${CASH_COUNT_CELLS.unrecordedReceipts}-${CASH_COUNT_CELLS.unrecordedPayments},2)`,
          result: fenToYuan(figures.adjusted),
        },
      ],
      [
        "账存差额（实盘 − 调整后账存）",
        null,
        {
          formula: `=ROUND(${CASH_COUNT_CELLS.counted}-${CASH_COUNT_CELLS.adjusted},2)`,
          result: fenToYuan(figures.difference),
        },
      ],
      [
        "盘点结果",
        null,
        {
          formula: `=IF(${difference}>0,${quoted(surplus)},IF(${difference}<0,${quoted(shortage)},${quoted(agrees)}))`,
          result: OUTCOME_LABELS[figures.outcome],
        },
      ],
      ["差额原因及处理", null, null],
      ["白条、借条等不是现金，不得抵充库存，不计入实盘数。", null, null],
      [],
      ["出纳：", "监盘人：", "会计主管："],
    ],
  });
  plan.merges.push(
    blockAddress(TITLE_ROW, 0, 1, 3),
    CASH_COUNT_CELLS.reason,
    blockAddress(NOTE_ROW, 0, 1, 3),
    ...[TOTAL_ROW, BOOK_ROW, RECEIVED_ROW, PAID_ROW, ADJUSTED_ROW, DIFFERENCE_ROW, OUTCOME_ROW].map((r) =>
      blockAddress(r, 0, 1, 2),
    ),
  );
  plan.formats.push(
    {
      range: cellAddress(TITLE_ROW, 0),
      style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } },
    },
    { range: cellAddress(UNIT_ROW, 1), style: { alignment: { horizontal: "right" } } },
    { range: cellAddress(UNIT_ROW, 2), style: { numberFormat: "yyyy-mm-dd", alignment: { horizontal: "left" } } },
    { range: cellAddress(TIME_ROW, 1), style: { alignment: { horizontal: "right" } } },
    // Filled in at the count, as 17:30.
    { range: CASH_COUNT_CELLS.time, style: { ...INPUT, numberFormat: "hh:mm", alignment: { horizontal: "left" } } },
    { range: blockAddress(HEADER_ROW, 0, REASON_ROW - HEADER_ROW + 1, 3), style: { borders: GRID_BORDERS } },
    {
      range: blockAddress(HEADER_ROW, 0, 1, 3),
      style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" } },
    },
    {
      range: blockAddress(FIRST_COUNT_ROW, 0, DENOMINATIONS.length, 1),
      style: { alignment: { horizontal: "center" } },
    },
    { range: CASH_COUNT_CELLS.counts, style: { ...INPUT, numberFormat: "#,##0" } },
    {
      range: blockAddress(FIRST_COUNT_ROW, AMOUNT_COLUMN, DIFFERENCE_ROW - FIRST_COUNT_ROW + 1, 1),
      style: { numberFormat: MONEY_FORMAT },
    },
    { range: blockAddress(TOTAL_ROW, 0, OUTCOME_ROW - TOTAL_ROW + 1, 3), style: { font: { bold: true } } },
    { range: CASH_COUNT_CELLS.book, style: INPUT },
    { range: `${CASH_COUNT_CELLS.unrecordedReceipts}:${CASH_COUNT_CELLS.unrecordedPayments}`, style: INPUT },
    { range: CASH_COUNT_CELLS.outcome, style: { alignment: { horizontal: "center" } } },
    { range: CASH_COUNT_CELLS.reason, style: { ...INPUT, alignment: { wrap: true, vertical: "top" } } },
    {
      range: cellAddress(NOTE_ROW, 0),
      style: { font: { italic: true, size: 9, color: "#595959" }, alignment: { wrap: true } },
    },
    // Each signature cell is a line to sign on, its label at the left.
    {
      range: blockAddress(SIGNATURE_ROW, 0, 1, 3),
      style: { borders: { bottom: THIN_LINE }, alignment: { horizontal: "left", vertical: "bottom" } },
    },
  );
  plan.conditionalFormats.push({
    range: `${difference}:${CASH_COUNT_CELLS.outcome}`,
    rule: { kind: "expression", formula: `=${absolute(difference)}<>0` },
    style: { font: { bold: true, color: "#C00000" } },
  });
  plan.columns.push({ index: 0, width: 24 }, { index: 1, width: 16 }, { index: 2, width: 20 });
  plan.rows.push(
    { index: TITLE_ROW, height: 30 },
    { index: REASON_ROW, height: 48 },
    { index: NOTE_ROW, height: 18 },
    { index: SIGNATURE_ROW, height: 36 },
  );
  plan.protect = { allowFormatColumns: true, allowSort: false };
  plan.print = { paper: "A4", orientation: "portrait", fitToWidth: true };
  return plan;
}

/** "C17" → "$C$17": a conditional format's formula is relative to each cell of its range unless anchored. */
function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}
