/**
 * A plan's charts in an .xlsx package. ExcelJS writes no charts, so once it has written the package the parts of each
 * chart are added here, as ECMA-376 lays them out (Part 1 §21.2 DrawingML charts, §20.5 spreadsheet drawings; the
 * steps of Microsoft's "Insert a chart into a spreadsheet document" for the Open XML SDK):
 * - xl/charts/chartN.xml: the chart, one series per data column over the sheet's cells, with the figures cached so
 *   that a reader that does not calculate still draws it;
 * - xl/drawings/drawingN.xml: a twoCellAnchor holding a graphicFrame that points at the chart, from the plan's
 *   anchor cell over about Excel's default chart size (5 × 3 inches); a sheet that already has a drawing (a picture)
 *   gets its anchors added to that one, since a sheet has at most one;
 * - the drawing's and the sheet's relationships, the sheet's <drawing r:id> at the place CT_Worksheet's sequence
 *   gives it (§18.3.1.99: after the page set-up and breaks, before legacyDrawing and tableParts), and the parts'
 *   content types.
 */
import JSZip from "jszip";
import { cellAddress, parseRangeAddress, quotedSheetName, type CellValue } from "../core/grid";
import { isFormula, type PlanChart, type SheetPlan } from "../core/plan";

/** A plan and the name the workbook gave its sheet. */
export interface ChartedSheet {
  name: string;
  plan: SheetPlan;
}

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${RELATIONSHIP}/drawing`;
const CHART_TYPE = `${RELATIONSHIP}/chart`;
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Excel's default chart, 5 × 3 inches at 96 pixels an inch; 9,525 EMU make a pixel (ECMA-376 §20.1.2.1). */
const CHART_WIDTH_PX = 480;
const CHART_HEIGHT_PX = 288;
const EMU_PER_PX = 9525;
/** The width of a digit of the default font (Calibri 11) in pixels, which column widths count in (§18.3.1.13). */
const DIGIT_PX = 7;
const DEFAULT_COLUMN_WIDTH = 9.140625;
const DEFAULT_ROW_POINTS = 15;

/**
 * The package with every chart of the sheets' plans added. Sheets without charts are left as they are; a package
 * without any is given back unchanged.
 */
export async function addCharts(bytes: Uint8Array, sheets: readonly ChartedSheet[]): Promise<Buffer> {
  const charted = sheets.filter(({ plan }) => (plan.charts ?? []).length > 0);
  if (charted.length === 0) return Buffer.from(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const contentTypes: string[] = [];
  let chartNumber = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNumber = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  for (const { name, plan } of charted) {
    const sheetPath = parts.get(name);
    if (!sheetPath) throw new Error(`The package has no sheet named ${name}`);
    const sheetRels = relsPath(sheetPath);
    const sheetRelations = await text(zip, sheetRels);
    let drawingPath = relationTargets(sheetRelations, DRAWING_TYPE, sheetPath)[0];
    if (!drawingPath) {
      drawingPath = `xl/drawings/drawing${drawingNumber++}.xml`;
      const id = freeRelationId(sheetRelations);
      zip.file(sheetRels, withRelation(sheetRelations, id, DRAWING_TYPE, relativeTarget(sheetPath, drawingPath)));
      zip.file(sheetPath, withDrawingElement(await text(zip, sheetPath), id));
      zip.file(
        drawingPath,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${MAIN_NS}"></xdr:wsDr>`,
      );
      contentTypes.push(override(drawingPath, DRAWING_CONTENT));
    }
    const drawingRels = relsPath(drawingPath);
    let drawing = await text(zip, drawingPath);
    let drawingRelations = await text(zip, drawingRels);
    for (const chart of plan.charts ?? []) {
      const chartPath = `xl/charts/chart${chartNumber++}.xml`;
      const id = freeRelationId(drawingRelations);
      drawingRelations = withRelation(drawingRelations, id, CHART_TYPE, relativeTarget(drawingPath, chartPath));
      drawing = withAnchor(drawing, anchorXml(plan, chart, id, nextShapeId(drawing)));
      zip.file(chartPath, chartXml(name, plan, chart));
      contentTypes.push(override(chartPath, CHART_CONTENT));
    }
    zip.file(drawingPath, drawing);
    zip.file(drawingRels, drawingRelations);
  }
  const types = await text(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${contentTypes.join("")}</Types>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** Each sheet's part, by the sheet's name: workbook.xml names the sheets, its relationships give their parts. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const relations = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map(
    relationsOf(relations).map(({ id, target }) => [id, resolvedTarget("xl/workbook.xml", target)]),
  );
  const parts = new Map<string, string>();
  for (const [sheet] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\/?>/g)) {
    const name = attribute(sheet, "name");
    const id = attribute(sheet, "r:id");
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

function relationsOf(xml: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<Relationship\b[^>]*\/?>/g)].map(([element]) => ({
    id: attribute(element, "Id") ?? "",
    type: attribute(element, "Type") ?? "",
    target: unescapeXml(attribute(element, "Target") ?? ""),
  }));
}

function relationTargets(xml: string, type: string, source: string): string[] {
  return relationsOf(xml)
    .filter((relation) => relation.type === type)
    .map(({ target }) => resolvedTarget(source, target));
}

/** "rIdN" for the first N after those the relationships already use. */
function freeRelationId(xml: string): string {
  const taken = new Set(relationsOf(xml).map(({ id }) => id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function withRelation(xml: string, id: string, type: string, target: string): string {
  const relation = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (xml === "")
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relation}</Relationships>`;
  return xml.replace("</Relationships>", `${relation}</Relationships>`);
}

/** The relationships part of a part: xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml. */
function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a path in the package: relative to its source's folder, or absolute from the root. */
function resolvedTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const path = source.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") path.pop();
    else if (step !== ".") path.push(step);
  }
  return path.join("/");
}

function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let shared = 0;
  while (shared < from.length && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** The number after the highest of the parts `pattern` numbers, from 1. */
function nextNumber(zip: JSZip, pattern: RegExp): number {
  let highest = 0;
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) highest = Math.max(highest, Number(match[1]));
  });
  return highest + 1;
}

function override(part: string, contentType: string): string {
  return `<Override PartName="/${part}" ContentType="${contentType}"/>`;
}

/** CT_Worksheet's elements that come after <drawing>, in the schema's order (ECMA-376 Part 1 §18.3.1.99). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * The sheet's XML with <drawing r:id> where the schema puts it: before the first element that must follow it, else
 * at the end. Only what follows the cells is searched: a sheet's text is mostly its rows.
 */
export function withDrawingElement(sheet: string, id: string): string {
  const root = /<(\w+:)?worksheet\b([^>]*)>/.exec(sheet);
  if (!root) throw new Error("The sheet part has no <worksheet> element");
  const prefix = root[1] ?? "";
  let xml = sheet;
  const declared = namespaces(root[2]!);
  let relationships = Object.entries(declared).find(([, uri]) => uri === RELATIONSHIP)?.[0];
  if (relationships === undefined) {
    relationships = "r";
    for (let n = 2; relationships in declared; n++) relationships = `r${n}`;
    const declaration = ` xmlns:${relationships}="${RELATIONSHIP}"`;
    xml = xml.replace(
      root[0],
      root[0].replace(/\/?>$/, (end) => `${declaration}${end}`),
    );
  }
  const element = `<${prefix}drawing ${relationships}:id="${id}"/>`;
  const from = Math.max(0, xml.lastIndexOf(`</${prefix}sheetData>`));
  const following = new RegExp(`<${prefix}(?:${AFTER_DRAWING.join("|")})[\\s/>]|</${prefix}worksheet>`, "g");
  following.lastIndex = from;
  const at = following.exec(xml)!.index;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The namespace prefixes an element's attributes declare, with their URIs. */
function namespaces(attributes: string): Record<string, string> {
  return Object.fromEntries(
    [...attributes.matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].map(([, prefix, uri]) => [prefix!, uri!]),
  );
}

/** A drawing with one more anchor, in the drawing's own prefix for the spreadsheetDrawing namespace. */
function withAnchor(drawing: string, anchor: (prefix: string, main: string) => string): string {
  const root = /<(\w+:)?wsDr\b([^>]*?)(\/?)>/.exec(drawing);
  if (!root) throw new Error("The drawing part has no <wsDr> element");
  const prefix = root[1] ?? "";
  const declared = namespaces(root[2]!);
  const main = Object.entries(declared).find(([, uri]) => uri === MAIN_NS)?.[0];
  const body = anchor(prefix, main ?? "a");
  const mainDeclaration = main === undefined ? ` xmlns:a="${MAIN_NS}"` : "";
  if (root[3] === "/")
    return drawing.replace(root[0], `<${prefix}wsDr${root[2]}${mainDeclaration}>${body}</${prefix}wsDr>`);
  const opened = drawing.replace(root[0], `<${prefix}wsDr${root[2]}${mainDeclaration}>`);
  const close = opened.lastIndexOf(`</${prefix}wsDr>`);
  return opened.slice(0, close) + body + opened.slice(close);
}

/** The next free shape id of a drawing: each shape's cNvPr id is unique within it. */
function nextShapeId(drawing: string): number {
  let highest = 1;
  for (const [, id] of drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\sid="(\d+)"/g)) highest = Math.max(highest, Number(id));
  return highest + 1;
}

function anchorXml(plan: SheetPlan, chart: PlanChart, id: string, shapeId: number) {
  const from = parseRangeAddress(chart.at);
  if (!from) throw new Error(`A plan places a chart at a cell that is not one: ${chart.at}`);
  const widths = new Map(plan.columns.map((column) => [column.index, column]));
  const heights = new Map(plan.rows.map((row) => [row.index, row.height]));
  const columnPx = (column: number) => {
    const setting = widths.get(column);
    if (setting?.hidden) return 0;
    const width = setting?.width ?? DEFAULT_COLUMN_WIDTH;
    // ECMA-376 §18.3.1.13: pixels = Truncate(((256 × width + Truncate(128 / digit)) / 256) × digit).
    return Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  };
  const rowPx = (row: number) => Math.round(((heights.get(row) ?? DEFAULT_ROW_POINTS) * 96) / 72);
  const column = reach(from.start.column, CHART_WIDTH_PX, columnPx);
  const row = reach(from.start.row, CHART_HEIGHT_PX, rowPx);
  return (x: string, a: string) =>
    `<${x}twoCellAnchor editAs="oneCell">` +
    `<${x}from><${x}col>${from.start.column}</${x}col><${x}colOff>0</${x}colOff><${x}row>${from.start.row}</${x}row><${x}rowOff>0</${x}rowOff></${x}from>` +
    `<${x}to><${x}col>${column.index}</${x}col><${x}colOff>${column.offset}</${x}colOff><${x}row>${row.index}</${x}row><${x}rowOff>${row.offset}</${x}rowOff></${x}to>` +
    `<${x}graphicFrame macro=""><${x}nvGraphicFramePr><${x}cNvPr id="${shapeId}" name="${escapeXml(chart.title)}"/><${x}cNvGraphicFramePr/></${x}nvGraphicFramePr>` +
    `<${x}xfrm><${a}:off x="0" y="0"/><${a}:ext cx="0" cy="0"/></${x}xfrm>` +
    `<${a}:graphic><${a}:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${RELATIONSHIP}" r:id="${id}"/></${a}:graphicData></${a}:graphic>` +
    `</${x}graphicFrame><${x}clientData/></${x}twoCellAnchor>`;
}

/** The column (or row) where `pixels` from the start of `first` end, and how far into it, in EMU. */
function reach(first: number, pixels: number, size: (index: number) => number): { index: number; offset: number } {
  let index = first;
  let left = pixels;
  while (size(index) <= left) left -= size(index++);
  return { index, offset: left * EMU_PER_PX };
}

/** The content of a plan's cell, later blocks winning as they do when written, or null. */
function planCell(plan: SheetPlan, row: number, column: number): CellValue | { formula: string } | null {
  let found: CellValue | { formula: string } | null = null;
  for (const block of plan.blocks) {
    const at = parseRangeAddress(block.at)!.start;
    const cell = block.rows[row - at.row]?.[column - at.column];
    if (cell !== undefined && cell !== null) found = cell;
  }
  return found;
}

/** The number format the plan's formats give a cell, later formats winning, or General. */
function numberFormatOf(plan: SheetPlan, row: number, column: number): string {
  let format = "General";
  for (const { range, style } of plan.formats) {
    const area = parseRangeAddress(range);
    if (
      style.numberFormat !== undefined &&
      area &&
      area.start.row <= row &&
      row <= area.end.row &&
      area.start.column <= column &&
      column <= area.end.column
    )
      format = style.numberFormat;
  }
  return format;
}

const absolute = (row: number, column: number) => cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * A column of the sheet as a chart reference (§21.2.2.134 numRef, §21.2.2.196 strRef) with its cache: numbers when
 * every cell holds one or a formula (whose figure `computed` gives when known), else text.
 */
function reference(sheet: string, plan: SheetPlan, column: number, top: number, bottom: number, computed?: number[]) {
  const formula = `${quotedSheetName(sheet)}!${absolute(top, column)}${top === bottom ? "" : `:${absolute(bottom, column)}`}`;
  const cells = Array.from({ length: bottom - top + 1 }, (_, index) => planCell(plan, top + index, column));
  const numeric = cells.every((cell) => cell === null || typeof cell === "number" || isFormula(cell));
  const points = cells.map((cell, index) =>
    typeof cell === "number" ? cell : isFormula(cell) ? computed?.[index] : cell === null ? undefined : String(cell),
  );
  const cached = points
    .map((point, index) =>
      point === undefined || point === "" ? "" : `<c:pt idx="${index}"><c:v>${escapeXml(String(point))}</c:v></c:pt>`,
    )
    .join("");
  if (numeric)
    return `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(numberFormatOf(plan, top, column))}</c:formatCode><c:ptCount val="${cells.length}"/>${cached}</c:numCache></c:numRef>`;
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${cached}</c:strCache></c:strRef>`;
}

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

/**
 * The chart part: a line or clustered column chart (§21.2.2.97 lineChart, §21.2.2.16 barChart), one series per data
 * column after the first, named by its header cell, over the first column's categories; a category axis and a value
 * axis whose figures take the cells' number format; the legend on the right.
 */
export function chartXml(sheet: string, plan: SheetPlan, chart: PlanChart): string {
  const data = parseRangeAddress(chart.data);
  if (!data) throw new Error(`A plan names a chart range that is not one: ${chart.data}`);
  const first = data.start.row + 1;
  const last = data.end.row;
  const categories = reference(sheet, plan, data.start.column, first, last);
  const series = Array.from({ length: data.end.column - data.start.column }, (_, index) => {
    const column = data.start.column + 1 + index;
    const name = reference(sheet, plan, column, data.start.row, data.start.row);
    const values = reference(sheet, plan, column, first, last, chart.seriesValues?.[index]);
    const look =
      chart.kind === "line" ? `<c:marker><c:symbol val="none"/></c:marker>` : `<c:invertIfNegative val="0"/>`;
    return (
      `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${name}</c:tx>${look}` +
      `<c:cat>${categories}</c:cat><c:val>${values}</c:val>${chart.kind === "line" ? `<c:smooth val="0"/>` : ""}</c:ser>`
    );
  }).join("");
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`;
  const valueFormat = numberFormatOf(plan, first, data.start.column + 1);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${RELATIONSHIP}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="${escapeXml(numberFormatOf(plan, first, data.start.column))}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
      String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
    )
    .replace(/&amp;/g, "&");
}
