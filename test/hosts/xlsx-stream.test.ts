/**
 * The file host's streaming writer (writeWorkbookTo, which the command line writes with) against the whole-workbook
 * writer: the bytes differ (inline strings rather than a shared table, another order of styles), so the proof is
 * what a reader gets back, cell for cell and setting for setting. The fixtures are journals `cashbook generate` wrote
 * before the command line streamed (commit 187e1e2, ExcelJS's in-memory writer), from journal-entries.csv.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { emptyPlan, type SheetPlan } from "../../src/core/plan";
import { writeWorkbook, writeWorkbookTo } from "../../src/hosts/xlsx";
import { generatorKinds } from "../../src/jobs";
import { cashbook } from "../support/cli";
import { streamed } from "../support/streamed";

const FIXTURES = join(__dirname, "fixtures");

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cashbook-stream-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a reader gets back from a workbook, as plain data. */
async function contents(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(data);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const sheets = [];
  for (const [index, sheet] of workbook.worksheets.entries()) {
    const cells: unknown[] = [];
    const heights: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      if (row.height !== undefined) heights.push([number, row.height]);
      row.eachCell({ includeEmpty: true }, (cell) => {
        // Styles as data: the two writers number them differently in styles.xml.
        cells.push([cell.address, cell.type, cell.value, JSON.parse(JSON.stringify(cell.style))]);
      });
    });
    const xml = await part(`xl/worksheets/sheet${index + 1}.xml`);
    sheets.push({
      name: sheet.name,
      cells,
      heights,
      columns: (sheet.columns ?? []).map((column) => [column.number, column.width, column.hidden]),
      merges: [...sheet.model.merges].sort(),
      views: sheet.views,
      pageSetup: sheet.pageSetup,
      headerFooter: sheet.headerFooter,
      validations: (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      conditionalFormats: (sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      protection: (sheet as unknown as { sheetProtection: unknown }).sheetProtection ?? null,
      // ExcelJS reads no row breaks back.
      rowBreaks: [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1])),
    });
  }
  return {
    sheets,
    names: workbook.definedNames.model,
    // ExcelJS reads calcPr back as {}: the attribute that makes Excel compute every formula on opening.
    fullCalcOnLoad: /<calcPr[^>]*fullCalcOnLoad="1"/.test(await part("xl/workbook.xml")),
  };
}

describe("a journal the command line writes row by row", () => {
  test.each([
    [
      "cash-journal-written-whole.xlsx",
      ["cash-journal", "--rows-per-page", "10", "--cash-limit", "5000", "--opening", "1000", "--unit", "某某公司"],
    ],
    [
      "bank-journal-written-whole.xlsx",
      ["bank-journal", "--account", "工行 1234", "--month", "2026-02", "--ytd-receipts", "100", "--ytd-payments", "50"],
    ],
  ])("reads back cell for cell as %s, which was written whole", async (fixture, args) => {
    const out = join(dir, "journal.xlsx");
    const from = join(FIXTURES, "journal-entries.csv");
    const run = await cashbook(["generate", ...args, "--from", from, "--out", out]);
    expect(run).toMatchObject({ code: 0, stdout: `${out}\n` });
    const before = await contents(readFileSync(join(FIXTURES, fixture)));
    const after = await contents(readFileSync(out));
    // Not vacuous: the fixtures have pages, formulas, merged title rows, red rules and text kept as text.
    expect(before.sheets[0]!.cells.length).toBeGreaterThan(500);
    expect(before.sheets[0]!.rowBreaks.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});

describe("a journal longer than the rows the streaming writer hands the zip at a time", () => {
  test("reads back the same streamed as written whole", async () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => {
      const date = `2026-0${1 + Math.floor(i / 1_000)}-${String(1 + (i % 28)).padStart(2, "0")}`;
      return i % 2 ? `${date},记-${i},付款 ${i},管理费用,,${i}.5` : `${date},记-${i},收款 ${i},应收账款,${i + 100},`;
    });
    const grid = { sheet: "分录", top: 0, left: 0, values: [["日期", "凭证号", "摘要", "对方科目", "收入", "支出"]] };
    grid.values.push(...lines.map((line) => line.split(",")));
    const kind = generatorKinds.find((generator) => generator.kind === "cash-journal")!;
    const settings = kind.settings({ opening: "100000" });
    if (!settings.ok) throw new Error(settings.problem.id);
    const plans = kind.generate(settings.value, [grid]);
    if (!plans.ok) throw new Error(plans.problem.id);
    const whole = await contents(await writeWorkbook(plans.value));
    expect(whole.sheets[0]!.heights.length + whole.sheets[0]!.cells.length).toBeGreaterThan(3_000 * 9);
    expect(await contents(await streamed(plans.value))).toEqual(whole);
  }, 60_000);
});

/** Every feature a plan has but tables, which the streaming writer leaves to writeWorkbook; merges over two rows. */
const features: SheetPlan = {
  ...emptyPlan("日记账"),
  blocks: [
    { at: "A1", rows: [["标题", null, "合并到下一行"]] },
    {
      at: "A3",
      rows: [
        ["日期", "摘要", "金额", "余额"],
        [46037, "=看起来像公式", 12.5, { formula: "=C4" }],
        [46038, "00012345", null, { formula: "=D4+C5" }],
        [true, "普通", 3.25, { formula: "=D5+C6" }],
      ],
    },
    // A later block over the same cells wins where it writes, and null leaves what is there.
    { at: "B5", rows: [["改过的", null]] },
  ],
  formats: [
    { range: "A3:D3", style: { font: { bold: true, color: "#FFFFFF" }, fill: "#1F4E78" } },
    { range: "A4:A6", style: { numberFormat: "yyyy-mm-dd", alignment: { horizontal: "center" } } },
    { range: "A3:D6", style: { borders: { top: { style: "thin", color: "#808080" }, left: { style: "thin" } } } },
    { range: "A6:D6", style: { borders: { bottom: { style: "double", color: "#FF0000" } } } },
    { range: "B4:C6", style: { locked: false } },
    { range: "C1:D2", style: { alignment: { vertical: "center", wrap: true } } },
    { range: "C1:D2", style: { borders: { diagonal: { style: "thin", direction: "down" } } } },
    { range: "C4:D5", style: { borders: { diagonal: { style: "double", direction: "both", color: "#FF0000" } } } },
  ],
  merges: ["A1:B1", "C1:D2"],
  columns: [
    { index: 1, width: 30 },
    { index: 5, hidden: true },
  ],
  rows: [{ index: 0, height: 28 }],
  freeze: { rows: 3, columns: 1 },
  validations: [{ range: "B4:B6", list: ["现金", "转账"], allowBlank: true, alert: "warning", errorMessage: "请选择" }],
  conditionalFormats: [
    { range: "D4:D6", rule: { kind: "cellValue", operator: "lessThan", values: ["0"] }, style: { fill: "#FFC7CE" } },
    { range: "A4:D6", rule: { kind: "expression", formula: "=$C4>10" }, style: { font: { bold: true } } },
  ],
  names: [{ name: "Amounts", range: "$C$4:$C$6" }],
  protect: { allowFormatColumns: true, allowSort: false },
  print: {
    paper: "A4",
    orientation: "landscape",
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    titleRows: { first: 1, last: 3 },
    rowBreaks: [5],
    fitToWidth: true,
    pageNumbers: true,
  },
};

describe("writeWorkbookTo", () => {
  test("gives the cells and settings writeWorkbook gives, for every feature of a plan", async () => {
    const plans = [features, { ...emptyPlan("日记账"), blocks: [{ at: "B2", rows: [[1]] }] }];
    const whole = await contents(await writeWorkbook(plans));
    expect(whole.fullCalcOnLoad).toBe(true);
    expect(whole.sheets.map((sheet) => sheet.name)).toEqual(["日记账", "日记账 (2)"]);
    // The diagonals are there to compare: a merged area's, and a red cross.
    expect(JSON.stringify(whole.sheets[0])).toContain('"border":{"diagonal":{"style":"thin","up":false,"down":true}}');
    expect(JSON.stringify(whole.sheets[0])).toContain(
      '"diagonal":{"style":"double","color":{"argb":"FFFF0000"},"up":true',
    );
    expect(await contents(await streamed(plans))).toEqual(whole);
  });

  test("writes a plan with tables whole, since ExcelJS's streaming writer cannot, and the tables are there", async () => {
    const plan: SheetPlan = {
      ...emptyPlan("表"),
      blocks: [{ at: "A1", rows: [["科目"], ["库存现金"], ["银行存款"]] }],
      tables: [{ name: "Accounts", range: "A1:A3" }],
    };
    const data = await streamed([plan]);
    expect(await contents(data)).toEqual(await contents(await writeWorkbook([plan])));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.getTable("Accounts")).toBeDefined();
  });

  test("a stream that fails half way (a full disk) rejects the write rather than leave it waiting", async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => [r, `摘要 ${r}`, { formula: `=A${r + 1}*2` }]);
    const plan: SheetPlan = { ...emptyPlan("长"), blocks: [{ at: "A1", rows }] };
    let written = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        done(written > 50_000 ? Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }) : null);
      },
    });
    await expect(writeWorkbookTo([plan], sink)).rejects.toMatchObject({ code: "ENOSPC" });
  });
});
