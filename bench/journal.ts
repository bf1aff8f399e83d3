/**
 * How long the core takes to read and validate a cash journal of 1,048,576 rows (Excel's sheet limit), and how many
 * syncs the Excel host needs to read it. `npm run bench -- journal [rows]` prints one JSON line, last:
 * {"bench":"journal","rows":…,"validateMs":…,"coldMs":…,"findings":…,"readSyncs":…,"syncsCountedBy":"FakeExcel"}.
 *
 * The journal is laid out as the generator lays it out (title, 年 | 月 | 日 header, 上年结转, a year of entries with
 * 本日合计, 本月合计 and 本年累计, 过次页 / 承前页 every 30 rows) with the values Excel caches: balances summed in binary
 * floating point, as the formulas compute them. It is loaded into the recording double of Office.js and read back
 * through ExcelHost.readUsedRange, which counts the syncs and gives the Grid as the host gives it; checkJournal then
 * runs on that Grid five times: coldMs is the first run, validateMs the median. The journal must check clean.
 * restoreReadCells is what 恢复余额公式 reads as formulas for a balance in the middle of the journal (its header rows
 * and the balance's page, balanceFormulaRows), against sheetCells, the whole sheet it read before.
 */
import { performance } from "node:perf_hooks";
import type { Finding } from "../src/core/findings";
import { MAX_ROWS, type CellValue, type Grid } from "../src/core/grid";
import { ExcelHost } from "../src/hosts/excel";
import { balanceFormulaRows, checkJournal } from "../src/jobs/journal";
import { FakeExcel } from "../test/support/excel-double";

/** Enough for an entry a day and every closing row of the year. */
const MIN_ROWS = 1_000;
const rows = Number(process.argv[2] ?? MAX_ROWS);
if (!Number.isInteger(rows) || rows < MIN_ROWS || rows > MAX_ROWS) {
  console.error(`Rows must be a whole number from ${MIN_ROWS} to ${MAX_ROWS}, not “${process.argv[2]}”`);
  process.exit(2);
}

const SHEET = "现金日记账";
const YEAR = 2026;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ROWS_PER_PAGE = 30;
const HEADER: CellValue[][] = [
  [SHEET, null, null, null, null, null, null, null, null],
  ["单位名称：示例贸易有限公司", null, null, null, null, "账户：库存现金", null, `${YEAR}年1月至12月`, null],
  ["年", "月", "日", "凭证字号", "摘要", "对方科目", "借方（收入）", "贷方（支出）", "余额"],
];
/** Rows of a year that are not entries: 上年结转, 本日合计 every day, 本月合计 and 本年累计 every month. */
const CLOSING_ROWS = 1 + 365 + 12 * 2;

/** A year of entries, as many a day as fill `total` rows; amounts vary by row without a random generator. */
function journalValues(total: number): CellValue[][] {
  const values: CellValue[][] = [...HEADER];
  // Each figure as the rows pushed so far make it; a page break carries them to the next page.
  let balance = 50_000; // 元, as a formula's cached value
  let monthReceipts = 0;
  let monthPayments = 0;
  let onPage = 0;
  const push = (row: CellValue[]) => {
    if (onPage === ROWS_PER_PAGE) {
      const carried = [monthReceipts / 100, monthPayments / 100, balance];
      values.push([null, null, null, null, "过次页", null, ...carried]);
      values.push([null, null, null, null, "承前页", null, ...carried]);
      onPage = 1;
    }
    values.push(row);
    onPage++;
  };
  push([YEAR, 1, 1, null, "上年结转", null, null, null, balance]);
  // Every page but the first starts with 承前页 after the 过次页 that ends the one before.
  const bodyRows = (total - HEADER.length) / (1 + 2 / (ROWS_PER_PAGE - 1));
  const perDay = Math.max(1, Math.floor((bodyRows - CLOSING_ROWS) / 365));
  let yearReceipts = 0;
  let yearPayments = 0;
  let posted = 0;
  for (let month = 1; month <= 12; month++) {
    const monthEnd = DAYS_IN_MONTH[month - 1]!;
    let voucher = 0;
    for (let day = 1; day <= monthEnd; day++) {
      let dayReceipts = 0;
      let dayPayments = 0;
      for (let i = 0; i < perDay; i++) {
        const fen = ((posted * 7_919) % 90_000) + 1_000;
        const receipt = posted % 2 === 0 ? fen + 50 : 0;
        const payment = receipt === 0 ? fen : 0;
        const after = balance + receipt / 100 - payment / 100;
        const [summary, counter] = receipt > 0 ? ["收到货款", "应收账款"] : ["报销差旅费", "管理费用"];
        push([
          YEAR,
          month,
          day,
          `记-${++voucher}`,
          summary,
          counter,
          receipt / 100 || null,
          payment / 100 || null,
          after,
        ]);
        balance = after;
        dayReceipts += receipt;
        dayPayments += payment;
        monthReceipts += receipt;
        monthPayments += payment;
        posted++;
      }
      push([YEAR, month, day, null, "本日合计", null, dayReceipts / 100, dayPayments / 100, balance]);
    }
    yearReceipts += monthReceipts;
    yearPayments += monthPayments;
    push([YEAR, month, monthEnd, null, "本月合计", null, monthReceipts / 100, monthPayments / 100, balance]);
    monthReceipts = 0;
    monthPayments = 0;
    push([YEAR, month, monthEnd, null, "本年累计", null, yearReceipts / 100, yearPayments / 100, balance]);
  }
  if (values.length > total) throw new Error(`The journal came to ${values.length} rows, more than ${total}`);
  // Blank rows to fill, as a generated journal keeps them: their balance formula shows "".
  while (values.length < total) values.push([null, null, null, null, null, null, null, null, ""]);
  return values;
}

/** The journal as ExcelHost reads it from the double, and the syncs that took; the double is let go afterwards. */
async function readThroughExcelHost(): Promise<{ grid: Grid; syncs: number }> {
  const excel = new FakeExcel([SHEET]);
  const values = journalValues(rows);
  excel.setValues(SHEET, "A1", values);
  const grid = await new ExcelHost(excel.run).readUsedRange(SHEET);
  // Written as values, the blank rows' "" leave the cells empty, and a used range of values ends above them.
  let used = values.length;
  while (used > 0 && values[used - 1]!.every((cell) => cell === null || cell === "")) used--;
  if (grid.values.length !== used) throw new Error(`The double gave ${grid.values.length} rows, not ${used}`);
  return { grid, syncs: excel.syncs };
}

/** The cells 恢复余额公式 reads again, as formulas, for the balance of the journal's middle row. */
function restoreReadCells(grid: Grid): number {
  const middle = balanceFormulaRows(grid, Math.floor(grid.values.length / 2));
  if (!middle) throw new Error("The journal's middle row has no balance formula to put back");
  return (middle.headerRow + 1 + middle.last - middle.first + 1) * grid.values[0]!.length;
}

async function main(): Promise<void> {
  const { grid, syncs } = await readThroughExcelHost();
  // The double's cells are garbage now; collect them before the clock starts (scripts/bench.js gives --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  let findings: Finding[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    findings = checkJournal(grid);
    times.push(performance.now() - start);
  }
  if (findings.length > 0) throw new Error(`The journal should check clean: ${JSON.stringify(findings.slice(0, 3))}`);
  const median = [...times].sort((a, b) => a - b)[2]!;
  console.log(
    JSON.stringify({
      bench: "journal",
      rows,
      validateMs: Math.round(median),
      coldMs: Math.round(times[0]!),
      findings: findings.length,
      readSyncs: syncs,
      syncsCountedBy: "FakeExcel",
      restoreReadCells: restoreReadCells(grid),
      sheetCells: grid.values.length * grid.values[0]!.length,
    }),
  );
}

void main();
