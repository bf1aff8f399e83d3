/**
 * What `cashbook generate` refuses before it writes anything, and the pipe a reader closes early: a journal that
 * would not fit in a sheet, a balance or total past the largest amount kept exact, and `cashbook check … | head`.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { cashbook } from "../support/cli";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cashbook-limits-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A Node stack frame, as it would appear in the output. */
const STACK_FRAME = /^\s+at /m;

function entriesFile(lines: string[]): string {
  const file = join(dir, "entries.csv");
  writeFileSync(file, ["日期,凭证号,摘要,对方科目,收入,支出", ...lines].join("\n"));
  return file;
}

test("a journal that would not fit in 1,048,576 rows is refused with its count, before anything is written", async () => {
  // 350,000 entries in January, two to a page: each page after the first is 承前页, an entry and 过次页.
  const lines = Array.from({ length: 350_000 }, (_, i) => `2026-01-${String(1 + (i % 31)).padStart(2, "0")},,付款,,,1`);
  const out = join(dir, "journal.xlsx");
  const from = entriesFile(lines);
  const run = await cashbook(["generate", "cash-journal", "--from", from, "--out", out, "--rows-per-page", "2"]);
  expect(run.code).toBe(EXIT.unusable);
  expect(run.stderr).toMatch(/--month: 这本日记账.*共 1,050,127 行，超出了工作表最多 1,048,576 行/);
  expect(run.stderr).not.toContain("正在写入");
  expect(existsSync(out)).toBe(false);
}, 60_000);

test("a total past the largest amount kept exact is refused before writing, in either language", async () => {
  const from = entriesFile(['2026-01-05,记-1,收款,,"9,000,000,000,000.00",', "2026-01-06,记-2,收款,,1000000000000,"]);
  const out = join(dir, "journal.xlsx");
  const zh = await cashbook(["generate", "cash-journal", "--from", from, "--out", out]);
  expect(zh.code).toBe(EXIT.unusable);
  expect(zh.stderr).toContain(
    "余额或合计将达到 ¥10,000,000,000,000.00，超出了能精确计算的范围（最大 ¥9,999,999,999,999.99）",
  );
  expect(zh.stderr).not.toContain("正在写入");
  expect(existsSync(out)).toBe(false);
  const en = await cashbook(["generate", "cash-journal", "--from", from, "--out", out], { LANG: "en_US.UTF-8" });
  expect(en.stderr).toContain("would reach ¥10,000,000,000,000.00, past the largest amount kept exact");
  // One 分 less is within the range, and written.
  const within = entriesFile([
    '2026-01-05,记-1,收款,,"9,000,000,000,000.00",',
    "2026-01-06,记-2,收款,,999999999999.99,",
  ]);
  expect(await cashbook(["generate", "cash-journal", "--from", within, "--out", out])).toMatchObject({ code: EXIT.ok });
});

test("a reader that closes the pipe early (| head) gets no stack trace, and the exit code is the check's", async () => {
  // 5,000 unreadable amounts: half a megabyte of findings, more than a pipe holds.
  const rows = Array.from({ length: 5_000 }, (_, i) => `2026-01-02,摘要${i},abc,,def`);
  const file = join(dir, "journal.csv");
  writeFileSync(file, ["日期,摘要,收入,支出,余额", "2026-01-01,期初余额,,,1000", ...rows].join("\n"));
  const child = spawn(process.execPath, [join(__dirname, "../../bin/cashbook.js"), "check", file], {
    env: { ...process.env, LANG: "zh_CN.UTF-8" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on("close", resolve));
  expect(stderr).not.toMatch(/EPIPE/);
  expect(stderr).not.toMatch(STACK_FRAME);
  expect(code).toBe(EXIT.problems);
});
