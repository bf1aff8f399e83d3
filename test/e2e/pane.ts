/**
 * The browser side of the end-to-end tests: build the pane with its harness page, serve it on 127.0.0.1, and open
 * it in Debian's Chromium through playwright-core. Every page records what a user should never meet: a request
 * that leaves this machine, a console error, an uncaught exception.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import type { FormulaEngine } from "../../src/hosts/memory";
import { systemProgram } from "../support/system";
import { serveDirectory } from "./serve";

const chromiumPath = systemProgram("Chromium", "/usr/bin/chromium");

/** describe when Chromium is there (and required under CI=true), describe.skip otherwise. */
export const describeWithChromium = chromiumPath ? describe : describe.skip;

const ROOT = resolve(__dirname, "../..");
export const SHOTS = join(ROOT, "test-output", "e2e");

/** Waits, as a user would look, until the element shows the text; fails after ten seconds. */
export const waitForText = (locator: Locator, text: string) =>
  locator.filter({ hasText: text }).waitFor({ timeout: 10_000 });

export interface Pane {
  browser: Browser;
  origin: string;
}

/**
 * Builds the harness into a folder of the calling test file's own (test files run side by side) and starts the
 * server and the browser before the file's tests; returns a getter for them.
 */
export function usePane(buildName: string): () => Pane {
  let pane: Pane | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const build = join(ROOT, "test-output", `e2e-dist-${buildName}`);
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "development",
        "--env",
        "harness",
        "--env",
        `outDir=${build}`,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
    mkdirSync(SHOTS, { recursive: true });
    const server = await serveDirectory(build);
    closeServer = server.close;
    const browser = await chromium.launch({
      executablePath: chromiumPath!,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    pane = { browser, origin: server.origin };
  }, 300_000);
  afterAll(async () => {
    await pane?.browser.close();
    await closeServer?.();
  });
  return () => {
    if (!pane) throw new Error("the pane is not ready");
    return pane;
  };
}

/** Opens the harness page in `lang`; with `engine`, the page's memory host computes formulas through it. */
export async function openPane(
  pane: Pane,
  lang: string,
  engine?: FormulaEngine,
): Promise<{ page: Page; problems: string[] }> {
  const page = await pane.browser.newPage({ viewport: { width: 360, height: 900 } });
  if (engine) await page.exposeFunction("cashbookShownValues", engine.shownValues);
  const problems: string[] = [];
  page.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    if (!["127.0.0.1", "localhost"].includes(host) && !request.url().startsWith("data:")) {
      problems.push(`request to ${request.url()}`);
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${pane.origin}/harness.html?lang=${lang}`);
  return { page, problems };
}
