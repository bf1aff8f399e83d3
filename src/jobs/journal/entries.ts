/**
 * Reads the entries a journal is generated from: a CSV or workbook sheet, or a range the cashier selected, with a
 * header row naming the columns (日期 or 年/月/日, 凭证字号, 摘要, 对方科目, 收入/借方, 支出/贷方, and for banks 结算方式
 * and 票据号). The header is found by its labels wherever it is, so a title or preamble above it does no harm. A
 * cell that cannot be read becomes a Finding on that cell; the row is left out, never posted with a guessed value.
 */
import { parseDateCell, type CalendarDate } from "../../core/dates";
import { findingFromProblem, type Finding } from "../../core/findings";
import { gridCellAddress, isBlank, type CellValue, type Grid } from "../../core/grid";
import { formatMoney, parseMoney } from "../../core/money";
import { fail, ok, type Result } from "../../core/result";
import { findHeader, hasAll, type HeaderColumns, type HeaderSpec } from "../../core/header";
import { COLUMN_LABELS, type JournalColumn, type JournalEntry } from "./model";
import { journalDate, rowKindOf, titleYear } from "./read";

export interface EntriesRead {
  entries: JournalEntry[];
  findings: Finding[];
  /** Every labelled column of the header: what it was read as (null: nothing the generator knows), its label and cell. */
  headerColumns: { column: JournalColumn | null; label: string; cell: string }[];
}

type Columns = HeaderColumns<JournalColumn>;

/** A date (日期, or 年, 月 and 日), a 摘要 and both amount columns. */
const ENTRIES_HEADER: HeaderSpec<JournalColumn> = {
  aliases: COLUMN_LABELS,
  complete: (columns) =>
    (columns.date !== undefined || hasAll(columns, ["year", "month", "day"])) &&
    hasAll(columns, ["summary", "receipt", "payment"]),
};

/** The labels a header row needs, as the message shows them. */
const NEEDED_LABELS = ["日期", "摘要", "收入", "支出"].join("、");

/**
 * The entries of a sheet, in the sheet's order. A sheet without a header row is a failure; unreadable cells are
 * findings. A blank row and a row whose 摘要 marks a journal's own row (期初余额, 本日合计…) are passed over.
 */
export function readJournalEntries(grid: Grid, year: number | null = null): Result<EntriesRead> {
  const header = findHeader(grid, ENTRIES_HEADER);
  if (!header) return fail("journal-entries-no-header", { sheet: grid.sheet, labels: NEEDED_LABELS });
  const read: EntriesRead = { entries: [], findings: [], headerColumns: headerColumnsOf(grid, header) };
  // 3月2日 reads in the year of the month to generate, else of the title (2026年), as `check` reads it.
  const dateYear = year ?? titleYear(grid, header.row);
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const entry = readEntry(grid, row, header.columns, read.findings, dateYear);
    if (entry) read.entries.push(entry);
  }
  return ok(read);
}

function headerColumnsOf(grid: Grid, header: { columns: Columns; firstRow: number; row: number }) {
  const known = new Map(Object.entries(header.columns).map(([column, index]) => [index, column as JournalColumn]));
  const width = Math.max(...[header.firstRow, header.row].map((row) => grid.values[row]?.length ?? 0));
  const labelled: EntriesRead["headerColumns"] = [];
  for (let index = 0; index < width; index++) {
    // A two-row header's label is the lower row's, else the upper's (a merged 金额 over 收入 / 支出).
    const row = [header.row, header.firstRow].find((r) => !isBlank(grid.values[r]?.[index] ?? null));
    if (row === undefined) continue;
    const label = String(grid.values[row]![index]).trim();
    labelled.push({ column: known.get(index) ?? null, label, cell: gridCellAddress(grid, row, index) });
  }
  return labelled;
}

function readEntry(
  grid: Grid,
  row: number,
  columns: Columns,
  findings: Finding[],
  year: number | null,
): JournalEntry | null {
  const cell = (column: JournalColumn) => {
    const index = columns[column];
    return index === undefined ? null : (grid.values[row]?.[index] ?? null);
  };
  const address = (column: JournalColumn) => gridCellAddress(grid, row, columns[column] ?? 0);
  const text = (column: JournalColumn) => String(cell(column) ?? "").trim();
  if (Object.keys(columns).every((column) => isBlank(cell(column as JournalColumn)))) return null;
  if (rowKindOf(String(cell("summary") ?? "")) !== "entry") return null;

  const before = findings.length;
  const report = (result: Result<unknown>, column: JournalColumn) => {
    if (!result.ok) findings.push(findingFromProblem(result.problem, grid.sheet, address(column)));
  };
  const date = readDate(columns, cell, report, year);
  // An entry posts whole 分 on one side: 12.345 would show as 12.35 and add as 12.345, a line with both sides is two
  // entries, and one of 0 moves nothing; each is refused at its cell rather than posted for `check` to reject.
  const receipt = parseMoney(cell("receipt"), { wholeFen: true });
  const payment = parseMoney(cell("payment"), { wholeFen: true });
  report(receipt, "receipt");
  report(payment, "payment");
  if (receipt.ok && payment.ok) {
    const [inflow, outflow] = [receipt.value ?? 0, payment.value ?? 0];
    if (inflow === 0 && outflow === 0) {
      findings.push(findingFromProblem({ id: "journal-entry-no-amount", params: {} }, grid.sheet, address("receipt")));
    } else if (inflow !== 0 && outflow !== 0) {
      const params = {
        receipt: formatMoney(inflow, { symbol: true }),
        payment: formatMoney(outflow, { symbol: true }),
      };
      findings.push(findingFromProblem({ id: "journal-both-sides", params }, grid.sheet, address("payment")));
    }
  }
  if (findings.length > before || date === null || !receipt.ok || !payment.ok) return null;
  return {
    date,
    voucher: text("voucher"),
    summary: text("summary"),
    counterAccount: text("counterAccount"),
    counterparty: text("counterparty"),
    settlement: text("settlement"),
    document: text("document"),
    receipt: receipt.value ?? 0,
    payment: payment.value ?? 0,
  };
}

/** The 日期 cell, or the 年, 月 and 日 cells of a sheet laid out like a journal. */
function readDate(
  columns: Columns,
  cell: (column: JournalColumn) => CellValue,
  report: (result: Result<unknown>, column: JournalColumn) => void,
  year: number | null,
): CalendarDate | null {
  if (columns.date !== undefined) {
    const parsed = journalDate(cell("date"), year);
    report(parsed, "date");
    return parsed.ok ? parsed.value : null;
  }
  const parts = (["year", "month", "day"] as const).map((column) => String(cell(column) ?? "").trim());
  const parsed = parseDateCell(parts.every((part) => part !== "") ? parts.join("-") : "");
  report(parsed, "day");
  return parsed.ok ? parsed.value : null;
}
