import fc from "fast-check";
import { chequeDateWords, dateToSerial, formatIsoDate, parseDateCell, type CalendarDate } from "../../src/core/dates";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const LAST_SERIAL = 2958465;

describe("parseDateCell: Excel serials (1900 date system)", () => {
  test.each([
    [1, date(1900, 1, 1)],
    [2, date(1900, 1, 2)],
    [31, date(1900, 1, 31)],
    [32, date(1900, 2, 1)],
    [59, date(1900, 2, 28)],
    [61, date(1900, 3, 1)],
    [366, date(1900, 12, 31)],
    [367, date(1901, 1, 1)],
    [25569, date(1970, 1, 1)],
    [36526, date(2000, 1, 1)],
    [36585, date(2000, 2, 29)],
    [45658, date(2025, 1, 1)],
    [46037, date(2026, 1, 15)],
    [46037.999, date(2026, 1, 15)],
    [46037.5, date(2026, 1, 15)],
    [LAST_SERIAL, date(9999, 12, 31)],
  ])("%p → %p", (serial, expected) => {
    expect(parseDateCell(serial)).toEqual({ ok: true, value: expected });
  });

  test("serial 60 is Excel's 1900-02-29, which never existed", () => {
    expect(parseDateCell(60)).toEqual({
      ok: false,
      problem: { id: "date-invalid", params: { year: 1900, month: 2, day: 29 } },
    });
  });

  test.each([0, 0.5, -1, LAST_SERIAL + 1, 1e20])("serial %p is out of range", (serial) => {
    expect(parseDateCell(serial)).toEqual({
      ok: false,
      problem: { id: "date-out-of-range", params: { text: String(serial) } },
    });
  });

  test("a compact date as a number (20240101, as bank exports give it) is that day, not a serial", () => {
    expect(parseDateCell(20240101)).toEqual({ ok: true, value: { year: 2024, month: 1, day: 1 } });
    expect(parseDateCell(20240230)).toEqual({
      ok: false,
      problem: { id: "date-invalid", params: { year: 2024, month: 2, day: 30 } },
    });
    // Between the last serial and the first compact date there is neither.
    expect(parseDateCell(19000100)).toEqual({
      ok: false,
      problem: { id: "date-out-of-range", params: { text: "19000100" } },
    });
  });

  test.each([NaN, Infinity, -Infinity])("%p is unreadable", (serial) => {
    expect(parseDateCell(serial)).toEqual({
      ok: false,
      problem: { id: "date-unreadable", params: { text: String(serial) } },
    });
  });
});

describe("parseDateCell: text", () => {
  test.each([
    ["2026-01-15", date(2026, 1, 15)],
    ["2026-1-5", date(2026, 1, 5)],
    ["2026/1/15", date(2026, 1, 15)],
    ["2026/01/15", date(2026, 1, 15)],
    ["2026.01.15", date(2026, 1, 15)],
    ["20260115", date(2026, 1, 15)],
    ["2026年1月15日", date(2026, 1, 15)],
    ["2026年01月05日", date(2026, 1, 5)],
    ["2026 年 1 月 15 日", date(2026, 1, 15)],
    ["2026年1月15号", date(2026, 1, 15)],
    ["２０２６－０１－１５", date(2026, 1, 15)],
    ["  2026-01-15\t", date(2026, 1, 15)],
    ["2026-01-15 10:30", date(2026, 1, 15)],
    ["2026-01-15 23:59:59", date(2026, 1, 15)],
    ["2026-01-15T08:00:00.000", date(2026, 1, 15)],
    ["2024-02-29", date(2024, 2, 29)],
    ["2000-02-29", date(2000, 2, 29)],
    ["1900-01-01", date(1900, 1, 1)],
    ["9999-12-31", date(9999, 12, 31)],
  ])("%p → %p", (text, expected) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["2026-02-30", 2026, 2, 30],
    ["2025-02-29", 2025, 2, 29],
    ["1900-02-29", 1900, 2, 29],
    ["2100-02-29", 2100, 2, 29],
    ["2026-13-01", 2026, 13, 1],
    ["2026-00-10", 2026, 0, 10],
    ["2026-04-31", 2026, 4, 31],
    ["2026-01-00", 2026, 1, 0],
    ["2026年2月30日", 2026, 2, 30],
    ["20261301", 2026, 13, 1],
  ])("%p does not exist", (text, year, month, day) => {
    expect(parseDateCell(text)).toEqual({ ok: false, problem: { id: "date-invalid", params: { year, month, day } } });
  });

  test.each(["1899-12-31", "0001-01-01", "18991231"])("%p is out of range", (text) => {
    expect(parseDateCell(text)).toEqual({ ok: false, problem: { id: "date-out-of-range", params: { text } } });
  });

  test.each([
    "15/01/2026",
    "01/15/2026",
    "2026-01/15",
    "2026-1",
    "26-01-15",
    "2026115",
    "202601150",
    "2026年1月",
    "2026-01-15 24:00",
    "2026-01-15 10:60",
    "tomorrow",
    "46037",
    "2026—01—15",
  ])("%p is unreadable", (text) => {
    expect(parseDateCell(text)).toEqual({ ok: false, problem: { id: "date-unreadable", params: { text } } });
  });

  test.each(["", "   ", null, undefined])("%p is empty", (value) => {
    expect(parseDateCell(value)).toEqual({ ok: false, problem: { id: "date-empty", params: {} } });
  });
});

describe("parseDateCell: other cell values", () => {
  test("a JS Date is read in UTC, as file readers make them, ignoring the time", () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 0, 15)))).toEqual({ ok: true, value: date(2026, 1, 15) });
    expect(parseDateCell(new Date(Date.UTC(2026, 0, 15, 23, 59)))).toEqual({ ok: true, value: date(2026, 1, 15) });
  });

  test("an invalid or out-of-range JS Date fails", () => {
    expect(parseDateCell(new Date(NaN))).toEqual({
      ok: false,
      problem: { id: "date-unreadable", params: { text: "Invalid Date" } },
    });
    expect(parseDateCell(new Date(Date.UTC(1899, 11, 31)))).toEqual({
      ok: false,
      problem: { id: "date-out-of-range", params: { text: "1899-12-31" } },
    });
  });

  test.each([true, false, {}, [], 1n])("%p is not a date", (value) => {
    expect(parseDateCell(value)).toEqual({ ok: false, problem: { id: "date-wrong-type", params: {} } });
  });
});

describe("dateToSerial and formatIsoDate", () => {
  test.each([
    [date(1900, 1, 1), 1],
    [date(1900, 2, 28), 59],
    [date(1900, 3, 1), 61],
    [date(1970, 1, 1), 25569],
    [date(2026, 1, 15), 46037],
    [date(9999, 12, 31), LAST_SERIAL],
  ])("%p → %p", (calendarDate, serial) => {
    expect(dateToSerial(calendarDate)).toBe(serial);
  });

  test.each([date(2026, 2, 30), date(1899, 12, 31), date(10000, 1, 1), date(2026, 1.5, 1)])(
    "%p is a program error",
    (calendarDate) => {
      expect(() => dateToSerial(calendarDate)).toThrow(RangeError);
    },
  );

  test("formatIsoDate pads", () => {
    expect(formatIsoDate(date(2026, 1, 5))).toBe("2026-01-05");
    expect(formatIsoDate(date(1900, 12, 31))).toBe("1900-12-31");
  });

  test("serials round-trip, and agree with JS Date arithmetic from 1900-03-01 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST_SERIAL }), (serial) => {
        fc.pre(serial !== 60);
        const parsed = parseDateCell(serial);
        if (!parsed.ok) throw new Error(`serial ${serial} failed`);
        expect(dateToSerial(parsed.value)).toBe(serial);
        if (serial >= 61) {
          const oracle = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
          expect(formatIsoDate(parsed.value)).toBe(oracle.toISOString().slice(0, 10));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("ISO text round-trips", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        (jsDate) => {
          const iso = jsDate.toISOString().slice(0, 10);
          const parsed = parseDateCell(iso);
          expect(parsed.ok && formatIsoDate(parsed.value)).toBe(iso);
        },
      ),
    );
  });
});

describe("chequeDateWords (DOMAIN §3)", () => {
  test.each([
    [date(2026, 1, 15), "贰零贰陆年零壹月壹拾伍日"],
    [date(2026, 10, 20), "贰零贰陆年零壹拾月零贰拾日"],
    [date(2010, 2, 1), "贰零壹零年零贰月零壹日"],
    [date(2026, 3, 10), "贰零贰陆年叁月零壹拾日"],
    [date(2026, 11, 30), "贰零贰陆年壹拾壹月零叁拾日"],
    [date(2026, 12, 31), "贰零贰陆年壹拾贰月叁拾壹日"],
    [date(1999, 9, 9), "壹玖玖玖年玖月零玖日"],
    [date(2000, 5, 21), "贰零零零年伍月贰拾壹日"],
  ])("%p → %p", (calendarDate, expected) => {
    expect(chequeDateWords(calendarDate)).toEqual({ ok: true, value: expected });
  });

  const MONTHS = ["零壹", "零贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "零壹拾", "壹拾壹", "壹拾贰"];
  test.each(MONTHS.map((words, index) => [index + 1, words] as const))("month %p → %p月", (month, words) => {
    expect(chequeDateWords(date(2026, month, 28))).toEqual({ ok: true, value: `贰零贰陆年${words}月贰拾捌日` });
  });

  const DAYS = [
    ...["零壹", "零贰", "零叁", "零肆", "零伍", "零陆", "零柒", "零捌", "零玖", "零壹拾"],
    ...["壹拾壹", "壹拾贰", "壹拾叁", "壹拾肆", "壹拾伍", "壹拾陆", "壹拾柒", "壹拾捌", "壹拾玖", "零贰拾"],
    ...["贰拾壹", "贰拾贰", "贰拾叁", "贰拾肆", "贰拾伍", "贰拾陆", "贰拾柒", "贰拾捌", "贰拾玖", "零叁拾", "叁拾壹"],
  ];
  test.each(DAYS.map((words, index) => [index + 1, words] as const))("day %p → %p日", (day, words) => {
    expect(chequeDateWords(date(2026, 3, day))).toEqual({ ok: true, value: `贰零贰陆年叁月${words}日` });
  });

  test("a date that does not exist, or outside 1900–9999, fails", () => {
    expect(chequeDateWords(date(2026, 2, 29))).toEqual({
      ok: false,
      problem: { id: "date-invalid", params: { year: 2026, month: 2, day: 29 } },
    });
    expect(chequeDateWords(date(1899, 12, 31))).toEqual({
      ok: false,
      problem: { id: "date-out-of-range", params: { text: "1899-12-31" } },
    });
    expect(chequeDateWords(date(10000, 1, 1))).toEqual({
      ok: false,
      problem: { id: "date-out-of-range", params: { text: "10000-01-01" } },
    });
  });
});

describe("never throws", () => {
  test("on any cell value or text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom(..."0123456789-/.年月日号 :T２０"), maxLength: 20 }),
          fc.anything(),
          fc.double(),
          fc.date(),
        ),
        (value) => {
          const parsed = parseDateCell(value);
          if (parsed.ok) expect(chequeDateWords(parsed.value).ok).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
