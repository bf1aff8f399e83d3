/**
 * Property tests of journal checking over journals built as Grids in the shapes a journal comes in: the generator's
 * (年 | 月 | 日 columns, cash or bank), one with a 日期 column of Excel serials and English or Chinese labels, and a
 * paper-style one with the year in the title and 月 | 日 under it; amounts as numbers (balances summed in floating
 * point, as formulas cache them) or as text. A clean journal validates clean; any one amount changed is reported at
 * that cell and nowhere else; messy cells never make the check throw. The generator's own journals, computed by
 * LibreOffice, validate clean too.
 */
import { DEFAULT_ACCOUNT_NAMES } from "../../../src/core/accounts";
import fc from "fast-check";
import { dateToSerial, type CalendarDate } from "../../../src/core/dates";
import { cellAddress, columnIndex, type CellValue, type Grid } from "../../../src/core/grid";
import { messages as catalogs } from "../../../src/jobs";
import { fenToYuan, formatMoney, MAX_FEN, parseMoney } from "../../../src/core/money";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { layoutJournal } from "../../../src/jobs/journal";
import { checkJournal } from "../../../src/jobs/journal";
import {
  ROW_MARKERS,
  type JournalEntry,
  type JournalKind,
  type JournalSettings,
  type RowKind,
} from "../../../src/jobs/journal/model";
import { findJournalHeader, readJournal } from "../../../src/jobs/journal/read";
import { recordsOf, type RowRecord } from "../../support/journal";
import { recalculate } from "../../support/recalc";
import { systemProgram } from "../../support/system";

type Shape = "generator" | "date-column" | "paper";

interface JournalSpec {
  shape: Shape;
  kind: JournalKind;
  english: boolean;
  textAmounts: boolean;
  year: number;
  startMonth: number;
  /** Per month, per day: the entries as signed 分 (receipts above zero, payments below). */
  months: number[][][];
  opening: number;
  rowsPerPage: number;
  top: number;
  left: number;
}

/** One row of the journal before it becomes cells: every row of a journal made here shows its balance. */
interface Line extends Omit<RowRecord, "row" | "balance"> {
  balance: number;
}

/** The 摘要 the generator writes on each closing row. */
const marker = (kind: Exclude<RowKind, "entry">): string => ROW_MARKERS[kind][0]!;

const specs: fc.Arbitrary<JournalSpec> = fc
  .record({
    shape: fc.constantFrom<Shape>("generator", "date-column", "paper"),
    kind: fc.constantFrom<JournalKind>("cash", "bank"),
    english: fc.boolean(),
    textAmounts: fc.boolean(),
    year: fc.integer({ min: 2000, max: 2030 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    months: fc.array(
      fc.array(
        fc.array(
          fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((fen) => fen !== 0),
          { minLength: 1, maxLength: 3 },
        ),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    opening: fc.integer({ min: 0, max: 5_000_000 }),
    rowsPerPage: fc.integer({ min: 3, max: 12 }),
    top: fc.integer({ min: 0, max: 3 }),
    left: fc.integer({ min: 0, max: 2 }),
  })
  .map((spec) => ({ ...spec, months: spec.months.slice(0, 13 - spec.startMonth) }));

/** The journal's rows in order, as the generator lays them out: closing rows, and 过次页 / 承前页 at page breaks. */
function journalLines(spec: JournalSpec): Line[] {
  const lines: Line[] = [];
  let balance = spec.opening;
  let yearReceipts = 0;
  let yearPayments = 0;
  const closing = (kind: RowKind, date: CalendarDate | null, receipt: number, payment: number): Line => ({
    kind,
    date,
    voucher: "",
    summary: marker(kind as Exclude<RowKind, "entry">),
    receipt,
    payment,
    balance,
  });
  const first = { year: spec.year, month: spec.startMonth, day: 1 };
  lines.push({ ...closing("opening", first, 0, 0), receipt: null, payment: null });
  spec.months.forEach((days, monthIndex) => {
    const month = spec.startMonth + monthIndex;
    let monthReceipts = 0;
    let monthPayments = 0;
    let voucher = 0;
    days.forEach((entries, dayIndex) => {
      const date = { year: spec.year, month, day: dayIndex * 7 + 1 + (entries.length % 3) };
      let dayReceipts = 0;
      let dayPayments = 0;
      for (const signed of entries) {
        // A payment the balance cannot cover becomes a receipt: cash and bank balances never go below zero.
        const receipt = signed > 0 || -signed > balance ? Math.abs(signed) : 0;
        const payment = receipt === 0 ? -signed : 0;
        balance += receipt - payment;
        dayReceipts += receipt;
        dayPayments += payment;
        voucher++;
        lines.push({
          kind: "entry",
          date,
          voucher: `记-${voucher}`,
          summary: receipt > 0 ? "收到货款" : "支付费用",
          receipt: receipt || null,
          payment: payment || null,
          balance,
        });
      }
      lines.push(closing("day-total", date, dayReceipts, dayPayments));
      monthReceipts += dayReceipts;
      monthPayments += dayPayments;
    });
    const monthEnd = { year: spec.year, month, day: 28 };
    lines.push(closing("month-total", monthEnd, monthReceipts, monthPayments));
    yearReceipts += monthReceipts;
    yearPayments += monthPayments;
    if (spec.startMonth === 1) lines.push(closing("year-total", monthEnd, yearReceipts, yearPayments));
  });
  return paginate(lines, spec.rowsPerPage);
}

/** 过次页 carries the month's sums so far and the balance; 承前页 repeats them on the next page. */
function paginate(lines: readonly Line[], rowsPerPage: number): Line[] {
  const paged: Line[] = [];
  let monthReceipts = 0;
  let monthPayments = 0;
  let onPage = 0;
  for (const line of lines) {
    if (onPage === rowsPerPage) {
      const previous = paged[paged.length - 1]!;
      const carry = {
        date: null,
        voucher: "",
        receipt: monthReceipts,
        payment: monthPayments,
        balance: previous.balance,
      };
      paged.push({ ...carry, kind: "carried-forward", summary: marker("carried-forward") });
      paged.push({ ...carry, kind: "brought-forward", summary: marker("brought-forward") });
      onPage = 1;
    }
    paged.push(line);
    onPage++;
    if (line.kind === "entry") {
      monthReceipts += line.receipt ?? 0;
      monthPayments += line.payment ?? 0;
    } else if (line.kind === "month-total") {
      monthReceipts = 0;
      monthPayments = 0;
    }
  }
  return paged;
}

type Column = "year" | "month" | "day" | "date" | "voucher" | "summary" | "settlement" | "document";
type Field = Column | "receipt" | "payment" | "balance";

const LABELS: Record<Field, [string, string]> = {
  year: ["年", "year"],
  month: ["月", "month"],
  day: ["日", "day"],
  date: ["日期", "date"],
  voucher: ["凭证字号", "voucher no."],
  summary: ["摘要", "summary"],
  settlement: ["结算方式", "settlement"],
  document: ["票据号", "cheque no."],
  receipt: ["借方（收入）", "receipts"],
  payment: ["贷方（支出）", "payments"],
  balance: ["余额", "balance"],
};

function fieldsOf(spec: JournalSpec): Field[] {
  const dates: Field[] =
    spec.shape === "generator" ? ["year", "month", "day"] : spec.shape === "paper" ? ["month", "day"] : ["date"];
  // The paper-style and 日期 shapes say bank in their title instead of in columns.
  const bank: Field[] = spec.kind === "bank" && spec.shape === "generator" ? ["settlement", "document"] : [];
  return [...dates, "voucher", "summary", ...bank, "receipt", "payment", "balance"];
}

const TITLES: Record<JournalKind, string> = { cash: "现金日记账", bank: "银行存款日记账" };

/** The journal as Excel's cached values, and where each line is: its grid row. */
function journalGrid(spec: JournalSpec): { grid: Grid; fields: Field[]; lines: Line[]; firstRow: number } {
  const fields = fieldsOf(spec);
  const lines = journalLines(spec);
  const label = (field: Field) => LABELS[field][spec.english ? 1 : 0];
  const head: CellValue[][] = [[TITLES[spec.kind]]];
  if (spec.shape === "paper") {
    head.push(fields.map((field) => (field === "month" ? `${spec.year}年` : field === "day" ? null : label(field))));
    head.push(fields.map((field) => (field === "month" || field === "day" ? label(field) : null)));
  } else {
    head.push([`${spec.year}年${spec.startMonth}月`], fields.map(label));
  }
  // Balances as a formula caches them: the balance above plus the amounts, in binary floating point.
  let cachedBalance = fenToYuan(spec.opening);
  const money = (fen: number, cached?: number): CellValue =>
    spec.textAmounts ? formatMoney(fen) : (cached ?? fenToYuan(fen));
  const body = lines.map((line) => {
    if (line.kind === "entry")
      cachedBalance = cachedBalance + fenToYuan(line.receipt ?? 0) - fenToYuan(line.payment ?? 0);
    const values: Record<Field, CellValue> = {
      year: line.date?.year ?? null,
      month: line.date?.month ?? null,
      day: line.date?.day ?? null,
      date: line.date && dateToSerial(line.date),
      voucher: line.voucher || null,
      summary: line.summary,
      settlement: line.kind === "entry" ? "转账" : null,
      document: null,
      receipt: line.receipt === null ? null : money(line.receipt),
      payment: line.payment === null ? null : money(line.payment),
      balance: money(line.balance, cachedBalance),
    };
    return fields.map((field) => values[field]);
  });
  return {
    grid: { sheet: "日记账", top: spec.top, left: spec.left, values: [...head, ...body] },
    fields,
    lines,
    firstRow: head.length,
  };
}

/** Every amount cell that holds a value: its grid position and its 分. */
function amountCells(journal: ReturnType<typeof journalGrid>): { row: number; column: number; fen: number }[] {
  const cells: { row: number; column: number; fen: number }[] = [];
  journal.lines.forEach((line, index) => {
    for (const field of ["receipt", "payment", "balance"] as const) {
      const fen = line[field];
      if (fen !== null) cells.push({ row: journal.firstRow + index, column: journal.fields.indexOf(field), fen });
    }
  });
  return cells;
}

describe("journal properties", () => {
  test("a journal laid out as the tool lays it out validates clean, as its kind", () => {
    fc.assert(
      fc.property(specs, (spec) => {
        const { grid } = journalGrid(spec);
        expect(findJournalHeader(grid)?.kind).toBe(spec.kind);
        expect(checkJournal(grid, { opening: spec.opening })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("changing any one amount cell is reported at exactly that cell", () => {
    fc.assert(
      fc.property(
        specs,
        fc.nat(),
        fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((delta) => delta !== 0),
        (spec, pick, delta) => {
          const journal = journalGrid(spec);
          const cells = amountCells(journal);
          const target = cells[pick % cells.length]!;
          const values = journal.grid.values.map((row) => [...row]);
          const fen = target.fen + delta;
          values[target.row]![target.column] = spec.textAmounts ? formatMoney(fen) : fenToYuan(fen);
          const findings = checkJournal({ ...journal.grid, values }, { opening: spec.opening });
          const address = cellAddress(spec.top + target.row, spec.left + target.column);
          expect(findings.length).toBeGreaterThan(0);
          expect(findings.map((finding) => finding.cell)).toEqual(findings.map(() => address));
        },
      ),
      { numRuns: 500 },
    );
  });

  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.constantFrom(1e16, -1e300, Number.MAX_SAFE_INTEGER, MAX_FEN / 100, -0),
    fc.string(),
    fc.constantFrom(
      "",
      " ",
      "-",
      "#REF!",
      "1,234.50",
      "(12.30)",
      "１２３．４５",
      "1.2万",
      "2026-02-30",
      "1月15日",
      "本日合计",
      "过 次 页",
      "期初余额",
      "摘要",
      "余额",
      "借方",
      "月",
      "贷",
      "记-1",
      "9999999999999.99",
    ),
  );

  test("messy cells never make the check throw, and every finding names a catalog message", () => {
    const ids = new Set(Object.keys(catalogs["zh-CN"]));
    fc.assert(
      fc.property(
        specs,
        fc.array(fc.tuple(fc.nat(), fc.nat(), anyCell), { maxLength: 30 }),
        fc.option(fc.integer({ min: 1, max: 999_999 }).map((yuan) => yuan * 100)),
        (spec, messes, cashLimit) => {
          const { grid } = journalGrid(spec);
          const values = grid.values.map((row) => [...row]);
          for (const [row, column, value] of messes) {
            const line = values[row % values.length]!;
            line[column % (line.length + 1)] = value;
          }
          const findings = checkJournal({ ...grid, values }, cashLimit === null ? {} : { cashLimit });
          for (const finding of findings) expect(ids.has(finding.rule)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("grids of nothing but messy cells never make the check throw", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 30 }), (values) => {
        const grid: Grid = {
          sheet: "Sheet1",
          top: 0,
          left: 0,
          values: [["日期", "摘要", "收入", "支出", "余额"], ...values],
        };
        expect(() => checkJournal(grid)).not.toThrow();
        expect(() => checkJournal({ ...grid, values })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test("an amount read straight from a number is what parseMoney reads", () => {
    const numbers = fc.oneof(
      fc.double(),
      fc.integer({ min: -MAX_FEN, max: MAX_FEN }).map((fen) => fen / 100),
      // Half a 分 over, as 2.675: only the decimal text rounds these right.
      fc.integer({ min: -MAX_FEN, max: MAX_FEN }).map((fen) => (fen + 0.5) / 100),
      fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 })).map(([fen, n]) => {
        // A sum such as a formula's cached balance: n steps of fen / n yuan, a hair off the exact amount.
        let sum = 0;
        for (let i = 0; i < n; i++) sum += fen / 100 / n;
        return sum;
      }),
    );
    fc.assert(
      fc.property(numbers, (value) => {
        const grid: Grid = {
          sheet: "s",
          top: 0,
          left: 0,
          values: [
            ["摘要", "收入", "支出", "余额"],
            ["笔", value, null, 1],
          ],
        };
        const { rows } = readJournal(grid, findJournalHeader(grid)!);
        const parsed = parseMoney(value);
        expect(rows.receipt(0)).toBe(parsed.ok ? parsed.value : null);
      }),
      { numRuns: 2000 },
    );
  });
});

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

/** Entries over `months` months from the settings' month, three a day in date order, none paying out more than the balance. */
function generatorEntries(seed: number, settings: JournalSettings, months: number): JournalEntry[] {
  const amounts = fc.array(fc.integer({ min: -2_000_000, max: 2_000_000 }), { minLength: 40, maxLength: 80 });
  // No entry without an amount: where one stands just above a changed amount, the change is rightly reported at the
  // balance (the blank may be the slip), not at the amount cell this test expects.
  const signed = fc.sample(amounts, { seed, numRuns: 1 })[0]!.map((amount) => amount || 1);
  const perMonth = Math.ceil(signed.length / months);
  let balance = settings.opening;
  return signed.map((amount, index) => {
    const receipt = amount > 0 || -amount > balance ? Math.abs(amount) : 0;
    const payment = receipt === 0 ? -amount : 0;
    balance += receipt - payment;
    const month = (settings.month ?? 1) + Math.floor(index / perMonth);
    return {
      date: { year: settings.year, month, day: 1 + Math.floor((index % perMonth) / 3) },
      voucher: `记-${(index % perMonth) + 1}`,
      summary: receipt > 0 ? "收到货款" : "支付费用",
      counterAccount: "应收账款",
      counterparty: "",
      settlement: settings.kind === "bank" ? "转账" : "",
      document: "",
      receipt,
      payment,
    };
  });
}

describeWithLibreOffice("journals the generator writes, as LibreOffice computes them", () => {
  test("validate clean, and any one amount changed is reported at that cell", async () => {
    const base = { unit: "示例公司", openingIsCarriedFromLastYear: false, chartOfAccounts: DEFAULT_ACCOUNT_NAMES };
    const cash: JournalSettings = {
      ...base,
      kind: "cash",
      account: "库存现金",
      year: 2026,
      opening: 500_000,
      rowsPerPage: 30,
    };
    const bank: JournalSettings = {
      ...base,
      kind: "bank",
      account: "工商银行 1234",
      year: 2026,
      opening: 0,
      rowsPerPage: 7,
    };
    // A cash journal from January, with 本年累计; a bank journal from May without, a page break every 7 rows; and a
    // cash journal from May that brings in the 本年累计 of January to April.
    const yearToDate = { receipts: 1_234_567, payments: 765_432 };
    const midYear: JournalSettings = { ...cash, yearToDate };
    const journals = [
      { settings: cash, entries: generatorEntries(1, cash, 3) },
      { settings: bank, entries: generatorEntries(2, { ...bank, month: 5 }, 2) },
      { settings: midYear, entries: generatorEntries(3, { ...midYear, month: 5 }, 2) },
    ];
    const grids = await recalculate(await writeWorkbook(journals.map((j) => layoutJournal(j.settings, j.entries))));
    journals.forEach(({ settings }, index) => {
      const grid = grids[index]!;
      expect(findJournalHeader(grid)?.kind).toBe(settings.kind);
      expect(checkJournal(grid, { opening: settings.opening })).toEqual([]);
      const records = recordsOf(readJournal(grid, findJournalHeader(grid)!).rows);
      // The 本年累计 brought in is a figure the journal takes as given: nothing in the sheet can show it wrong.
      const brought = settings.yearToDate ? records.find((row) => row.kind === "year-total") : undefined;
      for (const row of records) {
        if (row === brought) continue;
        for (const field of ["receipt", "payment", "balance"] as const) {
          const fen = row[field];
          if (fen === null) continue;
          const cell = row.cells[field]!;
          const values = grid.values.map((line) => [...line]);
          values[row.row]![columnIndex(cell.replace(/\d+$/, ""))!] = fenToYuan(fen + 1);
          const findings = checkJournal({ ...grid, values }, { opening: settings.opening });
          expect(findings.length).toBeGreaterThan(0);
          expect(findings.map((finding) => finding.cell)).toEqual(findings.map(() => cell));
        }
      }
    });
    // The mid-year journal's last 本年累计 is what it brought in plus every entry since.
    const { entries } = journals[2]!;
    const lastYearTotal = recordsOf(readJournal(grids[2]!, findJournalHeader(grids[2]!)!).rows)
      .filter((row) => row.kind === "year-total")
      .at(-1);
    expect([lastYearTotal?.receipt, lastYearTotal?.payment]).toEqual([
      yearToDate.receipts + entries.reduce((sum, entry) => sum + entry.receipt, 0),
      yearToDate.payments + entries.reduce((sum, entry) => sum + entry.payment, 0),
    ]);
  }, 120_000);
});
