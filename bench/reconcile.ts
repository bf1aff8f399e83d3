/**
 * The matching engine at scale, and against what an accountant would do in a spreadsheet.
 * `npm run bench -- reconcile [lines]` (100,000 a side unless told) prints one JSON line, last:
 * {"bench":"reconcile","lines":…,"matchMs":…,"matches":…,"matchedLines":…,"ambiguous":…,"unmatchedBook":…,
 *  "unmatchedStatement":…,"compare":{"lines":10000,"engineMs":…,"libreOfficeMs":…,"libreOfficeValuesOnlyMs":…,"countifsMs":…,"ratio":…}}
 *
 * The months are synthetic and deterministic (a fixed-seed generator): amounts to the 分 with a share of common ones
 * (fees, rent) so that equal amounts abound, most lines on both sides within 0–3 days, some on one side only, some
 * with cheque numbers. The comparison writes 10,000 lines a side with one COUNTIFS per line on each sheet (a line
 * whose direction and amount appear on the other side within ±7 days: the one-to-one check accountants build by
 * hand) and times LibreOffice headless recalculating it, less the time it takes to open and save the same workbook
 * without formulas.
 */
import { performance } from "node:perf_hooks";
import { dateToSerial } from "../src/core/dates";
import { fenToYuan } from "../src/core/money";
import { emptyPlan, type PlanCell, type SheetPlan } from "../src/core/plan";
import { writeWorkbook } from "../src/hosts/xlsx";
import { matchItems, type Item } from "../src/jobs/reconcile";
import { recalculatedFile } from "../test/support/recalc";

const lines = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(lines) || lines < 1) {
  console.error(`Lines must be a positive whole number, not “${process.argv[2]}”`);
  process.exit(2);
}

/** A fixed-seed generator (mulberry32), so that every run matches the same months. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const COMMON_AMOUNTS = [500, 1_500, 2_000, 10_000, 50_000, 300_000, 1_000_000];
const FIRST_DAY = dateToSerial({ year: 2026, month: 1, day: 1 });

function dateOf(serial: number) {
  const ms = (serial - 25_569) * 86_400_000;
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function month(count: number, seed: number): { book: Item[]; statement: Item[] } {
  const random = generator(seed);
  const book: Item[] = [];
  const statement: Item[] = [];
  const base = { time: -1, counterparty: "", carried: false, sheet: "", cell: "" };
  // Transactions until each side holds `count` lines: most land on both sides, a few on one side only.
  for (let i = 0; book.length < count || statement.length < count; i++) {
    const day = FIRST_DAY + Math.floor(random() * 365);
    const lag = Math.floor(random() * 4);
    const flow = random() < 0.5 ? ("in" as const) : ("out" as const);
    const amount =
      random() < 0.1
        ? COMMON_AMOUNTS[Math.floor(random() * COMMON_AMOUNTS.length)]!
        : 1 + Math.floor(random() * 10_000_000);
    const number = random() < 0.3 ? String(10_000_000 + i) : "";
    const landing = random();
    const summary = flow === "in" ? `收货款 ${i % 97}` : `付货款 ${i % 89}`;
    if (landing < 0.975 && book.length < count)
      book.push({ ...base, row: book.length + 2, date: dateOf(day), flow, amount, summary, number });
    if ((landing < 0.95 || landing >= 0.975) && statement.length < count)
      statement.push({
        ...base,
        row: statement.length + 2,
        date: dateOf(day + lag),
        flow,
        amount,
        summary: "转账",
        number,
      });
  }
  return { book, statement };
}

function timeMatching(count: number, seed: number) {
  const { book, statement } = month(count, seed);
  globalThis.gc?.();
  const start = performance.now();
  const result = matchItems(book, statement, { windowDays: 7, longOutstandingDays: 30 });
  const ms = performance.now() - start;
  return { ms, result, book, statement };
}

/** The sheet of one side: 日期 | 方向 | 金额 | 对方有无 (a COUNTIFS over the other side), or values only. */
function sidePlan(
  name: string,
  other: string,
  items: readonly Item[],
  otherCount: number,
  formulas: boolean,
): SheetPlan {
  const last = otherCount + 1;
  const range = (column: string) => `'${other}'!$${column}$2:$${column}$${last}`;
  const rows: PlanCell[][] = items.map((item, index) => {
    const r = index + 2;
    const countifs = `=COUNTIFS(${range("B")},B${r},${range("C")},C${r},${range("A")},">="&(A${r}-7),${range("A")},"<="&(A${r}+7))`;
    return [
      dateToSerial(item.date),
      item.flow === "in" ? "收" : "付",
      fenToYuan(item.amount),
      formulas ? { formula: countifs } : null,
    ];
  });
  return { ...emptyPlan(name), blocks: [{ at: "A1", rows: [["日期", "方向", "金额", "对方有无"], ...rows] }] };
}

/** Milliseconds LibreOffice headless takes to open, recalculate and save the workbook as .xlsx. */
async function libreOfficeMs(xlsx: Buffer): Promise<number> {
  const start = performance.now();
  await recalculatedFile(xlsx);
  return performance.now() - start;
}

async function compare(count: number) {
  const { ms, book, statement } = timeMatching(count, 7);
  const workbook = async (formulas: boolean) =>
    writeWorkbook([
      sidePlan("日记账", "对账单", book, statement.length, formulas),
      sidePlan("对账单", "日记账", statement, book.length, formulas),
    ]);
  // The first start of a fresh LibreOffice profile costs more than later ones: warm up once, uncounted.
  await libreOfficeMs(await workbook(false));
  const valuesOnly = await libreOfficeMs(await workbook(false));
  const withFormulas = await libreOfficeMs(await workbook(true));
  const countifs = Math.max(0, withFormulas - valuesOnly);
  return {
    lines: count,
    engineMs: Math.round(ms),
    libreOfficeMs: Math.round(withFormulas),
    libreOfficeValuesOnlyMs: Math.round(valuesOnly),
    countifsMs: Math.round(countifs),
    ratio: Math.round(countifs / ms),
  };
}

async function run() {
  const { ms, result } = timeMatching(lines, 1);
  const matchedLines = result.matches.reduce((sum, m) => sum + m.book.length + m.statement.length, 0);
  process.stderr.write(`matched ${lines.toLocaleString("en-US")} lines a side in ${Math.round(ms)} ms\n`);
  const comparison = await compare(10_000);
  console.log(
    JSON.stringify({
      bench: "reconcile",
      lines,
      matchMs: Math.round(ms),
      matches: result.matches.length,
      matchedLines,
      ambiguous: result.ambiguous.length,
      unmatchedBook: result.unmatchedBook.length,
      unmatchedStatement: result.unmatchedStatement.length,
      compare: comparison,
    }),
  );
}

void run();
