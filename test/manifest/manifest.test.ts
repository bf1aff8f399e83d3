// Microsoft's reader, office-addin-manifest, loads two things that Jest on Node 20 cannot require because they are
// ES modules only, and that the XML reading tested here never uses, so both are stubbed: the unified (JSON)
// manifest support, @microsoft/app-manifest (through strip-bom), and uuid 14, which only makes new Ids.
jest.mock("@microsoft/app-manifest", () => ({}));
jest.mock("office-addin-manifest/node_modules/uuid/dist-node/index.js", () => ({
  v4: () => "00000000-0000-4000-8000-000000000000",
}));

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { encodePng } from "../../scripts/manifest/png";
import { DEV_ORIGIN, replaceOrigin } from "../../scripts/manifest/origin";
import { main, validateManifest } from "../../scripts/manifest/validate";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ASSETS_DIR = path.join(ROOT, "assets");
const manifestXml = readFileSync(MANIFEST_PATH, "utf8");
const PRODUCTION_ORIGIN = "https://cashbook.example.com";

const problemsOf = (xml: string, options: { assetsDir?: string; origin?: string } = {}): string[] =>
  validateManifest(xml, { assetsDir: ASSETS_DIR, ...options });

/** The real manifest with one edit; fails loudly if the text to edit is not there, so no case passes vacuously. */
function brokenManifest(find: string, replaceWith: string): string {
  if (!manifestXml.includes(find)) throw new Error(`test setup: ${JSON.stringify(find)} is not in manifest.xml`);
  return manifestXml.replace(find, replaceWith);
}

let tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cashbook-manifest-"));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs = [];
});

describe("manifest.xml", () => {
  it("passes the structural check", () => {
    expect(problemsOf(manifestXml)).toEqual([]);
  });

  it("uses exactly the planned URLs, all on the dev origin, with one shared runtime page", () => {
    const urls = new Set(
      [...manifestXml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((match) => match[1]),
    );
    expect([...urls].sort()).toEqual(
      [
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
        "functions.js",
        "functions.json",
        "functions.zh-CN.json",
        "support.html",
        "taskpane.html",
      ].map((file) => `${DEV_ORIGIN}/${file}`),
    );
    expect(manifestXml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(manifestXml).toContain('<bt:String id="Functions.Namespace" DefaultValue="CASHBOOK"/>');
  });

  it("is read the same by Microsoft's office-addin-manifest reader", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info).toMatchObject({
      id: "69c2f3e8-e545-4e5e-9221-99564833d3f1",
      version: "1.0.0.0",
      providerName: "Cashbook",
      displayName: "Cashbook",
      defaultLocale: "en-US",
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      iconUrl: `${DEV_ORIGIN}/assets/icon-32.png`,
      highResolutionIconUrl: `${DEV_ORIGIN}/assets/icon-64.png`,
      defaultSettings: expect.objectContaining({ sourceLocation: `${DEV_ORIGIN}/taskpane.html` }),
    });
  });
});

describe("the production manifest (origin replaced)", () => {
  const productionXml = replaceOrigin(manifestXml, DEV_ORIGIN, PRODUCTION_ORIGIN);

  it("is valid on the new origin and mentions localhost nowhere", () => {
    expect(problemsOf(productionXml, { origin: PRODUCTION_ORIGIN })).toEqual([]);
    expect(productionXml).not.toMatch(/localhost/i);
  });

  it("is still read by Microsoft's reader, with the new URLs", async () => {
    const file = path.join(tempDir(), "manifest.xml");
    writeFileSync(file, productionXml);
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.defaultSettings?.sourceLocation).toBe(`${PRODUCTION_ORIGIN}/taskpane.html`);
    expect(info.iconUrl).toBe(`${PRODUCTION_ORIGIN}/assets/icon-32.png`);
  });

  it("is caught when checked against an origin it is not on", () => {
    const problems = problemsOf(manifestXml, { origin: PRODUCTION_ORIGIN });
    expect(problems).toContain(
      `bt:Url Functions.Script.Url: ${DEV_ORIGIN}/functions.js is not on ${PRODUCTION_ORIGIN}`,
    );
    expect(problems.every((problem) => problem.endsWith(`is not on ${PRODUCTION_ORIGIN}`))).toBe(true);
  });
});

describe("replaceOrigin", () => {
  it("replaces whole origins only", () => {
    const text = `<a href="${DEV_ORIGIN}/x"/><b v="${DEV_ORIGIN}"/><c v="https://localhost:30001/y"/>`;
    expect(replaceOrigin(text, DEV_ORIGIN, "https://host:8443")).toBe(
      '<a href="https://host:8443/x"/><b v="https://host:8443"/><c v="https://localhost:30001/y"/>',
    );
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["http", "http://cashbook.example.com"],
    ["with a path", "https://cashbook.example.com/addin"],
    ["with a trailing slash", "https://cashbook.example.com/"],
    ["with a query", "https://cashbook.example.com?x=1"],
    ["not canonical", "https://Cashbook.Example.com"],
    ["not a URL", "cashbook.example.com"],
  ])("refuses a production origin that is %s", (_, origin) => {
    expect(() => replaceOrigin(manifestXml, DEV_ORIGIN, origin as string)).toThrow(
      /production origin .* must be an https origin/,
    );
  });

  it("refuses a manifest that has no URL on the origin to replace", () => {
    expect(() => replaceOrigin("<OfficeApp/>", DEV_ORIGIN, PRODUCTION_ORIGIN)).toThrow(
      /no URL on https:\/\/localhost:3000/,
    );
  });
});

describe("validateManifest reports each broken copy specifically", () => {
  it("a missing custom functions Namespace", () => {
    const problems = problemsOf(brokenManifest('<Namespace resid="Functions.Namespace"/>', ""));
    expect(problems).toContain(
      "CustomFunctions extension point: missing <Namespace resid=...> (the formula prefix, e.g. CASHBOOK)",
    );
  });

  it("a missing Script, Page or Metadata in the CustomFunctions extension point", () => {
    const problems = problemsOf(
      brokenManifest(
        '<Metadata>\n              <SourceLocation resid="Functions.Metadata.Url"/>\n            </Metadata>',
        "",
      ),
    );
    expect(problems).toContain("CustomFunctions extension point: <Metadata> has no <SourceLocation resid=...>");
  });

  it("no CustomFunctions extension point at all", () => {
    const xml = manifestXml.replace(/<AllFormFactors>[\s\S]*<\/AllFormFactors>/, "");
    expect(problemsOf(xml)).toContain(
      'no <ExtensionPoint xsi:type="CustomFunctions">: Excel would not load the custom functions',
    );
  });

  it("an icon URL pointing at a file of the wrong size", () => {
    const xml = brokenManifest(
      `<bt:Image id="Icon.32x32" DefaultValue="${DEV_ORIGIN}/assets/icon-32.png"/>`,
      `<bt:Image id="Icon.32x32" DefaultValue="${DEV_ORIGIN}/assets/icon-16.png"/>`,
    );
    expect(problemsOf(xml)).toEqual([
      "wrong icon size: image Icon.32x32 used at size 32: assets/icon-16.png is 16x16 px, expected 32x32",
    ]);
  });

  it("an icon file drawn at the wrong size", () => {
    const assetsDir = tempDir();
    cpSync(ASSETS_DIR, assetsDir, { recursive: true });
    writeFileSync(path.join(assetsDir, "icon-64.png"), encodePng(48, 48, new Uint8Array(48 * 48 * 4)));
    expect(problemsOf(manifestXml, { assetsDir })).toEqual([
      "wrong icon size: HighResolutionIconUrl: assets/icon-64.png is 48x48 px, expected 64x64",
    ]);
  });

  it("an icon file that is missing or not a PNG", () => {
    const assetsDir = tempDir();
    cpSync(ASSETS_DIR, assetsDir, { recursive: true });
    rmSync(path.join(assetsDir, "icon-80.png"));
    writeFileSync(path.join(assetsDir, "icon-16.png"), "<svg/>");
    expect(problemsOf(manifestXml, { assetsDir })).toEqual([
      "image Icon.16x16 used at size 16: assets/icon-16.png is not a readable PNG (not a PNG file)",
      `image Icon.80x80 used at size 80: ${DEV_ORIGIN}/assets/icon-80.png has no file assets/icon-80.png`,
    ]);
  });

  it("an http URL", () => {
    const xml = brokenManifest(`${DEV_ORIGIN}/functions.js`, "http://localhost:3000/functions.js");
    expect(problemsOf(xml)).toEqual([
      "bt:Url Functions.Script.Url: http://localhost:3000/functions.js is not https (Office loads add-ins only over https)",
    ]);
  });

  it("URLs on two origins", () => {
    const xml = brokenManifest(`${DEV_ORIGIN}/functions.json`, "https://cdn.example.com/functions.json");
    expect(problemsOf(xml)).toEqual([
      "URLs use 2 origins: https://localhost:3000 (IconUrl), https://cdn.example.com (bt:Url Functions.Metadata.Url); all must share one origin so the build can swap it",
    ]);
  });

  it("a dangling resid, and the resource it should have used left unused", () => {
    const xml = brokenManifest('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>');
    expect(problemsOf(xml)).toEqual([
      expect.stringMatching(
        /^dangling resid: <Label resid="Group.Lable"> \(line \d+\) names no resource in <Resources>$/,
      ),
      "resource Group.Label (ShortString) is defined but never used",
    ]);
  });

  it("a resid naming the wrong kind of resource", () => {
    const xml = brokenManifest(
      '<Description resid="ShowTaskpane.Tooltip"/>',
      '<Description resid="ShowTaskpane.Label"/>',
    );
    expect(problemsOf(xml)).toEqual([
      expect.stringMatching(
        /^<Description resid="ShowTaskpane.Label"> \(line \d+\) needs a LongString resource, but ShowTaskpane.Label is a ShortString$/,
      ),
      "resource ShowTaskpane.Tooltip (LongString) is defined but never used",
    ]);
  });

  it("a ribbon string without its zh-CN override", () => {
    const xml = brokenManifest('<bt:Override Locale="zh-CN" Value="打开出纳助手"/>', "");
    expect(problemsOf(xml)).toEqual([
      'string ShowTaskpane.Label has no zh-CN override (<bt:Override Locale="zh-CN" Value="..."/>)',
    ]);
  });

  it("a DisplayName without its zh-CN override", () => {
    const xml = brokenManifest('<Override Locale="zh-CN" Value="出纳助手"/>', "");
    expect(problemsOf(xml)).toEqual(['<DisplayName> has no zh-CN override (<Override Locale="zh-CN" Value="..."/>)']);
  });

  it("a string over its length limit", () => {
    const tooLong = "长".repeat(251);
    const xml = brokenManifest(
      'Value="打开出纳助手窗格：日记账（日清、检查）、现金盘点、资金日报和大写金额。"',
      `Value="${tooLong}"`,
    );
    expect(problemsOf(xml)).toEqual([
      "string ShowTaskpane.Tooltip (zh-CN) is 251 characters, over the LongString limit of 250",
    ]);
  });

  it("a short-lived runtime", () => {
    const xml = brokenManifest('lifetime="long"', 'lifetime="short"');
    expect(problemsOf(xml)).toEqual([
      '<Runtime> lifetime is "short"; custom functions sharing the runtime need lifetime="long"',
    ]);
  });

  it("a custom functions page that is not the shared runtime page", () => {
    const xml = brokenManifest(
      '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>',
    );
    expect(problemsOf(xml)).toEqual([
      'the CustomFunctions <Page> uses resid "Functions.Script.Url" but the <Runtime> uses "Taskpane.Url"; they must match or Office starts a second runtime',
    ]);
  });

  it("requirements without SharedRuntime 1.1", () => {
    const xml = brokenManifest('<Set Name="SharedRuntime" MinVersion="1.1"/>', "");
    expect(problemsOf(xml)).toEqual(['<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>']);
  });

  it("requirements without ExcelApi 1.9, and no SupportUrl", () => {
    const xml = brokenManifest(
      '<Set Name="ExcelApi" MinVersion="1.9"/>',
      '<Set Name="ExcelApi" MinVersion="1.8"/>',
    ).replace(/\s*<SupportUrl [^>]*\/>/, "");
    expect(problemsOf(xml)).toEqual([
      '<Requirements> must include <Set Name="ExcelApi" MinVersion="1.9"/>',
      "<SupportUrl> is missing",
    ]);
  });

  it("an Id that is not a GUID and a malformed Version", () => {
    const xml = brokenManifest("<Id>69c2f3e8-e545-4e5e-9221-99564833d3f1</Id>", "<Id>cashbook</Id>").replace(
      "<Version>1.0.0.0</Version>",
      "<Version>1.0.0.0.1</Version>",
    );
    expect(problemsOf(xml)).toEqual([
      '<Id> must be a GUID, found "cashbook"',
      '<Version> must look like 1.0.0.0, found "1.0.0.0.1"',
    ]);
  });

  it("XML that is not well-formed", () => {
    const xml = brokenManifest("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>");
    expect(problemsOf(xml)).toEqual([
      expect.stringMatching(/^manifest is not well-formed XML: line \d+: end tag <\/Host> does not match <Hosts>/),
    ]);
  });
});

describe("the validate command", () => {
  let output: string[];
  beforeEach(() => {
    output = [];
    jest.spyOn(console, "log").mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, "error").mockImplementation((line: string) => void output.push(line));
  });
  afterEach(() => jest.restoreAllMocks());

  it("says a good manifest is valid and exits 0", () => {
    expect(main([MANIFEST_PATH])).toBe(0);
    expect(output).toEqual([`${MANIFEST_PATH} is valid`]);
  });

  it("lists the problems of a bad manifest and exits 1", () => {
    const dir = tempDir();
    cpSync(ASSETS_DIR, path.join(dir, "assets"), { recursive: true });
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, brokenManifest('lifetime="long"', 'lifetime="short"'));
    expect(main([file])).toBe(1);
    expect(output).toEqual([
      `${file} has 1 problem:`,
      '  - <Runtime> lifetime is "short"; custom functions sharing the runtime need lifetime="long"',
    ]);
  });

  it("checks a built manifest against --origin", () => {
    const dir = tempDir();
    cpSync(ASSETS_DIR, path.join(dir, "assets"), { recursive: true });
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, replaceOrigin(manifestXml, DEV_ORIGIN, PRODUCTION_ORIGIN));
    expect(main([file, "--origin", PRODUCTION_ORIGIN])).toBe(0);
    expect(main([file, `--origin=${DEV_ORIGIN}`])).toBe(1);
  });

  it("runs from the command line with tsx", () => {
    const result = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), "scripts/manifest/validate.ts", "manifest.xml"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(result.stdout.trim()).toBe("manifest.xml is valid");
    expect(result.status).toBe(0);
  });
});
