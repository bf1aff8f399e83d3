/**
 * The one builder of journal test data: rows as read (JournalRows), the journals the reports read (AccountJournal),
 * entries to post (JournalEntry) and settings to generate with (JournalSettings). Tests write a line with only what
 * it is about; the rest is filled in the same way everywhere.
 */
import { DEFAULT_ACCOUNT_NAMES } from "../../src/core/accounts";
import { formatIsoDate, type CalendarDate } from "../../src/core/dates";
import { cellAddress, type CellValue, type Grid } from "../../src/core/grid";
import { isFormula, type SheetPlan } from "../../src/core/plan";
import {
  layoutJournal,
  type AccountJournal,
  type JournalEntry,
  type JournalKind,
  type JournalSettings,
} from "../../src/jobs/journal";
import { COLUMN_LABELS, ROW_MARKERS, type JournalColumn, type RowKind } from "../../src/jobs/journal/model";
import { JournalRows, type JournalCells } from "../../src/jobs/journal/rows";

/** 2026-01-05 as a CalendarDate. */
export function day(text: string): CalendarDate {
  const [year, month, dayOfMonth] = text.split("-").map(Number);
  return { year: year!, month: month!, day: dayOfMonth! };
}

/** One row as a test writes it, in full. */
export interface RowRecord {
  /** Row index within the grid. */
  row: number;
  kind: RowKind;
  date: CalendarDate | null;
  voucher: string;
  summary: string;
  receipt: number | null;
  payment: number | null;
  balance: number | null;
}

/** One row as read, with the address of each of its cells. */
export interface ReadRow extends RowRecord {
  cells: Partial<Record<JournalColumn, string>>;
}

export function journalRowsOf(records: readonly RowRecord[], cells: JournalCells): JournalRows {
  const rows = new JournalRows(cells, records.length);
  for (const { row, kind, date, voucher, summary, receipt, payment, balance } of records)
    rows.add(row, kind, date, voucher, summary, receipt, payment, balance);
  return rows;
}

const COLUMNS = Object.keys(COLUMN_LABELS) as JournalColumn[];

/** What a read made of a sheet, row by row, to compare with toEqual. */
export function recordsOf(rows: JournalRows): ReadRow[] {
  return Array.from({ length: rows.length }, (_, index) => ({
    row: rows.row(index),
    kind: rows.kind(index),
    date: rows.date(index),
    voucher: rows.voucher(index),
    summary: rows.summary(index),
    receipt: rows.receipt(index),
    payment: rows.payment(index),
    balance: rows.balance(index),
    cells: Object.fromEntries(
      COLUMNS.flatMap((column) => {
        const cell = rows.cell(index, column);
        return cell === undefined ? [] : [[column, cell]];
      }),
    ),
  }));
}

/** A line of a journal as a test writes it: amounts in 分, the date as 2026-01-05. */
export interface Line {
  kind?: RowKind;
  date?: string | null;
  voucher?: string;
  summary?: string;
  receipt?: number | null;
  payment?: number | null;
  balance?: number | null;
}

/** A line by kind and date, with the amounts given: the short form for reports' tests. */
export function line(
  kind: RowKind,
  date: string | null,
  amounts: Pick<Line, "receipt" | "payment" | "balance"> = {},
): Line {
  return { kind, date, ...amounts };
}

const SHEET_COLUMNS = ["date", "voucher", "summary", "receipt", "payment", "balance"] as const;

/**
 * Rows as read from a sheet whose columns are A 日期, B 凭证字号, C 摘要, D 收入, E 支出, F 余额 and whose first line
 * is on row 2. `columns` leaves some out, as a sheet without them would. An entry's voucher is 记-<its index> and
 * its 摘要 提取备用金 unless given; a closing row's 摘要 is its marker.
 */
export function journalRows(lines: readonly Line[], columns = "ABCDEF"): JournalRows {
  const letters = Object.fromEntries(
    SHEET_COLUMNS.map((column, at) => [column, "ABCDEF"[at]!] as const).filter(([, letter]) =>
      columns.includes(letter),
    ),
  );
  const records = lines.map((written, index): RowRecord => {
    const kind = written.kind ?? "entry";
    return {
      row: index + 1,
      kind,
      date: written.date === undefined || written.date === null ? null : day(written.date),
      voucher: written.voucher ?? (kind === "entry" ? `记-${index}` : ""),
      summary: written.summary ?? (kind === "entry" ? "提取备用金" : ROW_MARKERS[kind][0]!),
      receipt: written.receipt ?? null,
      payment: written.payment ?? null,
      balance: written.balance ?? null,
    };
  });
  return journalRowsOf(records, { letters, top: 0 });
}

/** An account's journal as the reports take it (journalsForReports), its sheet named after the account. */
export function accountJournal(account: string, lines: readonly Line[], kind: JournalKind = "bank"): AccountJournal {
  return { account, kind, sheet: account, rows: journalRows(lines) };
}

/** An entry to post; a date as 2026-03-02 or a CalendarDate, and whatever else the test is about. */
export function journalEntry(
  fields: Partial<Omit<JournalEntry, "date">> & { date: string | CalendarDate },
): JournalEntry {
  const { date, ...rest } = fields;
  return {
    voucher: "记-1",
    summary: "日常收支",
    counterAccount: "管理费用",
    counterparty: "",
    settlement: "转账支票",
    document: "00012345",
    receipt: 0,
    payment: 0,
    ...rest,
    date: typeof date === "string" ? day(date) : date,
  };
}

/**
 * The settings of a 2026 journal of 测试有限公司 with an opening balance of ¥1,000.00, 30 rows a page; the account
 * follows the kind. A journal of the whole year starts from 上年结转, a month's from 期初余额.
 */
export function journalSettings(overrides: Partial<JournalSettings> = {}): JournalSettings {
  const kind = overrides.kind ?? "cash";
  return {
    kind,
    unit: "测试有限公司",
    account: kind === "cash" ? "库存现金" : "工商银行 1234",
    year: 2026,
    opening: 100_000,
    openingIsCarriedFromLastYear: overrides.month === undefined,
    rowsPerPage: 30,
    chartOfAccounts: DEFAULT_ACCOUNT_NAMES,
    ...overrides,
  };
}

/** The March 2026 journal several tests generate. */
export function marchSettings(kind: JournalKind, rowsPerPage = 30): JournalSettings {
  return journalSettings({ kind, month: 3, rowsPerPage });
}

/** A March of entries, two or three a day, some days none, on pages of `rowsPerPage` rows. */
export function marchJournal(kind: JournalKind, rowsPerPage = 6): SheetPlan {
  const entries = [2, 2, 3, 5, 5, 5, 9, 12, 12, 20].map((day, index) =>
    journalEntry({
      date: formatIsoDate({ year: 2026, month: 3, day }),
      voucher: `记-${index + 1}`,
      receipt: index % 3 === 0 ? 50_000 + index : 0,
      payment: index % 3 === 0 ? 0 : 1_234 * (index + 1),
    }),
  );
  return layoutJournal(marchSettings(kind, rowsPerPage), entries);
}

/** The sheet of a plan as its cells hold it, a formula as its text (what Excel's Range.formulas gives). */
export function formulaGrid(plan: SheetPlan, sheet = plan.name): Grid {
  const values = plan.blocks[0]!.rows.map((row) =>
    row.map((cell): CellValue => (isFormula(cell) ? `=${cell.formula.replace(/^=/, "")}` : cell)),
  );
  return { sheet, top: 0, left: 0, values };
}

/** A field of a written journal line, as a sheet lays it out. */
export type SheetField = "date" | "voucher" | "summary" | "receipt" | "payment" | "balance";

/** A journal line to write on a sheet: what `SheetLayout` renders. */
export interface SheetLine {
  kind: RowKind;
  date: CalendarDate | null;
  voucher: string;
  summary: string;
  receipt: number | null;
  payment: number | null;
  balance: number | null;
}

/**
 * A way cashiers lay a journal out: its title lines, its header (one row or two, merged cells as Office.js gives them:
 * "" but in the top-left cell), the words it uses for its own rows, and how it writes a line.
 */
export interface SheetLayout {
  name: string;
  kind: JournalKind;
  /** The year of a date is written (a 年 column or a full date): a wrong year can be typed. */
  writesYear: boolean;
  preamble: CellValueRow[];
  header: CellValueRow[];
  markers: Record<Exclude<RowKind, "entry">, string>;
  /** The cells of a line in sheet order, and the column index of each field (the date's part that differs). */
  render(line: SheetLine): CellValueRow;
  column(field: SheetField, part?: "year" | "month" | "day"): number;
}

type CellValueRow = (string | number)[];

const yuan = (fen: number | null) => (fen === null ? "" : fen / 100);

/** 三栏式 cash journal by hand: 月 | 日 under the year, 字 | 号 under 凭证, 收方 / 付方 / 结存. */
const threeColumn: SheetLayout = {
  name: "三栏式",
  kind: "cash",
  writesYear: false,
  preamble: [
    ["现金日记账", "", "", "", "", "", "", "", ""],
    ["单位：某某商贸有限公司", "", "", "", "", "", "", "第 1 页", ""],
  ],
  header: [
    ["2026年", "", "凭证", "", "摘要", "对方科目", "收方", "付方", "结存"],
    ["月", "日", "字", "号", "", "", "", "", ""],
  ],
  markers: {
    opening: "上年结余",
    "day-total": "本日小计",
    "month-total": "本月合计",
    "year-total": "本年累计",
    "carried-forward": "过次页",
    "brought-forward": "承前页",
  },
  render: (line) => {
    const [word, number] = line.voucher === "" ? ["", ""] : line.voucher.split("-");
    return [
      line.date?.month ?? "",
      line.date?.day ?? "",
      word ?? "",
      number === undefined || number === "" ? "" : Number(number),
      line.summary,
      line.kind === "entry" ? "其他应收款" : "",
      yuan(line.receipt),
      yuan(line.payment),
      yuan(line.balance),
    ];
  },
  column: (field, part) =>
    field === "date" ? (part === "day" ? 1 : 0) : { voucher: 3, summary: 4, receipt: 6, payment: 7, balance: 8 }[field],
};

/** A bank journal kept as a flat list (流水), dates as text, Kingdee's words for its own rows. */
const flatBank: SheetLayout = {
  name: "流水",
  kind: "bank",
  writesYear: true,
  preamble: [["银行存款日记账"], ["开户行：工商银行 账号：1202021009100123456"], [""]],
  header: [["日期", "凭证号", "摘要", "结算方式", "票据号", "借方金额", "贷方金额", "结余金额"]],
  markers: {
    opening: "期初结存",
    "day-total": "日计",
    "month-total": "本期合计",
    "year-total": "本年合计",
    "carried-forward": "过次页",
    "brought-forward": "承前页",
  },
  render: (line) => [
    line.date ? formatIsoDate(line.date) : "",
    line.voucher,
    line.summary,
    line.kind === "entry" ? "转账" : "",
    line.kind === "entry" ? "00031" : "",
    yuan(line.receipt),
    yuan(line.payment),
    yuan(line.balance),
  ],
  column: (field) => ({ date: 0, voucher: 1, summary: 2, receipt: 5, payment: 6, balance: 7 })[field],
};

/** An accounting program's export: 年 | 月 | 日 columns, 借方 | 贷方 | 借或贷 | 余额, 当日合计 / 月计 / 累计. */
const exported: SheetLayout = {
  name: "软件导出",
  kind: "cash",
  writesYear: true,
  preamble: [["科目：1001 库存现金", "", "", "", "", "", "", "", ""]],
  header: [["年", "月", "日", "凭证字号", "摘要", "借方", "贷方", "借或贷", "账面余额"]],
  markers: {
    opening: "承上月",
    "day-total": "当日合计",
    "month-total": "月计",
    "year-total": "累计",
    "carried-forward": "过次页",
    "brought-forward": "承前页",
  },
  render: (line) => [
    line.date?.year ?? "",
    line.date?.month ?? "",
    line.date?.day ?? "",
    line.voucher,
    line.summary,
    yuan(line.receipt),
    yuan(line.payment),
    line.balance === null ? "" : line.balance === 0 ? "平" : "借",
    yuan(line.balance),
  ],
  column: (field, part) =>
    field === "date"
      ? { year: 0, month: 1, day: 2 }[part ?? "day"]
      : { voucher: 3, summary: 4, receipt: 5, payment: 6, balance: 8 }[field],
};

/**
 * A bank journal printed by a stationer: the account in its own cell, 金额 over 借方 | 贷方 (merged, two rows), dates
 * as 1月5日 under a title with the year, θ for a zero balance, Yonyou's 本月小计 and 上月结余.
 */
const stationerBank: SheetLayout = {
  name: "账簿式银行日记账",
  kind: "bank",
  writesYear: false,
  preamble: [
    ["银行存款日记账（2026年度）", "", "", "", "", "", "", "", ""],
    ["单位：苏州某某电子有限公司", "", "", "", "账户：", "农业银行 10-5501 0104 0012 345", "", "", ""],
  ],
  header: [
    ["日期", "凭证字号", "摘要", "对方科目", "结算方式", "票据号码", "金额", "", "余额"],
    ["", "", "", "", "", "", "借方", "贷方", ""],
  ],
  markers: {
    opening: "上月结余",
    "day-total": "本日合计",
    "month-total": "本月小计",
    "year-total": "本年累计",
    "carried-forward": "过次页",
    "brought-forward": "承前页",
  },
  render: (line) => [
    line.date ? `${line.date.month}月${line.date.day}日` : "",
    line.voucher,
    line.summary,
    line.kind === "entry" ? "应付账款—华东机电" : "",
    line.kind === "entry" ? "网银" : "",
    "",
    yuan(line.receipt),
    yuan(line.payment),
    line.balance === 0 ? "θ" : yuan(line.balance),
  ],
  column: (field) => ({ date: 0, voucher: 1, summary: 2, receipt: 6, payment: 7, balance: 8 })[field],
};

/**
 * A small firm's 现金流水账 kept in WPS: 摘要 before 凭证号, 进账 / 出账 / 结余, dates typed 2026/1/5, a 备注 column
 * after the balance, 月初余额 and 当日小计.
 */
const smallFirmCash: SheetLayout = {
  name: "流水账",
  kind: "cash",
  writesYear: true,
  preamble: [["2026年现金流水账", "", "", "", "", "", ""]],
  header: [["日期", "摘要", "凭证号", "进账", "出账", "结余", "备注"]],
  markers: {
    opening: "月初余额",
    "day-total": "当日小计",
    "month-total": "本月合计",
    "year-total": "本年累计",
    "carried-forward": "转下页",
    "brought-forward": "承上页",
  },
  render: (line) => [
    line.date ? `${line.date.year}/${line.date.month}/${line.date.day}` : "",
    line.summary,
    line.voucher,
    yuan(line.receipt),
    yuan(line.payment),
    yuan(line.balance),
    line.kind === "entry" ? "已附单据" : "",
  ],
  column: (field) => ({ date: 0, summary: 1, voucher: 2, receipt: 3, payment: 4, balance: 5 })[field],
};

/** Every layout the journal reader is tested on. */
export const SHEET_LAYOUTS: readonly SheetLayout[] = [threeColumn, flatBank, exported, stationerBank, smallFirmCash];

/** A journal sheet of `lines` in `layout`, on a sheet named `sheet`; a line's sheet row is grid row `firstRow` + its index. */
export function journalSheet(
  layout: SheetLayout,
  lines: readonly SheetLine[],
  sheet = layout.kind === "cash" ? "现金日记账" : "银行存款日记账",
): { grid: Grid; firstRow: number; cell(line: number, field: SheetField, part?: "year" | "month" | "day"): string } {
  const top = [...layout.preamble, ...layout.header];
  const width = Math.max(...top.map((row) => row.length), layout.header[0]!.length);
  const pad = (row: CellValueRow): CellValue[] => [...row, ...Array<string>(width - row.length).fill("")];
  const values = [...top.map(pad), ...lines.map((line) => pad(layout.render(line)))];
  const firstRow = top.length;
  return {
    grid: { sheet, top: 0, left: 0, values },
    firstRow,
    cell: (line, field, part) => cellAddress(firstRow + line, layout.column(field, part)),
  };
}

/** One day of entries to write: signed amounts in 分 (a receipt above 0, a payment below). */
export interface SheetDay {
  date: CalendarDate;
  amounts: number[];
}

/**
 * The lines of a correct journal in `layout`: the opening row, each day's entries with its day total, each month's
 * total and year to date; every balance worked out, vouchers numbered afresh each month. Starts in January.
 */
export function journalLinesOf(layout: SheetLayout, opening: number, days: readonly SheetDay[]): SheetLine[] {
  const closing = (
    kind: Exclude<RowKind, "entry">,
    date: CalendarDate | null,
    receipt: number | null,
    payment: number | null,
    balance: number,
  ): SheetLine => ({
    kind,
    date,
    voucher: "",
    summary: layout.markers[kind],
    receipt,
    payment,
    balance,
  });
  const first = days[0]?.date ?? { year: 2026, month: 1, day: 1 };
  const lines: SheetLine[] = [closing("opening", { ...first, day: 1 }, null, null, opening)];
  let balance = opening;
  const month = { receipts: 0, payments: 0 };
  const year = { receipts: 0, payments: 0 };
  let voucher = 0;
  days.forEach(({ date, amounts }, at) => {
    const day = { receipts: 0, payments: 0 };
    for (const amount of amounts) {
      balance += amount;
      const receipt = amount > 0 ? amount : null;
      const payment = amount < 0 ? -amount : null;
      for (const sum of [day, month, year]) {
        sum.receipts += receipt ?? 0;
        sum.payments += payment ?? 0;
      }
      const summary = amount > 0 ? "收到货款" : "支付办公用品费";
      lines.push({ kind: "entry", date, voucher: `记-${++voucher}`, summary, receipt, payment, balance });
    }
    lines.push(closing("day-total", date, day.receipts, day.payments, balance));
    const next = days[at + 1]?.date;
    if (next === undefined || next.month !== date.month) {
      lines.push(closing("month-total", date, month.receipts, month.payments, balance));
      lines.push(closing("year-total", date, year.receipts, year.payments, balance));
      month.receipts = month.payments = 0;
      voucher = 0;
    }
  });
  return lines;
}
