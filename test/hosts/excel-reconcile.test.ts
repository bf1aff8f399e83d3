/**
 * 银行对账's flows on the Excel host, against the recording double: carrying last month's 未达账项 from the workbook
 * reads the tops of all other sheets in one go and only the one 调节表 in full, so its round trips do not grow with
 * the sheets a workbook keeps; the 两清 column costs a read of the journal and one checked write, made after the
 * 调节表 and the 对账记录, so that a protected journal refuses its marks with those two sheets whole.
 */
import { ExcelHost } from "../../src/hosts/excel";
import { autoMatch, writeReconciliation, type ReconcileForm } from "../../src/taskpane/pages/reconcileFlow";
import { FakeExcel } from "../support/excel-double";
import { CARRIED_MARCH, carriedMarchSheets, reconciliationPlan } from "../support/reconcile";
import { planValues } from "../support/grids";

const FORM: ReconcileForm = {
  bookSheet: CARRIED_MARCH.journal,
  source: { kind: "sheet", sheet: CARRIED_MARCH.statement },
  carry: { kind: "auto" },
  window: "",
  bookBalance: "",
  statementBalance: "",
};

/** The month's workbook, and `older` 调节表 of the months before January kept beside it, as a year's workbook does. */
function workbook(older: number) {
  const sheets = carriedMarchSheets();
  for (let month = 1; month <= older; month++) {
    const asOf = `2025-${String(month).padStart(2, "0")}-28`;
    const plan = reconciliationPlan(asOf, { bookPaidNotBank: [CARRIED_MARCH.cheque(asOf, 100 * month, `9${month}`)] });
    const values = planValues(plan).map((row) => row.map((cell) => (typeof cell === "object" ? cell?.formula : cell)));
    sheets.push({ sheet: plan.name, values: values as never });
  }
  const excel = new FakeExcel(["Sheet1", ...sheets.map(({ sheet }) => sheet)]);
  for (const { sheet, values } of sheets) excel.setValues(sheet, "A1", values);
  return { excel, host: new ExcelHost(excel.run) };
}

async function matched(older = 0) {
  const { excel, host } = workbook(older);
  const outcome = await autoMatch(host, FORM);
  if (outcome.kind !== "matched") throw new Error(outcome.kind);
  return { excel, host, ...outcome, syncs: excel.syncs };
}

describe("Excel host: 银行对账", () => {
  test("last month's 调节表 is found in the same round trips among 3 other sheets as among 15", async () => {
    const few = await matched();
    const many = await matched(12);
    expect(few.reconciled.carriedFrom).toBe(CARRIED_MARCH.february);
    expect(many.reconciled.carriedFrom).toBe(CARRIED_MARCH.february);
    expect(many.reconciled.reconciliation.difference).toBe(0);
    // The statement and the journal (their used ranges, then their values), the remembered mappings, the sheets'
    // names, the tops of the other sheets (their used ranges, then their tops), February's 调节表 in full, and the
    // choices remembered: eleven.
    expect(few.syncs).toBe(11);
    expect(many.syncs).toBe(few.syncs);
  });

  test("the 两清 column costs four round trips: the journal read again, then its protection and cells checked and written", async () => {
    const plain = await matched();
    const before = plain.excel.syncs;
    await writeReconciliation(plain.host, plain.reconciled, plain.review, { marks: false });
    const withoutMarks = plain.excel.syncs - before;

    const marked = await matched();
    const start = marked.excel.syncs;
    const written = await writeReconciliation(marked.host, marked.reconciled, marked.review, { marks: true });
    expect(written).toMatchObject({ kind: "written", marks: { address: `${CARRIED_MARCH.journal}!J1:J4`, count: 2 } });
    expect(marked.excel.syncs - start - withoutMarks).toBe(4);
    const column = ["J1", "J2", "J3", "J4"].map((cell) => marked.excel.value(CARRIED_MARCH.journal, cell));
    expect(column).toEqual(["两清", "", expect.stringMatching(/^M\d{4}$/), expect.stringMatching(/^M\d{4}$/)]);
  });

  test("a protected journal refuses the 两清 column after the 调节表 and the 对账记录 are written, and says so", async () => {
    const { excel, host, reconciled, review } = await matched();
    excel.protect(CARRIED_MARCH.journal);
    const sheets = excel.sheetNames;
    const written = await writeReconciliation(host, reconciled, review, { marks: true });
    expect(written).toMatchObject({
      kind: "written",
      sheets: ["银行存款余额调节表 2026-03-05", "对账记录"],
      marks: { refused: { id: "host-sheet-protected", params: { sheet: CARRIED_MARCH.journal }, field: "marks" } },
    });
    // Whole sheets, no marks pointing at them: the record lists the matches the marks would have named.
    expect(excel.sheetNames).toEqual([...sheets, "银行存款余额调节表 2026-03-05", "对账记录"]);
    expect(excel.value("对账记录", "A2")).toBe("M0001");
    expect(excel.value(CARRIED_MARCH.journal, "J1")).toBe("");
  });
});
