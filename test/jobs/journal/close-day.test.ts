/**
 * 日清 from the pane, against the recording Office.js double: a cashier fills an empty month's first rows by hand,
 * selects the day's last entry and asks for the day total. The row goes in below it, the rows below move down,
 * and it costs the same few round trips however long the journal is.
 */
import { ExcelHost } from "../../../src/hosts/excel";
import { layoutJournal } from "../../../src/jobs/journal";
import { closeDay } from "../../../src/taskpane/pages/journalFlow";
import { marchSettings } from "../../support/journal";
import { FakeExcel } from "../../support/excel-double";

async function emptyMonth(excel: FakeExcel): Promise<string> {
  const plan = layoutJournal(marchSettings("cash"), []);
  return new ExcelHost(excel.run).applyPlan(plan);
}

test("the day total goes below the selected entry, with the generator's formulas, in six syncs", async () => {
  const excel = new FakeExcel([]);
  const sheet = await emptyMonth(excel);
  // Row 4 is 期初余额; the cashier types two entries of 3月2日 into the blank rows 5 and 6.
  excel.setValues(sheet, "A5", [
    [2026, 3, 2, "记-1", "收到货款", "应收账款", 500, null],
    [2026, 3, 2, "记-2", "报销差旅费", "管理费用", null, 123.45],
  ]);
  const balanceBelow = excel.value(sheet, "I7");
  excel.select(sheet, "E6");
  const before = excel.syncs;

  const outcome = await closeDay(new ExcelHost(excel.run));

  expect(outcome).toEqual({ kind: "closed", sheet, address: "A7" });
  // The selection (its address, then its values), the journal (its size, then its values), the sheet's protection,
  // then the insert and its cells in one request.
  expect(excel.syncs - before).toBe(6);
  expect(excel.calls).toContain(`${sheet}!A7:XFD7.insert(Down)`);
  expect(excel.value(sheet, "E7")).toBe("本日合计");
  expect(excel.value(sheet, "C7")).toBe(2);
  expect(String(excel.value(sheet, "G7"))).toMatch(/^=SUMIFS\(OFFSET\(G4,0,0,ROW\(\)-ROW\(G4\)\)/);
  expect(String(excel.value(sheet, "I7"))).toMatch(/^=\$I\$4\+SUMIFS\(\$G\$4:G7,/);
  // What was row 7 is row 8 now.
  expect(excel.value(sheet, "I8")).toBe(balanceBelow);
  expect(excel.calls).toContain(`${sheet}!A7:I7.format.borders.getItem(EdgeBottom).color=#FF0000`);
  // The entry above is unlocked, and Excel gives an inserted row the format of the row above: the total row is
  // locked again, like the generator's.
  expect(excel.isLocked(sheet, "E6")).toBe(false);
  expect(["A7", "E7", "G7", "I7"].map((cell) => excel.isLocked(sheet, cell))).toEqual([true, true, true, true]);
});

test("on a protected sheet the day total is refused before anything is written", async () => {
  const excel = new FakeExcel([]);
  const sheet = await emptyMonth(excel);
  excel.setValues(sheet, "A5", [[2026, 3, 2, "记-1", "收到货款", "应收账款", 500, null]]);
  excel.protect(sheet, { allowInsertRows: true });
  excel.select(sheet, "E5");
  const before = excel.calls.length;
  await expect(closeDay(new ExcelHost(excel.run))).rejects.toMatchObject({
    id: "host-sheet-protected",
    params: { sheet },
  });
  expect(excel.calls.slice(before).some((call) => call.includes("insert") || call.startsWith("formulas="))).toBe(false);
  expect(excel.value(sheet, "E6")).toBe("");
});

test("a selection that is not an entry is refused before anything is written", async () => {
  const excel = new FakeExcel([]);
  const sheet = await emptyMonth(excel);
  excel.select(sheet, "E4");
  const before = excel.calls.length;
  expect(await closeDay(new ExcelHost(excel.run))).toEqual({
    kind: "problem",
    problem: { id: "journal-day-total-needs-entry", params: {} },
  });
  expect(excel.calls.slice(before).some((call) => call.includes("insert") || call.startsWith("formulas="))).toBe(false);
});
