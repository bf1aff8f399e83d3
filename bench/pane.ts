/**
 * The task pane as Office loads it: `npm run bench -- pane [loads]` builds the production bundle, then opens the
 * built taskpane.html in Debian's Chromium `loads` times (default 9), each in a fresh browser context (nothing
 * cached), and prints one JSON line, last:
 * {"bench":"pane","initial":{"rawBytes","gzipBytes"},"lazy":{…},"chunks":[…],"fcpMs":…,"appMs":…}.
 *
 * - initial: the scripts taskpane.html loads before anything else (taskpane.js and functions.js), raw and gzipped
 *   (gzip level 9, what a static host serves); lazy: the job pages' chunks, loaded when a page is first opened.
 * - fcpMs: the median first contentful paint (the static title and skeleton of taskpane.html).
 * - appMs: the median time until the App has replaced the skeleton with the home page, after office.js said ready.
 *
 * office.js comes from Microsoft's CDN in production; here the same files are served from @microsoft/office-js, so
 * that the figures are of this machine and the bundle, not of the network. Outside Office, Office.onReady still
 * resolves (with no host), which is enough for the home page, which touches no workbook.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveDirectory } from "../test/e2e/serve";

const loads = Number(process.argv[2] ?? 9);
if (!Number.isInteger(loads) || loads < 1 || loads > 100) {
  console.error("Loads must be a whole number from 1 to 100");
  process.exit(2);
}

const ROOT = resolve(__dirname, "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_FILES = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const INITIAL = ["taskpane.js", "functions.js"];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sizes(files: string[], dir: string) {
  const bytes = files.map((file) => readFileSync(join(dir, file)));
  return {
    rawBytes: bytes.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

async function bench(dir: string): Promise<void> {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", `outDir=${dir}`],
    { cwd: ROOT, stdio: "pipe" },
  );
  const scripts = readdirSync(dir).filter((file) => file.endsWith(".js") && statSync(join(dir, file)).isFile());
  const lazy = scripts.filter((file) => !INITIAL.includes(file));

  const server = await serveDirectory(dir);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const fcp: number[] = [];
  const app: number[] = [];
  try {
    for (let load = 0; load < loads; load++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      await context.route(`${OFFICE_CDN}**`, (route) => {
        const file = join(OFFICE_FILES, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
        return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.waitForSelector(".fui-FluentProvider", { timeout: 60_000 });
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        app: performance.now(),
      }));
      fcp.push(timing.fcp);
      app.push(timing.app);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    JSON.stringify({
      bench: "pane",
      initial: sizes(INITIAL, dir),
      lazy: sizes(lazy, dir),
      chunks: scripts.map((file) => ({ file, ...sizes([file], dir) })),
      loads,
      fcpMs: Math.round(median(fcp)),
      appMs: Math.round(median(app)),
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), "cashbook-bench-pane-"));
bench(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
