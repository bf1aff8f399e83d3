/**
 * How long a journal-sized SheetPlan takes to build and to write as .xlsx with the file host, and how large it is.
 * `npm run bench -- plan [rows]` (100,000 rows unless told) prints one JSON line:
 * {"bench":"plan","rows":…,"buildMs":…,"writeMs":…,"bytes":…,"heapMB":…}, heapMB being the peak heap used.
 */
import { performance } from "node:perf_hooks";
import { dateToSerial } from "../src/core/dates";
import { fenToYuan } from "../src/core/money";
import { emptyPlan, type PlanCell, type SheetPlan } from "../src/core/plan";
import { writeWorkbook } from "../src/hosts/xlsx";

const rows = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(rows) || rows < 1) {
  console.error(`Rows must be a positive whole number, not “${process.argv[2]}”`);
  process.exit(2);
}

const FIRST_SERIAL = dateToSerial({ year: 2026, month: 1, day: 1 });
/** Headers on row 3, the opening balance on row 4, entries from row 5. */
const FIRST_ENTRY_ROW = 5;

/** Columns A 日期, B 凭证号, C 摘要, D 收入, E 支出, F 余额; amounts vary by row without a random generator. */
function layoutJournal(entries: number): SheetPlan {
  const last = FIRST_ENTRY_ROW + entries - 1;
  const entryRows: PlanCell[][] = [];
  for (let i = 0; i < entries; i++) {
    const r = FIRST_ENTRY_ROW + i;
    const amount = fenToYuan(((i * 7_919) % 1_000_000) + 1);
    entryRows.push([
      FIRST_SERIAL + Math.floor(i / 300),
      `记-${i + 1}`,
      i % 3 === 0 ? "提取备用金" : "报销差旅费",
      i % 3 === 0 ? amount : null,
      i % 3 === 0 ? null : amount,
      { formula: `=IF(AND(D${r}="",E${r}=""),"",LOOKUP(9.99E+307,F$4:F${r - 1})+N(D${r})-N(E${r}))` },
    ]);
  }
  return {
    ...emptyPlan("现金日记账"),
    blocks: [
      { at: "A1", rows: [["现金日记账"]] },
      {
        at: "A3",
        rows: [
          ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
          [FIRST_SERIAL, null, "上期结转", null, null, 10_000],
          ...entryRows,
        ],
      },
    ],
    formats: [
      { range: "A1:F1", style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } } },
      { range: "A3:F3", style: { font: { bold: true }, fill: "#DDEBF7", alignment: { horizontal: "center" } } },
      { range: `A4:A${last}`, style: { numberFormat: "yyyy-mm-dd" } },
      { range: `D4:F${last}`, style: { numberFormat: "¥#,##0.00" } },
      {
        range: `A3:F${last}`,
        style: {
          borders: {
            top: { style: "thin" },
            bottom: { style: "thin" },
            left: { style: "thin" },
            right: { style: "thin" },
          },
        },
      },
      { range: `A${FIRST_ENTRY_ROW}:E${last}`, style: { locked: false } },
    ],
    merges: ["A1:F1"],
    columns: [12, 10, 30, 14, 14, 16].map((width, index) => ({ index, width })),
    freeze: { rows: 3, columns: 0 },
    protect: { allowFormatColumns: true, allowSort: false },
    print: { paper: "A4", orientation: "portrait", titleRows: { first: 3, last: 3 }, fitToWidth: true },
  };
}

async function main(): Promise<void> {
  // The write yields to the event loop as it zips, so sampling finds the heap's peak closely enough.
  let peakHeap = 0;
  const sampleHeap = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sampleHeap, 25);
  const buildStart = performance.now();
  const plan = layoutJournal(rows);
  const buildMs = performance.now() - buildStart;
  sampleHeap();
  const writeStart = performance.now();
  const xlsx = await writeWorkbook([plan]);
  const writeMs = performance.now() - writeStart;
  sampleHeap();
  clearInterval(sampler);
  const round = (value: number) => Math.round(value * 10) / 10;
  console.log(
    JSON.stringify({
      bench: "plan",
      rows,
      buildMs: round(buildMs),
      writeMs: round(writeMs),
      bytes: xlsx.length,
      heapMB: round(peakHeap / 2 ** 20),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
