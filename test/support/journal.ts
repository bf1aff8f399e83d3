/**
 * The one builder of journal test data: rows as read (JournalRows), the journals the reports read (AccountJournal),
 * entries to post (JournalEntry) and settings to generate with (JournalSettings). Tests write a line with only what
 * it is about; the rest is filled in the same way everywhere.
 */
import { DEFAULT_ACCOUNT_NAMES } from "../../src/core/accounts";
import type { CalendarDate } from "../../src/core/dates";
import type { AccountJournal, JournalEntry, JournalKind, JournalSettings } from "../../src/jobs/journal";
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

/** A journal as readJournals gives it to the reports, read from a sheet named after its account. */
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
