import fc from "fast-check";
import { fenToYuan, formatMoney, MAX_FEN, parseMoney, sumFen, toHalfWidth } from "../../src/core/money";

const MAX_TEXT = "9,999,999,999,999.99";

describe("parseMoney: numbers", () => {
  test.each([
    [1234.5, 123450],
    [2.675, 268],
    [0.125, 13],
    [-0.125, -13],
    [19.99, 1999],
    [1.005, 101],
    [0.004, 0],
    [0.005, 1],
    [-0.005, -1],
    [-0.004, 0],
    [0, 0],
    [-0, 0],
    [1e-7, 0],
    [100, 10000],
    [9999999999999.99, MAX_FEN],
    [-9999999999999.99, -MAX_FEN],
  ])("%p → %p 分", (value, fen) => {
    expect(parseMoney(value)).toEqual({ ok: true, value: fen });
  });

  test("never returns negative zero", () => {
    const result = parseMoney(-0.001);
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  test.each([NaN, Infinity, -Infinity])("%p is unreadable", (value) => {
    expect(parseMoney(value)).toEqual({
      ok: false,
      problem: { id: "money-unreadable", params: { text: String(value) } },
    });
  });

  test.each([1e15, 1e21, -1e300, 10000000000000])("%p is out of range", (value) => {
    expect(parseMoney(value)).toEqual({
      ok: false,
      problem: { id: "money-out-of-range", params: { text: String(value), max: MAX_TEXT } },
    });
  });

  test("rounding just above the largest amount goes out of range", () => {
    expect(parseMoney("9999999999999.995")).toEqual({
      ok: false,
      problem: { id: "money-out-of-range", params: { text: "9999999999999.995", max: MAX_TEXT } },
    });
    expect(parseMoney("9999999999999.994")).toEqual({ ok: true, value: MAX_FEN });
  });
});

describe("parseMoney: text", () => {
  test.each([
    ["1,234.50", 123450],
    ["¥1,234.50", 123450],
    ["￥ 1234.5", 123450],
    ["(123.45)", -12345],
    ["（123.45）", -12345],
    ["(¥1,234.50)", -123450],
    ["¥(1,234.50)", -123450],
    ["(1,234.50)元", -123450],
    ["-1,000.00", -100000],
    ["−1,000.00", -100000],
    ["-¥1,000.00", -100000],
    ["¥-1,000.00", -100000],
    ["+10000.00", 1000000],
    ["１２３．４５", 12345],
    ["１，２３４．５０", 123450],
    ["－１２３", -12300],
    ["1.2万", 1200000],
    ["1.2万元", 1200000],
    ["-1.5 万", -1500000],
    ["3亿", 30000000000],
    ["0.000123亿", 1230000],
    ["1.234567万", 1234567],
    ["RMB 1,234.50", 123450],
    ["rmb1234.5", 123450],
    ["CNY 100", 10000],
    ["100 CNY", 10000],
    ["人民币100元", 10000],
    ["1234.5元", 123450],
    ["  1,234.50\t", 123450],
    ["\u00a01,234.50\u00a0", 123450],
    ["\u30001,234.50\u3000", 123450],
    [".5", 50],
    ["1.", 100],
    ["0", 0],
    ["-0.00", 0],
    ["2.675", 268],
    ["0.125", 13],
    ["-0.125", -13],
    ["1.0049999", 100],
    ["1.005", 101],
    ["1234567", 123456700],
    ["1,234,567.891", 123456789],
    ["9,999,999,999,999.99", MAX_FEN],
  ])("%p → %p 分", (text, fen) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: fen });
  });

  test.each(["", "   ", "\t", "-", "--", "—", "——", "–", "\u00a0-\u00a0", "－"])("%p is empty", (text) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: null });
  });

  test.each([null, undefined])("%p is empty", (value) => {
    expect(parseMoney(value)).toEqual({ ok: true, value: null });
  });

  test.each(["1,23.4", "12,34", "1,2345.00", ",123", "1,234,56", "1234,567.00"])(
    "%p has misplaced thousands separators",
    (text) => {
      expect(parseMoney(text)).toEqual({ ok: false, problem: { id: "money-misplaced-separator", params: { text } } });
    },
  );

  test.each([
    "abc",
    "¥",
    "元",
    ",",
    ".",
    "1.2.3",
    "1 234.50",
    "1.234,50",
    "--1",
    "+-1",
    "-(123)",
    "(-123)",
    "((123))",
    "(123",
    "123)",
    "123-",
    "1e5",
    "12 34",
    "壹佰元",
    "1.2万万",
    "1万亿",
    "¥¥1",
    "$100",
    "100%",
    "NaN",
    "Infinity",
  ])("%p is unreadable", (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, problem: { id: "money-unreadable", params: { text: text.trim() } } });
  });

  test("the problem quotes the text as typed, trimmed", () => {
    expect(parseMoney("  １,２3.4 ")).toEqual({
      ok: false,
      problem: { id: "money-misplaced-separator", params: { text: "１,２3.4" } },
    });
  });

  test.each(["10000000000000", "100000亿", "99999999999999.99", "-10,000,000,000,000.00"])(
    "%p is out of range",
    (text) => {
      expect(parseMoney(text)).toEqual({
        ok: false,
        problem: { id: "money-out-of-range", params: { text, max: MAX_TEXT } },
      });
    },
  );
});

describe("parseMoney: other cell values", () => {
  test.each([true, false, new Date(2026, 0, 15), {}, [], 10n, Symbol("x"), () => 1])("%p is not an amount", (value) => {
    expect(parseMoney(value)).toEqual({ ok: false, problem: { id: "money-wrong-type", params: {} } });
  });
});

describe("formatMoney, fenToYuan, toHalfWidth", () => {
  test.each([
    [0, "0.00", "¥0.00"],
    [5, "0.05", "¥0.05"],
    [50, "0.50", "¥0.50"],
    [-5, "-0.05", "-¥0.05"],
    [123450, "1,234.50", "¥1,234.50"],
    [-123450, "-1,234.50", "-¥1,234.50"],
    [100000, "1,000.00", "¥1,000.00"],
    [99999, "999.99", "¥999.99"],
    [12345678901, "123,456,789.01", "¥123,456,789.01"],
    [MAX_FEN, MAX_TEXT, `¥${MAX_TEXT}`],
    [Number.MAX_SAFE_INTEGER, "90,071,992,547,409.91", "¥90,071,992,547,409.91"],
  ])("%p → %p / %p", (fen, plain, symbol) => {
    expect(formatMoney(fen)).toBe(plain);
    expect(formatMoney(fen, { symbol: true })).toBe(symbol);
    expect(formatMoney(fen, { symbol: false })).toBe(plain);
  });

  test("negative zero formats as zero", () => {
    expect(formatMoney(-0)).toBe("0.00");
  });

  test.each([0.5, NaN, Infinity, 2 ** 53])("formatMoney and fenToYuan reject %p, a program error", (fen) => {
    expect(() => formatMoney(fen)).toThrow(RangeError);
    expect(() => fenToYuan(fen)).toThrow(RangeError);
  });

  test.each([
    [1999, 19.99],
    [123450, 1234.5],
    [-13, -0.13],
    [MAX_FEN, 9999999999999.99],
  ])("fenToYuan(%p) === %p", (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });

  test("toHalfWidth maps full-width digits, punctuation and ￥", () => {
    expect(toHalfWidth("￥（１，２３４．５０）－＋")).toBe("¥(1,234.50)-+");
    expect(toHalfWidth("人民币 abc")).toBe("人民币 abc");
  });
});

describe("sumFen", () => {
  test("adds exactly where floats would not", () => {
    expect(sumFen([1999, 1, 10, 20])).toBe(2030);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumFen([10, 20])).toBe(30);
    expect(sumFen([])).toBe(0);
    expect(sumFen([MAX_FEN, -MAX_FEN, 1])).toBe(1);
  });

  test("throws RangeError on program errors: a fraction or a total beyond the safe integers", () => {
    expect(() => sumFen([1, 0.5])).toThrow(RangeError);
    expect(() => sumFen([NaN])).toThrow(RangeError);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumFen(Array.from({ length: 10 }, () => MAX_FEN))).toThrow(RangeError);
  });
});

/** A decimal amount as text with its exact value in 分 computed in BigInt, the independent oracle. */
const decimalAmount = fc
  .record({
    negative: fc.boolean(),
    whole: fc.bigInt({ min: 0n, max: 999_999_999_999n }),
    fraction: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 6 }),
    grouped: fc.boolean(),
    decoration: fc.constantFrom("", "¥", "￥ ", "RMB ", "CNY"),
  })
  .map(({ negative, whole, fraction, grouped, decoration }) => {
    const wholeText = grouped ? whole.toString().replace(/\B(?=(\d{3})+$)/g, ",") : whole.toString();
    const text = `${negative ? "-" : ""}${decoration}${wholeText}${fraction === "" ? "" : "." + fraction}`;
    const scale = 10n ** BigInt(fraction.length);
    const exact = whole * scale + BigInt(fraction === "" ? "0" : fraction);
    // Half away from zero: add half a 分 to the magnitude and truncate.
    const magnitude = (exact * 100n * 2n + scale) / (2n * scale);
    return { text, fen: negative ? -magnitude : magnitude };
  });

describe("properties", () => {
  test("decimal text parses to the BigInt-rounded amount", () => {
    fc.assert(
      fc.property(decimalAmount, ({ text, fen }) => {
        expect(parseMoney(text)).toEqual({ ok: true, value: Number(fen) });
      }),
    );
  });

  test("sumFen of parsed amounts is exact against BigInt arithmetic", () => {
    fc.assert(
      fc.property(fc.array(decimalAmount, { maxLength: 60 }), (amounts) => {
        const parsed = amounts.map(({ text }) => {
          const result = parseMoney(text);
          if (!result.ok || result.value === null) throw new Error(`unparsed ${text}`);
          return result.value;
        });
        const exact = amounts.reduce((total, { fen }) => total + fen, 0n);
        expect(BigInt(sumFen(parsed))).toBe(exact);
      }),
    );
  });

  test("formatMoney and fenToYuan round-trip through parseMoney", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), fc.boolean(), (fen, symbol) => {
        expect(parseMoney(formatMoney(fen, { symbol }))).toEqual({ ok: true, value: fen });
        expect(parseMoney(fenToYuan(fen))).toEqual({ ok: true, value: fen });
      }),
    );
  });

  test("numbers round to the nearest 分, half away from zero", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        const result = parseMoney(value);
        if (!result.ok || result.value === null) throw new Error(`unparsed ${value}`);
        // Within half a 分 of the value, give or take the double's own representation error.
        expect(Math.abs(result.value / 100 - value)).toBeLessThanOrEqual(0.005 + Math.abs(value) * 2 ** -50);
      }),
    );
  });

  test("never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom(..."0123456789,.-+()¥￥元万亿 RMBCNY１２３．，（）") }),
          fc.anything(),
          fc.double(),
        ),
        (value) => {
          const result = parseMoney(value);
          if (result.ok && result.value !== null) {
            expect(Number.isSafeInteger(result.value)).toBe(true);
            expect(Math.abs(result.value)).toBeLessThanOrEqual(MAX_FEN);
          }
        },
      ),
    );
  });
});

describe("parseMoney with wholeFen: amounts finer than 分 are refused, not rounded", () => {
  test.each([
    [12.345, "12.345"],
    [0.004, "0.004"],
    [-0.005, "-0.005"],
    ["1,234,567.891", "1,234,567.891"],
    ["12.345", "12.345"],
    ["1.2345678万", "1.2345678万"],
  ])("%p is refused", (value, text) => {
    expect(parseMoney(value, { wholeFen: true })).toEqual({
      ok: false,
      problem: { id: "money-below-fen", params: { text } },
    });
  });

  test.each([
    [0.1 + 0.2, 30],
    [12.34, 1234],
    ["12.340", 1234],
    ["1.2345万", 1234500],
    [19.99 * 3, 5997],
    ["", null],
  ])("%p is %p 分", (value, fen) => {
    expect(parseMoney(value, { wholeFen: true })).toEqual({ ok: true, value: fen });
  });

  test("every amount of whole 分, as a number or as text, is read exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), (fen) => {
        expect(parseMoney(fenToYuan(fen), { wholeFen: true })).toEqual({ ok: true, value: fen });
        expect(parseMoney(formatMoney(fen), { wholeFen: true })).toEqual({ ok: true, value: fen });
      }),
    );
  });
});
