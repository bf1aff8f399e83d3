/**
 * The browser side of the end-to-end tests: build the pane with its harness page, serve it on 127.0.0.1, and open
 * it in Debian's Chromium through playwright-core. Every page records what a user should never meet: a request
 * that leaves this machine, a console error, an uncaught exception.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import type { FormulaEngine } from "../../src/hosts/memory";
import { libreOfficeEngine } from "../support/libreoffice-engine";
import { systemProgram } from "../support/system";
import { serveDirectory } from "./serve";

const chromiumPath = systemProgram("Chromium", "/usr/bin/chromium");

/** describe when Chromium is there (and required under CI=true), describe.skip otherwise. */
export const describeWithChromium = chromiumPath ? describe : describe.skip;

/**
 * describe when Chromium and LibreOffice are both there (the page's formulas computed by LibreOffice), describe.skip
 * otherwise. LibreOffice is looked for only by the files that call it.
 */
export function describeWithBoth(name: string, tests: () => void): void {
  (systemProgram("LibreOffice", "/usr/bin/soffice") ? describeWithChromium : describe.skip)(name, tests);
}

const ROOT = resolve(__dirname, "../..");
export const SHOTS = join(ROOT, "test-output", "e2e");

/** Waits, as a user would look, until the element shows the text; fails after ten seconds. */
export const waitForText = (locator: Locator, text: string) =>
  locator.filter({ hasText: text }).waitFor({ timeout: 10_000 });

/**
 * Waits, as a user would look, until the field shows `value`; fails after ten seconds. A field the page fills after it
 * opens (a setting the workbook remembers, read once the page has its host) is empty for a moment first.
 */
export async function waitForValue(locator: Locator, value: string): Promise<void> {
  const field = await locator.elementHandle({ timeout: 10_000 });
  await locator
    .page()
    .waitForFunction(([input, wanted]) => (input as HTMLInputElement).value === wanted, [field, value] as const, {
      timeout: 10_000,
    });
}

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

/** The narrowest task pane Excel gives, and a short screen. */
export const PANE_VIEWPORT = { width: 320, height: 640 };

/** Office's Black and Dark Gray themes and Windows high contrast: each page's accessibility is checked in each. */
export const THEMES: { name: string; options: OpenOptions }[] = [
  { name: "black", options: { theme: "black" } },
  { name: "dark-gray", options: { theme: "dark-gray" } },
  { name: "forced-colors", options: { forcedColors: true } },
];

export interface OpenOptions {
  /** The page's memory host computes formulas through it. */
  engine?: FormulaEngine;
  /** Office's theme as the harness knows it: light, dark-gray, black. */
  theme?: string;
  /** Windows high contrast, as the browser's forced-colors mode. */
  forcedColors?: boolean;
  viewport?: { width: number; height: number };
}

/** Opens the harness page in `lang`. */
export async function openPane(
  pane: Pane,
  lang: string,
  { engine, theme, forcedColors = false, viewport = { width: 360, height: 900 } }: OpenOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await pane.browser.newPage({ viewport });
  if (forcedColors) await page.emulateMedia({ forcedColors: "active" });
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
  await page.goto(`${pane.origin}/harness.html?lang=${lang}${theme ? `&theme=${theme}` : ""}`);
  return { page, problems };
}

/**
 * The pane as a walk through a job opens it: at 320 px, in `lang`, with its workbook's formulas computed by
 * LibreOffice so that a generated sheet shows what Excel would show; a theme's options on top.
 */
export function openComputedPane(
  pane: Pane,
  lang: string,
  options: OpenOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  return openPane(pane, lang, { engine: libreOfficeEngine, viewport: PANE_VIEWPORT, ...options });
}

/** What a block's result looks like to a user after its action: where it is, whether it has the focus or is announced. */
export interface ResultSeen {
  text: string;
  /** The message (not a chart under it) lies inside the viewport. */
  inViewport: boolean;
  /** The focus is on the result or inside it. */
  focused: boolean;
  /** The result is inside a polite live region, so that a screen reader reads it out. */
  announced: boolean;
}

/** Waits for the result of the action block `action` (data-action) and says how it is shown. */
export async function resultOf(page: Page, action: string): Promise<ResultSeen> {
  const result = page.locator(`[data-action="${action}"] [data-testid="result"]`);
  await result.waitFor({ timeout: 30_000 });
  return result.evaluate((element) => {
    const message = element.firstElementChild ?? element;
    const box = message.getBoundingClientRect();
    return {
      text: element.textContent ?? "",
      inViewport: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
      focused: element.contains(document.activeElement),
      announced: element.closest('[aria-live="polite"]') !== null,
    };
  });
}

/** The accessible name of what has the focus, and whether it lies inside the viewport. */
export function focused(page: Page): Promise<{ tag: string; text: string; inViewport: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const box = element?.getBoundingClientRect();
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      text: element?.textContent ?? "",
      inViewport: Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight),
    };
  });
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's violations on the page that matter here: serious or critical ones, and any landmark rule (content
 * outside <main>, two mains…), as "rule: target" lines. Left out: aria-hidden-focus on Fluent's focus-redirecting
 * elements (data-tabster-dummy), focusable on purpose and hidden from screen readers on purpose, a known false
 * positive (microsoft/tabster#288, microsoft/fluentui#27517 "by design"). The pointer leaves the page first: the
 * test's last click would leave a button hovered, and under forced colours a hover's colours are the system's
 * (Chromium's emulated palette is not Windows' high contrast palette).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.mouse.move(-1, -1);
  // Fluent's buttons fade between their disabled and enabled colours; axe measures whatever colour a fade has reached,
  // so a button just enabled by the step before could read as 2.7:1 on a loaded machine. The check is of the colours a
  // cashier sees once the page is still.
  await page.addStyleTag({
    content: "*, *::before, *::after { transition: none !important; animation: none !important; }",
  });
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }
    return (await axe.run(document)).violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      targets: nodes
        .filter((node) => !(id === "aria-hidden-focus" && node.html.includes("data-tabster-dummy")))
        .map((node) => `${JSON.stringify(node.target)} ${node.html.slice(0, 120)} ${node.failureSummary ?? ""}`),
    }));
  });
  return violations
    .filter(
      ({ id, impact }) => impact === "serious" || impact === "critical" || id.startsWith("landmark") || id === "region",
    )
    .flatMap(({ id, impact, targets }) => targets.map((target) => `${id} (${impact}): ${target}`));
}

/** No serious accessibility violation on the page as it is now, and a full-page screenshot of it. */
export async function expectAccessible(page: Page, shot: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
}

/** A settings field the pane refused: whether the focus is in it and on screen, and the message shown on it. */
export function refusedField(
  page: Page,
  name: string,
): Promise<{ focused: boolean; inViewport: boolean; message: string }> {
  return page.evaluate((field) => {
    const control = document.activeElement;
    const box = control?.getBoundingClientRect();
    return {
      focused: control?.closest(`[data-field="${field}"]`) != null,
      inViewport: Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight),
      message: document.querySelector(`[data-field="${field}"]`)?.textContent ?? "",
    };
  }, name);
}

/**
 * A finding's row selects its cell `address` (on `sheet` when given): by a click on `click` (the row itself, or a
 * button such as 下一处), and by Enter on the focused row. Before each, the selection is moved to `away`.
 */
export async function expectSelects(
  page: Page,
  row: Locator,
  address: string,
  { away, click = row, sheet }: { away: [sheet: string, address: string]; click?: Locator; sheet?: string },
): Promise<void> {
  const selected = ([want, on]: [string, string | undefined]) =>
    window.cashbook.host.selected.address === want && (on === undefined || window.cashbook.host.selected.sheet === on);
  const moveAway = () => page.evaluate(([s, a]) => window.cashbook.host.select(s, a), away);
  await moveAway();
  await click.click();
  await page.waitForFunction(selected, [address, sheet] as [string, string | undefined]);
  await moveAway();
  await row.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(selected, [address, sheet] as [string, string | undefined]);
}

/** The amounts the words tests convert, under their header in Sheet1!A1:A8 (A8 unreadable), and text in B3. */
export function putAmounts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const h = window.cashbook.host;
    h.setValues("Sheet1", "A1", [
      ["金额"],
      [1409.5],
      [6007.14],
      ["1,680.32"],
      [107000.53],
      [16409.02],
      [325.04],
      ["abc"],
    ]);
    h.setValues("Sheet1", "B3", [["old text"]]);
  });
}

/** Asserts the one action pattern for the result of `action`, and keeps a screenshot. */
export async function expectShown(page: Page, action: string, shot: string, text?: string): Promise<ResultSeen> {
  const seen = await resultOf(page, action);
  await page.screenshot({ path: join(SHOTS, `${shot}.png`) });
  if (text) expect(seen.text).toContain(text);
  expect(seen).toMatchObject({ inViewport: true, focused: true, announced: true });
  return seen;
}

/** Opening a page or going back: the focus is on the new page's heading. */
export async function expectHeading(page: Page, title: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await expect(focused(page)).resolves.toMatchObject({ tag: "h1", text: title, inViewport: true });
}

/** Opens a job from the home page by its title. */
export async function openJob(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: new RegExp(`^${title}`) }).click();
  await expectHeading(page, title);
}

/** Runs `read` on the page's memory host and gives what it returns. */
export const host = <T>(page: Page, read: (h: Window["cashbook"]["host"]) => T) =>
  page.evaluate(`(${read.toString()})(window.cashbook.host)`) as Promise<T>;

/**
 * Picks an option of a Fluent Dropdown as a cashier does: a mouse click opens the list (asserted: aria-expanded and
 * the listbox shown) and a click on the option picks it; or, `by: "keyboard"`, ArrowDown opens it, the arrows walk
 * to the option and Enter picks it. Either way the list closes and the Dropdown shows the option. A click on the
 * Dropdown once fell on a blank layer over the pane (src/taskpane/App.tsx says why), so the mouse path is the one
 * that proves the list opens where the user clicks.
 */
export async function chooseOption(
  page: Page,
  label: string,
  option: string,
  { by = "mouse" }: { by?: "mouse" | "keyboard" } = {},
): Promise<void> {
  const dropdown = page.getByRole("combobox", { name: label, exact: true });
  const listbox = page.getByRole("listbox");
  if (by === "mouse") {
    await dropdown.click();
    await listbox.waitFor({ timeout: 10_000 });
    expect(await dropdown.getAttribute("aria-expanded")).toBe("true");
    await listbox.getByRole("option", { name: option, exact: true }).click();
  } else {
    await dropdown.focus();
    // Focused, the Dropdown is what the pane shows at its own place, not a blank layer over the pane.
    const onTop = await dropdown.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    });
    expect(onTop).toBe(true);
    await page.keyboard.press("ArrowDown");
    await listbox.waitFor({ timeout: 10_000 });
    const active = () =>
      dropdown.evaluate((element) => {
        const id = element.getAttribute("aria-activedescendant");
        return (id && document.getElementById(id)?.textContent) ?? "";
      });
    const count = await listbox.getByRole("option").count();
    for (let step = 0; step < count && (await active()) !== option; step += 1) await page.keyboard.press("ArrowDown");
    expect(await active()).toBe(option);
    await page.keyboard.press("Enter");
  }
  await listbox.waitFor({ state: "hidden", timeout: 10_000 });
  expect(await dropdown.getAttribute("aria-expanded")).toBe("false");
  expect(await dropdown.textContent()).toBe(option);
}
