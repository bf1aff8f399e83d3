/**
 * The file host by round trip: a plan using every SheetPlan feature is written to .xlsx and read back with ExcelJS
 * itself, feature by feature; workbooks read as Grids give what Office.js would; bytes that are not a workbook give a
 * failure, never an exception.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
// ExcelJS's own zip library: ExcelJS reads no row breaks back, so the test reads the sheet's XML for them.
import JSZip from "jszip";
import type { Grid } from "../../src/core/grid";
import { emptyPlan, type SheetPlan } from "../../src/core/plan";
import type { Result } from "../../src/core/result";
import { readWorkbookGrids, writeWorkbook, zipExpandedBytes } from "../../src/hosts/xlsx";
import { readWorkbookGridsStreaming } from "../../src/hosts/xlsx-stream";

const JAN_15 = 46037; // 2026-01-15 as an Excel serial
const JAN_16 = 46038;
const BALANCE = (row: number) => ({ formula: `=IF(AND(D${row}="",E${row}=""),"",F${row - 1}+N(D${row})-N(E${row}))` });

/** Text a bank export might hold that Excel would take for a formula if it were typed. */
const FORMULA_LIKE = ['=HYPERLINK("http://x")', "+86 138 0000 0000", "-5", "@SUM(A1)"] as const;

const everything: SheetPlan = {
  ...emptyPlan("现金日记账"),
  blocks: [
    { at: "A1", rows: [["现金日记账"]] },
    {
      at: "A3",
      rows: [
        ["日期", "摘要", "科目", "收入", "支出", "余额"],
        [JAN_15, "上期结转", null, null, null, 1000],
        [JAN_15, FORMULA_LIKE[0], "管理费用", 12.5, null, BALANCE(5)],
        [JAN_16, FORMULA_LIKE[1], "库存现金", null, 3.25, BALANCE(6)],
        [JAN_16, FORMULA_LIKE[2], FORMULA_LIKE[3], true, null, BALANCE(7)],
      ],
    },
    { at: "H3", rows: [["科目"], ["库存现金"], ["管理费用"], ["银行存款"]] },
    {
      at: "J3",
      rows: [
        ["金额", "金额", null],
        [1, 2, 3],
        [4, 5, { formula: "=J5+K5" }],
      ],
    },
  ],
  formats: [
    { range: "A4:A7", style: { numberFormat: "yyyy-mm-dd" } },
    { range: "D4:F7", style: { numberFormat: "¥#,##0.00" } },
    {
      range: "A3:F3",
      style: {
        font: { bold: true, color: "#FFFFFF", size: 12, name: "SimSun" },
        fill: "#1F4E78",
        alignment: { horizontal: "center", vertical: "center", wrap: true },
      },
    },
    { range: "A7:F7", style: { borders: { bottom: { style: "double", color: "#FF0000" } } } },
    // Later formats win only for what they set: the bottom border above stays, the sides are added.
    { range: "A3:F7", style: { borders: { left: { style: "thin" }, right: { style: "thin" } } } },
    { range: "A3:F3", style: { font: { italic: true } } },
    { range: "B4:E7", style: { locked: false } },
    // A line through each cell, through a merged area once, and a red cross whose sides stay as they were.
    { range: "J4:K4", style: { borders: { diagonal: { style: "thin", direction: "up" } } } },
    { range: "H8:I9", style: { borders: { diagonal: { style: "thin", direction: "down" } } } },
    {
      range: "F5",
      style: { borders: { diagonal: { style: "dashed", direction: "both", color: "#FF0000" } } },
    },
  ],
  merges: ["A1:F1", "H8:I9"],
  columns: [
    { index: 0, width: 12 },
    { index: 1, width: 30 },
    { index: 6, hidden: true },
  ],
  rows: [{ index: 0, height: 28 }],
  freeze: { rows: 3, columns: 1 },
  validations: [
    {
      range: "C4:C7",
      list: { source: "=ChartOfAccounts" },
      allowBlank: true,
      errorMessage: "请从科目表中选择",
      alert: "warning",
    },
    { range: "G4:G7", list: ["现金", "转账", '其他"说明"'], allowBlank: false },
  ],
  conditionalFormats: [
    {
      range: "F4:F7",
      rule: { kind: "cellValue", operator: "lessThan", values: ["0"] },
      style: { font: { bold: true, color: "#FF0000" } },
    },
    { range: "A4:F7", rule: { kind: "expression", formula: "=$E4>1000" }, style: { fill: "#FFF2CC" } },
    {
      range: "J4:L5",
      rule: { kind: "cellValue", operator: "between", values: ["1", "=$L$4"] },
      style: { fill: "#E2EFDA" },
    },
  ],
  tables: [
    { name: "Accounts", range: "H3:H6", style: "TableStyleLight9" },
    { name: "Amounts", range: "J3:L5", showTotals: true },
  ],
  names: [{ name: "ChartOfAccounts", range: "$H$4:$H$6" }],
  protect: { allowFormatColumns: true, allowSort: false },
  print: {
    paper: "A4",
    orientation: "landscape",
    margins: { top: 0.75, bottom: 0.75, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 },
    titleRows: { first: 3, last: 3 },
    rowBreaks: [5],
    fitToWidth: true,
    pageNumbers: true,
  },
};

type Reader = (data: Uint8Array | ArrayBuffer, options?: { maxExpandedBytes?: number }) => Promise<Result<Grid[]>>;

/** Both readers, whole (the pane's) and streaming (the command line's), must read every workbook alike. */
const READERS: [string, Reader][] = [
  ["readWorkbookGrids", readWorkbookGrids],
  [
    "readWorkbookGridsStreaming",
    (data, options) => readWorkbookGridsStreaming(data instanceof Uint8Array ? data : new Uint8Array(data), options),
  ],
];

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("writeWorkbook", () => {
  let data: Buffer;
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    data = await writeWorkbook([everything, { ...emptyPlan("现金日记账"), blocks: [{ at: "B2", rows: [[1]] }] }]);
    workbook = await loadWorkbook(data);
    sheet = workbook.worksheets[0]!;
  });

  test("each plan becomes a sheet under a free name, in order", () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual(["现金日记账", "现金日记账 (2)"]);
    expect(workbook.worksheets[1]!.getCell("B2").value).toBe(1);
  });

  test("values are values and formulas are formulas, stored without their =", () => {
    expect(sheet.getCell("A4").value).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(sheet.getCell("D5").value).toBe(12.5);
    expect(sheet.getCell("D7").value).toBe(true);
    expect(sheet.getCell("F4").value).toBe(1000);
    expect(sheet.getCell("F5").value).toEqual({ formula: 'IF(AND(D5="",E5=""),"",F4+N(D5)-N(E5))' });
    expect(sheet.getCell("C4").value).toBeNull();
  });

  test("text that looks like a formula stays a text cell", () => {
    const cells = ["B5", "B6", "B7", "C7"].map((address) => sheet.getCell(address));
    expect(cells.map((cell) => cell.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell.value)).toEqual(FORMULA_LIKE);
  });

  test("number formats, fonts, fills and alignment", () => {
    expect(sheet.getCell("A5").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("F6").numFmt).toBe("¥#,##0.00");
    expect(sheet.getCell("B3").font).toMatchObject({
      bold: true,
      italic: true,
      size: 12,
      name: "SimSun",
      color: { argb: "FFFFFFFF" },
    });
    expect(sheet.getCell("B3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E78" },
    });
    expect(sheet.getCell("B3").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
  });

  test("borders, double and red, merge property by property", () => {
    expect(sheet.getCell("C7").border).toMatchObject({
      bottom: { style: "double", color: { argb: "FFFF0000" } },
      left: { style: "thin" },
      right: { style: "thin" },
    });
    expect(sheet.getCell("C6").border.bottom).toBeUndefined();
    expect(sheet.getCell("C6").border.left).toEqual({ style: "thin" });
  });

  test("diagonal borders: up, down, or both with a colour, each cell keeping its sides", () => {
    expect(["J4", "K4"].map((cell) => sheet.getCell(cell).border.diagonal)).toEqual([
      { style: "thin", up: true, down: false },
      { style: "thin", up: true, down: false },
    ]);
    // Every cell of the merged area keeps the line (Excel and LibreOffice draw the top-left one's across it).
    expect(["H8", "I9"].map((cell) => sheet.getCell(cell).border.diagonal)).toEqual([
      { style: "thin", up: false, down: true },
      { style: "thin", up: false, down: true },
    ]);
    expect(sheet.getCell("F5").border).toEqual({
      left: { style: "thin" },
      right: { style: "thin" },
      diagonal: { style: "dashed", color: { argb: "FFFF0000" }, up: true, down: true },
    });
    expect(sheet.getCell("J5").border?.diagonal).toBeUndefined();
  });

  test("merges, column widths and hidden columns, row heights, frozen panes", () => {
    expect(sheet.model.merges).toEqual(["A1:F1", "H8:I9"]);
    expect(sheet.getCell("A1").value).toBe("现金日记账");
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getColumn(7).hidden).toBe(true);
    expect(sheet.getColumn(3).hidden).toBe(false);
    expect(sheet.getRow(1).height).toBe(28);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4" });
  });

  test("list validation from a name and from an inline list, with an alert that warns or stops", () => {
    expect(sheet.getCell("C7").dataValidation).toMatchObject({
      type: "list",
      formulae: ["ChartOfAccounts"],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning",
      error: "请从科目表中选择",
    });
    expect(sheet.getCell("G4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"现金,转账,其他""说明"""'],
      showErrorMessage: true,
      errorStyle: "stop",
    });
    expect(sheet.getCell("G4").dataValidation.allowBlank).toBeFalsy();
    expect(sheet.getCell("G8").dataValidation).toBeUndefined();
  });

  test("conditional formats by expression and by cell value", () => {
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formats).toEqual([
      {
        ref: "F4:F7",
        rules: [
          expect.objectContaining({
            type: "cellIs",
            operator: "lessThan",
            formulae: ["0"],
            style: expect.objectContaining({
              font: expect.objectContaining({ bold: true, color: { argb: "FFFF0000" } }),
            }),
          }),
        ],
      },
      {
        ref: "A4:F7",
        rules: [
          expect.objectContaining({
            type: "expression",
            formulae: ["$E4>1000"],
            style: expect.objectContaining({
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFF2CC" } },
            }),
          }),
        ],
      },
      {
        ref: "J4:L5",
        rules: [expect.objectContaining({ type: "cellIs", operator: "between", formulae: ["1", "$L$4"] })],
      },
    ]);
  });

  test("tables take their column names from the header cells, as Excel does", () => {
    const accounts = sheet.getTable("Accounts") as unknown as { table: ExcelJS.TableProperties & { tableRef: string } };
    expect(accounts.table).toMatchObject({
      tableRef: "H3:H6",
      headerRow: true,
      totalsRow: false,
      columns: [expect.objectContaining({ name: "科目" })],
      style: expect.objectContaining({ theme: "TableStyleLight9" }),
    });
    const amounts = sheet.getTable("Amounts") as unknown as { table: ExcelJS.TableProperties & { tableRef: string } };
    expect(amounts.table.tableRef).toBe("J3:L6");
    expect(amounts.table.columns.map((column) => column.name)).toEqual(["金额", "金额2", "Column3"]);
    expect(sheet.getCell("K3").value).toBe("金额2");
    expect(sheet.getCell("L5").value).toEqual({ formula: "J5+K5" });
    expect(sheet.getCell("L6").value).toEqual({ formula: "SUBTOTAL(109,Amounts[Column3])" });
  });

  test("workbook-scoped named ranges", () => {
    expect(workbook.definedNames.model).toEqual([{ name: "ChartOfAccounts", ranges: ["'现金日记账'!$H$4:$H$6"] }]);
  });

  test("sheet protection leaves unlocked cells editable", () => {
    const protection = (
      sheet as unknown as { sheetProtection: Partial<ExcelJS.WorksheetProtection> & { sheet: boolean } }
    ).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true });
    expect(protection.sort).toBeFalsy();
    expect(protection.formatCells).toBeFalsy();
    expect(sheet.getCell("C5").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("F5").protection?.locked).not.toBe(false);
  });

  test("print setup: paper, orientation, margins, title rows, fit to one page wide", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      margins: { top: 0.75, bottom: 0.75, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 },
      printTitlesRow: "3:3",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  test("page numbers centred in the footer of every page", () => {
    expect(sheet.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
  });

  test("a row break before 0-based row 5 ends the page after the fifth row", async () => {
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"\/><\/rowBreaks>/);
  });

  test("a later plan's table and name that are taken do not clash", async () => {
    const second = await loadWorkbook(await writeWorkbook([everything, everything]));
    expect(second.worksheets[1]!.getTable("Accounts_2")).toBeDefined();
    expect(second.definedNames.model).toEqual([{ name: "ChartOfAccounts", ranges: ["'现金日记账'!$H$4:$H$6"] }]);
  });

  test("an address a plan cannot mean is a HostError naming it", async () => {
    await expect(writeWorkbook([{ ...emptyPlan("x"), merges: ["A1:B"] }])).rejects.toMatchObject({
      id: "host-address-unreadable",
      params: { address: "A1:B" },
    });
  });
});

describe.each(READERS)("%s", (reader, readWorkbookGrids) => {
  test("tells formulas never calculated (a program wrote them) from formulas whose result is blank", async () => {
    const read = async (fill: (sheet: ExcelJS.Worksheet) => void) => {
      const workbook = new ExcelJS.Workbook();
      fill(workbook.addWorksheet("日记账"));
      fill(workbook.addWorksheet("备查"));
      const grids = await readWorkbookGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
      if (!grids.ok) throw new Error(grids.problem.id);
      return grids.value.map((grid) => grid.uncalculated);
    };
    // As a program writes them: no result at all.
    expect(
      await read((sheet) => {
        sheet.getCell("A1").value = 1000;
        sheet.getCell("B2").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
        sheet.getCell("B3").value = { formula: "B2+1" } as ExcelJS.CellFormulaValue;
      }),
    ).toEqual([
      { count: 2, first: "B2" },
      { count: 2, first: "B2" },
    ]);
    // As Excel saves them: a result for every formula, "" written as an empty <v></v>, which ExcelJS reads as none.
    expect(
      await read((sheet) => {
        sheet.getCell("B2").value = { formula: "1+1", result: 2 };
        sheet.getCell("B3").value = { formula: 'IF(B2>5,"超限","")', result: "" };
      }),
    ).toEqual([undefined, undefined]);
  });

  test("judges each sheet: a calculated sheet hides no uncalculated one, an uncalculated one condemns no other", async () => {
    const workbook = new ExcelJS.Workbook();
    // Saved by Excel: results for its formulas, one of them "".
    const journal = workbook.addWorksheet("现金日记账");
    journal.getCell("F4").value = { formula: "1000", result: 1000 };
    journal.getCell("F5").value = { formula: 'IF(D5="","",F4+D5)', result: "" };
    // Added by a program afterwards: no results.
    const notes = workbook.addWorksheet("说明");
    notes.getCell("B1").value = { formula: 'TEXT(TODAY(),"yyyy-mm-dd")' } as ExcelJS.CellFormulaValue;
    notes.getCell("B2").value = { formula: "现金日记账!F4" } as ExcelJS.CellFormulaValue;
    const plain = workbook.addWorksheet("通讯录");
    plain.getCell("A1").value = "姓名";
    const grids = await readWorkbookGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(grids.ok && grids.value.map((grid) => [grid.sheet, grid.uncalculated])).toEqual([
      ["现金日记账", undefined],
      ["说明", { count: 2, first: "B1" }],
      ["通讯录", undefined],
    ]);
  });

  test("a written plan reads back as Office.js would give it", async () => {
    const grids = await readWorkbookGrids(await writeWorkbook([everything, emptyPlan("空白")]));
    const blank = (n: number) => Array<string>(n).fill("");
    expect(grids).toEqual({
      ok: true,
      value: [
        {
          sheet: "现金日记账",
          top: 0,
          left: 0,
          // Written by a program: its formulas have no results until a spreadsheet computes them.
          uncalculated: { count: 5, first: "F5" },
          values: [
            ["现金日记账", ...blank(11)],
            blank(12),
            ["日期", "摘要", "科目", "收入", "支出", "余额", "", "科目", "", "金额", "金额2", "Column3"],
            [JAN_15, "上期结转", "", "", "", 1000, "", "库存现金", "", 1, 2, 3],
            // Formulas have no cached result until a spreadsheet has computed them.
            [JAN_15, FORMULA_LIKE[0], "管理费用", 12.5, "", "", "", "管理费用", "", 4, 5, ""],
            [JAN_16, FORMULA_LIKE[1], "库存现金", "", 3.25, "", "", "银行存款", "", "", "", ""],
            [JAN_16, FORMULA_LIKE[2], FORMULA_LIKE[3], true, "", "", ...blank(6)],
          ],
        },
        { sheet: "空白", top: 0, left: 0, values: [[""]] },
      ] satisfies Grid[],
    });
  });

  test("dates, cached formula results, rich text, hyperlinks and errors", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.getCell("A1").value = new Date(Date.UTC(2026, 0, 16, 12));
    sheet.getCell("B1").value = { formula: "1+1", result: 2 };
    sheet.getCell("C1").value = { formula: "A1", result: new Date(Date.UTC(2026, 0, 15)) };
    sheet.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("E1").value = { formula: "NOW()" };
    sheet.getCell("A2").value = { richText: [{ text: "人民币", font: { bold: true } }, { text: "壹佰元整" }] };
    sheet.getCell("B2").value = { text: "银行", hyperlink: "https://example.com" };
    sheet.getCell("C2").value = { error: "#N/A" };
    sheet.getCell("D2").value = { formula: 'IF(1,"")', result: "" };
    // Results of 0 and FALSE, which Excel caches like any other; ExcelJS's value setter would drop them, so the
    // cells' models are set directly.
    for (const [address, formula, result] of [
      ["E2", "0*1", 0],
      ["F2", "1>2", false],
    ] as const) {
      const model = { address, type: ExcelJS.ValueType.Formula, formula, result };
      sheet.getCell(address).model = model as unknown as ExcelJS.CellModel;
    }
    const grids = await readWorkbookGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(grids).toEqual({
      ok: true,
      value: [
        {
          sheet: "Sheet1",
          top: 0,
          left: 0,
          // E1 has no <v>, D2 an empty one: only the streaming reader sees which is which. ExcelJS reads both as no
          // result, and a sheet with other results as calculated.
          ...(reader === "readWorkbookGridsStreaming" && { uncalculated: { count: 1, first: "E1" } }),
          values: [
            [JAN_16 + 0.5, 2, JAN_15, "#DIV/0!", "", ""],
            ["人民币壹佰元整", "银行", "#N/A", "", 0, false],
          ],
        },
      ],
    });
  });

  test("a workbook in the 1904 date system still gives 1900-system serials", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet("Sheet1").getCell("A1").value = new Date(Date.UTC(2026, 0, 15));
    const grids = await readWorkbookGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(grids.ok && grids.value[0]!.values).toEqual([[JAN_15]]);
  });

  test("an ArrayBuffer reads as a Buffer does", async () => {
    const data = await writeWorkbook([{ ...emptyPlan("S"), blocks: [{ at: "B2", rows: [["x"]] }] }]);
    const copy = new Uint8Array(data).buffer;
    expect(await readWorkbookGrids(copy)).toEqual({
      ok: true,
      value: [
        {
          sheet: "S",
          top: 0,
          left: 0,
          values: [
            ["", ""],
            ["", "x"],
          ],
        },
      ],
    });
  });

  test("an old .xls or a password-protected workbook is named as such", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await readWorkbookGrids(ole)).toEqual({
      ok: false,
      problem: { id: "xlsx-legacy-or-encrypted", params: {} },
    });
  });

  test.each([
    ["no bytes", Buffer.alloc(0)],
    ["CSV text", Buffer.from("日期,摘要,金额\n2026-01-15,备用金,100\n")],
  ])("%s is not a workbook", async (_, bytes) => {
    expect(await readWorkbookGrids(bytes)).toEqual({ ok: false, problem: { id: "xlsx-unreadable", params: {} } });
  });

  test("a zip that is not a workbook is not a workbook", async () => {
    const zip = new JSZip().file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await readWorkbookGrids(bytes)).toEqual({ ok: false, problem: { id: "xlsx-unreadable", params: {} } });
  });

  test("random bytes give a failure, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const result = await readWorkbookGrids(Buffer.from(bytes));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test("a damaged workbook gives a Result, never an exception", async () => {
    const good = await writeWorkbook([everything]);
    await fc.assert(
      fc.asyncProperty(
        // Whole, so that damage inside the zip's entries is reached too, or cut short.
        fc.oneof(fc.constant(good.length), fc.integer({ min: 1, max: good.length })),
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (length, flips) => {
          const damaged = Buffer.from(good.subarray(0, length));
          for (const [at, byte] of flips) if (at < damaged.length) damaged[at] = byte;
          const result = await readWorkbookGrids(damaged);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("text that Excel or LibreOffice would read as something else when a user edits the cell", () => {
  test("is stored as text in a cell formatted as Text; plain text keeps the plan's format", async () => {
    const plan = emptyPlan("日记账");
    plan.blocks.push({ at: "A1", rows: [["=1+1", "00012345", "现金", "6222021234567890123", { formula: "=1+1" }]] });
    plan.formats.push({ range: "A1:C1", style: { font: { bold: true } } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeWorkbook([plan])) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("日记账")!;
    const style = (column: number) => ({ ...sheet.getCell(1, column).style });
    expect([1, 2, 3, 4, 5].map((c) => style(c).numFmt)).toEqual(["@", "@", undefined, "@", undefined]);
    expect(style(1).font?.bold).toBe(true);
    expect(readBack(sheet, 1)).toBe("=1+1");
    expect(readBack(sheet, 2)).toBe("00012345");
  });
});

function readBack(sheet: ExcelJS.Worksheet, column: number): ExcelJS.CellValue {
  return sheet.getCell(1, column).value;
}

describe.each(READERS)("%s: a workbook that would expand past what can be read", (_, readWorkbookGrids) => {
  /** An .xlsx-shaped zip with one part of `megabytes` MB of zeros: a few KB on disk. */
  async function inflating(megabytes: number): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await writeWorkbook([emptyPlan("Sheet1")]));
    zip.file("xl/media/padding.bin", Buffer.alloc(megabytes * 1024 * 1024));
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  test("is refused by the sizes its zip directory declares, before anything is inflated", async () => {
    const bomb = await inflating(64);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipExpandedBytes(bomb)).toBeGreaterThan(64 * 1024 * 1024);
    expect(await readWorkbookGrids(bomb, { maxExpandedBytes: 16 * 1024 * 1024 })).toEqual({
      ok: false,
      problem: { id: "xlsx-too-large", params: { size: 65, limit: 16 } },
    });
  });

  test("under the limit it is read as usual, and a zip without a directory is damaged, not too large", async () => {
    const small = await inflating(1);
    expect((await readWorkbookGrids(small, { maxExpandedBytes: 16 * 1024 * 1024 })).ok).toBe(true);
    const truncated = small.subarray(0, small.length - 30);
    expect(zipExpandedBytes(truncated)).toBeNull();
    expect(await readWorkbookGrids(truncated)).toMatchObject({ ok: false, problem: { id: "xlsx-unreadable" } });
  });
});
