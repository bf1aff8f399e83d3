/**
 * The journal layout's structure: header, opening row, 本日合计 / 本月合计 / 本年累计 in their places, 过次页 / 承前页
 * every page, formats, borders, print setup, the 对方科目 list, and the text of the live formulas. Whether the formulas
 * compute the right figures is proven by LibreOffice in test/recalc/journal.test.ts.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { PlanCell, SheetPlan } from "../../../src/core/plan";
import { isFormula } from "../../../src/core/plan";
import { DEFAULT_ACCOUNT_NAMES } from "../../../src/core/accounts";
import { layoutJournal, type JournalSettings } from "../../../src/jobs/journal";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { journalEntry, journalSettings } from "../../support/journal";

const settings = (overrides: Partial<JournalSettings> = {}): JournalSettings =>
  journalSettings({ rowsPerPage: 10, openingIsCarriedFromLastYear: true, ...overrides });

const entry = (month: number, dayOfMonth: number, receipt: number, payment: number, summary = "日常收支") =>
  journalEntry({ date: { year: 2026, month, day: dayOfMonth }, summary, receipt, payment });

/** The journal block's rows; row n of the sheet (1-based) is rows[n - 1]. */
const sheetRows = (plan: SheetPlan): PlanCell[][] => plan.blocks[0]!.rows;
/** 摘要 is column E in both journals. */
const summaries = (plan: SheetPlan) => sheetRows(plan).map((row) => row[4]);
const rowOf = (plan: SheetPlan, summary: string, nth = 0) =>
  summaries(plan).flatMap((text, index) => (text === summary ? [index + 1] : []))[nth];
const formulaAt = (plan: SheetPlan, row: number, column: number) => {
  const cell = sheetRows(plan)[row - 1]?.[column];
  return cell !== undefined && isFormula(cell) ? cell.formula : cell;
};
const EXCLUDE = (range: string) =>
  ["本日合计", "本月合计", "本年累计", "过次页", "承前页"].map((marker) => `,${range},"<>${marker}"`).join("");

describe("an empty month", () => {
  const plan = layoutJournal(settings({ month: 1 }), []);

  test("has the title, the unit, account and period, and the DOMAIN §4 columns", () => {
    expect(plan.name).toBe("现金日记账");
    expect(sheetRows(plan)[0]![0]).toBe("现金日记账");
    expect(sheetRows(plan)[1]).toEqual(
      expect.arrayContaining(["单位名称：测试有限公司", "账户：库存现金", "2026年1月"]),
    );
    expect(sheetRows(plan)[2]).toEqual([
      "年",
      "月",
      "日",
      "凭证字号",
      "摘要",
      "对方科目",
      "借方（收入）",
      "贷方（支出）",
      "余额",
    ]);
    expect(plan.merges).toContain("A1:I1");
    expect(plan.freeze).toEqual({ rows: 3, columns: 0 });
  });

  test("opens with 上年结转 and the opening balance as a value, then blank rows with a balance formula", () => {
    expect(sheetRows(plan)[3]).toEqual([2026, 1, 1, null, "上年结转", null, null, null, 1000]);
    expect(sheetRows(plan)[4]!.slice(0, 8)).toEqual(Array(8).fill(null));
    expect(formulaAt(plan, 5, 8)).toBe(
      `=IF(COUNT(G5:H5)=0,"",$I$4+SUMIFS($G$4:G5${EXCLUDE("$E$4:$E5")})-SUMIFS($H$4:H5${EXCLUDE("$E$4:$E5")}))`,
    );
  });

  test("fills two pages: 过次页 ends the first and 承前页 opens the second, where the page breaks", () => {
    // Page 1: the opening row and 9 blank rows, then 过次页; page 2: 承前页, 7 blank rows, 本月合计, 本年累计.
    expect(rowOf(plan, "过次页")).toBe(14);
    expect(rowOf(plan, "承前页")).toBe(15);
    expect(rowOf(plan, "本月合计")).toBe(23);
    expect(rowOf(plan, "本年累计")).toBe(24);
    expect(sheetRows(plan)).toHaveLength(24);
    expect(plan.print?.rowBreaks).toEqual([14]);
    expect(formulaAt(plan, 14, 6)).toBe(
      `=SUMIFS(OFFSET(G4,0,0,ROW()-ROW(G4))${EXCLUDE("OFFSET($E4,0,0,ROW()-ROW($E4))")})`,
    );
    expect([formulaAt(plan, 15, 6), formulaAt(plan, 15, 7), formulaAt(plan, 15, 8)]).toEqual(["=G14", "=H14", "=I14"]);
    expect(formulaAt(plan, 23, 7)).toBe(
      `=SUMIFS(OFFSET(H4,0,0,ROW()-ROW(H4))${EXCLUDE("OFFSET($E4,0,0,ROW()-ROW($E4))")})`,
    );
    expect(formulaAt(plan, 24, 6)).toBe("=G23");
    // Balances on the second page start from its 承前页.
    expect(formulaAt(plan, 14, 8)).toBe(
      `=$I$4+SUMIFS($G$4:G14${EXCLUDE("$E$4:$E14")})-SUMIFS($H$4:H14${EXCLUDE("$E$4:$E14")})`,
    );
    expect(formulaAt(plan, 16, 8)).toBe(
      `=IF(COUNT(G16:H16)=0,"",$I$15+SUMIFS($G$15:G16${EXCLUDE("$E$15:$E16")})-SUMIFS($H$15:H16${EXCLUDE("$E$15:$E16")}))`,
    );
    expect(formulaAt(plan, 24, 8)).toBe(
      `=$I$15+SUMIFS($G$15:G24${EXCLUDE("$E$15:$E24")})-SUMIFS($H$15:H24${EXCLUDE("$E$15:$E24")})`,
    );
  });

  test("prints A4 landscape, one page wide, with the title and header on every page and its page number", () => {
    expect(plan.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      titleRows: { first: 1, last: 3 },
      fitToWidth: true,
      pageNumbers: true,
    });
    expect(plan.protect).toBeUndefined();
  });

  test("amounts and balances are ¥#,##0.00, and the blank rows' entry cells are unlocked", () => {
    expect(plan.formats).toContainEqual({ range: "G4:I24", style: { numberFormat: "¥#,##0.00" } });
    expect(plan.formats).toContainEqual({ range: "A5:H13", style: { locked: false } });
    expect(plan.formats).toContainEqual({ range: "A16:H22", style: { locked: false } });
  });

  test("单红线 under 本月合计 and 本年累计 before December", () => {
    const red = { style: "thin", color: "#FF0000" };
    expect(plan.formats).toContainEqual({ range: "A23:I23", style: { borders: { bottom: red } } });
    expect(plan.formats).toContainEqual({ range: "A24:I24", style: { borders: { bottom: red } } });
  });

  test("对方科目 offers the chart of accounts, kept in a hidden column below the journal", () => {
    expect(plan.validations).toEqual([
      expect.objectContaining({ range: "F4:F24", list: { source: "=$K$27:$K$50" }, allowBlank: true }),
    ]);
    expect(plan.blocks[1]).toEqual({
      at: "K26",
      rows: [["对方科目表"], ...DEFAULT_ACCOUNT_NAMES.map((account) => [account])],
    });
    expect(plan.columns).toContainEqual({ index: 10, width: 16, hidden: true });
  });

  test("a negative balance is highlighted", () => {
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ range: "I4:I24", rule: { kind: "cellValue", operator: "lessThan", values: ["0"] } }),
    ]);
  });
});

describe("a journal filled from entries", () => {
  const entries = [
    entry(1, 6, 0, 2_000, "付办公用品"),
    entry(1, 5, 50_000, 0, "提现"),
    entry(1, 6, 1_234, 0, "=SUM(A1)"),
    entry(1, 5, 0, 30_000, "报销差旅费"),
    entry(2, 1, 0, 100),
  ];
  const plan = layoutJournal(settings({ rowsPerPage: 50, cashLimit: 500_000 }), entries);

  test("posts the entries in date order, a day's entries in their order, with 本日合计 after each day", () => {
    expect(summaries(plan).slice(3)).toEqual([
      "上年结转",
      "提现",
      "报销差旅费",
      "本日合计",
      "付办公用品",
      "=SUM(A1)",
      "本日合计",
      "本月合计",
      "本年累计",
      "日常收支",
      "本日合计",
      "本月合计",
      "本年累计",
    ]);
    expect(sheetRows(plan)[1]).toContain("2026年1月至2月");
  });

  test("entry rows hold the values, amounts in 元 and a zero amount left blank", () => {
    expect(sheetRows(plan)[4]!.slice(0, 8)).toEqual([2026, 1, 5, "记-1", "提现", "管理费用", 500, null]);
    expect(sheetRows(plan)[5]!.slice(6, 8)).toEqual([null, 300]);
  });

  test("text from outside is a value, never a formula", () => {
    expect(sheetRows(plan)[8]![4]).toBe("=SUM(A1)");
  });

  test("本日合计 sums from the previous 本日合计, 本月合计 from the previous 本月合计", () => {
    const firstDay = rowOf(plan, "本日合计")!;
    const secondDay = rowOf(plan, "本日合计", 1)!;
    expect(formulaAt(plan, firstDay, 6)).toBe(
      `=SUMIFS(OFFSET(G4,0,0,ROW()-ROW(G4))${EXCLUDE("OFFSET($E4,0,0,ROW()-ROW($E4))")})`,
    );
    expect(formulaAt(plan, secondDay, 6)).toBe(
      `=SUMIFS(OFFSET(G${firstDay},0,0,ROW()-ROW(G${firstDay}))${EXCLUDE(`OFFSET($E${firstDay},0,0,ROW()-ROW($E${firstDay}))`)})`,
    );
    const january = rowOf(plan, "本月合计")!;
    const february = rowOf(plan, "本月合计", 1)!;
    expect(formulaAt(plan, february, 7)).toBe(
      `=SUMIFS(OFFSET(H${january},0,0,ROW()-ROW(H${january}))${EXCLUDE(`OFFSET($E${january},0,0,ROW()-ROW($E${january}))`)})`,
    );
    expect(sheetRows(plan)[january - 1]!.slice(0, 3)).toEqual([2026, 1, 31]);
  });

  test("本年累计 adds the month's 本月合计 to last month's 本年累计", () => {
    const januaryYear = rowOf(plan, "本年累计")!;
    const februaryMonth = rowOf(plan, "本月合计", 1)!;
    expect(formulaAt(plan, januaryYear, 6)).toBe(`=G${januaryYear - 1}`);
    expect(formulaAt(plan, rowOf(plan, "本年累计", 1)!, 7)).toBe(`=H${februaryMonth}+H${januaryYear}`);
  });

  test("a cash balance above the limit at the end of a day is highlighted", () => {
    expect(plan.conditionalFormats[1]).toEqual(
      expect.objectContaining({ rule: { kind: "expression", formula: '=AND($E4="本日合计",N($I4)>5000)' } }),
    );
  });

  test("the 对方科目 list adds the entries' accounts that the chart lacks", () => {
    const custom = layoutJournal(settings({ chartOfAccounts: ["银行存款"] }), [
      { ...entry(3, 1, 100, 0), counterAccount: "其他应收款—张三" },
    ]);
    expect(custom.blocks[1]!.rows).toEqual([["对方科目表"], ["银行存款"], ["其他应收款—张三"]]);
  });
});

describe("the period", () => {
  test("a journal that starts after January has 期初余额 and no 本年累计, which needs the months before", () => {
    const plan = layoutJournal(settings({ month: 3, openingIsCarriedFromLastYear: false }), [entry(3, 2, 100, 0)]);
    expect(summaries(plan).slice(3)).toEqual(["期初余额", "日常收支", "本日合计", "本月合计"]);
    expect(sheetRows(plan)[3]!.slice(0, 3)).toEqual([2026, 3, 1]);
  });

  test("given the 本年累计 of the months before, a journal starting after January brings it in and closes each month with 本年累计", () => {
    const yearToDate = { receipts: 1_234_567, payments: 765_432 };
    const plan = layoutJournal(settings({ openingIsCarriedFromLastYear: false, yearToDate }), [
      entry(3, 2, 100, 0),
      entry(4, 1, 0, 50),
    ]);
    expect(summaries(plan).slice(3)).toEqual([
      "期初余额",
      "本年累计",
      "日常收支",
      "本日合计",
      "本月合计",
      "本年累计",
      "日常收支",
      "本日合计",
      "本月合计",
      "本年累计",
    ]);
    // Undated, so that blank date cells below it read as March; the figures are values, the balance the opening's.
    expect(sheetRows(plan)[4]!.slice(0, 8)).toEqual([null, null, null, null, "本年累计", null, 12345.67, 7654.32]);
    expect(formulaAt(plan, 5, 8)).toMatch(/^=\$I\$4\+SUMIFS\(/);
    const march = rowOf(plan, "本年累计", 1)!;
    expect(formulaAt(plan, march, 6)).toBe(`=G${march - 1}+G5`);
    expect(formulaAt(plan, rowOf(plan, "本年累计", 2)!, 7)).toBe(`=H${rowOf(plan, "本月合计", 1)}+H${march}`);
  });

  test("an empty month brings the 本年累计 in on its first page and keeps to two pages", () => {
    const plan = layoutJournal(settings({ month: 5, yearToDate: { receipts: 1, payments: 2 } }), []);
    // Page 1: the opening row, 本年累计 and 8 blank rows, then 过次页; page 2: 承前页, 7 blank rows, 本月合计, 本年累计.
    expect(rowOf(plan, "本年累计")).toBe(5);
    expect(rowOf(plan, "过次页")).toBe(14);
    expect(rowOf(plan, "本年累计", 1)).toBe(24);
    expect(rowOf(plan, "过次页", 1)).toBeUndefined();
  });

  test("a journal starting in January has no 本年累计 to bring in", () => {
    const yearToDate = { receipts: 100, payments: 0 };
    const plan = layoutJournal(settings({ month: 1, yearToDate }), [entry(1, 2, 100, 0)]);
    expect(summaries(plan).slice(3, 5)).toEqual(["上年结转", "日常收支"]);
  });

  test("December's 本年累计 has the double red line", () => {
    const plan = layoutJournal(settings(), [entry(1, 2, 100, 0), entry(12, 31, 0, 50)]);
    const december = rowOf(plan, "本年累计", 11)!;
    expect(plan.formats).toContainEqual({
      range: `A${december}:I${december}`,
      style: { borders: { bottom: { style: "double", color: "#FF0000" } } },
    });
    expect(summaries(plan).filter((text) => text === "本月合计")).toHaveLength(12);
  });

  test("entries of another year or month are left out", () => {
    const plan = layoutJournal(settings({ month: 2 }), [
      entry(1, 2, 100, 0),
      { ...entry(2, 2, 5, 0), date: { year: 2025, month: 2, day: 2 } },
    ]);
    expect(summaries(plan)).not.toContain("日常收支");
  });
});

describe("the bank journal", () => {
  const plan = layoutJournal(settings({ kind: "bank", account: "工商银行 1234****9876" }), [entry(1, 5, 100, 0)]);

  test("adds 结算方式 and 票据号 and is named after its account", () => {
    expect(plan.name).toBe("银行存款日记账 工商银行 1234****9876");
    expect(sheetRows(plan)[2]).toEqual([
      "年",
      "月",
      "日",
      "凭证字号",
      "摘要",
      "结算方式",
      "票据号",
      "对方科目",
      "借方（收入）",
      "贷方（支出）",
      "余额",
    ]);
    expect(sheetRows(plan)[4]!.slice(5, 10)).toEqual(["转账支票", "00012345", "管理费用", 1, null]);
    expect(formulaAt(plan, 5, 10)).toBe(
      `=IF(COUNT(I5:J5)=0,"",$K$4+SUMIFS($I$4:I5${EXCLUDE("$E$4:$E5")})-SUMIFS($J$4:J5${EXCLUDE("$E$4:$E5")}))`,
    );
    expect(plan.validations[0]!.range).toBe(`H4:H${sheetRows(plan).length}`);
  });

  test("has no cash-limit highlight", () => {
    const limited = layoutJournal(settings({ kind: "bank", cashLimit: 100 }), []);
    expect(limited.conditionalFormats).toHaveLength(1);
  });
});

describe("pages", () => {
  const entriesArbitrary = fc.array(
    fc.record({
      month: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      receipt: fc.nat({ max: 1_000_000 }),
      payment: fc.nat({ max: 1_000_000 }),
    }),
    { maxLength: 120 },
  );

  test("every page holds rowsPerPage rows before its 过次页, the next opens with 承前页, and each day closes once", () => {
    fc.assert(
      fc.property(entriesArbitrary, fc.integer({ min: 2, max: 15 }), (drawn, rowsPerPage) => {
        const entries = drawn.map(({ month, day, receipt, payment }) => entry(month, day, receipt, payment));
        const plan = layoutJournal(settings({ rowsPerPage }), entries);
        const body = summaries(plan).slice(3);
        const breaks = plan.print!.rowBreaks!;
        // 0-based row r of the sheet is body[r - 3]; each break is a 承前页 right after a 过次页.
        breaks.forEach((row, page) => {
          expect(body[row - 3]).toBe("承前页");
          expect(body[row - 4]).toBe("过次页");
          const pageStart = page === 0 ? 3 : breaks[page - 1]!;
          expect(row - 1 - pageStart).toBe(rowsPerPage);
        });
        expect(body.filter((text) => text === "过次页")).toHaveLength(breaks.length);
        const lastPage = body.length - ((breaks[breaks.length - 1] ?? 3) - 3);
        expect(lastPage).toBeLessThanOrEqual(rowsPerPage);
        const days = new Set(entries.map(({ date }) => date.month * 100 + date.day));
        expect(body.filter((text) => text === "本日合计")).toHaveLength(days.size);
        expect(body.filter((text) => text === "日常收支")).toHaveLength(entries.length);
      }),
    );
  });
});

describe("printed on paper", () => {
  const red = "FFFF0000";
  /** The borders of every cell of the written sheet, by A1 address, as ExcelJS reads them back. */
  async function bordersOf(plan: SheetPlan) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeWorkbook([plan])) as unknown as ExcelJS.Buffer);
    return (address: string) => workbook.worksheets[0]!.getCell(address).border ?? {};
  }

  test.each([
    ["cash", settings({ month: 3 })],
    ["bank", settings({ kind: "bank", account: "工商银行 1202021009100123456", month: 3 })],
  ])(
    "%s: every 本日合计 and 本月合计 rule prints red, not only the last: the row below has it as its top border",
    async (_, journalSettingsOf) => {
      const plan = layoutJournal(journalSettingsOf, [
        entry(3, 2, 1000, 0),
        entry(3, 2, 0, 200),
        entry(3, 5, 0, 300),
        entry(3, 9, 400, 0),
      ]);
      const border = await bordersOf(plan);
      const last = String.fromCharCode(64 + sheetRows(plan)[2]!.length);
      const closing = ["本日合计", "本月合计"].flatMap((marker) =>
        summaries(plan).flatMap((text, index) => (text === marker ? [index + 1] : [])),
      );
      expect(closing.length).toBeGreaterThanOrEqual(4);
      for (const row of closing) {
        for (const column of ["A", "E", last]) {
          expect([`${column}${row}`, border(`${column}${row}`).bottom?.color?.argb]).toEqual([`${column}${row}`, red]);
          const below = border(`${column}${row + 1}`).top;
          // The journal's last row has nothing below it to hide its rule.
          if (row < sheetRows(plan).length)
            expect([`${column}${row + 1}`, below?.color?.argb]).toEqual([`${column}${row + 1}`, red]);
        }
      }
    },
  );

  test("对方科目 and 结算方式 are wide enough for 应交税费—未交增值税 and 银行承兑汇票", () => {
    const bank = layoutJournal(settings({ kind: "bank", account: "工行", month: 3 }), []);
    const header = sheetRows(bank)[2]!;
    const width = (label: string) => bank.columns.find(({ index }) => index === header.indexOf(label))?.width ?? 0;
    // A Chinese character takes two of Excel's character widths.
    expect(width("对方科目")).toBeGreaterThanOrEqual("应交税费—未交增值税".length * 2 + 1);
    expect(width("结算方式")).toBeGreaterThanOrEqual("银行承兑汇票".length * 2 + 1);
    const cash = layoutJournal(settings({ month: 3 }), []);
    const cashHeader = sheetRows(cash)[2]!;
    expect(cash.columns.find(({ index }) => index === cashHeader.indexOf("对方科目"))?.width).toBe(width("对方科目"));
  });
});
