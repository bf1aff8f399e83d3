import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { messages as catalogs } from "../../src/jobs";
import type { Result } from "../../src/core/result";
import { readCsv, type CsvEncoding, type CsvOptions, type CsvTable } from "../../src/hosts/csv";
import { GB18030_CODES, gb18030 } from "../support/gb18030";

const FIXTURES = path.resolve(__dirname, "..", "fixtures", "bank-statements");
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const fixtureText = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, "utf16le").swap16());
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

/** The table, or a test failure that shows the problem. */
function table(bytes: Uint8Array, options?: CsvOptions): CsvTable {
  const result = readCsv(bytes, options);
  if (!result.ok) throw new Error(`readCsv failed: ${JSON.stringify(result.problem)}`);
  return result.value;
}
const cells = (text: string, options?: CsvOptions) => table(utf8(text), options).grid.values;

describe("bank statement fixtures", () => {
  test("ICBC: preamble, padded cells, a trailing comma on every data line and a totals line", () => {
    const { grid, encoding, delimiter } = table(fixtureBytes("icbc-debit-v2.csv"));
    expect({ encoding, delimiter }).toEqual({ encoding: "utf-8", delimiter: "," });
    expect(grid).toMatchObject({ sheet: "CSV", top: 0, left: 0 });
    expect(grid.values).toHaveLength(20);
    const [title, blank, card] = grid.values;
    expect(title).toEqual(["明细查询文件下载", ...Array<string>(15).fill("")]);
    expect(blank).toEqual(Array(16).fill(""));
    expect(card?.slice(0, 3)).toEqual(["卡号: 1234****9876", "卡别名: 这是卡别名", ""]);
    expect(grid.values[4]?.slice(0, 3)).toEqual(["子账户序号: 00000", "子账户类别: 活期", "子账户别名:"]);
    expect(grid.values[6]).toEqual([
      "交易日期",
      "摘要",
      "交易详情",
      "交易场所",
      "交易国家或地区简称",
      "钞/汇",
      "交易金额(收入)",
      "交易金额(支出)",
      "交易币种",
      "记账金额(收入)",
      "记账金额(支出)",
      "记账币种",
      "余额",
      "对方户名",
      "对方账户",
      "",
    ]);
    expect(grid.values[7]).toEqual([
      "2023-05-02",
      "消费",
      "",
      "广东三元麦当劳食品有",
      "CHN",
      "钞",
      "-",
      "-",
      "-",
      "",
      "13.40",
      "人民币",
      "xx,yyyy.zz",
      "深圳市财付通支付科技有限公司",
      "1234****9876",
      "",
    ]);
    expect(grid.values[18]).toEqual(Array(16).fill(""));
    expect(grid.values[19]?.slice(0, 12)).toEqual([
      "人民币合计",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "1,234.56",
      "9,876.54",
      "",
    ]);
  });

  test("CMB: signed amounts with thousands separators in quotes", () => {
    const { grid, encoding, delimiter } = table(fixtureBytes("cmb-debit.csv"));
    expect({ encoding, delimiter }).toEqual({ encoding: "utf-8", delimiter: "," });
    expect(grid.values).toHaveLength(6);
    expect(grid.values[0]).toEqual(["记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息", "客户摘要"]);
    expect(grid.values[1]).toEqual([
      "2024-01-01",
      "CNY",
      "1,234.00",
      "1,271.66",
      "代发住房公积金",
      "北京住房公积金管理中心1111111111",
      "01月01日约定提取",
    ]);
    expect(grid.values[4]?.slice(4)).toEqual(["银联ATM取款", "", "银联 ATM 取款，中国银行"]);
  });

  test("ABC: a short line is padded, the spaced header label keeps its inner spaces", () => {
    const { grid, encoding, delimiter } = table(fixtureBytes("abc-debit.csv"));
    expect({ encoding, delimiter }).toEqual({ encoding: "utf-8", delimiter: "," });
    expect(grid.values).toHaveLength(6);
    expect(grid.values[0]).toEqual([
      "交易日期",
      "交易时间",
      "交易摘要",
      "交易金额",
      "本次余额",
      "对手信息",
      "日 志 号",
      "交易渠道",
      "交易附言",
    ]);
    expect(grid.values[1]).toEqual([
      "20240101",
      "123456",
      "转存",
      "+10000.00",
      "11000.00",
      "哈哈",
      "369396693",
      "超级网银",
      "转账",
    ]);
    expect(grid.values[3]).toEqual([
      "20240103",
      "",
      "正常还款",
      "-12345.89",
      "1943.12",
      "12341234123412341",
      "111222333",
      "",
      "",
    ]);
  });

  test("the GB18030 copy of the CMB export is detected and reads the same, cell for cell", () => {
    const gb = table(fixtureBytes("cmb-debit.gb18030.csv"));
    expect(gb.encoding).toBe("gb18030");
    expect(gb.grid).toEqual(table(fixtureBytes("cmb-debit.csv")).grid);
  });
});

describe("encodings", () => {
  const cmbText = fixtureText("cmb-debit.csv");
  const cmbGrid = table(utf8(cmbText)).grid;

  test.each<[string, Uint8Array, CsvEncoding]>([
    ["UTF-8 with a byte order mark", withMark([0xef, 0xbb, 0xbf], utf8(cmbText)), "utf-8"],
    ["UTF-16LE with a byte order mark", withMark([0xff, 0xfe], utf16le(cmbText)), "utf-16le"],
    ["UTF-16BE with a byte order mark", withMark([0xfe, 0xff], utf16be(cmbText)), "utf-16be"],
    ["UTF-16LE without a byte order mark", utf16le(cmbText), "utf-16le"],
    ["UTF-16BE without a byte order mark", utf16be(cmbText), "utf-16be"],
    ["GB18030 (our own encoding of it)", gb18030(cmbText), "gb18030"],
  ])("%s", (_name, bytes, encoding) => {
    const read = table(bytes);
    expect(read.encoding).toBe(encoding);
    expect(read.grid).toEqual(cmbGrid);
  });

  test("UTF-16 without a byte order mark is found in Chinese-heavy text too", () => {
    const header = "记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要\n";
    expect(table(utf16le(header)).encoding).toBe("utf-16le");
    expect(table(utf16be(header)).encoding).toBe("utf-16be");
  });

  test("a stray NUL in UTF-8 text does not make it UTF-16", () => {
    const read = table(utf8("日期,金额\u0000\n2024-01-01,中文摘要中文摘要\n"));
    expect(read.encoding).toBe("utf-8");
    expect(read.grid.values[0]).toEqual(["日期", "金额\u0000"]);
  });

  test("a given encoding is used as given", () => {
    expect(table(fixtureBytes("cmb-debit.gb18030.csv"), { encoding: "gb18030" }).grid).toEqual(cmbGrid);
    expect(readCsv(fixtureBytes("cmb-debit.gb18030.csv"), { encoding: "utf-8" })).toEqual({
      ok: false,
      problem: { id: "csv-undecodable", params: { encodings: "UTF-8" } },
    });
  });

  test("bytes that are text in no encoding are undecodable", () => {
    expect(readCsv(new Uint8Array([0x61, 0xff, 0xff, 0x80, 0x2c]))).toEqual({
      ok: false,
      problem: { id: "csv-undecodable", params: { encodings: "UTF-8 / GB18030" } },
    });
  });

  test("a byte order mark settles the encoding, even when the rest does not fit it", () => {
    expect(readCsv(new Uint8Array([0xff, 0xfe, 0x61]))).toEqual({
      ok: false,
      problem: { id: "csv-undecodable", params: { encodings: "UTF-16LE" } },
    });
  });
});

describe("delimiters", () => {
  test.each([
    ["tab", "\t"],
    ["semicolon", ";"],
    ["vertical bar", "|"],
  ])("%s, with a preamble and a totals line around the table", (_name, delimiter) => {
    const text = [
      "账户明细",
      `账号${delimiter}6222 0000 1111`,
      ["日期", "摘要", "收入", "支出", "余额"].join(delimiter),
      ["2024-01-02", "货款, 第一批", "1,000.00", "", "1,000.00"].join(delimiter),
      ["2024-01-03", "手续费", "", "2.00", "998.00"].join(delimiter),
      ["合计", "", "1,000.00", "2.00"].join(delimiter),
    ].join("\n");
    const read = table(utf8(text));
    expect(read.delimiter).toBe(delimiter);
    expect(read.grid.values[3]).toEqual(["2024-01-02", "货款, 第一批", "1,000.00", "", "1,000.00"]);
    expect(read.grid.values[5]).toEqual(["合计", "", "1,000.00", "2.00", ""]);
  });

  test("a file of one column reads as one column", () => {
    const read = table(utf8("摘要\n货款\n"));
    expect(read.delimiter).toBe(",");
    expect(read.grid.values).toEqual([["摘要"], ["货款"]]);
  });

  test("a given delimiter is used as given, several characters included", () => {
    expect(cells("a;b,c\n", { delimiter: "," })).toEqual([["a;b", "c"]]);
    expect(cells("a::b::c", { delimiter: "::" })).toEqual([["a", "b", "c"]]);
  });

  test.each(["", '"', "\n", ",\r"])("%j cannot be a delimiter", (delimiter) => {
    expect(readCsv(utf8("a,b"), { delimiter })).toEqual({
      ok: false,
      problem: { id: "csv-delimiter-invalid", params: { delimiter } },
    });
  });
});

describe("quotes and line breaks", () => {
  test("quoted fields hold delimiters, doubled quotes and line breaks", () => {
    expect(cells('摘要,金额\n"货款, 含税","1,234.50"\n"他说""已付""",5\n"第一行\r\n第二行",6\n')).toEqual([
      ["摘要", "金额"],
      ["货款, 含税", "1,234.50"],
      ['他说"已付"', "5"],
      ["第一行\n第二行", "6"],
    ]);
  });

  test("CRLF, CR and mixed line breaks all end lines", () => {
    const expected = [
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ];
    expect(cells("a,b\r\nc,d\r\ne,f\r\n")).toEqual(expected);
    expect(cells("a,b\rc,d\re,f")).toEqual(expected);
    expect(cells("a,b\r\nc,d\ne,f\r")).toEqual(expected);
  });

  test("an unclosed quote keeps the lines before it; the rest of the file is its cell", () => {
    expect(cells('日期,摘要\n2024-01-02,"货款\n2024-01-03,手续费\n')).toEqual([
      ["日期", "摘要"],
      ["2024-01-02", "货款\n2024-01-03,手续费\n"],
    ]);
  });

  test("a quote inside an unquoted field is text", () => {
    expect(cells('a,5" 软盘,c\n')).toEqual([["a", '5" 软盘', "c"]]);
  });

  test("a lone quote is a file with nothing in it", () => {
    expect(readCsv(utf8('"'))).toEqual({ ok: false, problem: { id: "csv-empty", params: {} } });
  });
});

describe("cells", () => {
  test("spaces, tabs and no-break spaces around a cell are trimmed, inside ones are kept", () => {
    expect(cells(' 日 志 号 ,"1,234.50      \t",\u00a0张三\u00a0,\t12\n')).toEqual([
      ["日 志 号", "1,234.50", "张三", "12"],
    ]);
  });

  test("a tab or space that defuses a formula stays in front of it; a signed number is trimmed as any cell", () => {
    expect(cells('\t=HYPERLINK("http://x"),  -2+3 , @SUM(A1),  -100.00 ,\t+5\n')).toEqual([
      ['\t=HYPERLINK("http://x")', "  -2+3", " @SUM(A1)", "-100.00", "+5"],
    ]);
  });

  test("blank lines are kept, so that rows stay the file's lines; the final line break adds none", () => {
    expect(cells("明细\n\n日期,金额\n2024-01-02,5\n\n")).toEqual([
      ["明细", ""],
      ["", ""],
      ["日期", "金额"],
      ["2024-01-02", "5"],
      ["", ""],
    ]);
  });

  test("text that looks like a formula stays text (sinks write it safely)", () => {
    expect(cells('="0123",=1+1\n')).toEqual([['="0123"', "=1+1"]]);
  });

  test("the sheet is named as asked", () => {
    expect(table(utf8("a,b"), { sheet: "工行1月" }).grid.sheet).toBe("工行1月");
  });

  test.each([
    ["no bytes", new Uint8Array()],
    ["a byte order mark only", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["blank lines and padding only", utf8(" \n\t,\u00a0\r\n\n")],
  ])("%s: the file is empty", (_name, bytes) => {
    expect(readCsv(bytes)).toEqual({ ok: false, problem: { id: "csv-empty", params: {} } });
  });

  test("a line with more columns than a worksheet has is refused", () => {
    expect(readCsv(utf8(`a${",".repeat(16_384)}\n`))).toEqual({
      ok: false,
      problem: { id: "csv-too-large", params: { rows: 1, columns: 16_385, maxRows: 1_048_576, maxColumns: 16_384 } },
    });
  });
});

describe("never throws", () => {
  const messageIds = new Set(Object.keys(catalogs["zh-CN"]));
  const PADDING = /^[ \t\u00a0]|[ \t\u00a0]$/;

  /** A rectangular Grid of trimmed text, or a problem the catalogs can say. */
  function expectWellFormed(result: Result<CsvTable>): void {
    if (!result.ok) {
      expect(messageIds.has(result.problem.id)).toBe(true);
      return;
    }
    const { values } = result.value.grid;
    expect(values.length).toBeGreaterThan(0);
    const width = values[0]?.length ?? 0;
    expect(width).toBeGreaterThan(0);
    for (const row of values) {
      expect(row).toHaveLength(width);
      for (const cell of row) {
        expect(typeof cell).toBe("string");
        // Padding is trimmed, except before text that starts like a formula, which it defuses.
        expect(PADDING.test((cell as string).replace(/^[ \t\u00a0]+(?=[=+\-@])/, ""))).toBe(false);
      }
    }
  }

  const encoders: [string, (text: string) => Uint8Array][] = [
    ["UTF-8", utf8],
    ["UTF-8 with a byte order mark", (text) => withMark([0xef, 0xbb, 0xbf], utf8(text))],
    ["UTF-16LE", utf16le],
    ["UTF-16LE with a byte order mark", (text) => withMark([0xff, 0xfe], utf16le(text))],
    ["UTF-16BE", utf16be],
    ["UTF-16BE with a byte order mark", (text) => withMark([0xfe, 0xff], utf16be(text))],
  ];
  const gbChars = [...GB18030_CODES.keys()];

  test("random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectWellFormed(readCsv(bytes))));
  });

  test.each(encoders)("random text in %s", (_name, encode) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => expectWellFormed(readCsv(encode(text)))),
    );
  });

  test("random text in GB18030", () => {
    const unit = fc.oneof(fc.constantFrom(...gbChars), fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }));
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => expectWellFormed(readCsv(gb18030(text)))));
  });

  test("random CSV-like text with quotes, delimiters and line breaks", () => {
    const unit = fc.constantFrom("a", "1", "中", ",", ";", "\t", "|", '"', "\n", "\r", " ", "\u00a0", "=");
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => expectWellFormed(readCsv(utf8(text)))));
  });

  test("any table written as CSV, in any encoding, reads back cell for cell", () => {
    const cell = fc
      .string({ unit: fc.constantFrom("a", "1", "中", "文", ",", '"', "\n", " "), maxLength: 6 })
      .map((text) => text.replace(/^ +| +$/g, ""));
    const tableOfCells = fc
      .integer({ min: 2, max: 5 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
      );
    const quoted = (text: string) => (/[,"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const encoding = fc.constantFrom<[string, (text: string) => Uint8Array]>(...encoders, ["GB18030", gb18030]);
    fc.assert(
      fc.property(
        tableOfCells,
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        encoding,
        (rows, lineBreak, endsWithBreak, [, encode]) => {
          const text = rows.map((row) => row.map(quoted).join(",")).join(lineBreak) + (endsWithBreak ? lineBreak : "");
          const result = readCsv(encode(text));
          if (rows.every((row) => row.every((text) => text === ""))) {
            expect(result).toEqual({ ok: false, problem: { id: "csv-empty", params: {} } });
          } else {
            expect(result.ok && result.value.grid.values).toEqual(rows);
          }
        },
      ),
    );
  });
});
