/**
 * The 银行存款余额调节表 and the 对账记录 as SheetPlans.
 *
 * The 调节表 puts the equation of DOMAIN §5 at the top, in the two columns accountants print it in (企业 on the left,
 * 银行 on the right), and below it the four lists of 未达账项, each under its title with 日期, 票据号, 摘要 and 金额 and
 * closed by its 小计. Every figure after the two balances is a live formula over the lists: an item the cashier adds
 * in a list's spare rows, corrects or deletes changes the 小计, both adjusted balances, the 相符 / 不符 cell and the
 * difference. The lists are also what next month's reconciliation reads back as the 未达账项 carried in, so their
 * titles and headers are those read.ts looks for.
 */
import { dateToSerial, formatIsoDate, type CalendarDate } from "../../core/dates";
import { blockAddress, cellAddress, isBlank, type CellValue, type Grid, type ValueBlock } from "../../core/grid";
import { normalizedLabel } from "../../core/header";
import { fenToYuan } from "../../core/money";
import { emptyPlan, type PlanCell, type SheetPlan } from "../../core/plan";
import { GRID_BORDERS, HEADER_FILL, ISO_DATE_FORMAT, MONEY_FORMAT, THIN_LINE } from "../../core/styles";
import {
  OUTSTANDING_LISTS,
  OUTSTANDING_TITLES,
  type Ambiguity,
  type Item,
  type Match,
  type MatchKind,
  type MatchRule,
  type OutstandingList,
  type Reconciliation,
} from "./model";

/** Rows the cashier may type further items into, under each list's items. */
const SPARE_ROWS = 2;
const WIDTH = 4;
const NUMBERING = ["一", "二", "三", "四"];

/** Where the figures are on a 调节表, for the shells and the recalculation test. */
export interface ReconciliationCells {
  bookBalance: string;
  statementBalance: string;
  adjustedBook: string;
  adjustedStatement: string;
  agrees: string;
  difference: string;
  subtotals: Record<OutstandingList, string>;
}

export interface ReconciliationSheet {
  /** 开户银行, as the statement's profile names it ("" when unknown). */
  bank: string;
  /** The account, such as the bank journal's sheet name. */
  account: string;
  /** The date the balances are at: the latest date of the month's lines. */
  asOf: CalendarDate;
  reconciliation: Reconciliation;
}

export const AGREES_TEXT = "相符";
export const DISAGREES_TEXT = "不符";

/** The list titles as the sheet writes them: the first of OUTSTANDING_TITLES. */
const title = (list: OutstandingList) => OUTSTANDING_TITLES[list][0]!;

export function layoutReconciliation(sheet: ReconciliationSheet): { plan: SheetPlan; cells: ReconciliationCells } {
  const { reconciliation } = sheet;
  const plan = emptyPlan(`银行存款余额调节表 ${formatIsoDate(sheet.asOf)}`);
  // Rows 0–8: title, bank and date, the equation's header and its five rows.
  const sectionsTop = 10;
  const subtotals = {} as Record<OutstandingList, string>;
  /** In 分: what each list's 小计 adds up, saved with the formulas as their results. */
  const sums = {} as Record<OutstandingList, number>;
  const sectionRows: PlanCell[][] = [];
  const itemBlocks: string[] = [];
  const headerRows: number[] = [];
  const titleRows: number[] = [];
  const subtotalRows: number[] = [];
  let row = sectionsTop;
  OUTSTANDING_LISTS.forEach((list, index) => {
    const items = reconciliation.outstanding[list];
    titleRows.push(row);
    sectionRows.push([`${NUMBERING[index]}、${title(list)}`, null, null, null]);
    headerRows.push(row + 1);
    sectionRows.push(["日期", "票据号", "摘要", "金额"]);
    const first = row + 2;
    for (const item of items)
      sectionRows.push([dateToSerial(item.date), item.number, item.summary, fenToYuan(item.amount)]);
    for (let spare = 0; spare < SPARE_ROWS; spare++) sectionRows.push([null, null, null, null]);
    const last = first + items.length + SPARE_ROWS - 1;
    itemBlocks.push(blockAddress(first, 0, last - first + 1, WIDTH));
    const subtotalRow = last + 1;
    subtotalRows.push(subtotalRow);
    subtotals[list] = cellAddress(subtotalRow, 3);
    sums[list] = items.reduce((sum, item) => sum + item.amount, 0);
    sectionRows.push([
      "小计",
      null,
      null,
      { formula: `=ROUND(SUM(${blockAddress(first, 3, last - first + 1, 1)}),2)`, result: fenToYuan(sums[list]) },
    ]);
    sectionRows.push([null, null, null, null]);
    row = subtotalRow + 2;
  });
  const signatureRow = row;
  const subtotal = (list: OutstandingList) => ({ formula: `=${subtotals[list]}`, result: fenToYuan(sums[list]) });
  const { adjustedBook, adjustedStatement, difference } = reconciliation;

  const cells: ReconciliationCells = {
    bookBalance: "B4",
    statementBalance: "D4",
    adjustedBook: "B7",
    adjustedStatement: "D7",
    agrees: "B8",
    difference: "D8",
    subtotals,
  };
  plan.blocks.push(
    {
      at: "A1",
      rows: [
        ["银行存款余额调节表", null, null, null],
        [`开户银行：${sheet.bank}`, `账户：${sheet.account}`, "截止日期：", dateToSerial(sheet.asOf)],
        ["项目", "金额", "项目", "金额"],
        [
          "企业银行存款日记账余额",
          fenToYuan(reconciliation.bookBalance),
          "银行对账单余额",
          fenToYuan(reconciliation.statementBalance),
        ],
        [
          `加：${title("bankReceivedNotBooked")}`,
          subtotal("bankReceivedNotBooked"),
          `加：${title("bookReceivedNotBank")}`,
          subtotal("bookReceivedNotBank"),
        ],
        [
          `减：${title("bankPaidNotBooked")}`,
          subtotal("bankPaidNotBooked"),
          `减：${title("bookPaidNotBank")}`,
          subtotal("bookPaidNotBank"),
        ],
        [
          "调节后余额",
          { formula: "=ROUND(B4+B5-B6,2)", result: fenToYuan(adjustedBook) },
          "调节后余额",
          { formula: "=ROUND(D4+D5-D6,2)", result: fenToYuan(adjustedStatement) },
        ],
        [
          "调节后余额是否相符",
          {
            formula: `=IF(ROUND(B7-D7,2)=0,"${AGREES_TEXT}","${DISAGREES_TEXT}")`,
            result: difference === 0 ? AGREES_TEXT : DISAGREES_TEXT,
          },
          "差额（企业 − 银行）",
          { formula: "=ROUND(B7-D7,2)", result: fenToYuan(difference) },
        ],
      ],
    },
    { at: cellAddress(sectionsTop, 0), rows: sectionRows },
    { at: cellAddress(signatureRow, 0), rows: [["编制：", null, "审核：", null]] },
  );
  plan.merges.push("A1:D1", ...titleRows.map((r) => blockAddress(r, 0, 1, WIDTH)));
  plan.formats.push(
    { range: "A1", style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } } },
    { range: "D2", style: { numberFormat: ISO_DATE_FORMAT, alignment: { horizontal: "left" } } },
    { range: "C2", style: { alignment: { horizontal: "right" } } },
    { range: "A3:D8", style: { borders: GRID_BORDERS } },
    { range: "A3:D3", style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" } } },
    { range: "B4:B8", style: { numberFormat: MONEY_FORMAT } },
    { range: "D4:D8", style: { numberFormat: MONEY_FORMAT } },
    { range: "B8", style: { numberFormat: "@", alignment: { horizontal: "center" } } },
    { range: "A7:D8", style: { font: { bold: true } } },
    // The balances may be corrected by hand (a balance the statement masked, say): tinted and unlocked.
    { range: "B4", style: { fill: "#FFF8E1", locked: false } },
    { range: "D4", style: { fill: "#FFF8E1", locked: false } },
    ...titleRows.map((r) => ({ range: cellAddress(r, 0), style: { font: { bold: true } } })),
    ...headerRows.map((r) => ({
      range: blockAddress(r, 0, 1, WIDTH),
      style: {
        font: { bold: true },
        fill: HEADER_FILL,
        alignment: { horizontal: "center" as const },
        borders: GRID_BORDERS,
      },
    })),
    ...itemBlocks.flatMap((range) => {
      const [start] = range.split(":");
      const top = Number(/\d+/.exec(start!)![0]) - 1;
      const height = Number(/\d+$/.exec(range)![0]) - top;
      return [
        { range, style: { borders: GRID_BORDERS, locked: false } },
        { range: blockAddress(top, 0, height, 1), style: { numberFormat: ISO_DATE_FORMAT } },
        { range: blockAddress(top, 1, height, 1), style: { numberFormat: "@" } },
        { range: blockAddress(top, 3, height, 1), style: { numberFormat: MONEY_FORMAT } },
      ];
    }),
    ...subtotalRows.map((r) => ({
      range: blockAddress(r, 0, 1, WIDTH),
      style: { font: { bold: true }, borders: GRID_BORDERS },
    })),
    ...subtotalRows.map((r) => ({ range: cellAddress(r, 3), style: { numberFormat: MONEY_FORMAT } })),
    {
      range: blockAddress(signatureRow, 0, 1, WIDTH),
      style: { borders: { bottom: THIN_LINE }, alignment: { horizontal: "left", vertical: "bottom" } },
    },
  );
  plan.conditionalFormats.push({
    range: "B8:D8",
    rule: { kind: "expression", formula: "=ROUND($B$7-$D$7,2)<>0" },
    style: { font: { bold: true, color: "#C00000" } },
  });
  plan.columns.push({ index: 0, width: 26 }, { index: 1, width: 20 }, { index: 2, width: 30 }, { index: 3, width: 18 });
  plan.rows.push({ index: 0, height: 30 }, { index: signatureRow, height: 36 });
  plan.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
  };
  return { plan, cells };
}

const KIND_LABELS: Record<MatchKind, string> = {
  "one-to-one": "一对一",
  "one-to-many": "一笔对多笔（对账单一笔）",
  "many-to-one": "多笔对一笔（日记账一笔）",
  carried: "上月未达账项本月达账",
};

const RULE_LABELS: Record<MatchRule, string> = {
  number: "票据号相同",
  unique: "金额、方向相同，日期范围内唯一",
  closest: "金额、方向相同，对方单位、摘要与日期最接近",
  dates: "金额、方向相同，按日期唯一最佳配对",
  interchangeable: "金额、方向、日期相同，无从区分",
  sum: "金额合计相等",
};

export const AMBIGUOUS_LABEL = "待定：有多种可能，请人工核对";

/** A match's id as the 对账记录 lists it and the 两清 column names it: M0001 for the first. */
export const matchId = (index: number) => `M${String(index + 1).padStart(4, "0")}`;

/**
 * The 对账记录: one row per match (its id, kind and rule, the rows of each side, date, amount and summary), then the
 * ambiguous candidates for the cashier to decide. Rows are the 1-based rows of the journal and the statement.
 */
export function layoutMatchRecord(
  book: readonly Item[],
  statement: readonly Item[],
  matches: readonly Match[],
  ambiguous: readonly Ambiguity[],
): SheetPlan {
  const plan = emptyPlan("对账记录");
  const header = ["匹配号", "类型", "规则", "日记账行", "对账单行", "日期", "金额", "摘要"];
  // A line carried from last month's 调节表 is a row of that sheet, not of the journal or statement: it is named.
  const rowOf = (item: Item) => (item.carried ? `${item.sheet}!${item.row}` : String(item.row));
  const rows = (indexes: readonly number[], items: readonly Item[]) => indexes.map((i) => rowOf(items[i]!)).join(", ");
  const body: PlanCell[][] = matches.map((match, index) => {
    const first = match.book.length === 1 ? book[match.book[0]!]! : statement[match.statement[0]!]!;
    const amount = match.book.reduce((sum, i) => sum + book[i]!.amount, 0);
    return [
      matchId(index),
      KIND_LABELS[match.kind],
      RULE_LABELS[match.rule],
      rows(match.book, book),
      rows(match.statement, statement),
      dateToSerial(first.date),
      fenToYuan(amount),
      first.summary,
    ];
  });
  ambiguous.forEach((group, index) => {
    const first = group.statement.length > 0 ? statement[group.statement[0]!]! : book[group.book[0]!]!;
    body.push([
      `A${String(index + 1).padStart(4, "0")}`,
      AMBIGUOUS_LABEL,
      "",
      rows(group.book, book),
      rows(group.statement, statement),
      dateToSerial(first.date),
      fenToYuan(first.amount),
      first.summary,
    ]);
  });
  plan.blocks.push({ at: "A1", rows: [header, ...body] });
  const height = body.length + 1;
  plan.formats.push(
    { range: blockAddress(0, 0, height, header.length), style: { borders: GRID_BORDERS } },
    { range: "A1:H1", style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" } } },
    { range: blockAddress(1, 3, Math.max(1, body.length), 2), style: { numberFormat: "@" } },
    { range: blockAddress(1, 5, Math.max(1, body.length), 1), style: { numberFormat: ISO_DATE_FORMAT } },
    { range: blockAddress(1, 6, Math.max(1, body.length), 1), style: { numberFormat: MONEY_FORMAT } },
  );
  plan.columns.push(...[8, 22, 30, 12, 12, 12, 16, 36].map((width, index) => ({ index, width })));
  plan.freeze = { rows: 1, columns: 0 };
  plan.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { first: 1, last: 1 },
    pageNumbers: true,
  };
  return plan;
}

/** The labels the 两清 column is known by in a journal's header; the first is the one it is given. */
export const CLEARED_LABELS = ["两清", "对账", "两清标记", "对账标记"];

export interface ClearedMarks {
  /** The column from the header row down: the label, then each row's match id or "" (not, or no longer, matched). */
  block: ValueBlock;
  /**
   * Whether the column holds nothing but marks of ours (or blanks) down to the last entry, so that its cells are the
   * marks' own to overwrite; otherwise it is a column found empty right of the journal's table, and a cell someone
   * filled since must be refused.
   */
  own: boolean;
}

/** What the 两清 column holds and nothing else: a match id of the 对账记录 (matchId). */
const MARK = /^M\d{4}$/;

/**
 * The 两清 column beside a journal (DOMAIN §5: the journal changes only when the cashier asks for this): each entry of
 * a match marked with the match's id, so that the journal and the 对账记录 can be followed into each other. The column
 * is one labelled 两清 / 对账 in the header row that holds nothing but our marks down to the last entry, when a run
 * before made it; a column of that label the cashier keeps by hand (ticks, 已对) is the cashier's and is never
 * written. Otherwise the first column right of the table that is empty from the header down, so that no cell of the
 * accountant's is written over (a journal keeps its 对方科目表 a column past its table, below it). The block reaches
 * the journal's last entry, so that a mark left by a run before on an entry no longer matched is cleared, and stops
 * there: what is below the entries (制表：张三, a footer) is never blanked.
 *
 * `headerRow` is the index in `journal` of the header's last row; `lastEntryRow` the 1-based sheet row of the
 * journal's last entry; `marks` the match id of each marked entry by its 1-based sheet row.
 */
export function layoutClearedMarks(
  journal: Grid,
  headerRow: number,
  lastEntryRow: number,
  marks: ReadonlyMap<number, string>,
): ClearedMarks {
  const { values } = journal;
  const header = values[headerRow] ?? [];
  let last = Math.max(headerRow, lastEntryRow - 1 - journal.top);
  for (const row of marks.keys()) last = Math.max(last, row - 1 - journal.top);
  const entries = values.slice(headerRow + 1, last + 1);
  const labels = new Set(CLEARED_LABELS.map(normalizedLabel));
  const ours = (column: number) =>
    entries.every((row) => isBlank(row[column]) || (typeof row[column] === "string" && MARK.test(row[column].trim())));
  const labelled = header.findIndex(
    (cell, column) => typeof cell === "string" && labels.has(normalizedLabel(cell)) && ours(column),
  );
  const own = labelled >= 0;
  const below = values.slice(headerRow);
  const empty = (column: number) => below.every((row) => isBlank(row[column]));
  let column = labelled;
  if (!own) {
    let tableEnd = header.length - 1;
    while (tableEnd >= 0 && isBlank(header[tableEnd])) tableEnd--;
    column = tableEnd + 1;
    while (!empty(column)) column++;
    last = headerRow;
    for (const row of marks.keys()) last = Math.max(last, row - 1 - journal.top);
  }
  const cells: CellValue[][] = [[CLEARED_LABELS[0]!]];
  for (let index = headerRow + 1; index <= last; index++) cells.push([marks.get(journal.top + index + 1) ?? ""]);
  return {
    block: { sheet: journal.sheet, top: journal.top + headerRow, left: journal.left + column, values: cells },
    own,
  };
}
