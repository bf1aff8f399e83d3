import ExcelJS from "exceljs";
import type { Finding } from "../../src/core/findings";
import { parseRangeAddress } from "../../src/core/grid";
import { GRID_BORDERS } from "../../src/core/styles";
import { emptyPlan, freeSheetName, type SheetPlan } from "../../src/core/plan";
import { ExcelHost } from "../../src/hosts/excel";
import { REQUEST_BYTE_BUDGET } from "../../src/hosts/excel-plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { HostError } from "../../src/hosts/host";
import { generateVouchers } from "../../src/jobs/voucher";
import { FakeExcel, shownEdgeLines, WEB_REQUEST_LIMIT_BYTES } from "../support/excel-double";
import { grid } from "../support/grids";

/** A journal-like plan: a header, `rows` entries with a running-balance formula, and one of every feature. */
/** The lines between cells an .xlsx file's borders draw, as the double's edgeLines names them. */
async function fileEdgeLines(data: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const cells: { row: number; column: number; sides: Partial<ExcelJS.Borders> }[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) =>
    row.eachCell({ includeEmpty: true }, (cell, column) =>
      cells.push({ row: number - 1, column: column - 1, sides: cell.border ?? {} }),
    ),
  );
  return shownEdgeLines(
    cells,
    (sheet.model.merges as string[]).map((merge) => parseRangeAddress(merge)!),
  );
}

function layoutJournal(rows: number): SheetPlan {
  const plan = emptyPlan("现金日记账");
  const body = Array.from({ length: rows }, (_, i) => [
    `2026-01-${String((i % 28) + 1).padStart(2, "0")}`,
    `记-${i + 1}`,
    i === 0 ? "=从银行导入的摘要" : `摘要 ${i}`,
    (i % 7) * 100.5,
    (i % 5) * 30.25,
    { formula: `=F${i + 2}+D${i + 3}-E${i + 3}` },
  ]);
  plan.blocks.push(
    { at: "A1", rows: [["日期", "凭证字号", "摘要", "收入", "支出", "余额"]] },
    { at: "A3", rows: body },
  );
  plan.formats.push(
    { range: `D3:F${rows + 2}`, style: { numberFormat: "¥#,##0.00" } },
    {
      range: "A1:F1",
      style: { font: { bold: true }, fill: "#DDEBF7", borders: { bottom: { style: "double", color: "#FF0000" } } },
    },
  );
  // Beside the table: Excel refuses a table over merged cells (MergedRangeConflict).
  plan.merges.push("H1:I1");
  plan.columns.push({ index: 2, width: 30 });
  plan.rows.push({ index: 0, height: 24 });
  plan.freeze = { rows: 1, columns: 0 };
  plan.validations.push({
    range: `C3:C${rows + 2}`,
    list: ["库存现金", "银行存款"],
    allowBlank: true,
    errorMessage: "请选择科目",
    alert: "warning",
  });
  plan.conditionalFormats.push({
    range: `F3:F${rows + 2}`,
    rule: { kind: "cellValue", operator: "lessThan", values: ["0"] },
    style: { font: { color: "#C00000" } },
  });
  plan.tables.push({ name: "Journal", range: `A1:F${rows + 2}`, style: "TableStyleLight9" });
  plan.names.push({ name: "期初余额", range: "$F$2" });
  plan.charts = [{ kind: "line", title: "余额", data: `E1:F${rows + 2}`, at: "H2" }];
  plan.protect = { allowFormatColumns: true, allowSort: false };
  plan.print = {
    paper: "A4",
    orientation: "landscape",
    titleRows: { first: 1, last: 1 },
    rowBreaks: [40],
    fitToWidth: true,
    pageNumbers: true,
  };
  return plan;
}

describe("applying a SheetPlan in Excel", () => {
  test("a 50-row plan takes two syncs: the sheet names, then everything in one request", async () => {
    const excel = new FakeExcel();
    const name = await new ExcelHost(excel.run).applyPlan(layoutJournal(50));
    expect(name).toBe("现金日记账");
    expect(excel.syncs).toBe(2);
  });

  test("a 50,000-row plan adds only one sync per 5 MB request, each request under the limit", async () => {
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan(layoutJournal(50_000));
    const sent = excel.requests.reduce((a, b) => a + b, 0);
    expect(Math.max(...excel.requests)).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
    expect(excel.syncs).toBeGreaterThan(2);
    // Each request is filled to at least half the budget before the next one starts.
    expect(excel.syncs).toBeLessThanOrEqual(2 + Math.ceil(sent / (REQUEST_BYTE_BUDGET / 2)));
  });

  test("values and formulas are written before any format, and text from outside stays text", async () => {
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan(layoutJournal(3));
    const firstFormat = excel.calls.findIndex((call) => call.includes(".format.") || call.includes("numberFormat"));
    const lastWrite = excel.calls.map((call) => call.startsWith("formulas=")).lastIndexOf(true);
    expect(lastWrite).toBeGreaterThan(-1);
    expect(lastWrite).toBeLessThan(firstFormat);
    expect(excel.value("现金日记账", "C3")).toBe("=从银行导入的摘要");
    expect(excel.value("现金日记账", "F4")).toBe("=F3+D4-E4");
    expect(excel.value("现金日记账", "D4")).toBe(100.5);
  });

  test("every feature of the plan reaches Excel", async () => {
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan(layoutJournal(3));
    const calls = excel.calls.join("\n");
    for (const expected of [
      "application.suspendApiCalculationUntilNextSync()",
      "application.suspendScreenUpdatingUntilNextSync()",
      "现金日记账!D3:F5.numberFormat=¥#,##0.00",
      "现金日记账!A1:F1.format.font.bold=true",
      "现金日记账!A1:F1.format.fill.color=#DDEBF7",
      "现金日记账!A1:F1.format.borders.getItem(EdgeBottom).style=Double",
      "现金日记账!H1:I1.merge(false)",
      "现金日记账!C1:C1048576.format.columnWidth=161.25",
      "现金日记账!A1:XFD1.format.rowHeight=24",
      "现金日记账.freezePanes.freezeRows(1)",
      '现金日记账!C3:C5.dataValidation.rule={"list":{"inCellDropDown":true,"source":"库存现金,银行存款"}}',
      '现金日记账!C3:C5.dataValidation.errorAlert={"message":"请选择科目","showAlert":true,"style":"Warning","title":"现金日记账"}',
      "现金日记账!F3:F5.conditionalFormats.add(CellValue)",
      "现金日记账.tables.add(A1:F5,true)",
      '名称|names.add(期初余额,"现金日记账!F2")',
      "现金日记账.pageLayout.orientation=Landscape",
      "现金日记账.pageLayout.paperSize=A4",
      "现金日记账.pageLayout.setPrintTitleRows($1:$1)",
      '现金日记账.pageLayout.zoom={"horizontalFitToPages":1}',
      "现金日记账.pageLayout.headersFooters.defaultForAllPages.centerFooter=第 &P 页，共 &N 页",
      "现金日记账.horizontalPageBreaks.add(A41)",
      '现金日记账.charts.add(Line,"现金日记账!F1:F5",Columns)',
      '.series.getItemAt(0).setXAxisValues("现金日记账!E2:E5")',
      ".title.text=余额",
      ".setPosition(H2)",
      '现金日记账.protection.protect({"allowFormatColumns":true,"allowSort":false})',
      "activate(现金日记账)",
    ]) {
      expect(calls).toContain(expected.replace(/^名称\|/, ""));
    }
    expect(excel.tables.get("Journal")).toEqual({ sheet: "现金日记账", address: "A1:F5" });
  });

  test("a voucher's unused lines are crossed out in Excel by one line across each form's merged area", async () => {
    const entries = grid("分录", [
      ["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"],
      ...Array.from({ length: 7 }, (_, n) => ["2026-03-02", "记-1", `报销${n + 1}`, "管理费用", 10 + n, ""]),
      ["2026-03-02", "记-1", "报销", "库存现金", "", 91],
      ["2026-03-03", "记-2", "提现", "库存现金", 500, ""],
      ["2026-03-03", "记-2", "提现", "银行存款", "", 500],
    ]);
    const generated = generateVouchers({ unit: "", lines: 6, kind: "记", count: 1 }, [entries]);
    if (!generated.ok) throw new Error(generated.problem.id);
    const excel = new FakeExcel();
    const sheet = await new ExcelHost(excel.run).applyPlan(generated.value[0]!);
    // 记-1 takes a full form and two lines of a second (1/2, 2/2); 记-2 two lines of a third.
    expect(excel.diagonalLines(sheet)).toEqual([
      { area: "A21:E24", index: "DiagonalDown", style: "Continuous" },
      { area: "A35:E38", index: "DiagonalDown", style: "Continuous" },
    ]);
    expect(excel.syncs).toBe(2);
    // Its grid, the crossed-out areas' sides among it, is the grid of the file the command line writes.
    expect(excel.edgeLines(sheet)).toEqual(await fileEdgeLines(await writeWorkbook(generated.value)));
  });

  test("the lines between cells a plan's borders draw in Excel are the lines the .xlsx file draws", async () => {
    const plan = emptyPlan("表");
    plan.blocks.push({
      at: "B2",
      rows: [
        ["摘要", "金额"],
        ["a", 1],
        ["b", 2],
        ["合计", 3],
      ],
    });
    plan.formats.push(
      // Every cell boxed, as a journal's or a voucher's grid is; a red rule under a row; a column's sides alone.
      { range: "B2:C5", style: { borders: GRID_BORDERS } },
      { range: "B4:C4", style: { borders: { bottom: { style: "thin", color: "#FF0000" } } } },
      { range: "E2:E4", style: { borders: { left: { style: "thin" }, right: { style: "thin" } } } },
      { range: "G2:H3", style: { borders: { top: { style: "double" } } } },
    );
    const inFile = await fileEdgeLines(await writeWorkbook([plan]));
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan(plan);
    expect(excel.edgeLines("表")).toEqual(inFile);
    // The grid's inner lines are there: between B3 and B4, and between B3 and C3.
    expect(inFile).toEqual(expect.arrayContaining(["top B4", "left C3", "left E3", "left F3", "top G3", "top H3"]));
  });

  test("the workbook's sheets are listed in one sync", async () => {
    const excel = new FakeExcel(["现金日记账", "工行日记账"]);
    expect(await new ExcelHost(excel.run).listSheets()).toEqual(["现金日记账", "工行日记账"]);
    expect(excel.syncs).toBe(1);
  });

  test("a generated sheet gets a free name and never replaces an existing one", async () => {
    const excel = new FakeExcel(["现金日记账", "现金日记账 (2)"]);
    excel.setValues("现金日记账", "A1", [["the accountant's own"]]);
    expect(await new ExcelHost(excel.run).applyPlan(layoutJournal(2))).toBe("现金日记账 (3)");
    expect(excel.value("现金日记账", "A1")).toBe("the accountant's own");
    expect(freeSheetName("A/B:C*", [])).toBe("A_B_C_");
    expect(freeSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
    expect(freeSheetName("Sheet1", ["sheet1"])).toBe("Sheet1 (2)");
    expect(freeSheetName("'引号'", [])).toBe("引号");
    expect(freeSheetName("history", [])).toBe("history (2)");
  });
});

describe("reading large ranges in Excel", () => {
  function bigSheet(rows: number): FakeExcel {
    const excel = new FakeExcel(["银行日记账"]);
    excel.setValues(
      "银行日记账",
      "A1",
      Array.from({ length: rows }, (_, i) => [i + 1, `摘要 ${i}`, (i % 100) * 1.5, "", i * 2]),
    );
    return excel;
  }

  test("200,000 rows: one sync for the size, then one per block of rows, each response under 5 MB", async () => {
    const excel = bigSheet(200_000);
    const progress: number[] = [];
    const grid = await new ExcelHost(excel.run).readUsedRange("银行日记账", {
      onProgress: (read) => progress.push(read),
    });
    expect(grid.values).toHaveLength(200_000);
    expect(grid.values[199_999]).toEqual([200_000, "摘要 199999", 148.5, "", 399_998]);
    // One sync for the size, then one per block: the first sized by a cautious guess, the rest by measured bytes.
    expect(excel.syncs).toBe(1 + progress.length);
    expect(progress.length).toBeLessThanOrEqual(12);
    expect(progress[progress.length - 1]).toBe(200_000);
    expect(Math.max(...excel.responses)).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
  });

  test("reading can be cancelled between blocks", async () => {
    const excel = bigSheet(100_000);
    const controller = new AbortController();
    const reading = new ExcelHost(excel.run).readUsedRange("银行日记账", {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toEqual(new HostError("host-cancelled"));
    expect(excel.syncs).toBe(2);
  });

  test("an empty sheet reads as an empty grid, and a table reads by name", async () => {
    const excel = new FakeExcel(["空表"]);
    expect((await new ExcelHost(excel.run).readUsedRange("空表")).values).toEqual([]);
    const withTable = new FakeExcel();
    await new ExcelHost(withTable.run).applyPlan(layoutJournal(3));
    const table = await new ExcelHost(withTable.run).readTable("Journal");
    expect(table.values[0]).toEqual(["日期", "凭证字号", "摘要", "收入", "支出", "余额"]);
    expect(table.values).toHaveLength(5);
  });
});

describe("highlighting findings in Excel", () => {
  const finding = (sheet: string, cell: string): Finding => ({
    rule: "money-unreadable",
    severity: "error",
    sheet,
    cell,
    params: {},
  });

  test("highlights mark cells with conditional formats and clearing removes only ours", async () => {
    const excel = new FakeExcel(["Sheet1", "银行日记账"]);
    excel.conditionalFormats.set("Sheet1", [{ type: "Custom", formula: "=A1>100", fill: "#00FF00", address: "A:A" }]);
    const host = new ExcelHost(excel.run);
    const many = Array.from({ length: 1000 }, (_, i) => finding("银行日记账", `F${i + 2}`));
    await host.highlight([finding("Sheet1", "B7"), finding("Sheet1", "B7"), ...many]);
    // One sync to learn that no sheet is protected, one to add the highlights.
    expect(excel.syncs).toBe(2);
    expect(excel.conditionalFormats.get("Sheet1")).toHaveLength(2);
    expect(excel.conditionalFormats.get("银行日记账")!.length).toBeGreaterThan(1);
    expect(excel.conditionalFormats.get("Sheet1")![1]!.address).toBe("B7");

    const before = excel.syncs;
    await host.clearHighlights();
    expect(excel.syncs - before).toBe(4);
    expect(excel.conditionalFormats.get("Sheet1")).toEqual([
      { type: "Custom", formula: "=A1>100", fill: "#00FF00", address: "A:A" },
    ]);
    expect(excel.conditionalFormats.get("银行日记账")).toEqual([]);
  });
});
