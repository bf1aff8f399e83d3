/** JournalRows to and from records, for tests that write a journal's rows rather than its sheet, or look at rows read. */
import type { CalendarDate } from "../../src/core/dates";
import { COLUMN_LABELS, type JournalColumn, type RowKind } from "../../src/jobs/journal/model";
import { JournalRows, type JournalCells } from "../../src/jobs/journal/rows";

/** One row as a test writes it. */
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
