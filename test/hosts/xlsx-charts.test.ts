/**
 * The file host's charts, part by part: a plan's charts become DrawingML parts in the package ExcelJS wrote (chart,
 * drawing, their relationships, the sheet's <drawing> element at its place in the schema's order, content types),
 * from either writer, beside a picture a sheet already has, and the workbook still reads back as before.
 * test/recalc/charts.test.ts opens such a workbook in LibreOffice.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { emptyPlan, type SheetPlan } from "../../src/core/plan";
import { readWorkbookGrids, writeWorkbook, writeWorkbookTo } from "../../src/hosts/xlsx";
import { addCharts, withDrawingElement } from "../../src/hosts/xlsx-charts";
import { readWorkbookGridsStreaming } from "../../src/hosts/xlsx-stream";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MARCH_1 = 46082; // 2026-03-01 as an Excel serial

/** A month's closing balances: a date column and two accounts' balances as formulas over cells above. */
function balancesPlan(name: string, at = "A10"): SheetPlan {
  const plan = emptyPlan(name);
  plan.blocks.push(
    { at: "A1", rows: [["余额"], [1000, 50000]] },
    {
      at: "A4",
      rows: [
        ["日期", "库存现金", "工行 1202021009100123456"],
        [MARCH_1, { formula: "=A2" }, { formula: "=B2" }],
        [MARCH_1 + 1, { formula: "=A2-320.5" }, { formula: "=B2+12000" }],
        [MARCH_1 + 2, { formula: "=A2-320.5+88" }, { formula: "=B2+12000-4500.75" }],
      ],
    },
  );
  plan.formats.push(
    { range: "A5:A7", style: { numberFormat: "yyyy-mm-dd" } },
    { range: "B5:C7", style: { numberFormat: "¥#,##0.00" } },
  );
  plan.columns.push({ index: 0, width: 28 }, { index: 1, width: 16 }, { index: 2, width: 16 }, { index: 3, width: 16 });
  plan.charts = [
    {
      kind: "line",
      title: "2026年3月各账户本日余额",
      data: "A4:C7",
      at,
      seriesValues: [
        [1000, 679.5, 767.5],
        [50000, 62000, 57499.25],
      ],
    },
  ];
  return plan;
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((path) => !zip.files[path]!.dir))
    parts.set(path, await zip.file(path)!.async("string"));
  return parts;
}

const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((match) => match[1]);
const relation = (rels: string, id: string) =>
  new RegExp(`<Relationship Id="${id}" Type="([^"]+)" Target="([^"]+)"/>`).exec(rels)?.slice(1);

test("a chart's parts: the chart over the plan's ranges with its figures cached, placed by a drawing at its anchor", async () => {
  const parts = await partsOf(await writeWorkbook([balancesPlan("资金日报表 2026年3月")]));
  const chart = parts.get("xl/charts/chart1.xml")!;
  expect(chart).toContain("<c:lineChart>");
  expect(chart).toContain("<a:t>2026年3月各账户本日余额</a:t>");
  expect(all(chart, /<c:ser>/g)).toHaveLength(2);
  // Names, categories and values of each series, in that order, on the sheet, whose name is quoted.
  expect(all(chart, /<c:f>([^<]*)<\/c:f>/g)).toEqual([
    "'资金日报表 2026年3月'!$B$4",
    "'资金日报表 2026年3月'!$A$5:$A$7",
    "'资金日报表 2026年3月'!$B$5:$B$7",
    "'资金日报表 2026年3月'!$C$4",
    "'资金日报表 2026年3月'!$A$5:$A$7",
    "'资金日报表 2026年3月'!$C$5:$C$7",
  ]);
  expect(all(chart, /<c:v>([^<]*)<\/c:v>/g)).toEqual(
    ["库存现金", MARCH_1, MARCH_1 + 1, MARCH_1 + 2, 1000, 679.5, 767.5]
      .concat(["工行 1202021009100123456", MARCH_1, MARCH_1 + 1, MARCH_1 + 2, 50000, 62000, 57499.25])
      .map(String),
  );
  expect(all(chart, /<c:formatCode>([^<]*)<\/c:formatCode>/g)).toEqual([
    "yyyy-mm-dd",
    "¥#,##0.00",
    "yyyy-mm-dd",
    "¥#,##0.00",
  ]);

  const sheetRels = parts.get("xl/worksheets/_rels/sheet1.xml.rels")!;
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(parts.get("xl/worksheets/sheet1.xml")!)![1]!;
  expect(relation(sheetRels, drawingId)).toEqual([
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
    "../drawings/drawing1.xml",
  ]);
  const drawing = parts.get("xl/drawings/drawing1.xml")!;
  const chartId = /<c:chart [^>]*r:id="([^"]+)"\/>/.exec(drawing)![1]!;
  expect(relation(parts.get("xl/drawings/_rels/drawing1.xml.rels")!, chartId)).toEqual([
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
    "../charts/chart1.xml",
  ]);
  // From A10 (0-based row 9), 480 × 288 pixels: columns of 196, 112 and 112 pixels and 60 more; 14 rows of 20 and 8.
  expect(/<xdr:from>(.*)<\/xdr:from>/.exec(drawing)![1]).toBe(
    "<xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff>",
  );
  expect(/<xdr:to>(.*)<\/xdr:to>/.exec(drawing)![1]).toBe(
    `<xdr:col>3</xdr:col><xdr:colOff>${60 * 9525}</xdr:colOff><xdr:row>23</xdr:row><xdr:rowOff>${8 * 9525}</xdr:rowOff>`,
  );
  const types = parts.get("[Content_Types].xml")!;
  expect(types).toContain(
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
  );
  expect(types).toContain(
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
  );
});

test("<drawing> goes where CT_Worksheet's sequence puts it: after the page set-up and breaks, before tableParts", async () => {
  const plan = balancesPlan("资金日报表");
  plan.tables.push({ name: "Balances", range: "A4:C7" });
  plan.print = { paper: "A4", orientation: "portrait", rowBreaks: [8], pageNumbers: true };
  const sheet = (await partsOf(await writeWorkbook([plan]))).get("xl/worksheets/sheet1.xml")!;
  const order = all(sheet, /<(pageSetup|headerFooter|rowBreaks|drawing|tableParts)\b/g);
  expect(order).toEqual(["pageSetup", "headerFooter", "rowBreaks", "drawing", "tableParts"]);
  // Nothing after it: the end of the sheet. The relationships namespace under the prefix the sheet gives it, or
  // declared under a prefix of its own.
  expect(withDrawingElement('<worksheet xmlns:r="elsewhere"><sheetData/></worksheet>', "rId9")).toBe(
    `<worksheet xmlns:r="elsewhere" xmlns:r2="${RELATIONSHIPS}"><sheetData/><drawing r2:id="rId9"/></worksheet>`,
  );
  expect(
    withDrawingElement(
      `<x:worksheet xmlns:x="m" xmlns:rel="${RELATIONSHIPS}"><x:sheetData/><x:legacyDrawing rel:id="rId1"/></x:worksheet>`,
      "rId2",
    ),
  ).toContain('<x:sheetData/><x:drawing rel:id="rId2"/><x:legacyDrawing');
});

test("several charts on several sheets, one of them a column chart on a sheet named with a quote and an ampersand", async () => {
  const first = balancesPlan("资金日报表 2026-03");
  first.charts!.push({ kind: "column", title: "本月 <收支>", data: "A4:B7", at: "E10" });
  const second = balancesPlan("O'Neil & 张");
  const parts = await partsOf(await writeWorkbook([first, second]));
  expect([...parts.keys()].filter((path) => /^xl\/(charts|drawings)\//.test(path)).sort()).toEqual([
    "xl/charts/chart1.xml",
    "xl/charts/chart2.xml",
    "xl/charts/chart3.xml",
    "xl/drawings/_rels/drawing1.xml.rels",
    "xl/drawings/_rels/drawing2.xml.rels",
    "xl/drawings/drawing1.xml",
    "xl/drawings/drawing2.xml",
  ]);
  const column = parts.get("xl/charts/chart2.xml")!;
  expect(column).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
  expect(all(column, /<c:ser>/g)).toHaveLength(1);
  expect(column).toContain("<a:t>本月 &lt;收支&gt;</a:t>");
  // Two anchors in the first sheet's drawing, each with its own shape id and chart.
  const drawing = parts.get("xl/drawings/drawing1.xml")!;
  expect(all(drawing, /<xdr:cNvPr id="(\d+)"/g)).toEqual(["2", "3"]);
  expect(all(parts.get("xl/drawings/_rels/drawing1.xml.rels")!, /Target="([^"]+)"/g)).toEqual([
    "../charts/chart1.xml",
    "../charts/chart2.xml",
  ]);
  expect(all(parts.get("xl/charts/chart3.xml")!, /<c:f>([^<]*)<\/c:f>/g)[0]).toBe("'O''Neil &amp; 张'!$B$4");
  expect(parts.get("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing2.xml"');
});

test("the streaming writer writes the same charts as the whole-workbook writer", async () => {
  const plans = [balancesPlan("资金日报表 2026-03"), balancesPlan("资金日报表 2026-04")];
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeWorkbookTo(plans, sink);
  const streamed = await partsOf(Buffer.concat(chunks));
  const whole = await partsOf(await writeWorkbook(plans));
  for (const path of ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing2.xml"])
    expect(streamed.get(path)).toBe(whole.get(path));
  expect(streamed.get("xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
});

/** A 1 × 1 PNG. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("a sheet that already has a picture gets the chart in the same drawing, and the picture stays", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("资金日报表");
  const plan = balancesPlan("资金日报表", "F2");
  sheet.getCell("A4").value = "日期";
  sheet.addImage(workbook.addImage({ buffer: PIXEL as unknown as ExcelJS.Buffer, extension: "png" }), "H2:I4");
  const bytes = await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [{ name: "资金日报表", plan }]);
  const parts = await partsOf(bytes);
  expect(all(parts.get("xl/worksheets/sheet1.xml")!, /<(drawing)\b/g)).toHaveLength(1);
  const drawing = parts.get("xl/drawings/drawing1.xml")!;
  expect(drawing).toContain("<xdr:pic>");
  expect(drawing).toContain("<xdr:graphicFrame");
  const ids = all(drawing, /<xdr:cNvPr id="(\d+)"/g);
  expect(new Set(ids).size).toBe(ids.length);
  expect(all(parts.get("xl/drawings/_rels/drawing1.xml.rels")!, /Target="([^"]+)"/g)).toEqual([
    "../media/image1.png",
    "../charts/chart1.xml",
  ]);
  expect([...parts.keys()].filter((path) => path.startsWith("xl/drawings/") && path.endsWith(".xml"))).toEqual([
    "xl/drawings/drawing1.xml",
  ]);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(reread.getWorksheet("资金日报表")!.getImages()).toHaveLength(1);
});

test("a workbook with charts reads back as the same cells, whole and part by part", async () => {
  const plans = [balancesPlan("资金日报表 2026-03"), { ...balancesPlan("明细"), charts: [] }];
  const withCharts = await writeWorkbook(plans);
  const without = await writeWorkbook(plans.map((plan) => ({ ...plan, charts: [] })));
  expect((await partsOf(withCharts)).has("xl/charts/chart1.xml")).toBe(true);
  expect(await readWorkbookGrids(withCharts)).toEqual(await readWorkbookGrids(without));
  expect(await readWorkbookGridsStreaming(withCharts)).toEqual(await readWorkbookGridsStreaming(without));
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(withCharts as unknown as ExcelJS.Buffer);
  expect(reread.worksheets.map((sheet) => sheet.name)).toEqual(["资金日报表 2026-03", "明细"]);
});

test("a workbook without charts is left as ExcelJS wrote it", async () => {
  const plan = { ...balancesPlan("现金日记账"), charts: [] };
  const bytes = await writeWorkbook([plan]);
  expect(await addCharts(bytes, [{ name: "现金日记账", plan }])).toEqual(bytes);
  expect([...(await partsOf(bytes)).keys()].some((path) => path.includes("chart"))).toBe(false);
});
