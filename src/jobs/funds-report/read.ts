/**
 * The journals of a workbook, for the 资金日报表: every sheet whose headers say it is a cash or bank journal, read
 * into rows. The cash journal comes first, then the bank journals in sheet order, as the report lists them.
 */
import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import { findJournalHeader, readJournal } from "../journal";
import type { AccountJournal } from "./rules";

/** The generator names a bank journal's sheet "银行存款日记账 <account>"; a sheet named otherwise is its own label. */
const BANK_SHEET_PREFIX = /^银行存款日记账\s*/;

export function journalsOfWorkbook(grids: readonly Grid[]): { journals: AccountJournal[]; findings: Finding[] } {
  const journals: AccountJournal[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    const header = findJournalHeader(grid);
    if (!header) continue;
    const read = readJournal(grid, header);
    findings.push(...read.findings);
    const account = header.kind === "cash" ? "库存现金" : grid.sheet.replace(BANK_SHEET_PREFIX, "") || grid.sheet;
    journals.push({ account, kind: header.kind, sheet: grid.sheet, rows: read.rows });
  }
  // Stable: bank journals keep their sheet order after the cash journal.
  journals.sort((a, b) => Number(a.kind === "bank") - Number(b.kind === "bank"));
  // Two cash journals (this year's and a copy, say) would read as two rows of 库存现金: name them by sheet.
  const cash = journals.filter((journal) => journal.kind === "cash");
  if (cash.length > 1) for (const journal of cash) journal.account = `库存现金（${journal.sheet}）`;
  return { journals, findings };
}
