/**
 * `npm run build` as CI runs it, into a folder of its own with a production origin: functions.json holds the seven
 * CASHBOOK functions (and its zh-CN copy their Chinese texts), the shared-runtime page loads both bundles and
 * office.js from Microsoft's CDN, the bundles are ES2017, and the rewritten manifest passes the local validation
 * with no localhost left.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "acorn";
import { validateManifest } from "../../scripts/manifest/validate";

const ROOT = resolve(__dirname, "../..");
const OUT = join(ROOT, "test-output", "build-dist");
const ORIGIN = "https://cashbook.test.example";

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; dimensionality?: string; optional?: boolean }[];
  result: { dimensionality?: string };
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", `outDir=${OUT}`],
    {
      cwd: ROOT,
      env: { ...process.env, CASHBOOK_ORIGIN: ORIGIN },
      stdio: "pipe",
    },
  );
}, 300_000);

const read = (file: string) => readFileSync(join(OUT, file), "utf8");

test("functions.json declares the CASHBOOK functions, taking ranges and spilling or answering one number", () => {
  const { functions } = JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] };
  expect(functions.map((f) => f.id).sort()).toEqual([
    "BALANCE",
    "CASHDIFF",
    "CHECKBALANCE",
    "CHEQUEDATE",
    "INVOICENO",
    "RECONCILE",
    "RMB",
    "RMBCHECK",
    "RMBWHY",
    "VOUCHERCHECK",
  ]);
  const byId = new Map(functions.map((f) => [f.id, f]));
  for (const id of ["RMB", "RMBCHECK", "RMBWHY", "CHEQUEDATE", "BALANCE", "INVOICENO"]) {
    expect(byId.get(id)!.result.dimensionality).toBe("matrix");
  }
  for (const id of ["CHECKBALANCE", "CASHDIFF", "RECONCILE", "VOUCHERCHECK"])
    expect(byId.get(id)!.result.dimensionality).toBeUndefined();
  const shape = (id: string) => byId.get(id)!.parameters.map((p) => [p.name, p.dimensionality ?? "scalar"]);
  for (const id of ["RMB", "RMBCHECK", "RMBWHY", "CHEQUEDATE", "INVOICENO"]) expect(shape(id)[0]![1]).toBe("matrix");
  expect(shape("BALANCE")).toEqual([
    ["opening", "scalar"],
    ["receipts", "matrix"],
    ["payments", "matrix"],
  ]);
  expect(shape("CHECKBALANCE").map(([, dimensionality]) => dimensionality)).toEqual([
    "scalar",
    "matrix",
    "matrix",
    "matrix",
  ]);
  expect(shape("CASHDIFF")).toEqual([
    ["counts", "matrix"],
    ["bookBalance", "scalar"],
  ]);
  expect(shape("RECONCILE")).toEqual([
    ["bookBalance", "scalar"],
    ["bankReceived", "matrix"],
    ["bankPaid", "matrix"],
    ["statementBalance", "scalar"],
    ["bookReceived", "matrix"],
    ["bookPaid", "matrix"],
  ]);
  expect(shape("VOUCHERCHECK")).toEqual([
    ["debits", "matrix"],
    ["credits", "matrix"],
  ]);
  expect(functions.find((f) => f.id === "RMB")!.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
    ["amount", false],
    ["prefix", true],
  ]);
});

test("functions.zh-CN.json gives every function and parameter a Chinese description", () => {
  const { functions } = JSON.parse(read("functions.zh-CN.json")) as { functions: FunctionMetadata[] };
  const declared = (JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] }).functions;
  expect(functions.map((f) => f.id)).toEqual(declared.map((f) => f.id));
  for (const text of functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description)])) {
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  }
});

test("the shared-runtime page loads office.js from Microsoft's CDN and both bundles, and can say it cannot start", () => {
  const page = read("taskpane.html");
  expect(page).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  expect(page).toMatch(/src="[^"]*taskpane\.js"/);
  expect(page).toMatch(/src="[^"]*functions\.js"/);
  expect(page).toContain('id="cannot-start"');
  expect(existsSync(join(OUT, "office-js"))).toBe(false);
  expect(read("support.html")).toContain("出纳助手");
  expect(read("functions.js")).toContain("CustomFunctions.associate");
  expect(existsSync(join(OUT, "harness.html"))).toBe(false);
});

test("the bundles are ES2017, which the Edge Legacy webview runs", () => {
  for (const bundle of ["taskpane.js", "functions.js"]) {
    expect(() => parse(read(bundle), { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
  }
});

test("the production manifest is valid on the production origin and names no localhost", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toContain("localhost");
  expect(manifest).toContain(`${ORIGIN}/taskpane.html`);
  expect(validateManifest(manifest, { assetsDir: join(OUT, "assets"), origin: ORIGIN })).toEqual([]);
});
