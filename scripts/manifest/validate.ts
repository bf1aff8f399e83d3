/**
 * Offline structural check of manifest.xml: the mistakes that make Office refuse or half-load a shared-runtime
 * add-in with custom functions, checked without the network (`npm run validate`). Microsoft's schema check needs
 * their web service (`npm run validate:online`); this one runs in every test run.
 *
 *   npx tsx scripts/manifest/validate.ts manifest.xml [--origin https://cashbook.example.com]
 *
 * --origin (for a built manifest) requires every URL to be on that origin; without it they must merely share one.
 * Icons are looked up in the assets/ folder next to the manifest: URL path /assets/NAME is assets/NAME.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { assertHttpsOrigin } from "./origin";
import { readPngSize } from "./png";
import { type XmlElement, XmlSyntaxError, attributeOf, childOf, childrenOf, descendantsOf, parseXml } from "./xml";

export interface ValidateOptions {
  /** Folder holding the icon files named by the manifest's /assets/ URLs. */
  assetsDir: string;
  /** When given, every URL must be on exactly this origin; otherwise all URLs must share one origin. */
  origin?: string;
}

/** The language every user-visible string must also have, besides the en-US default. */
const SECOND_LOCALE = "zh-CN";
const SHORT_STRING_MAX = 125;
/** LongStrings are capped at 250; the base Description is held to the same cap (the unified manifest's limit). */
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;
const NAMESPACE_MAX = 32;
/** Task pane add-ins: IconUrl is 32×32 and HighResolutionIconUrl 64×64 pixels. */
const ICON_URL_SIZE = 32;
const HIGH_RESOLUTION_ICON_SIZE = 64;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The schema's version pattern: one to four dot-separated numbers of at most five digits, no leading zeros. */
const VERSION = /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){0,3}$/;

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

/** Which kind of resource the resid on each element must name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Runtime: "Url",
  SourceLocation: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Image: "Image",
  Label: "ShortString",
  Title: "ShortString",
  Namespace: "ShortString",
  Description: "LongString",
};

/** Returns every problem found in the manifest text; an empty list means it passed. */
export function validateManifest(xmlText: string, options: ValidateOptions): string[] {
  if (options.origin !== undefined) assertHttpsOrigin(options.origin, "the expected origin");
  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [`manifest is not well-formed XML: ${error.message}`];
    throw error;
  }
  const problems: string[] = [];
  const report = (message: string): void => {
    problems.push(message);
  };
  if (root.local !== "OfficeApp" || attributeOf(root, "type") !== "TaskPaneApp") {
    report(`root element must be <OfficeApp xsi:type="TaskPaneApp">, found <${root.name}>`);
    return problems;
  }

  checkIdentity(root, report);
  checkLocalizedSetting(childOf(root, "DisplayName"), "DisplayName", SHORT_STRING_MAX, report);
  checkLocalizedSetting(childOf(root, "Description"), "Description", LONG_STRING_MAX, report);
  checkRequirements(root, report);

  const versionOverrides = childOf(root, "VersionOverrides");
  const host = childrenOf(childOf(versionOverrides, "Hosts"), "Host").find(
    (h) => attributeOf(h, "type") === "Workbook",
  );
  if (!versionOverrides) report("<VersionOverrides> is missing: no ribbon button, shared runtime or custom functions");
  else if (!host) report('<VersionOverrides> has no <Host xsi:type="Workbook">');

  const resources = collectResources(childOf(versionOverrides, "Resources"), report);
  checkResourceReferences(childOf(versionOverrides, "Hosts"), resources, report);
  checkSharedRuntime(root, host, resources, report);
  const namespaceResid = checkCustomFunctions(host, resources, report);
  checkStrings(resources, namespaceResid, report);
  checkUrls(root, resources, options.origin, report);
  checkIcons(root, host, resources, options.assetsDir, report);
  return problems;
}

type Report = (message: string) => void;

function valueOf(element: XmlElement | undefined): string {
  return element?.text.trim() ?? "";
}

function hasOverrideFor(element: XmlElement, locale: string): boolean {
  return childrenOf(element, "Override").some(
    (override) =>
      attributeOf(override, "Locale")?.toLowerCase() === locale.toLowerCase() &&
      (attributeOf(override, "Value") ?? "").trim() !== "",
  );
}

/** Length in characters as a person counts them (code points), which is what the string limits mean. */
function characterCount(text: string): number {
  return [...text].length;
}

function checkIdentity(root: XmlElement, report: Report): void {
  const id = valueOf(childOf(root, "Id"));
  if (!GUID.test(id)) report(`<Id> must be a GUID, found "${id}"`);
  const version = valueOf(childOf(root, "Version"));
  if (!VERSION.test(version)) report(`<Version> must look like 1.0.0.0, found "${version}"`);
  for (const name of ["ProviderName", "DefaultLocale"]) {
    if (!valueOf(childOf(root, name))) report(`<${name}> is missing or empty`);
  }
  const hosts = childrenOf(childOf(root, "Hosts"), "Host").map((h) => attributeOf(h, "Name"));
  if (!hosts.includes("Workbook")) report('<Hosts> must include <Host Name="Workbook"/> (Excel)');
  if (!attributeOf(childOf(childOf(root, "DefaultSettings"), "SourceLocation"), "DefaultValue")) {
    report("<DefaultSettings> has no <SourceLocation DefaultValue=...>");
  }
}

/** DisplayName and Description: a default, length limits, and the second-language override. */
function checkLocalizedSetting(element: XmlElement | undefined, name: string, max: number, report: Report): void {
  if (!element) {
    report(`<${name}> is missing`);
    return;
  }
  const values = [
    attributeOf(element, "DefaultValue") ?? "",
    ...childrenOf(element, "Override").map((o) => attributeOf(o, "Value") ?? ""),
  ];
  if (!values[0]?.trim()) report(`<${name}> has no DefaultValue`);
  for (const value of values) {
    if (characterCount(value) > max)
      report(`<${name}> value is ${characterCount(value)} characters, over the ${max} limit: "${value}"`);
  }
  if (!hasOverrideFor(element, SECOND_LOCALE))
    report(`<${name}> has no ${SECOND_LOCALE} override (<Override Locale="${SECOND_LOCALE}" Value="..."/>)`);
}

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function checkRequirements(root: XmlElement, report: Report): void {
  const sets = childOf(childOf(root, "Requirements"), "Sets");
  const shared = childrenOf(sets, "Set").find((set) => attributeOf(set, "Name") === "SharedRuntime");
  const minVersion = attributeOf(shared, "MinVersion") ?? attributeOf(sets, "DefaultMinVersion") ?? "";
  if (!shared || !/^\d+(\.\d+)*$/.test(minVersion) || compareVersions(minVersion, "1.1") < 0) {
    // Without it, Office versions that cannot share a runtime would install the add-in and run it half-broken.
    report('<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  // The Excel host needs ExcelApi 1.9 (getSelectedRanges, RangeAreas): Office then offers the add-in only where it runs.
  const excel = childrenOf(sets, "Set").find((set) => attributeOf(set, "Name") === "ExcelApi");
  const excelVersion = attributeOf(excel, "MinVersion") ?? attributeOf(sets, "DefaultMinVersion") ?? "";
  if (!excel || !/^\d+(\.\d+)*$/.test(excelVersion) || compareVersions(excelVersion, "1.9") < 0) {
    report('<Requirements> must include <Set Name="ExcelApi" MinVersion="1.9"/>');
  }
  // AppSource asks every add-in for a page where users get help.
  if (!attributeOf(childOf(root, "SupportUrl"), "DefaultValue")) report("<SupportUrl> is missing");
}

function collectResources(resourcesElement: XmlElement | undefined, report: Report): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  // <bt:Images><bt:Image/>, <bt:Urls><bt:Url/>, and both string groups hold <bt:String/>.
  const groups: [group: string, item: string, kind: ResourceKind][] = [
    ["Images", "Image", "Image"],
    ["Urls", "Url", "Url"],
    ["ShortStrings", "String", "ShortString"],
    ["LongStrings", "String", "LongString"],
  ];
  for (const [groupName, itemName, kind] of groups) {
    for (const element of childrenOf(childOf(resourcesElement, groupName), itemName)) {
      const id = attributeOf(element, "id") ?? "";
      if (!id) report(`a resource in <bt:${groupName}> (line ${element.line}) has no id`);
      else if (resources.has(id)) report(`resource id ${id} is defined twice`);
      else resources.set(id, { id, kind, element });
    }
  }
  return resources;
}

/** Every resid names an existing resource of the right kind, and every resource is used somewhere. */
function checkResourceReferences(
  hosts: XmlElement | undefined,
  resources: Map<string, Resource>,
  report: Report,
): void {
  const used = new Set<string>();
  for (const element of descendantsOf(hosts)) {
    const resid = attributeOf(element, "resid");
    if (resid === undefined) continue;
    used.add(resid);
    if (characterCount(resid) > RESID_MAX) report(`resid ${resid} is longer than ${RESID_MAX} characters`);
    const resource = resources.get(resid);
    const expected = RESID_KIND[element.local];
    if (!resource)
      report(
        `dangling resid: <${element.name} resid="${resid}"> (line ${element.line}) names no resource in <Resources>`,
      );
    else if (expected && resource.kind !== expected) {
      report(
        `<${element.name} resid="${resid}"> (line ${element.line}) needs a ${expected} resource, but ${resid} is a ${resource.kind}`,
      );
    }
  }
  for (const resource of resources.values()) {
    if (!used.has(resource.id)) report(`resource ${resource.id} (${resource.kind}) is defined but never used`);
  }
}

function resourceValue(resources: Map<string, Resource>, resid: string | undefined): string | undefined {
  return resid === undefined ? undefined : attributeOf(resources.get(resid)?.element, "DefaultValue");
}

/**
 * One long-lived runtime that the task pane, the ribbon's FunctionFile and the custom functions all share. Office
 * matches them by resid, so a different resid anywhere quietly starts a second runtime.
 */
function checkSharedRuntime(
  root: XmlElement,
  host: XmlElement | undefined,
  resources: Map<string, Resource>,
  report: Report,
): void {
  if (!host) return;
  const runtimes = childrenOf(childOf(host, "Runtimes"), "Runtime");
  const runtime = runtimes[0];
  if (!runtime) {
    report('no <Runtimes><Runtime resid=... lifetime="long"/></Runtimes>: the add-in would not use a shared runtime');
    return;
  }
  if (runtimes.length > 1)
    report(`<Runtimes> has ${runtimes.length} <Runtime> elements; a shared runtime add-in has one`);
  const lifetime = attributeOf(runtime, "lifetime");
  if (lifetime !== "long") {
    report(
      `<Runtime> lifetime is "${lifetime ?? "short (default)"}"; custom functions sharing the runtime need lifetime="long"`,
    );
  }
  const sharedResid = attributeOf(runtime, "resid");
  const usersOfTheRuntime: [string, XmlElement | undefined][] = [
    ["the CustomFunctions <Page>", childOf(childOf(customFunctionsExtensionPoint(host), "Page"), "SourceLocation")],
    ["<FunctionFile>", descendantsOf(host, "FunctionFile")[0]],
    ...descendantsOf(host, "Action")
      .filter((action) => attributeOf(action, "type") === "ShowTaskpane")
      .map((action): [string, XmlElement | undefined] => [
        `the ShowTaskpane action (line ${action.line})`,
        childOf(action, "SourceLocation"),
      ]),
  ];
  for (const [what, element] of usersOfTheRuntime) {
    const resid = attributeOf(element, "resid");
    if (element && resid !== sharedResid) {
      report(
        `${what} uses resid "${resid}" but the <Runtime> uses "${sharedResid}"; they must match or Office starts a second runtime`,
      );
    }
  }
  for (const action of descendantsOf(host, "Action").filter((a) => attributeOf(a, "type") === "ShowTaskpane")) {
    if (!valueOf(childOf(action, "TaskpaneId")))
      report(`the ShowTaskpane action (line ${action.line}) has no <TaskpaneId>, so it opens a second task pane`);
  }
  const runtimeUrl = resourceValue(resources, sharedResid);
  const defaultPage = attributeOf(childOf(childOf(root, "DefaultSettings"), "SourceLocation"), "DefaultValue");
  if (runtimeUrl && defaultPage && runtimeUrl !== defaultPage) {
    report(`<DefaultSettings> opens ${defaultPage} but the shared runtime page is ${runtimeUrl}`);
  }
}

function customFunctionsExtensionPoint(host: XmlElement | undefined): XmlElement | undefined {
  return descendantsOf(host, "ExtensionPoint").find((point) => attributeOf(point, "type") === "CustomFunctions");
}

/** Script, Page, Metadata and Namespace are all required; returns the namespace's resid for the string checks. */
function checkCustomFunctions(
  host: XmlElement | undefined,
  resources: Map<string, Resource>,
  report: Report,
): string | undefined {
  if (!host) return undefined;
  const point = customFunctionsExtensionPoint(host);
  if (!point) {
    report('no <ExtensionPoint xsi:type="CustomFunctions">: Excel would not load the custom functions');
    return undefined;
  }
  for (const part of ["Script", "Page", "Metadata"]) {
    if (!attributeOf(childOf(childOf(point, part), "SourceLocation"), "resid")) {
      report(`CustomFunctions extension point: <${part}> has no <SourceLocation resid=...>`);
    }
  }
  const namespaceResid = attributeOf(childOf(point, "Namespace"), "resid");
  if (!namespaceResid) {
    report("CustomFunctions extension point: missing <Namespace resid=...> (the formula prefix, e.g. CASHBOOK)");
    return undefined;
  }
  const namespace = resourceValue(resources, namespaceResid);
  if (
    namespace !== undefined &&
    (characterCount(namespace) > NAMESPACE_MAX || !/^[A-Za-z][A-Za-z0-9_.]*$/.test(namespace))
  ) {
    report(
      `custom functions namespace "${namespace}" must be a letter then letters, digits, _ or ., at most ${NAMESPACE_MAX} characters`,
    );
  }
  return namespaceResid;
}

/** ShortStrings ≤ 125 and LongStrings ≤ 250 characters, and each has a zh-CN override (the namespace excepted). */
function checkStrings(resources: Map<string, Resource>, namespaceResid: string | undefined, report: Report): void {
  for (const { id, kind, element } of resources.values()) {
    if (kind !== "ShortString" && kind !== "LongString") continue;
    const max = kind === "ShortString" ? SHORT_STRING_MAX : LONG_STRING_MAX;
    const defaultValue = attributeOf(element, "DefaultValue") ?? "";
    if (!defaultValue.trim()) report(`string ${id} has no DefaultValue`);
    const overrides = childrenOf(element, "Override").map(
      (o) => [attributeOf(o, "Locale") ?? "?", attributeOf(o, "Value") ?? ""] as const,
    );
    for (const [locale, value] of [["default", defaultValue] as const, ...overrides]) {
      const length = characterCount(value);
      if (length > max) report(`string ${id} (${locale}) is ${length} characters, over the ${kind} limit of ${max}`);
    }
    // The namespace is typed in formulas, so it must not change with the display language.
    if (id !== namespaceResid && !hasOverrideFor(element, SECOND_LOCALE)) {
      report(`string ${id} has no ${SECOND_LOCALE} override (<bt:Override Locale="${SECOND_LOCALE}" Value="..."/>)`);
    }
  }
}

interface UrlUse {
  where: string;
  url: string;
}

/** A setting's DefaultValue and every locale override's Value. */
function urlsOfSetting(element: XmlElement | undefined, where: string): UrlUse[] {
  if (!element) return [];
  const uses: UrlUse[] = [{ where, url: attributeOf(element, "DefaultValue") ?? "" }];
  for (const override of childrenOf(element, "Override")) {
    uses.push({
      where: `${where} (${attributeOf(override, "Locale") ?? "?"})`,
      url: attributeOf(override, "Value") ?? "",
    });
  }
  return uses;
}

/** Every URL is https and on one origin, so the build can move the whole add-in by swapping that origin. */
function checkUrls(
  root: XmlElement,
  resources: Map<string, Resource>,
  expectedOrigin: string | undefined,
  report: Report,
): void {
  const uses: UrlUse[] = [
    ...urlsOfSetting(childOf(root, "IconUrl"), "IconUrl"),
    ...urlsOfSetting(childOf(root, "HighResolutionIconUrl"), "HighResolutionIconUrl"),
    ...urlsOfSetting(childOf(root, "SupportUrl"), "SupportUrl"),
    ...urlsOfSetting(childOf(childOf(root, "DefaultSettings"), "SourceLocation"), "DefaultSettings SourceLocation"),
  ];
  for (const resource of resources.values()) {
    if (resource.kind === "Image" || resource.kind === "Url")
      uses.push(...urlsOfSetting(resource.element, `${resource.element.name} ${resource.id}`));
  }
  const origins = new Map<string, string>(); // origin → first place it is used
  for (const { where, url } of uses) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      report(`${where}: "${url}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      report(`${where}: ${url} is not https (Office loads add-ins only over https)`);
      continue;
    }
    if (expectedOrigin !== undefined && parsed.origin !== expectedOrigin)
      report(`${where}: ${url} is not on ${expectedOrigin}`);
    if (!origins.has(parsed.origin)) origins.set(parsed.origin, where);
  }
  if (expectedOrigin === undefined && origins.size > 1) {
    const list = [...origins].map(([origin, where]) => `${origin} (${where})`).join(", ");
    report(`URLs use ${origins.size} origins: ${list}; all must share one origin so the build can swap it`);
  }
  // AppDomains are other origins by definition; they only have to be https.
  for (const domain of childrenOf(childOf(root, "AppDomains"), "AppDomain")) {
    if (!valueOf(domain).startsWith("https://")) report(`AppDomain ${valueOf(domain)} is not https`);
  }
}

interface IconUse {
  where: string;
  url: string;
  size: number;
}

/** Each icon URL maps to a PNG in assets/ whose pixel size is the size the manifest says. */
function checkIcons(
  root: XmlElement,
  host: XmlElement | undefined,
  resources: Map<string, Resource>,
  assetsDir: string,
  report: Report,
): void {
  const uses: IconUse[] = [
    ...urlsOfSetting(childOf(root, "IconUrl"), "IconUrl").map((use) => ({ ...use, size: ICON_URL_SIZE })),
    ...urlsOfSetting(childOf(root, "HighResolutionIconUrl"), "HighResolutionIconUrl").map((use) => ({
      ...use,
      size: HIGH_RESOLUTION_ICON_SIZE,
    })),
  ];
  for (const image of descendantsOf(host, "Image")) {
    const resid = attributeOf(image, "resid");
    const size = Number(attributeOf(image, "size"));
    const resource = resid === undefined ? undefined : resources.get(resid);
    if (!Number.isInteger(size) || size <= 0) {
      report(`<${image.name} resid="${resid}"> (line ${image.line}) has no valid size`);
      continue;
    }
    if (resource?.kind !== "Image") continue; // reported by the resid check
    uses.push(
      ...urlsOfSetting(resource.element, `image ${resource.id} used at size ${size}`).map((use) => ({ ...use, size })),
    );
  }
  const checked = new Set<string>();
  for (const { where, url, size } of uses) {
    const key = `${url} ${size}`;
    if (checked.has(key)) continue;
    checked.add(key);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url).pathname);
    } catch {
      continue; // reported by the URL check
    }
    const fileName = /^\/assets\/([^/\\]+)$/.exec(pathname)?.[1];
    if (!fileName) {
      report(`${where}: ${url} is not a file directly under /assets/`);
      continue;
    }
    const file = path.join(assetsDir, fileName);
    if (!existsSync(file)) {
      report(`${where}: ${url} has no file assets/${fileName}`);
      continue;
    }
    let actual: { width: number; height: number };
    try {
      actual = readPngSize(readFileSync(file));
    } catch (error) {
      report(`${where}: assets/${fileName} is not a readable PNG (${(error as Error).message})`);
      continue;
    }
    if (actual.width !== size || actual.height !== size) {
      report(
        `wrong icon size: ${where}: assets/${fileName} is ${actual.width}x${actual.height} px, expected ${size}x${size}`,
      );
    }
  }
}

/** The command line: prints the verdict and returns the exit code. */
export function main(argv: string[]): number {
  let origin: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--origin") origin = argv[++i] ?? "";
    else if (arg.startsWith("--origin=")) origin = arg.slice("--origin=".length);
    else if (arg.startsWith("-")) {
      console.error(`unknown option ${arg}\nusage: validate.ts [manifest.xml] [--origin https://host]`);
      return 2;
    } else files.push(arg);
  }
  const manifestPath = files[0] ?? "manifest.xml";
  let problems: string[];
  try {
    const xmlText = readFileSync(manifestPath, "utf8");
    problems = validateManifest(xmlText, { assetsDir: path.join(path.dirname(manifestPath), "assets"), origin });
  } catch (error) {
    console.error(`${manifestPath}: ${(error as Error).message}`);
    return 2;
  }
  if (problems.length === 0) {
    console.log(`${manifestPath} is valid`);
    return 0;
  }
  console.error(`${manifestPath} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
