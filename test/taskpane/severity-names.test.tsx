/**
 * One name for each severity wherever a person reads it: the command line's lines, the pane's list (each icon's
 * label) and the 审核结果 sheet a job writes, in zh-CN and in en-US. `--json` keeps the ids.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import type { Finding } from "../../src/core/findings";
import type { Grid } from "../../src/core/grid";
import type { Locale } from "../../src/core/messages";
import { MemoryHost } from "../../src/hosts/memory";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { reviewSheet, reviewWorkbook } from "../../src/jobs/reimburse";
import { FindingsList } from "../../src/taskpane/components/FindingsList";
import { LocaleContext } from "../../src/taskpane/i18n";
import { cashbook } from "../support/cli";
import { planValues, valuesPlan } from "../support/grids";
import { onTemplate } from "../support/reimburse";

const NAMES: Record<Locale, Record<Finding["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "Error", warning: "Warning", info: "Note" },
};

const dir = mkdtempSync(join(tmpdir(), "cashbook-severity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A travel claim with one finding of each severity: a 合计 other than the items' sum (error), an invoice number of 7
 * digits (warning), and the advance it offsets (info).
 */
const claim: Grid = onTemplate(
  {
    type: "travel-claim",
    items: [
      {
        category: "交通费",
        summary: "长沙—广州 高铁",
        receiptType: "数电发票",
        invoice: "1234567",
        amount: 314,
        days: "",
      },
      { category: "住宿费", summary: "广州 两晚", receiptType: "增值税普通发票", invoice: "", amount: 760, days: 2 },
    ],
    total: 107500,
    advance: 1500,
  },
  "差旅 5月",
);
const findings = reviewWorkbook([claim]).forms[0]!.findings;

test("the claim has one finding of each severity", () => {
  expect(findings.map((finding) => finding.severity).sort()).toEqual(["error", "info", "warning"]);
});

describe.each(["zh-CN", "en-US"] as const)("in %s", (locale) => {
  const names = NAMES[locale];
  const expected = findings.map((finding) => [finding.cell, names[finding.severity]]);

  test("the pane labels each finding's icon with its severity's name", () => {
    const html = renderToStaticMarkup(
      <LocaleContext.Provider value={locale}>
        <FindingsList host={new MemoryHost()} findings={findings} />
      </LocaleContext.Provider>,
    );
    const labels = [...html.matchAll(/aria-label="([^"]+)" role="img"/g)].map((match) => match[1]);
    expect(labels).toEqual(expected.map(([, name]) => name));
  });

  test("the command line names each finding's severity so, and --json keeps the ids", async () => {
    const path = join(dir, `${locale}.xlsx`);
    writeFileSync(path, await writeWorkbook([valuesPlan(claim)]));
    const { stdout } = await cashbook(["check", path, "--lang", locale]);
    const lines = stdout
      .split("\n")
      .filter((line) => line.startsWith("  "))
      .map((line) => line.trim().split(/ {2}/).slice(0, 2));
    expect(lines).toEqual(expected);
    const json = await cashbook(["check", path, "--json", "--lang", locale]);
    const [sheet] = (JSON.parse(json.stdout) as { sheets: { findings: { severity: string }[] }[] }).sheets;
    expect(sheet!.findings.map((finding) => finding.severity)).toEqual(findings.map((finding) => finding.severity));
  });

  test("the 审核结果 sheet's 严重程度 column", () => {
    const rows = planValues(reviewSheet([claim], locale)).slice(3);
    expect(rows.map((row) => [String(row[3]).replace(/^.*!/, ""), row[2]])).toEqual(expected);
  });
});
