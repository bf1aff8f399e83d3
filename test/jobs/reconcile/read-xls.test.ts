/**
 * Statements exported as Excel 97–2003 .xls: every fixture export, opened by LibreOffice as a portal's CSV is opened
 * (dates and amounts become typed cells) and saved as .xls at test time, reads through the .xls host to the same
 * statement lines, closing balance and bank as the CSV itself; and so does the same export as an HTML table.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readCsv } from "../../../src/hosts/csv";
import { readXlsGrids } from "../../../src/hosts/xls";
import { readStatement } from "../../../src/jobs/reconcile";
import { gb18030 } from "../../support/gb18030";
import { systemProgram } from "../../support/system";
import { convertWithLibreOffice } from "../../support/xls";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

const FIXTURES = path.resolve(__dirname, "..", "..", "fixtures", "bank-statements");
const EXPORTS = ["icbc-debit-v2.csv", "cmb-debit.csv", "cmb-debit.gb18030.csv", "abc-debit.csv"];

function fromCsv(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
  const table = readCsv(bytes, { sheet: "statement" });
  if (!table.ok) throw new Error(table.problem.id);
  const read = readStatement(table.value.grid);
  if (!read.ok) throw new Error(read.problem.id);
  return { table: table.value, read: read.value };
}

function fromXls(bytes: Uint8Array) {
  const grids = readXlsGrids(bytes, { sheet: "statement" });
  if (!grids.ok) throw new Error(grids.problem.id);
  const read = readStatement(grids.value[0]!);
  if (!read.ok) throw new Error(read.problem.id);
  return { grid: grids.value[0]!, read: read.value };
}

describeWithLibreOffice("a fixture export saved as .xls by LibreOffice", () => {
  test.each(EXPORTS)("%s reads to the same lines as the CSV", async (name) => {
    const csv = fromCsv(name);
    // The table as a portal's .xls holds it: LibreOffice types dates and amounts, and the account and serial numbers
    // a bank keeps as text (17 digits, leading zeros), quoted here, stay text. Tab-separated and UTF-8 for LibreOffice;
    // the .xls holds the text as Unicode whatever the CSV's encoding was.
    const asText = (cell: string) => /^\d{12,}$|^0\d+$|["\t\n]/.test(cell);
    const text = csv.table.grid.values
      .map((row) =>
        row.map((cell) => (asText(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : cell)).join("\t"),
      )
      .join("\n");
    const filter = "CSV:9,34,76,1,,0,true,true"; // tab, ", UTF-8, line 1, no column types, default language, quoted as text
    const xls = await convertWithLibreOffice(new TextEncoder().encode(text), "statement.csv", "xls", filter);
    const { grid, read } = fromXls(new Uint8Array(xls));
    // Typed cells, as a portal's .xls has them: the reader is not handed the CSV's text again.
    expect(grid.values.flat().some((cell) => typeof cell === "number")).toBe(true);
    expect(read.lines.length).toBeGreaterThan(0);
    expect(read).toEqual(csv.read);
  });
});

describe("a fixture export as the HTML table portals save as .xls", () => {
  test.each(EXPORTS)("%s reads to the same lines as the CSV", (name) => {
    const csv = fromCsv(name);
    const escape = (cell: unknown) =>
      String(cell).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/ /g, "&nbsp;").replace(/\t/g, "&#9;");
    const rows = csv.table.grid.values.map(
      (row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join("")}</tr>`,
    );
    const html = `<html><head><meta charset="gbk"></head><body><table>\n${rows.join("\n")}\n</table></body></html>`;
    const { grid, read } = fromXls(gb18030(html));
    expect(read.lines.length).toBeGreaterThan(0);
    expect(read).toEqual(csv.read);
    expect(grid.values.length).toBe(csv.table.grid.values.length);
  });
});
