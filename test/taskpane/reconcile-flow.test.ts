/**
 * The 银行对账 page's flows on the memory host, without React: a statement on a sheet or in a picked file (CSV in
 * GB18030, .xlsx) matched with the bank journal; a statement no profile knows asks for its columns, and the mapping
 * given is remembered in the workbook and used next time without asking; 停止 before the write leaves the workbook as
 * it was; the write adds the 调节表 and the 对账记录 and leaves the journal untouched.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/grid";
import { HostError } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { emptyPlan } from "../../src/core/plan";
import {
  autoMatch,
  MAPPINGS_SETTING,
  readStatementFile,
  writeReconciliation,
  type ReconcileForm,
} from "../../src/taskpane/pages/reconcileFlow";
import { bookGrid, inBook, MARCH, MARCH_OPENING, onStatement, statementGrid } from "../support/reconcile";
import { stopped } from "../support/flows";

const FIXTURES = join(__dirname, "../fixtures/bank-statements");

function workbook(
  statement: CellValue[][] = statementGrid(onStatement(MARCH), {
    layout: "debit-credit",
    opening: MARCH_OPENING,
    preamble: true,
  }).values,
) {
  const host = new MemoryHost();
  const book = bookGrid(inBook(MARCH), MARCH_OPENING, "银行存款日记账 工商银行");
  host.setValues(book.sheet, "A1", book.values);
  host.setValues("对账单", "A1", statement);
  return host;
}

const FORM: ReconcileForm = {
  bookSheet: "银行存款日记账 工商银行",
  source: { kind: "sheet", sheet: "对账单" },
  window: "",
  bookBalance: "",
  statementBalance: "",
};

describe("银行对账 in the pane", () => {
  test("a statement sheet is matched with the journal; the write adds the two sheets and leaves the journal", async () => {
    const host = workbook();
    const journalBefore = await host.readUsedRange(FORM.bookSheet);
    const matched = await autoMatch(host, FORM);
    expect(matched).toMatchObject({ kind: "matched", mapped: "profile" });
    if (matched.kind !== "matched") return;
    expect(matched.review.matches).toHaveLength(2);
    expect(matched.reconciled.reconciliation.difference).toBe(0);

    await expect(writeReconciliation(host, matched.reconciled, matched.review, stopped())).rejects.toEqual(
      new HostError("host-cancelled"),
    );
    expect(host.sheetNames).toEqual(["Sheet1", FORM.bookSheet, "对账单"]);

    const written = await writeReconciliation(host, matched.reconciled, matched.review);
    expect(written.sheets).toEqual(["银行存款余额调节表 2026-03-30", "对账记录"]);
    expect(host.value("对账记录", "A2")).toBe("M0001");
    expect(host.value("银行存款余额调节表 2026-03-30", "B8")).toMatch(/^=IF\(/);
    expect(await host.readUsedRange(FORM.bookSheet)).toEqual(journalBefore);
  });

  test("a settings problem is on its field; 停止 while reading changes nothing", async () => {
    const host = workbook();
    expect(await autoMatch(host, { ...FORM, window: "abc" })).toMatchObject({
      kind: "problem",
      problem: { field: "window" },
    });
    await expect(autoMatch(host, FORM, stopped())).rejects.toEqual(new HostError("host-cancelled"));
    expect(host.settings.size).toBe(0);
  });

  test("a statement no profile knows asks for its columns; the mapping given is remembered and used next time", async () => {
    const host = workbook([
      ["企业网银流水", "", "", ""],
      ["记帐日", "业务摘要", "收付金额", "结余"],
      ["2026-03-02", "收华北商贸货款", "52,700.00", "152,700.00"],
      ["2026-03-05", "付材料款", "-8,000.00", "144,700.00"],
      ["2026-03-21", "利息", "12.34", "144,712.34"],
    ]);
    expect(await autoMatch(host, FORM)).toEqual({
      kind: "needs-mapping",
      sheet: "对账单",
      labels: ["记帐日", "业务摘要", "收付金额", "结余"],
    });
    const mapping = { date: "记帐日", summary: "业务摘要", amount: "收付金额", balance: "结余" };
    const mapped = await autoMatch(host, { ...FORM, mapping });
    expect(mapped).toMatchObject({ kind: "matched", mapped: "form" });
    if (mapped.kind !== "matched") return;
    expect(mapped.reconciled.reconciliation.difference).toBe(0);
    expect(JSON.parse(host.settings.get(MAPPINGS_SETTING)!)).toEqual([mapping]);
    expect(await autoMatch(host, FORM)).toMatchObject({ kind: "matched", mapped: "remembered" });
  });

  test("a picked file: the CMB export in GB18030 and an .xlsx read as the CLI reads them; a damaged CSV and a damaged .xls are refused", async () => {
    const csv = await readStatementFile("cmb-debit.gb18030.csv", readFileSync(join(FIXTURES, "cmb-debit.gb18030.csv")));
    expect(csv).toMatchObject({ kind: "read", grids: [{ sheet: "cmb-debit.gb18030" }] });
    if (csv.kind !== "read") return;
    expect(csv.grids[0]!.values[0]![0]).toBe("记账日期");

    const plan = emptyPlan("对账单");
    plan.blocks.push({ at: "A1", rows: csv.grids[0]!.values });
    const xlsx = await readStatementFile("对账单.xlsx", new Uint8Array(await writeWorkbook([plan])));
    expect(xlsx).toMatchObject({ kind: "read", grids: [{ sheet: "对账单" }] });

    expect(await readStatementFile("bad.csv", new TextEncoder().encode('a,b\n"open,1\n'))).toMatchObject({
      kind: "damaged",
    });
    expect(
      await readStatementFile("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toEqual({
      kind: "problem",
      problem: { id: "xls-damaged", params: {} },
    });
  });

  test("a picked file is matched like a sheet", async () => {
    const host = workbook();
    const statement = statementGrid(onStatement(MARCH), { layout: "signed", opening: MARCH_OPENING });
    const text = statement.values.map((row) => row.map((cell) => `"${String(cell)}"`).join(",")).join("\n");
    const matched = await autoMatch(host, {
      ...FORM,
      source: { kind: "file", name: "工行.csv", bytes: new TextEncoder().encode(text) },
    });
    expect(matched).toMatchObject({ kind: "matched", reconciled: { statement: { sheet: "工行" } } });
  });
});
