/**
 * `cashbook check` judges "not calculated" sheet by sheet: a workbook a program wrote has every journal refused as
 * not calculated; the same workbook computed by LibreOffice checks clean, its "" results (<v></v>) read as "", not
 * as missing; and computed, then partly rewritten by a program, each sheet is judged on its own: the computed cash
 * journal is checked and clean, the rewritten bank journal is refused, the rewritten notes are only listed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { blankResultsOnly, calculated, mixed, programWritten } from "../support/calculated";
import { cashbook } from "../support/cli";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), "cashbook-calculated-"));

interface SheetReport {
  sheet: string;
  kind?: string;
  findings: { rule: string; cell: string }[];
}

async function check(name: string, bytes: Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const result = await cashbook(["check", path, "--json"]);
  const sheets = (JSON.parse(result.stdout) as { sheets: SheetReport[] }).sheets;
  const rules = Object.fromEntries(
    sheets.map(({ sheet, findings }) => [sheet, findings.map((finding) => `${finding.rule}@${finding.cell}`)]),
  );
  return { code: result.code, rules };
}

describe("a workbook a program wrote, never opened in Excel", () => {
  test("every journal is refused as not calculated, at its first formula", async () => {
    const { code, rules } = await check("program.xlsx", await programWritten());
    expect(rules["现金"]).toEqual(["journal-not-calculated@F4"]);
    expect(rules["工行"]).toEqual(["journal-not-calculated@E4"]);
    expect(code).toBe(EXIT.problems);
  });
});

describeWithLibreOffice("workbooks LibreOffice computed", () => {
  test('computed: both journals checked and clean, the 备注 that show "" read as shown', async () => {
    const { code, rules } = await check("calculated.xlsx", await calculated());
    expect(rules["现金"]).toEqual([]);
    expect(rules["工行"]).toEqual([]);
    expect(code).toBe(EXIT.ok);
  });

  test("mixed: the computed cash journal is checked; the bank journal a program rewrote is refused", async () => {
    const { code, rules } = await check("mixed.xlsx", await mixed());
    // Neither the uncalculated 工行 nor the 说明 condemns it,
    expect(rules["现金"]).toEqual([]);
    // and the computed 现金 does not hide it.
    expect(rules["工行"]).toEqual(["journal-not-calculated@E4"]);
    expect(code).toBe(EXIT.problems);
  });

  test("mixed the other way: the rewritten cash journal is refused, the computed bank journal checked", async () => {
    const { rules } = await check("mixed-cash.xlsx", await mixed(["现金"]));
    expect(rules["现金"]).toEqual(["journal-not-calculated@F4"]);
    expect(rules["工行"]).toEqual([]);
  });

  test('a journal whose only formulas show "" was computed: <v></v> is a saved "", not a missing result', async () => {
    const { code, rules } = await check("blank-results.xlsx", await blankResultsOnly());
    expect(rules["往来"]).toEqual([]);
    expect(code).toBe(EXIT.ok);
  });
});
