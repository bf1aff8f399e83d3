/**
 * What real Excel does that a naive double would hide, one describe per behaviour listed in
 * test/support/EXCEL-BEHAVIOURS.md: first that the double has the behaviour, then that the host copes with it.
 */
import { parseRangeAddress } from "../../src/core/grid";
import { emptyPlan, VALIDATION_TITLE_MAX, type SheetPlan } from "../../src/core/plan";
import { mayNotStayText } from "../../src/core/text";
import { ExcelHost, officeRun } from "../../src/hosts/excel";
import { HostError } from "../../src/hosts/host";
import {
  excelAddress,
  FakeExcel,
  PAGE_BREAK_LIMIT,
  typedAsExcel,
  WEB_RESPONSE_LIMIT_BYTES,
} from "../support/excel-double";

/** Text from bank exports and entries that Excel would not keep as it is. */
const TRICKY_TEXT = [
  "00012345",
  "6222021234567890123",
  "3/4",
  "2026-01",
  "2026-01-15",
  "1月3日",
  "=1+1",
  '=HYPERLINK("http://x","点我")',
  "-2+3",
  "+86 138",
  "@SUM(A1)",
  "TRUE",
  "'已加引号",
  "#N/A",
  "1,234.50",
  "50%",
  "１２３",
];
const PLAIN_TEXT = ["现金", "记-1", "摘要 12", "人民币壹佰元整", ""];

async function run<T>(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return excel.run(batch);
}

describe("text written through the API is parsed as if typed", () => {
  test("the double converts numbers, long digit strings, dates, booleans and formulas", () => {
    expect(typedAsExcel("00012345", undefined, false)).toBe(12345);
    expect(typedAsExcel("6222021234567890123", undefined, false)).toBe(6222021234567890000);
    expect(typedAsExcel("3/4", undefined, false)).toBe(46085); // 2026-03-04
    expect(typedAsExcel("2026-01", undefined, false)).toBe(46023); // 2026-01-01
    expect(typedAsExcel("1月3日", undefined, false)).toBe(46025);
    expect(typedAsExcel("TRUE", undefined, false)).toBe(true);
    expect(typedAsExcel("=1+1", undefined, true)).toBe("=1+1");
    expect(typedAsExcel("=1+1", undefined, false)).toBe("#FORMULA:=1+1");
    expect(typedAsExcel("-2+3", undefined, false)).toBe("#FORMULA:-2+3");
    expect(typedAsExcel("-2.5", undefined, false)).toBe(-2.5);
  });

  test("the double keeps text behind an apostrophe, or in a cell formatted as Text", () => {
    expect(typedAsExcel("'00012345", undefined, false)).toBe("00012345");
    expect(typedAsExcel("''quoted", undefined, false)).toBe("'quoted");
    expect(typedAsExcel("00012345", "@", false)).toBe("00012345");
    expect(typedAsExcel("=1+1", "@", true)).toBe("=1+1");
  });

  test("core/text flags every tricky text and none of the plain ones", () => {
    for (const text of TRICKY_TEXT) expect([text, mayNotStayText(text)]).toEqual([text, true]);
    for (const text of PLAIN_TEXT) expect([text, mayNotStayText(text)]).toEqual([text, false]);
  });

  test("writeBlock stores each text exactly as it was", async () => {
    const excel = new FakeExcel();
    const values = [...TRICKY_TEXT, ...PLAIN_TEXT].map((text) => [text]);
    await new ExcelHost(excel.run).writeBlock({ sheet: "Sheet1", top: 0, left: 0, values }, { overwrite: true });
    expect(values.map((_, r) => excel.value("Sheet1", `A${r + 1}`))).toEqual(values.map(([text]) => text));
  });

  test("a plan's text cells keep their text; numbers and formulas stay numbers and formulas", async () => {
    const excel = new FakeExcel();
    const plan = emptyPlan("票据");
    plan.blocks.push({ at: "A1", rows: [...TRICKY_TEXT.map((text) => [text, 1, { formula: "=B1*2" }])] });
    await new ExcelHost(excel.run).applyPlan(plan);
    expect(TRICKY_TEXT.map((_, r) => excel.value("票据", `A${r + 1}`))).toEqual(TRICKY_TEXT);
    expect(excel.value("票据", "B1")).toBe(1);
    expect(excel.value("票据", "C1")).toBe("=B1*2");
  });
});

describe("whole columns, rows and sheets", () => {
  test("the double reports them as Excel does, and core/grid reads those addresses", () => {
    const column = { sheet: "Sheet1", start: { row: 0, column: 2 }, end: { row: 1_048_575, column: 2 } };
    expect(excelAddress(column)).toBe("Sheet1!C:C");
    expect(excelAddress({ ...column, start: { row: 4, column: 0 }, end: { row: 4, column: 16_383 } })).toBe(
      "Sheet1!5:5",
    );
    expect(excelAddress({ ...column, start: { row: 0, column: 0 }, end: { row: 1_048_575, column: 16_383 } })).toBe(
      "Sheet1!1:1048576",
    );
    expect(parseRangeAddress("Sheet1!C:C")).toEqual(column);
    expect(parseRangeAddress("'出纳 账'!5:5")).toEqual({
      sheet: "出纳 账",
      start: { row: 4, column: 0 },
      end: { row: 4, column: 16_383 },
    });
    expect(parseRangeAddress("$A:$C")?.end).toEqual({ row: 1_048_575, column: 2 });
    expect(parseRangeAddress("C:5")).toBeNull();
  });

  test("the double answers null for the values of an unbounded range", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "C1", [[1]]);
    const values = await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C:C").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toBeNull();
  });

  test("a whole column selected reads as its used cells", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "A1", [
      ["金额", "大写"],
      [100, ""],
      [200.5, ""],
    ]);
    excel.select("Sheet1", "A1:A1048576");
    const grid = await new ExcelHost(excel.run).readSelection();
    expect(grid).toEqual({ sheet: "Sheet1", top: 0, left: 0, values: [["金额"], [100], [200.5]] });
    expect(Math.max(...excel.responses)).toBeLessThan(1000);
  });

  test("a whole sheet selected reads as its used range, a selection past the data as the part with data", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "B2", [[1, 2]]);
    excel.select("Sheet1", "A1:XFD1048576");
    expect((await new ExcelHost(excel.run).readSelection()).values).toEqual([
      ["", "", ""],
      ["", 1, 2],
    ]);
    excel.select("Sheet1", "C2:F9");
    expect(await new ExcelHost(excel.run).readSelection()).toEqual({ sheet: "Sheet1", top: 1, left: 2, values: [[2]] });
  });
});

describe("several areas selected", () => {
  test("are counted, not guessed from an error code", async () => {
    const excel = new FakeExcel();
    excel.multipleAreasSelected = true;
    await expect(new ExcelHost(excel.run).readSelection()).rejects.toEqual(new HostError("host-multiple-areas"));
  });

  test("an InvalidOperation from Excel stays what it is", async () => {
    const failing = Object.assign(new Error("The operation is invalid"), { code: "InvalidOperation" });
    const host = new ExcelHost(() => Promise.reject(failing));
    await expect(host.readSelection()).rejects.toBe(failing);
  });
});

describe("response size and read size limits", () => {
  test("the double refuses a response over 5 MB and a read over 5,000,000 cells", async () => {
    const excel = new FakeExcel();
    const text = "中".repeat(100);
    excel.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 10_000 }, () => [text]),
    );
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z200000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a 40-column statement of text reads in blocks, each response under 5 MB", async () => {
    const excel = new FakeExcel(["流水"]);
    const row = Array.from({ length: 40 }, (_, c) => `第${c}列的摘要文字`);
    excel.setValues(
      "流水",
      "A1",
      Array.from({ length: 20_000 }, () => row),
    );
    const grid = await new ExcelHost(excel.run).readUsedRange("流水");
    expect(grid.values).toHaveLength(20_000);
    expect(grid.values[19_999]).toEqual(row);
    expect(Math.max(...excel.responses)).toBeLessThan(WEB_RESPONSE_LIMIT_BYTES);
  });

  test("a block Excel refuses as too large is read again in halves", async () => {
    const excel = new FakeExcel(["流水"]);
    // Short rows first, so that the measured bytes per row say the long ones below fit in one block.
    excel.setValues(
      "流水",
      "A1",
      Array.from({ length: 3000 }, () => ["短"]),
    );
    excel.setValues(
      "流水",
      "A3001",
      Array.from({ length: 60_000 }, () => ["长".repeat(30)]),
    );
    const grid = await new ExcelHost(excel.run).readUsedRange("流水");
    expect(grid.values).toHaveLength(63_000);
    expect(grid.values[62_999]).toEqual(["长".repeat(30)]);
  });
});

describe("data-validation alerts", () => {
  function planWithValidation(name: string): SheetPlan {
    const plan = emptyPlan(name);
    plan.blocks.push({ at: "A1", rows: [["科目"], [null]] });
    plan.validations.push({ range: "A2", list: ["库存现金"], allowBlank: true, errorMessage: "请".repeat(300) });
    return plan;
  }

  test("the double refuses a title over 32 characters", async () => {
    const excel = new FakeExcel();
    await expect(
      run(excel, async (context) => {
        const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation;
        validation.errorAlert = { title: "x".repeat(33), message: "", showAlert: true, style: "Stop" };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a bank journal named after a long account gets its validation, the title and message cut", async () => {
    const excel = new FakeExcel();
    const name = "中国工商银行股份有限公司北京分行营业部基本户6222021234567890123";
    const sheet = await new ExcelHost(excel.run).applyPlan(planWithValidation(name));
    const alert = excel.calls.find((call) => call.includes("dataValidation.errorAlert="))!;
    const { title, message } = JSON.parse(alert.slice(alert.indexOf("=") + 1)) as { title: string; message: string };
    expect(title.length).toBeLessThanOrEqual(VALIDATION_TITLE_MAX);
    expect(title.startsWith(sheet.slice(0, 20))).toBe(true);
    expect(message.length).toBeLessThanOrEqual(224);
  });
});

describe("protected sheets", () => {
  test("the double refuses a write to a locked cell, and allows one to an unlocked cell", async () => {
    const excel = new FakeExcel();
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").format.protection.locked = false;
      await context.sync();
    });
    excel.protect("Sheet1");
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["ok"]];
      await context.sync();
    });
    expect(excel.value("Sheet1", "B2")).toBe("ok");
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
          ["x", "y"],
          ["z", "w"],
        ];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("writing words into a protected sheet is refused before anything is written", async () => {
    const excel = new FakeExcel();
    excel.protect("Sheet1");
    const host = new ExcelHost(excel.run);
    const before = excel.calls.length;
    await expect(
      host.writeBlock({ sheet: "Sheet1", top: 0, left: 1, values: [["壹佰元整"]] }, { overwrite: true }),
    ).rejects.toEqual(new HostError("host-sheet-protected", { sheet: "Sheet1" }));
    expect(excel.calls.slice(before).some((call) => call.startsWith("values="))).toBe(false);
  });

  test("highlights on a protected sheet are refused before any is added", async () => {
    const excel = new FakeExcel(["Sheet1", "银行日记账"]);
    excel.protect("银行日记账");
    const finding = (sheet: string) => ({ rule: "money-unreadable", severity: "error", sheet, cell: "B2", params: {} });
    await expect(
      new ExcelHost(excel.run).highlight([finding("Sheet1"), finding("银行日记账")] as never),
    ).rejects.toEqual(new HostError("host-sheet-protected", { sheet: "银行日记账" }));
    expect(excel.conditionalFormats.get("Sheet1")).toBeUndefined();
  });
});

describe("tables and names", () => {
  function tablePlan(): SheetPlan {
    const plan = emptyPlan("日记账");
    plan.blocks.push({
      at: "A1",
      rows: [
        ["日期", "金额"],
        [46023, 1],
      ],
    });
    plan.tables.push({ name: "Journal", range: "A1:B2" });
    plan.names.push({ name: "期初余额", range: "$B$2" });
    return plan;
  }

  test("the double refuses a table over merged cells", async () => {
    const excel = new FakeExcel();
    excel.merge("Sheet1", "A1:B1");
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });

  test("a sheet generated again gets a table name of its own and its own 期初余额", async () => {
    const excel = new FakeExcel();
    const host = new ExcelHost(excel.run);
    expect(await host.applyPlan(tablePlan())).toBe("日记账");
    expect(await host.applyPlan(tablePlan())).toBe("日记账 (2)");
    expect(excel.tables.get("Journal")).toEqual({ sheet: "日记账", address: "A1:B2" });
    expect(excel.tables.get("Journal_2")).toEqual({ sheet: "日记账 (2)", address: "A1:B2" });
    expect(excel.names.get("期初余额")).toMatchObject({ address: "B2" });
    expect(excel.calls).toContain('日记账 (2).names.add(期初余额,"日记账 (2)!B2")');
  });
});

describe("borders", () => {
  /** Sets a border item on `address` through Office.js, as a host would, after `before` (a merge, say). */
  const diagonal = (excel: FakeExcel, address: string, index: string, before?: (sheet: Excel.Worksheet) => void) =>
    run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      before?.(sheet);
      sheet.getRange(address).format.borders.getItem(index as Excel.BorderIndex).style = "Continuous";
      await context.sync();
    });

  test("the double draws one through each cell of a range, and one across a merged area", async () => {
    const excel = new FakeExcel();
    await diagonal(excel, "D5:E6", "DiagonalDown");
    await diagonal(excel, "A8:E10", "DiagonalUp", (sheet) => sheet.getRange("A8:E10").merge(false));
    expect(excel.diagonalLines("Sheet1")).toEqual([
      { area: "A8:E10", index: "DiagonalUp", style: "Continuous" },
      ...["D5", "E5", "D6", "E6"].map((area) => ({ area, index: "DiagonalDown", style: "Continuous" })),
    ]);
  });

  test("the double puts an edge on the range's edge only, and inside lines between its cells", async () => {
    const excel = new FakeExcel();
    await diagonal(excel, "A1:B2", "EdgeTop");
    expect(excel.edgeLines("Sheet1")).toEqual(["top A1", "top B1"]);
    await diagonal(excel, "A1:B2", "InsideHorizontal");
    await diagonal(excel, "D1:F1", "InsideVertical");
    expect(excel.edgeLines("Sheet1")).toEqual(["left E1", "left F1", "top A1", "top A2", "top B1", "top B2"]);
  });

  test("the double loses borders set before an area is merged when its top-left cell is empty", async () => {
    const excel = new FakeExcel();
    excel.setValues("Sheet1", "A1", [["摘要"]]);
    await diagonal(excel, "A1:B1", "DiagonalDown");
    await diagonal(excel, "A3:B3", "DiagonalDown");
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").merge(false);
      sheet.getRange("A3:B3").merge(false);
      await context.sync();
    });
    expect(excel.diagonalLines("Sheet1").map((line) => line.area)).toEqual(["A1:B1"]);
  });

  test("the double refuses a border index Excel does not have", async () => {
    await expect(diagonal(new FakeExcel(), "A1", "Diagonal")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("the host draws a merged area's diagonal after merging it, so that it stays", async () => {
    const excel = new FakeExcel();
    const plan = emptyPlan("凭证");
    plan.blocks.push({ at: "A1", rows: [["摘要", null, null]] });
    plan.merges.push("A3:C5");
    plan.formats.push(
      { range: "A3:C5", style: { borders: { diagonal: { style: "thin", direction: "down" } } } },
      { range: "E1:E2", style: { borders: { diagonal: { style: "double", direction: "both", color: "#FF0000" } } } },
    );
    await new ExcelHost(excel.run).applyPlan(plan);
    expect(excel.diagonalLines("凭证")).toEqual([
      { area: "A3:C5", index: "DiagonalDown", style: "Continuous" },
      ...["E1", "E2"].flatMap((area) => [
        { area, index: "DiagonalDown", style: "Double" },
        { area, index: "DiagonalUp", style: "Double" },
      ]),
    ]);
    expect(excel.calls).toContain("凭证!E1:E2.format.borders.getItem(DiagonalUp).color=#FF0000");
    expect(excel.syncs).toBe(2);
  });
});

describe("smaller things", () => {
  test("no more than 1,023 manual page breaks reach Excel", async () => {
    const plan = emptyPlan("长账");
    plan.blocks.push({ at: "A1", rows: [["x"]] });
    plan.print = {
      paper: "A4",
      orientation: "portrait",
      rowBreaks: Array.from({ length: 1500 }, (_, i) => (i + 1) * 40),
    };
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan(plan);
    expect(excel.calls.filter((call) => call.includes("horizontalPageBreaks.add"))).toHaveLength(PAGE_BREAK_LIMIT);
  });

  test("screen updating is suspended once however many syncs a plan takes", async () => {
    const plan = emptyPlan("大表");
    plan.blocks.push({ at: "A1", rows: Array.from({ length: 150_000 }, (_, i) => [`摘要文字第${i}行`, i, i * 2]) });
    const excel = new FakeExcel();
    await new ExcelHost(excel.run).applyPlan(plan);
    expect(excel.syncs).toBeGreaterThan(2);
    const suspends = (name: string) => excel.calls.filter((call) => call.includes(name)).length;
    expect(suspends("suspendScreenUpdatingUntilNextSync")).toBe(1);
    expect(suspends("suspendApiCalculationUntilNextSync")).toBe(excel.syncs);
  });

  test("Excel.run waits for a cell being edited, and an Excel without ExcelApi 1.9 is told plainly", async () => {
    const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    const calls: unknown[] = [];
    globals.Excel = { run: (options: unknown) => (calls.push(options), Promise.resolve("ran")) };
    let supported = true;
    globals.Office = { context: { requirements: { isSetSupported: () => supported } } };
    try {
      expect(await officeRun(async () => "ignored")).toBe("ran");
      expect(calls).toEqual([{ delayForCellEdit: true }]);
      supported = false;
      await expect(officeRun(async () => "ignored")).rejects.toEqual(
        new HostError("host-excel-too-old", { version: "1.9" }),
      );
    } finally {
      delete globals.Excel;
      delete globals.Office;
    }
  });
});

describe("the used range of values starts at the first cell with a value", () => {
  test("the double gives the smallest block holding values, not a block from A1; emptied cells hold none", async () => {
    const excel = new FakeExcel(["Notes"]);
    excel.setValues("Notes", "C3", [
      ["标题", ""],
      ["", 12],
    ]);
    excel.setValues("Notes", "F9", [[""]]);
    const address = await run(excel, async (context) => {
      const used = context.workbook.worksheets.getItem("Notes").getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      return used.address;
    });
    expect(address).toBe("Notes!C3:D4");
  });

  test("the host's reads of a used range and of sheet tops start where the values do", async () => {
    const excel = new FakeExcel(["表", "空表"]);
    excel.setValues("表", "B2", [["银行存款余额调节表"], ["截止日期：2026-02-28"], ["x"]]);
    const host = new ExcelHost(excel.run);
    expect(await host.readUsedRange("表")).toEqual({
      sheet: "表",
      top: 1,
      left: 1,
      values: [["银行存款余额调节表"], ["截止日期：2026-02-28"], ["x"]],
    });
    expect(await host.readSheetTops({ rows: 2, columns: 5 }, ["表", "空表"])).toEqual([
      // Its third row is below the top read: the grid says it is a top only.
      { sheet: "表", top: 1, left: 1, topOnly: true, values: [["银行存款余额调节表"], ["截止日期：2026-02-28"]] },
      { sheet: "空表", top: 0, left: 0, values: [] },
    ]);
    // All of it in the top: the grid is the whole used range.
    expect(await host.readSheetTops({ rows: 3, columns: 5 }, ["表"])).toEqual([
      { sheet: "表", top: 1, left: 1, values: [["银行存款余额调节表"], ["截止日期：2026-02-28"], ["x"]] },
    ]);
  });
});

describe("the add-in's settings are kept in the workbook", () => {
  test("the double's settings are readable only after load and sync; add sets or replaces one when the batch runs", async () => {
    const excel = new FakeExcel();
    await expect(
      run(excel, async (context) => {
        const settings = context.workbook.settings;
        return settings.items;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    const host = new ExcelHost(excel.run);
    await host.writeSettings({ unit: "甲公司", "reconcile-window": "7" });
    await host.writeSettings({ unit: "乙公司" });
    expect(await host.readSettings()).toEqual({ unit: "乙公司", "reconcile-window": "7" });
    expect(excel.syncs).toBe(3);
  });
});
