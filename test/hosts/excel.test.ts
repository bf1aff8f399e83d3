import { emptyPlan } from "../../src/core/plan";
import { ExcelHost } from "../../src/hosts/excel";
import { chunkRows } from "../../src/hosts/excel-plan";
import { HostError } from "../../src/hosts/host";
import { checkWordsInSelection, writeWordsForSelection } from "../../src/taskpane/pages/amountWordsFlow";
import { FakeExcel, WEB_REQUEST_LIMIT_BYTES } from "../support/excel-double";

function amountsColumn(rows: number): number[][] {
  return Array.from({ length: rows }, (_, i) => [((i * 7919) % 1_000_000) / 100 + 1]);
}

async function convert(rows: number) {
  const excel = new FakeExcel();
  excel.setValues("Sheet1", "C2", amountsColumn(rows));
  excel.select("Sheet1", `C2:C${rows + 1}`);
  const outcome = await writeWordsForSelection(new ExcelHost(excel.run), { prefix: "yes" }, false);
  return { excel, outcome };
}

describe("Excel host: amounts in words", () => {
  test("converting 10,000 selected cells takes the same number of syncs as converting 10", async () => {
    const small = await convert(10);
    const large = await convert(10_000);
    expect(small.outcome).toMatchObject({ kind: "written", count: 10, address: "D2:D11" });
    expect(large.outcome).toMatchObject({ kind: "written", count: 10_000, address: "D2:D10001" });
    // read the selection (its address and the used range, then its values), read the target column and the
    // sheet's protection so that nothing is written over, write: four round trips
    expect(small.excel.syncs).toBe(4);
    expect(large.excel.syncs).toBe(small.excel.syncs);
    expect(Math.max(...large.excel.requests)).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
  });

  test("writes the canonical words beside each amount and leaves blank rows alone", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "B1", [["金额"], [1409.5], [""], ["¥6,007.14"], [0.5]]);
    excel.setValues("Sheet1", "C3", [["keep me"]]);
    excel.select("Sheet1", "B1:B5");
    const outcome = await writeWordsForSelection(new ExcelHost(excel.run), { prefix: "yes" }, false);
    expect(outcome).toMatchObject({ kind: "written", address: "C1:C5", count: 3, findings: [] });
    expect(excel.value("Sheet1", "C1")).toBe("");
    expect(excel.value("Sheet1", "C2")).toBe("人民币壹仟肆佰零玖元伍角整");
    expect(excel.value("Sheet1", "C3")).toBe("keep me");
    expect(excel.value("Sheet1", "C4")).toBe("人民币陆仟零柒元壹角肆分");
    expect(excel.value("Sheet1", "C5")).toBe("人民币伍角整");
  });

  test("refuses to overwrite cells that hold something until asked, then overwrites in four syncs", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "A1", [
      [100, "old"],
      [200, ""],
    ]);
    excel.select("Sheet1", "A1:A2");
    const host = new ExcelHost(excel.run);
    const asked = await writeWordsForSelection(host, { prefix: "no" }, false);
    expect(asked).toEqual({ kind: "needs-confirmation", occupied: ["B1"] });
    expect(excel.value("Sheet1", "B1")).toBe("old");
    expect(excel.value("Sheet1", "B2")).toBe("");
    const before = excel.syncs;
    const written = await writeWordsForSelection(host, { prefix: "no" }, true);
    expect(written).toMatchObject({ kind: "written", count: 2 });
    // the selection (two), the sheet's protection, the write
    expect(excel.syncs - before).toBe(4);
    expect(excel.value("Sheet1", "B1")).toBe("壹佰元整");
    expect(excel.value("Sheet1", "B2")).toBe("贰佰元整");
  });

  test("a chosen column letter, and the refusals a user can cause", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "A1", [
      [1, 2],
      [3, 4],
    ]);
    const host = new ExcelHost(excel.run);
    excel.select("Sheet1", "A1:B2");
    expect(await writeWordsForSelection(host, { prefix: "yes" }, false)).toEqual({
      kind: "refused",
      reason: "selectionTooWide",
    });
    excel.select("Sheet1", "A1:A2");
    expect(await writeWordsForSelection(host, { prefix: "yes", column: "a" }, false)).toEqual({
      kind: "refused",
      reason: "columnInsideSelection",
    });
    expect(await writeWordsForSelection(host, { prefix: "yes", column: "1" }, false)).toMatchObject({
      kind: "problem",
      problem: { id: "amount-words-column-invalid", field: "column" },
    });
    const outcome = await writeWordsForSelection(host, { prefix: "yes", column: " f " }, false);
    expect(outcome).toMatchObject({ kind: "written", address: "F1:F2" });
    expect(excel.value("Sheet1", "F2")).toBe("人民币叁元整");
  });

  test("an unreadable amount is a finding on its cell and its row is left unchanged", async () => {
    const excel = new FakeExcel(["出纳 账"]);
    excel.setValues("出纳 账", "A1", [[10], ["abc"], [-5]]);
    excel.select("出纳 账", "A1:A3");
    const outcome = await writeWordsForSelection(new ExcelHost(excel.run), { prefix: "yes" }, false);
    expect(outcome.kind).toBe("written");
    if (outcome.kind !== "written") return;
    expect(outcome.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ["出纳 账", "A2", "money-unreadable"],
      ["出纳 账", "A3", "words-negative"],
    ]);
    expect(excel.value("出纳 账", "B1")).toBe("人民币壹拾元整");
    expect(excel.value("出纳 账", "B2")).toBe("");
  });

  test("checking figures against words is two syncs and reports the words cell", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "A1", [
      ["小写", "大写"],
      [1680.32, "人民币壹仟陆佰捌拾元叁角贰分"],
      [1680.32, "人民币壹仟陆佰捌拾元零叁角贰分"],
      [107000.53, "人民币壹拾万零柒仟元伍角叁分"],
      [325.04, "人民币叁佰贰拾伍元肆分"],
      [100, "壹佰元"],
    ]);
    excel.select("Sheet1", "A1:B6");
    const outcome = await checkWordsInSelection(new ExcelHost(excel.run));
    // the selection's address and the used range, then the values
    expect(excel.syncs).toBe(2);
    expect(outcome.kind).toBe("checked");
    if (outcome.kind !== "checked") return;
    expect(outcome.count).toBe(5);
    expect(outcome.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["B5", "words-missing-ling"],
      ["B6", "words-missing-zheng"],
    ]);
  });
});

describe("Excel host: primitives", () => {
  test("a selection of several areas is a HostError the pane can explain", async () => {
    const excel = new FakeExcel();
    excel.multipleAreasSelected = true;
    await expect(new ExcelHost(excel.run).readSelection()).rejects.toEqual(new HostError("host-multiple-areas"));
  });

  test("selecting a cell activates its sheet and selects it in one sync", async () => {
    const excel = new FakeExcel(["Sheet1", "银行日记账"]);
    await new ExcelHost(excel.run).selectCell("银行日记账", "F7");
    expect(excel.syncs).toBe(1);
    expect(excel.active).toBe("银行日记账");
    expect(excel.selected).toEqual({ sheet: "银行日记账", address: "F7" });
  });

  test("the tops of every sheet come in three syncs, and in more only when one response would carry too much", async () => {
    const names = Array.from({ length: 12 }, (_, n) => `${n + 1}月`);
    const excel = new FakeExcel(names);
    names.forEach((name, n) => excel.setValues(name, "B2", [["银行存款日记账"], [n]]));
    const tops = await new ExcelHost(excel.run).readSheetTops({ rows: 30, columns: 26 });
    // The sheets' names, their used ranges, the tops' values.
    expect(excel.syncs).toBe(3);
    expect(tops.map((top) => [top.sheet, top.top, top.left, top.values])).toEqual(
      names.map((name, n) => [name, 1, 1, [["银行存款日记账"], [n]]]),
    );
    // 100 sheets of 50 × 50 cells would pass a response's 4 MB at the first guess of 64 bytes a cell: 26 to a sync.
    const many = new FakeExcel(Array.from({ length: 100 }, (_, n) => `S${n}`));
    const full = Array.from({ length: 50 }, () => Array.from({ length: 50 }, () => 1));
    for (let n = 0; n < 100; n++) many.setValues(`S${n}`, "A1", full);
    await new ExcelHost(many.run).readSheetTops({ rows: 50, columns: 50 });
    expect(many.syncs).toBe(2 + Math.ceil(100 / 26));
    // The pane's tops, 30 × 26 cells, guess 49,920 bytes each: 80 to a sync, so 80 sheets take three, 81 four.
    for (const [count, syncs] of [
      [80, 3],
      [81, 4],
    ] as const) {
      const sheets = Array.from({ length: count }, (_, n) => `第${n + 1}张`);
      const workbook = new FakeExcel(sheets);
      for (const sheet of sheets) workbook.setValues(sheet, "A1", [["现金日记账"]]);
      await new ExcelHost(workbook.run).readSheetTops({ rows: 30, columns: 26 });
      expect([count, workbook.syncs]).toEqual([count, syncs]);
    }
  });

  test("a plan block with rows shorter than its widest is written as a rectangle, the rest left alone", async () => {
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan({
      ...emptyPlan("盘点"),
      blocks: [{ at: "A1", rows: [["现金盘点表", "", ""], [], ["面额", { formula: "=1+1" }]] }],
    });
    expect([excel.value("盘点", "A1"), excel.value("盘点", "A3"), excel.value("盘点", "B3")]).toEqual([
      "现金盘点表",
      "面额",
      "=1+1",
    ]);
    expect(excel.calls).toContain("formulas=A1:C3");
  });

  test("a sheet read as its cells hold it gives formulas as their text, through Range.formulas", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "A1", [[1, "=A1*2", "text"]]);
    const grid = await new ExcelHost(excel.run).readUsedRange("Sheet1", { formulas: true });
    expect(grid.values).toEqual([[1, "=A1*2", "text"]]);
    const block = await new ExcelHost(excel.run).readBlock("Sheet1", "B1", { formulas: true });
    expect(block).toEqual({ sheet: "Sheet1", top: 0, left: 1, values: [["=A1*2"]] });
    expect(excel.calls).toContain("load(formulas)");
    expect(excel.calls).not.toContain("load(values)");
  });

  test("writing cells as a plan does puts a formula in live, over a figure, after the protection check", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "I6", [[197.5]]);
    const host = new ExcelHost(excel.run);
    await host.writeCells("Sheet1", { at: "I6", rows: [[{ formula: "=I5-H6" }]] });
    expect(excel.value("Sheet1", "I6")).toBe("=I5-H6");
    expect(excel.calls).toContain("formulas=I6");
    // The protection, then the write.
    expect(excel.syncs).toBe(2);
    excel.protect("Sheet1");
    await expect(host.writeCells("Sheet1", { at: "I7", rows: [[{ formula: "=1" }]] })).rejects.toEqual(
      new HostError("host-sheet-protected", { sheet: "Sheet1" }),
    );
    expect(excel.value("Sheet1", "I7")).toBe("");
  });

  test("text that looks like a formula is written so that Excel keeps it as text", async () => {
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).writeBlock(
      {
        sheet: "Sheet1",
        top: 0,
        left: 0,
        values: [['=HYPERLINK("x")'], ["-1+1"], ["@SUM(A1)"], ["plain"], [12]],
      },
      { overwrite: false },
    );
    expect([0, 1, 2, 3, 4].map((r) => excel.value("Sheet1", `A${r + 1}`))).toEqual([
      '=HYPERLINK("x")',
      "-1+1",
      "@SUM(A1)",
      "plain",
      12,
    ]);
  });

  test("a write larger than one web request goes in as few chunks as fit, each under 5 MB", async () => {
    const excel = new FakeExcel();
    const words = "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分";
    const rows = 200_000;
    const values = Array.from({ length: rows }, () => [words]);
    await new ExcelHost(excel.run).writeBlock({ sheet: "Sheet1", top: 0, left: 3, values }, { overwrite: true });
    const expectedChunks = chunkRows(values).length;
    expect(expectedChunks).toBeGreaterThan(1);
    // one sync for the sheet's protection, then one per chunk
    expect(excel.syncs).toBe(1 + expectedChunks);
    expect(Math.max(...excel.requests)).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
    expect(excel.value("Sheet1", `D${rows}`)).toBe(words);
  });

  test("chunking keeps every row exactly once and in order", () => {
    const values = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
    const chunks = chunkRows(values, 500);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks[chunks.length - 1]![1]).toBe(1000);
    chunks.slice(1).forEach(([start], i) => expect(start).toBe(chunks[i]![1]));
    expect(chunks.length).toBeGreaterThan(1);
  });
});
