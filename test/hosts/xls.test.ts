/**
 * The .xls host. Real BIFF8 files are made at test time by LibreOffice from a workbook written here, and read back
 * cell by cell against LibreOffice's own .xlsx of the same workbook as readWorkbookGrids reads it; BIFF5, which
 * LibreOffice reads but no longer writes, is built by hand and LibreOffice is the judge of it. Damaged, crafted,
 * truncated and random bytes give a failure, never an exception, and every walk is bounded by the file's size, so
 * they end (a hang would fail the suite by its timeout; nothing here is timed). HTML tables and tab-separated text
 * saved as .xls read as bank portals make them.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Grid } from "../../src/core/grid";
import { readCsv } from "../../src/hosts/csv";
import { isDateFormatCode, MAX_XLS_CELLS, readXlsGrids, rkValue, xlsContent } from "../../src/hosts/xls";
import { readWorkbookGrids } from "../../src/hosts/xlsx";
import { readPickedFile } from "../../src/taskpane/pages/reconcileFlow";
import { gb18030 } from "../support/gb18030";
import { systemProgram } from "../support/system";
import { compoundFile, convertWithLibreOffice, f64, le16, le32, record } from "../support/xls";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

function grids(bytes: Uint8Array, sheet?: string): Grid[] {
  const read = readXlsGrids(bytes, { sheet });
  if (!read.ok) throw new Error(`${read.problem.id} ${JSON.stringify(read.problem.params)}`);
  return read.value;
}

describe("RK numbers and date formats", () => {
  test("an RK is a 30-bit integer or the top of a double, either possibly ×100 ([MS-XLS] 2.5.217)", () => {
    expect(rkValue((123 << 2) | 0x02)).toBe(123);
    expect(rkValue((-5 << 2) | 0x02)).toBe(-5);
    expect(rkValue((123456 << 2) | 0x03)).toBe(1234.56);
    expect(rkValue(0x3ff00000)).toBe(1); // 1.0 is 0x3FF0000000000000
    expect(rkValue(0x3ff00000 | 0x01)).toBe(0.01);
    expect(rkValue(0xc0590000)).toBe(-100); // -100.0 is 0xC059000000000000
  });

  test("a custom format is a date when y, m, d, h or s stand outside quotes, escapes and brackets", () => {
    for (const date of ['yyyy"年"m"月"d"日"', "yyyy-mm-dd", "m/d/yy h:mm", "[h]:mm:ss", "[$-804]yyyy/m/d", "d-mmm"])
      expect([date, isDateFormatCode(date)]).toEqual([date, true]);
    for (const number of ["General", "#,##0.00", '0.00"元"', "[Red]#,##0.00;[Red]-#,##0.00", "\\d0.0", "@", "0.00E+00"])
      expect([number, isDateFormatCode(number)]).toEqual([number, false]);
  });
});

describe("what the bytes are", () => {
  test("OLE, a bare BIFF2–4 worksheet, an HTML page, and anything else (text) for the CSV reader", () => {
    expect(xlsContent(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe("ole");
    expect(xlsContent(new Uint8Array([0x09, 0x04, 0x06, 0x00, 0, 0, 0x10, 0, 0, 0]))).toBe("biff");
    expect(xlsContent(new TextEncoder().encode("\ufeff <html><body><table><tr><td>1</td></tr></table>"))).toBe("html");
    expect(xlsContent(new TextEncoder().encode("日期\t金额\n2026-03-05\t1.00\n"))).toBeNull();
    expect(xlsContent(new TextEncoder().encode("<p>no table here</p>"))).toBeNull();
  });

  test("Excel 2.x to 4.0 files are refused naming their BIFF version; other bytes are damage", () => {
    expect(readXlsGrids(new Uint8Array([0x09, 0x04, 0x06, 0x00, 0, 0, 0x10, 0, 0, 0]))).toEqual({
      ok: false,
      problem: { id: "xls-too-old", params: { version: 4 } },
    });
    expect(readXlsGrids(new Uint8Array([0x09, 0x00, 0x04, 0x00, 0, 0, 0x10, 0]))).toMatchObject({
      problem: { id: "xls-too-old", params: { version: 2 } },
    });
    expect(readXlsGrids(new TextEncoder().encode("a\tb\n"))).toMatchObject({ problem: { id: "xls-damaged" } });
  });
});

describe("random bytes", () => {
  const known = ["xls-damaged", "xls-encrypted", "xls-too-old", "xls-not-workbook", "xls-no-table", "xls-too-large"];
  const refusedOrRead = (bytes: Uint8Array) => {
    const read = readXlsGrids(bytes);
    return read.ok || known.includes(read.problem.id);
  };
  const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  test("anything at all, an OLE signature before random bytes, and random markup never throw", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), refusedOrRead), { numRuns: 300 });
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 504, maxLength: 4096 }), (rest) =>
        refusedOrRead(new Uint8Array([...SIGNATURE, ...rest])),
      ),
      { numRuns: 300 },
    );
    const markup = fc.array(
      fc.constantFrom(
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td colspan=3>",
        "<td rowspan='9'>",
        "</td>",
        "<th>",
        "<br>",
        "&#x4e00;",
        "&amp;",
        "&#99999999;",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "文字",
        " ",
        "\n",
        "<",
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(markup, (parts) => refusedOrRead(new TextEncoder().encode(`<html>${parts.join("")}`))),
      {
        numRuns: 300,
      },
    );
  });
});

/** A BIFF5 workbook as Excel 95 wrote it, with GBK text by its CODEPAGE record. */
function biff5Workbook(
  options: { codepage?: number; bof?: number[]; extra?: number[]; cells?: number[]; sheets?: number } = {},
): Uint8Array {
  const gbk = (text: string) => Array.from(gb18030(text));
  const name = gbk("对账单");
  const globalsBof = record(0x0809, le16(0x0500), le16(0x0005), le16(0), le16(0));
  const codepage = record(0x0042, le16(options.codepage ?? 936));
  const xfs = [
    ...Array.from({ length: 15 }, () => record(0x00e0, le16(0), le16(0), new Array<number>(12).fill(0))),
    record(0x00e0, le16(0), le16(14), new Array<number>(12).fill(0)),
  ].flat();
  const boundsheetLength = 4 + 4 + 2 + 1 + name.length;
  const sheets = options.sheets ?? 1;
  const globalsLength =
    globalsBof.length + (options.extra?.length ?? 0) + codepage.length + xfs.length + sheets * boundsheetLength + 4;
  const boundsheet = Array.from({ length: sheets }, () =>
    record(0x0085, le32(globalsLength), [0, 0], [name.length], name),
  ).flat();
  const label = (row: number, column: number, text: string) =>
    record(0x0204, le16(row), le16(column), le16(0), le16(gbk(text).length), gbk(text));
  const sheet = [
    ...record(0x0809, options.bof ?? [...le16(0x0500), ...le16(0x0010), ...le16(0), ...le16(0)]),
    ...label(0, 0, "交易日期"),
    ...label(0, 1, "摘要"),
    ...label(0, 2, "金额"),
    ...record(0x0203, le16(1), le16(0), le16(15), f64(46086)),
    ...label(1, 1, "工资 March"),
    ...record(0x027e, le16(1), le16(2), le16(0), le32((123456 << 2) | 3)),
    ...record(0x0203, le16(2), le16(0), le16(15), f64(46087)),
    ...label(2, 1, "货款"),
    ...record(0x0203, le16(2), le16(2), le16(0), f64(-88.5)),
    ...(options.cells ?? []),
    ...record(0x000a),
  ];
  const stream = [
    ...globalsBof,
    ...(options.extra ?? []),
    ...codepage,
    ...xfs,
    ...boundsheet,
    ...record(0x000a),
    ...sheet,
  ];
  return compoundFile("Book", new Uint8Array(stream));
}

describe("BIFF5 (Excel 5.0 / 95), built by hand", () => {
  const expected = [
    ["交易日期", "摘要", "金额"],
    [46086, "工资 March", 1234.56],
    [46087, "货款", -88.5],
  ];

  test("byte strings are read in the CODEPAGE's encoding: GBK", () => {
    expect(grids(biff5Workbook())).toEqual([{ sheet: "对账单", top: 0, left: 0, values: expected }]);
  });

  test("without GBK the same bytes read otherwise: the code page is what decides", () => {
    expect(grids(biff5Workbook({ codepage: 1252 }))[0]!.values[0]![0]).not.toBe("交易日期");
  });

  test("a FILEPASS record (an encrypted workbook) is refused", () => {
    const filepass = record(0x002f, le16(0), le16(0), le16(0));
    expect(readXlsGrids(biff5Workbook({ extra: filepass }))).toEqual({
      ok: false,
      problem: { id: "xls-encrypted", params: {} },
    });
  });

  test("sheets larger than a file may hold in all are refused before their Grids are built", () => {
    // Each sheet reaches IV65536, a whole sheet: two are one too many, refused without building either.
    const corner = record(0x0203, le16(65535), le16(255), le16(0), f64(1));
    expect(readXlsGrids(biff5Workbook({ cells: corner, sheets: 2 }))).toEqual({
      ok: false,
      problem: { id: "xls-too-large", params: { cells: 2 * MAX_XLS_CELLS, limit: MAX_XLS_CELLS } },
    });
  });

  describeWithLibreOffice("LibreOffice, which reads BIFF5, agrees", () => {
    test("the hand-built file converted to .xlsx reads the same", async () => {
      const reference = await readWorkbookGrids(await convertWithLibreOffice(biff5Workbook(), "book.xls", "xlsx"));
      expect(reference).toEqual({ ok: true, value: grids(biff5Workbook()) });
    });
  });
});

describe("HTML tables saved as .xls", () => {
  const page = (charset: string, body: string) =>
    `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>` +
    `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` +
    `<style>td { mso-number-format:"\\@"; }</style></head><body>${body}</body></html>`;
  const table =
    `<table border=1><tr><td colspan="3"><b>中国工商银行</b>&nbsp;账户明细</td></tr>` +
    `<!-- <tr><td>not a row</td></tr> -->\n` +
    `<tr><th>交易日期</th><th>摘要</th><th>金额</th></tr>\n` +
    `<TR><TD>2026-03-05</TD><TD rowspan=2>工资&amp;奖金<br>三月</TD><TD>&nbsp;1,234.56&nbsp;</TD></TR>` +
    `<tr><td>2026-03-06</td><td>-88.50</td></tr>` +
    `<tr><td>合计</td><td>&#x4e00;项<table><tr><td>内</td><td>表</td></tr></table></td><td>1,146.06</td></tr></table>`;
  const expected = [
    ["中国工商银行 账户明细", "", ""],
    ["交易日期", "摘要", "金额"],
    ["2026-03-05", "工资&奖金\n三月", "1,234.56"],
    ["2026-03-06", "", "-88.50"],
    ["合计", "一项 内 表", "1,146.06"],
  ];

  test("a GBK page (labelled gb2312) reads row by row, spans as merged cells, entities and <br> as text", () => {
    expect(grids(gb18030(page("gb2312", table)), "明细")).toEqual([
      { sheet: "明细", top: 0, left: 0, values: expected },
    ]);
  });

  test("a UTF-8 page by its meta, and one with no charset by trying UTF-8, then GB18030", () => {
    expect(grids(new TextEncoder().encode(page("utf-8", table)))[0]!.values).toEqual(expected);
    const bare = `<table>${table.slice("<table border=1>".length)}`;
    expect(grids(new TextEncoder().encode(bare))[0]!.values).toEqual(expected);
    expect(grids(gb18030(bare))[0]!.values).toEqual(expected);
  });

  test("a page without a cell, and one spanning more cells than a file may hold, are refused", () => {
    expect(readXlsGrids(new TextEncoder().encode("<html><table></table></html>"))).toMatchObject({
      problem: { id: "xls-no-table" },
    });
    const rows = '<tr><td colspan="16384" rowspan="2">x</td></tr>'.repeat(600);
    expect(readXlsGrids(new TextEncoder().encode(`<table>${rows}</table>`))).toMatchObject({
      problem: { id: "xls-too-large", params: { limit: MAX_XLS_CELLS } },
    });
  });

  test("the pane's file picker reads an HTML .xls, and a tab-separated .xls as the CSV reader does", async () => {
    expect(await readPickedFile("明细.xls", gb18030(page("gbk", table)))).toEqual({
      kind: "read",
      grids: [{ sheet: "明细", top: 0, left: 0, values: expected }],
    });
    const text = gb18030("交易日期\t摘要\t金额\n2026-03-05\t工资\t1,234.56\n");
    const csv = readCsv(text, { sheet: "明细" });
    if (!csv.ok) throw new Error(csv.problem.id);
    expect(await readPickedFile("明细.xls", text)).toEqual({ kind: "read", grids: [csv.value.grid] });
  });
});

/**
 * A BIFF8 workbook whose shared strings are split across CONTINUE records the ways Excel may split them: inside a
 * string's characters with the width changing (two bytes a character before the split, one after), right after a
 * string's header (its characters start the next record, behind their own option byte), and inside formatting runs.
 */
function splitStringsWorkbook(): Uint8Array {
  const utf16 = (text: string) => Array.from(text).flatMap((char) => le16(char.charCodeAt(0)));
  const ascii = (text: string) => Array.from(text).map((char) => char.charCodeAt(0));
  const xf = record(0x00e0, le16(0), le16(0), new Array<number>(16).fill(0));
  const globalsBof = record(0x0809, le16(0x0600), le16(0x0005), le16(0), le16(0), le32(0), le32(0x0600));
  const sst = [
    ...record(0x00fc, le32(3), le32(3), le16(5), [0x01], utf16("中文")),
    ...record(0x003c, [0x00], ascii("abc"), le16(4), [0x00]),
    ...record(0x003c, [0x01], utf16("账户12"), le16(2), [0x08], le16(1), ascii("ok"), [0, 0]),
    ...record(0x003c, [0, 0]),
  ];
  const name = ascii("Sheet1");
  const sheetOffset = globalsBof.length + 16 * xf.length + (4 + 8 + name.length) + sst.length + 4; /* EOF */
  const sheet = [
    ...record(0x0809, le16(0x0600), le16(0x0010), le16(0), le16(0), le32(0), le32(0x0600)),
    ...[0, 1, 2].flatMap((i) => record(0x00fd, le16(0), le16(i), le16(15), le32(i))),
    ...record(0x000a),
  ];
  const stream = [
    ...globalsBof,
    ...Array.from({ length: 16 }, () => xf).flat(),
    ...record(0x0085, le32(sheetOffset), [0, 0], [name.length, 0], name),
    ...sst,
    ...record(0x000a),
    ...sheet,
  ];
  return compoundFile("Workbook", new Uint8Array(stream));
}

describe("BIFF8 shared strings split across CONTINUE records, built by hand", () => {
  test("each split reads as one string", () => {
    expect(grids(splitStringsWorkbook())[0]!.values).toEqual([["中文abc", "账户12", "ok"]]);
  });

  describeWithLibreOffice("LibreOffice agrees", () => {
    // LibreOffice 7.4 leaves this file's A1 out even when its string is not split at all, for a reason of its own, so
    // A1 is not compared; B1 and C1 are the two splits where readers could differ.
    test("the hand-built file converted to .xlsx reads the same: the option byte after a header, the split runs", async () => {
      const xlsx = await readWorkbookGrids(await convertWithLibreOffice(splitStringsWorkbook(), "split.xls", "xlsx"));
      if (!xlsx.ok) throw new Error(xlsx.problem.id);
      expect(xlsx.value[0]!.values[0]!.slice(1)).toEqual(["账户12", "ok"]);
    });
  });
});

/** A workbook with what bank exports hold, and the cases the reader must get right. */
async function sourceWorkbook(date1904 = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("对账单 2026-03");
  sheet.addRow(["中国工商银行 账户交易明细"]);
  sheet.addRow(["账号", "6222 0000 1111 2222", "币种", "人民币"]);
  sheet.addRow([]);
  sheet.addRow(["交易日期", "摘要", "收入", "支出", "余额", "对方户名", "记账"]);
  const day = (d: number) => new Date(Date.UTC(2026, 2, d));
  const lines: [Date, string, number | null, number | null, number, string][] = [
    [day(1), "上月余额", null, null, 100000, ""],
    [day(3), "工资", null, 52700, 47300, "某某公司"],
    [day(5), "货款 ICBC=转账", 1234.56, null, 48534.56, "上海某某贸易有限公司"],
    [day(31), "利息", 0.07, null, 48534.63, ""],
    [day(31), "大额", 123456789.12, null, 123505323.75, ""],
  ];
  for (const [date, summary, income, expense, balance, party] of lines) {
    const row = sheet.addRow([date, summary, income, expense, balance, party, true]);
    row.getCell(1).numFmt = "yyyy-mm-dd";
  }
  const total = sheet.addRow(["合计", "", { formula: "SUM(C5:C9)" }, { formula: "SUM(D5:D9)" }]);
  total.getCell(6).value = { formula: 'B6&"（"&TEXT(D6,"0.00")&"元）"' };
  sheet.addRow(["", { formula: "1/0" }, { formula: "1=1" }, { formula: '""' }, -5, "=not a formula"]);
  const custom = sheet.addRow([new Date(Date.UTC(2026, 2, 5, 14, 6, 51)), 46086]);
  custom.getCell(1).numFmt = 'yyyy"年"m"月"d"日" hh:mm:ss';
  // Longer than a record holds (8,224 bytes): the shared string table must go on in CONTINUE records, splitting this
  // string's characters, once as two-byte Chinese and once as one-byte Latin.
  sheet.addRow(["明细".repeat(5000), "x".repeat(9000)]);
  // Enough different strings that the table spans several CONTINUE records wherever the splits fall.
  for (let i = 0; i < 400; i++) sheet.addRow([`流水号 ${i} ${"备注".repeat(i % 7)}`, i * 3, i % 2 === 0]);
  workbook.addWorksheet("空白");
  const far = workbook.addWorksheet("Sheet3");
  far.getCell("Z300").value = "far";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describeWithLibreOffice("BIFF8 written by LibreOffice", () => {
  let xls: Uint8Array;
  let reference: Grid[];

  beforeAll(async () => {
    const source = await sourceWorkbook();
    xls = new Uint8Array(await convertWithLibreOffice(source, "statement.xlsx", "xls"));
    const xlsx = await readWorkbookGrids(await convertWithLibreOffice(source, "statement.xlsx", "xlsx"));
    if (!xlsx.ok) throw new Error(xlsx.problem.id);
    reference = xlsx.value;
  });

  test("reads every sheet, cell for cell, as readWorkbookGrids reads the same workbook saved as .xlsx", () => {
    const read = grids(xls);
    expect(read.map((grid) => grid.sheet)).toEqual(["对账单 2026-03", "空白", "Sheet3"]);
    expect(read).toEqual(reference);
  });

  test("the values are the workbook's own: dates as serials, amounts, text, booleans, cached results, errors", () => {
    const [sheet] = grids(xls);
    const rows = sheet!.values;
    expect(rows[3]).toEqual(["交易日期", "摘要", "收入", "支出", "余额", "对方户名", "记账"]);
    expect(rows[5]).toEqual([46084, "工资", "", 52700, 47300, "某某公司", true]);
    expect(rows[6]!.slice(0, 5)).toEqual([46086, "货款 ICBC=转账", 1234.56, "", 48534.56]);
    expect(rows[8]![2]).toBe(123456789.12);
    expect(rows[9]!.slice(0, 6)).toEqual(["合计", "", 123458023.75, 52700, "", "工资（52700.00元）"]);
    expect(rows[10]!.slice(0, 6)).toEqual(["", "#DIV/0!", true, "", -5, "=not a formula"]);
    expect(rows[11]![0]).toBeCloseTo(46086 + (14 * 3600 + 6 * 60 + 51) / 86400, 9);
    expect(rows[12]![0]).toBe("明细".repeat(5000));
    expect(rows[12]![1]).toBe("x".repeat(9000));
    expect(rows[412]).toEqual([`流水号 399 ${"备注".repeat(399 % 7)}`, 1197, false, "", "", "", ""]);
    const far = grids(xls)[2]!;
    expect([far.values.length, far.values[0]!.length, far.values[299]![25]]).toEqual([300, 26, "far"]);
  });

  /** The file with some of its bytes replaced, and the offsets the patches need, by [MS-CFB]'s header and FAT. */
  const layout = (bytes: Uint8Array) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sector = (s: number) => (s + 1) * 512;
    const fatEntry = (s: number) => sector(view.getUint32(0x4c + 4 * Math.floor(s / 128), true)) + 4 * (s % 128);
    const directory = sector(view.getUint32(0x30, true));
    const entries = Array.from({ length: 4 }, (_, i) => directory + 128 * i);
    const name = (at: number) =>
      String.fromCharCode(
        ...Array.from({ length: view.getUint16(at + 0x40, true) / 2 - 1 }, (_, i) => view.getUint16(at + 2 * i, true)),
      );
    const workbook = entries.find((at) => name(at) === "Workbook")!;
    return { view, sector, fatEntry, entries, workbook, start: view.getUint32(workbook + 0x74, true) };
  };
  const patched = (change: (file: ReturnType<typeof layout>) => void) => {
    const copy = xls.slice();
    change(layout(copy));
    return readXlsGrids(copy);
  };
  const failure = (id: string, params = {}) => ({ ok: false, problem: { id, params } });

  test("a FAT whose chain loops, or runs past the file, and a directory whose tree loops, are damage", () => {
    expect(layout(xls).view.getUint32(layout(xls).workbook + 0x78, true)).toBeGreaterThan(4096); // in FAT sectors
    expect(patched((f) => f.view.setUint32(f.fatEntry(f.start), f.start, true))).toEqual(failure("xls-damaged"));
    expect(patched((f) => f.view.setUint32(f.fatEntry(f.start), 0x00ffffff, true))).toEqual(failure("xls-damaged"));
    expect(
      patched((f) => {
        const child = f.view.getUint32(f.entries[0]! + 0x4c, true);
        f.view.setUint32(f.entries[child]! + 0x44, child, true);
      }),
    ).toEqual(failure("xls-damaged"));
  });

  test("FILEPASS, an encrypted .xlsx's package, BIFF4 in the container and another Office document are refused", () => {
    const globalsRecord = (f: ReturnType<typeof layout>) =>
      f.sector(f.start) + 4 + f.view.getUint16(f.sector(f.start) + 2, true);
    expect(patched((f) => f.view.setUint16(globalsRecord(f), 0x002f, true))).toEqual(failure("xls-encrypted"));
    const rename = (to: string) => (f: ReturnType<typeof layout>) => {
      for (let i = 0; i < 32; i++) f.view.setUint16(f.workbook + 2 * i, i < to.length ? to.charCodeAt(i) : 0, true);
      f.view.setUint16(f.workbook + 0x40, 2 * (to.length + 1), true);
    };
    expect(patched(rename("EncryptedPackage"))).toEqual(failure("xls-encrypted"));
    expect(patched(rename("WordDocument"))).toEqual(failure("xls-not-workbook"));
    expect(patched((f) => f.view.setUint16(f.sector(f.start) + 4, 0x0400, true))).toEqual(
      failure("xls-too-old", { version: 4 }),
    );
  });

  const known = ["xls-damaged", "xls-encrypted", "xls-too-old", "xls-not-workbook", "xls-no-table", "xls-too-large"];
  const readsOrFails = (bytes: Uint8Array) => {
    const read = readXlsGrids(bytes);
    return read.ok ? read.value.every((grid) => grid.values.length > 0) : known.includes(read.problem.id);
  };

  test("the file cut anywhere is read or refused, never an exception", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: xls.length - 1 }), (cut) => readsOrFails(xls.subarray(0, cut))));
    // Cut inside the container's own sectors, nothing can be read.
    expect(readXlsGrids(xls.subarray(0, 511))).toEqual(failure("xls-damaged"));
  });

  test("the file with bytes changed anywhere is read or refused, never an exception", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(xls.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }),
        (changes) => {
          const copy = xls.slice();
          for (const [at, byte] of changes) copy[at] = byte;
          return readsOrFails(copy);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the header and directory, where a change derails most, changed at random", () => {
    const { sector } = layout(xls);
    const directory = sector(new DataView(xls.buffer, xls.byteOffset).getUint32(0x30, true));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(511), fc.nat(255), fc.nat(511), fc.nat(255)), { minLength: 1, maxLength: 8 }),
        (changes) => {
          const copy = xls.slice();
          for (const [header, a, entry, b] of changes) {
            copy[header] = a;
            copy[directory + entry] = b;
          }
          return readsOrFails(copy);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a workbook in the 1904 date system gives its dates as 1900 serials, its numbers unchanged", async () => {
    const source = await sourceWorkbook(true);
    const read = grids(await convertWithLibreOffice(source, "mac.xlsx", "xls"))[0]!;
    expect(read.values[5]!.slice(0, 5)).toEqual([46084, "工资", "", 52700, 47300]);
    expect(read.values[11]![1]).toBe(46086);
  });
});
