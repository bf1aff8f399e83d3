/**
 * The command line as a user runs it: `npm run bench -- cli [entries] [journalRows]` prints one JSON line, last:
 * {"bench":"cli","startupMs":…,"generate":{…},"check":{…}}.
 *
 * - startupMs: the median wall time of `cashbook --help` over 9 runs of bin/cashbook.js (the compiled bundle).
 * - generate: `cashbook generate cash-journal --from entries.csv` with `entries` entries (default 500,000) spread over
 *   a year; its wall time, peak resident memory, exit code and, when it fails, the last line it printed.
 * - check: `cashbook check` of a cash journal workbook of `journalRows` rows (default 1,048,576, a full sheet), written
 *   here with ExcelJS's streaming writer so that the bench itself stays small; same figures, and the findings' count.
 *
 * Peak memory is the child's own process.resourceUsage().maxRSS, which a preloaded module reports on a spare pipe
 * as the child exits. A child killed by the heap limit reports nothing; on Linux its peak is then the last VmHWM read
 * from /proc every 100 ms, and null elsewhere.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { MAX_ROWS } from "../src/core/grid";

const entries = Number(process.argv[2] ?? 500_000);
const journalRows = Number(process.argv[3] ?? MAX_ROWS);
if (![entries, journalRows].every((n) => Number.isInteger(n) && n >= 10 && n <= MAX_ROWS)) {
  console.error(`Entries and journal rows must be whole numbers from 10 to ${MAX_ROWS}`);
  process.exit(2);
}

const bin = resolve(__dirname, "..", "bin", "cashbook.js");
const dir = mkdtempSync(join(tmpdir(), "cashbook-bench-cli-"));
const preload = join(dir, "report-rss.js");
writeFileSync(
  preload,
  `process.on("exit", () => require("node:fs").writeSync(3, String(process.resourceUsage().maxRSS)));`,
);

interface Run {
  ms: number;
  peakMB: number | null;
  exit: number | string;
  /** The last line on stderr, when the run failed. */
  failure?: string;
  stdout: string;
}

function cashbook(args: string[]): Promise<Run> {
  return new Promise((done, failed) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--require", preload, bin, ...args], {
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let rss = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    (child.stdio[3] as Readable).on("data", (chunk) => (rss += chunk));
    let lastPeakKB: number | null = null;
    const poll = setInterval(() => {
      try {
        const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (peak) lastPeakKB = Number(peak[1]);
      } catch {
        // No /proc (not Linux), or the child has just gone: the figure it reports itself, or null.
      }
    }, 100);
    child.on("error", failed);
    child.on("close", (code, signal) => {
      clearInterval(poll);
      const ms = Math.round(performance.now() - started);
      const exit = code ?? signal ?? "unknown";
      const lines = stderr.trim().split("\n");
      const peakKB = rss === "" ? lastPeakKB : Number(rss);
      done({
        ms,
        peakMB: peakKB === null ? null : Math.round(peakKB / 1024),
        exit,
        // V8's own line ("FATAL ERROR: … JavaScript heap out of memory") rather than the native stack after it.
        ...(code !== 0 &&
          code !== 1 && { failure: lines.find((line) => line.includes("FATAL ERROR")) ?? lines.at(-1) }),
        stdout,
      });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const DAYS = 365;
const YEAR_START = Date.UTC(2026, 0, 1);

function isoDay(day: number): string {
  return new Date(YEAR_START + day * 86_400_000).toISOString().slice(0, 10);
}

/** Entries in date order, about as many each day, amounts varying by row; payments never exceed the balance. */
function writeEntries(path: string): void {
  const lines = ["日期,凭证号,摘要,对方科目,收入,支出"];
  for (let i = 0; i < entries; i++) {
    const day = Math.floor((i * DAYS) / entries);
    const fen = 100 + ((i * 7919) % 100_000);
    const amount = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
    lines.push(
      i % 2 === 0
        ? `${isoDay(day)},记-${i + 1},收到货款,应收账款,${amount},`
        : `${isoDay(day)},记-${i + 1},支付费用,管理费用,,${amount}`,
    );
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** A cash journal as a user keeps it: header, opening balance, then one row per entry with its balance as a value. */
async function writeJournal(path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path) });
  const sheet = workbook.addWorksheet("现金日记账");
  sheet.addRow(["日期", "凭证号", "摘要", "收入", "支出", "余额"]).commit();
  let balanceFen = 1_000_000;
  sheet.addRow([isoDay(0), "", "期初余额", null, null, balanceFen / 100]).commit();
  const body = journalRows - 2;
  for (let i = 0; i < body; i++) {
    const fen = 100 + ((i * 7919) % 100_000);
    const receipt = i % 2 === 0;
    balanceFen += receipt ? fen : -fen;
    const amount = fen / 100;
    const day = isoDay(Math.floor((i * DAYS) / body));
    sheet
      .addRow([day, `记-${i + 1}`, "摘要", receipt ? amount : null, receipt ? null : amount, balanceFen / 100])
      .commit();
  }
  await workbook.commit();
}

async function bench(): Promise<void> {
  const startups: number[] = [];
  for (let i = 0; i < 9; i++) startups.push((await cashbook(["--help"])).ms);

  const csv = join(dir, "entries.csv");
  writeEntries(csv);
  const generated = await cashbook(["generate", "cash-journal", "--from", csv, "--out", join(dir, "journal.xlsx")]);

  const book = join(dir, "book.xlsx");
  await writeJournal(book);
  const checked = await cashbook(["check", book, "--kind", "cash-journal", "--json"]);
  const findings =
    checked.exit === 0 || checked.exit === 1
      ? (JSON.parse(checked.stdout) as { sheets: { findings: unknown[] }[] }).sheets[0]!.findings.length
      : null;

  const figures = (run: Run) => ({ ms: run.ms, peakMB: run.peakMB, exit: run.exit, failure: run.failure });
  console.log(
    JSON.stringify({
      bench: "cli",
      startupMs: median(startups),
      generate: { entries, ...figures(generated) },
      check: { rows: journalRows, ...figures(checked), findings },
    }),
  );
}

bench().finally(() => rmSync(dir, { recursive: true, force: true }));
