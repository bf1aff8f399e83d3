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
import { unmatch } from "../../src/jobs/reconcile";
import {
  autoMatch,
  MAPPINGS_SETTING,
  readPickedFile,
  rememberedChoiceFields,
  rememberedChoices,
  writeReconciliation,
  type ReconcileForm,
} from "../../src/taskpane/pages/reconcileFlow";
import {
  bookGrid,
  inBook,
  MARCH,
  MARCH_OPENING,
  onStatement,
  reconciliationPlan,
  statementGrid,
  CARRIED_MARCH,
  carriedMarchSheets,
} from "../support/reconcile";
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
  carry: { kind: "auto" },
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

    await expect(
      writeReconciliation(host, matched.reconciled, matched.review, { marks: false }, stopped()),
    ).rejects.toEqual(new HostError("host-cancelled"));
    expect(host.sheetNames).toEqual(["Sheet1", FORM.bookSheet, "对账单"]);

    const written = await writeReconciliation(host, matched.reconciled, matched.review, { marks: false });
    expect(written).toMatchObject({ kind: "written", marks: null });
    if (written.kind !== "written") return;
    // The journal's last line is of 03-30, the statement's period (起止日期) runs to 03-31: a March 调节表.
    expect(written.sheets).toEqual(["银行存款余额调节表 2026-03-31", "对账记录"]);
    expect(host.value("对账记录", "A2")).toBe("M0001");
    expect(host.value("银行存款余额调节表 2026-03-31", "B8")).toMatch(/^=IF\(/);
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
    const csv = await readPickedFile("cmb-debit.gb18030.csv", readFileSync(join(FIXTURES, "cmb-debit.gb18030.csv")));
    expect(csv).toMatchObject({ kind: "read", grids: [{ sheet: "cmb-debit.gb18030" }] });
    if (csv.kind !== "read") return;
    expect(csv.grids[0]!.values[0]![0]).toBe("记账日期");

    const plan = emptyPlan("对账单");
    plan.blocks.push({ at: "A1", rows: csv.grids[0]!.values });
    const xlsx = await readPickedFile("对账单.xlsx", new Uint8Array(await writeWorkbook([plan])));
    expect(xlsx).toMatchObject({ kind: "read", grids: [{ sheet: "对账单" }] });

    expect(await readPickedFile("bad.csv", new TextEncoder().encode('a,b\n"open,1\n'))).toMatchObject({
      kind: "damaged",
    });
    expect(await readPickedFile("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({
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

const { journal: JOURNAL, february: FEBRUARY_TABLE, january: JANUARY_TABLE, cheque } = CARRIED_MARCH;

function carryWorkbook() {
  const host = new MemoryHost();
  for (const { sheet, values } of carriedMarchSheets()) host.setValues(sheet, "A1", values);
  return host;
}

const CARRY_FORM: ReconcileForm = { ...FORM, bookSheet: JOURNAL };

describe("银行对账 in the pane: last month's 未达账项", () => {
  test("February's 调节表 is found by the tops of the sheets and read alone; one cheque clears, one is 长期未达", async () => {
    const host = carryWorkbook();
    const tops = jest.spyOn(host, "readSheetTops");
    const reads = jest.spyOn(host, "readUsedRange");
    const matched = await autoMatch(host, CARRY_FORM);
    expect(matched).toMatchObject({ kind: "matched", reconciled: { carriedFrom: FEBRUARY_TABLE } });
    if (matched.kind !== "matched") return;
    // One look at the tops of the three other sheets; only the statement, the journal and February's 调节表 in full.
    expect(tops).toHaveBeenCalledTimes(1);
    expect(tops.mock.calls[0]![1]).toEqual(["Sheet1", "银行存款日记账 2026-02", JANUARY_TABLE, FEBRUARY_TABLE]);
    expect(reads.mock.calls.map(([sheet]) => sheet)).toEqual(["对账单", JOURNAL, FEBRUARY_TABLE]);

    const { reconciled } = matched;
    const carried = reconciled.result.matches.filter((match) => match.kind === "carried");
    expect(carried).toHaveLength(1);
    expect(reconciled.bookItems[carried[0]!.book[0]!]).toMatchObject({ number: "10203039", sheet: FEBRUARY_TABLE });
    expect(reconciled.reconciliation.outstanding.bookPaidNotBank).toEqual([
      expect.objectContaining({ number: "10203001", amount: 12_000, carried: true, sheet: FEBRUARY_TABLE }),
    ]);
    expect(reconciled.findings).toEqual([
      expect.objectContaining({
        rule: "reconcile-long-outstanding",
        sheet: FEBRUARY_TABLE,
        params: expect.objectContaining({ days: 44 }),
      }),
    ]);
    expect(reconciled.reconciliation.difference).toBe(0);
    expect(JSON.stringify(reconciled)).not.toContain("10203000");
  });

  test("a sheet or a file the cashier picks is carried whatever its month; none carries nothing", async () => {
    const host = carryWorkbook();
    const january = await autoMatch(host, { ...CARRY_FORM, carry: { kind: "sheet", sheet: JANUARY_TABLE } });
    expect(january).toMatchObject({ kind: "matched", reconciled: { carriedFrom: JANUARY_TABLE } });
    if (january.kind !== "matched") return;
    expect(january.reconciled.bookItems.filter((item) => item.carried).map((item) => item.number)).toEqual([
      "10203000",
    ]);

    const text = ["类别,日期,票据号,摘要,金额", "企业已付银行未付,2026-02-27,10203040,开出支票,70.00"].join("\n");
    const file = await autoMatch(host, {
      ...CARRY_FORM,
      carry: { kind: "file", name: "上月未达.csv", bytes: new TextEncoder().encode(text) },
    });
    expect(file).toMatchObject({ kind: "matched", reconciled: { carriedFrom: "上月未达" } });
    if (file.kind !== "matched") return;
    expect(file.reconciled.reconciliation.outstanding.bookPaidNotBank).toEqual([
      expect.objectContaining({ number: "10203040", amount: 7_000 }),
    ]);

    const reads = jest.spyOn(host, "readSheetTops");
    const none = await autoMatch(host, { ...CARRY_FORM, carry: { kind: "none" } });
    expect(none).toMatchObject({ kind: "matched", reconciled: { carriedFrom: null } });
    if (none.kind !== "matched") return;
    expect(none.reconciled.bookItems.some((item) => item.carried)).toBe(false);
    expect(none.reconciled.reconciliation.difference).not.toBe(0);
    expect(reads).not.toHaveBeenCalled();

    // A picked sheet without 未达账项 is refused on the carry field.
    expect(
      await autoMatch(host, { ...CARRY_FORM, carry: { kind: "sheet", sheet: "银行存款日记账 2026-02" } }),
    ).toMatchObject({ kind: "problem", problem: { id: "reconcile-no-carry-sheet", field: "carry" } });
  });

  test("no 调节表 of last month: nothing is carried, and the sheets are not read in full", async () => {
    const host = workbook();
    await host.applyPlan(reconciliationPlan("2026-01-31", { bookPaidNotBank: [cheque("2026-01-25", 300_000, "1")] }));
    const reads = jest.spyOn(host, "readUsedRange");
    const matched = await autoMatch(host, FORM);
    expect(matched).toMatchObject({ kind: "matched", reconciled: { carriedFrom: null } });
    expect(reads.mock.calls.map(([sheet]) => sheet)).toEqual(["对账单", FORM.bookSheet]);
  });

  test("the page's choices are remembered in the workbook, the 两清 option when written", async () => {
    const host = carryWorkbook();
    expect(await rememberedChoices(host)).toEqual({});
    const matched = await autoMatch(host, {
      ...CARRY_FORM,
      window: "10",
      carry: { kind: "sheet", sheet: FEBRUARY_TABLE },
    });
    expect(await rememberedChoices(host)).toEqual({
      "reconcile-book-sheet": JOURNAL,
      "reconcile-source": "sheet",
      "reconcile-statement-sheet": "对账单",
      "reconcile-window": "10",
      "reconcile-carry": "sheet",
      "reconcile-carry-sheet": FEBRUARY_TABLE,
    });
    // The page opens again on the same choices.
    expect(await rememberedChoiceFields(host)).toEqual({
      bookSheet: JOURNAL,
      statementSheet: "对账单",
      window: "10",
      carryKind: "sheet",
      carrySheet: FEBRUARY_TABLE,
    });
    if (matched.kind !== "matched") throw new Error(matched.kind);
    await writeReconciliation(host, matched.reconciled, matched.review, { marks: true });
    expect(await rememberedChoices(host)).toMatchObject({ "reconcile-marks": "yes" });
    expect(await rememberedChoiceFields(host)).toMatchObject({ marks: true });
    // A statement from a file keeps the sheet chosen before; the file itself is not kept.
    const file = statementGrid(onStatement(MARCH), { layout: "signed", opening: MARCH_OPENING });
    await autoMatch(host, {
      ...CARRY_FORM,
      source: { kind: "file", name: "工行.csv", bytes: new TextEncoder().encode(csvText(file.values)) },
    });
    expect(await rememberedChoices(host)).toMatchObject({
      "reconcile-source": "file",
      "reconcile-statement-sheet": "对账单",
      "reconcile-carry": "auto",
    });
  });
});

/** Rows as CSV text, every cell quoted. */
const csvText = (rows: readonly (readonly unknown[])[]) =>
  rows.map((row) => row.map((cell) => `"${String(cell)}"`).join(",")).join("\n");

describe("银行对账 in the pane: the 两清 column", () => {
  async function matchedMarch() {
    const host = carryWorkbook();
    const matched = await autoMatch(host, CARRY_FORM);
    if (matched.kind !== "matched") throw new Error(matched.kind);
    return { host, ...matched };
  }
  const column = (host: MemoryHost, letter: string, rows: number) =>
    Array.from({ length: rows }, (_, i) => host.value(JOURNAL, `${letter}${i + 1}`));

  test("each matched entry is marked with the id the 对账记录 lists it under; the carried cheque is not", async () => {
    const { host, reconciled, review } = await matchedMarch();
    const before = await host.readUsedRange(JOURNAL);
    const written = await writeReconciliation(host, reconciled, review, { marks: true });
    expect(written).toMatchObject({ kind: "written", marks: { address: `${JOURNAL}!J1:J4`, count: 2 } });
    // The journal A:I as it was; J holds the header and one mark per entry (rows 3 and 4), none on 期初余额.
    const after = await host.readUsedRange(JOURNAL);
    expect(after.values.map((row) => row.slice(0, 9))).toEqual(before.values);
    const marks = column(host, "J", 4);
    expect(marks.slice(0, 2)).toEqual(["两清", ""]);
    const record = (await host.readUsedRange("对账记录")).values;
    for (const [index, mark] of marks.entries()) {
      if (index < 2) continue;
      const listed = record.find((row) => row[0] === mark);
      expect(listed?.[3]).toBe(String(index + 1));
    }
    expect(new Set(marks.slice(2)).size).toBe(2);
  });

  test("written again after a match is undone: that entry's mark is cleared in the same column", async () => {
    const { host, reconciled, review } = await matchedMarch();
    await writeReconciliation(host, reconciled, review, { marks: true });
    const receipt = review.matches.findIndex((match) => reconciled.bookItems[match.book[0]!]!.row === 3);
    const again = await writeReconciliation(host, reconciled, unmatch(review, [receipt]), { marks: true });
    expect(again).toMatchObject({ kind: "written", marks: { address: `${JOURNAL}!J1:J4`, count: 1 } });
    expect(column(host, "J", 4)).toEqual(["两清", "", "", expect.stringMatching(/^M\d{4}$/)]);
    expect(host.value(JOURNAL, "K1")).toBe("");
  });

  test("a column right of the table with anything in it is passed over; nothing of the accountant's is written over", async () => {
    const { host, reconciled, review } = await matchedMarch();
    host.setValues(JOURNAL, "J6", [["经办人：李四"]]);
    const written = await writeReconciliation(host, reconciled, review, { marks: true });
    expect(written).toMatchObject({ kind: "written", marks: { address: `${JOURNAL}!K1:K4` } });
    expect(host.value(JOURNAL, "J6")).toBe("经办人：李四");
    expect(host.value(JOURNAL, "K1")).toBe("两清");
  });

  test("a 对账 column kept by hand with ticks is neither renamed nor blanked: the marks go beside it", async () => {
    const { host, reconciled, review } = await matchedMarch();
    host.setValues(JOURNAL, "J1", [["对账"], [""], ["√"], ["√"]]);
    const written = await writeReconciliation(host, reconciled, review, { marks: true });
    expect(written).toMatchObject({ kind: "written", marks: { address: `${JOURNAL}!K1:K4`, count: 2 } });
    expect(column(host, "J", 4)).toEqual(["对账", "", "√", "√"]);
    expect(column(host, "K", 4)).toEqual([
      "两清",
      "",
      expect.stringMatching(/^M\d{4}$/),
      expect.stringMatching(/^M\d{4}$/),
    ]);
  });

  test("written again, the marks are cleared down to the last entry only: a footer under the column stays", async () => {
    const { host, reconciled, review } = await matchedMarch();
    await writeReconciliation(host, reconciled, review, { marks: true });
    host.setValues(JOURNAL, "J7", [["制表：张三"]]);
    const again = await writeReconciliation(host, reconciled, review, { marks: true });
    expect(again).toMatchObject({ kind: "written", marks: { address: `${JOURNAL}!J1:J4`, count: 2 } });
    expect(host.value(JOURNAL, "J7")).toBe("制表：张三");
  });

  test("a journal changed since it was matched is refused before anything is written", async () => {
    const { host, reconciled, review } = await matchedMarch();
    host.setValues(JOURNAL, "G3", [[52_800]]);
    const sheets = host.sheetNames;
    const written = await writeReconciliation(host, reconciled, review, { marks: true });
    expect(written).toEqual({
      kind: "problem",
      problem: { id: "reconcile-journal-changed", params: { sheet: JOURNAL }, field: "marks" },
    });
    expect(host.sheetNames).toEqual(sheets);
    expect(host.value(JOURNAL, "J1")).toBe("");
  });
});
