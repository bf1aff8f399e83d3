/**
 * The 资金日报表 sheet. Each day is a section: its date (when the report covers a month), a row per account with
 * 上日余额, 本日收入, 本日支出 and 本日余额, a 合计 row, and a line for 已支付未划账 items (payments made that the bank
 * has not yet cleared), which only the cashier knows. 本日余额 and the totals are live formulas, and each day's
 * 上日余额 is the day before's 本日余额, so a figure corrected on one day carries through the month. A month's report
 * ends with a table of every day's closing balance per account and a line chart of it.
 */
import { dateToSerial, formatIsoDate, type CalendarDate } from "../../core/dates";
import { blockAddress, cellAddress, columnLetters } from "../../core/grid";
import { fenToYuan } from "../../core/money";
import { emptyPlan, type PlanCell, type SheetPlan } from "../../core/plan";
import {
  CHINESE_DATE_FORMAT,
  GRID_BORDERS,
  HEADER_FILL,
  ISO_DATE_FORMAT,
  MONEY_FORMAT,
  THIN_LINE,
} from "../../core/styles";
import type { AccountDay, FundsReport, ReportPeriod } from "./model";

/** Columns: A 账户, B 上日余额, C 本日收入, D 本日支出, E 本日余额, F 备注. */
const HEADERS = ["账户", "上日余额", "本日收入", "本日支出", "本日余额", "备注"];
const COLUMN_WIDTHS = [28, 16, 16, 16, 16, 28];
const WIDTH = HEADERS.length;
const [OPENING, RECEIPTS, PAYMENTS, CLOSING, NOTE] = ["B", "C", "D", "E", "F"] as const;
const FIRST_SECTION_ROW = 2;

/** The 1-based row number of a 0-based row, as formulas write it. */
const rowNumber = (index: number) => index + 1;

const chineseDate = ({ year, month, day }: CalendarDate) => `${year}年${month}月${day}日`;

/** 0-based rows of one day's section. */
interface Section {
  top: number;
  firstAccount: number;
  total: number;
  note: number;
}

function sectionAt(top: number, withDate: boolean, accounts: number): Section {
  const header = top + (withDate ? 1 : 0);
  const total = header + 1 + accounts;
  return { top, firstAccount: header + 1, total, note: total + 1 };
}

/** The title and sheet name of a period: 2026年1月15日 and "资金日报表 2026-01-15", or 2026年1月 and "… 2026-01". */
function periodNames(period: ReportPeriod): { label: string; sheet: string } {
  if ("day" in period) return { label: chineseDate(period.day), sheet: formatIsoDate(period.day) };
  const { year, month } = period;
  return { label: `${year}年${month}月`, sheet: formatIsoDate({ year, month, day: 1 }).slice(0, 7) };
}

/** `report` covers the days of `period`, as reportDays gives them. */
export function layoutFundsReport(report: FundsReport, period: ReportPeriod, unit: string): SheetPlan {
  const monthly = !("day" in period);
  const accountCount = report.accounts.length;
  const sections: Section[] = [];
  for (let index = 0, top = FIRST_SECTION_ROW; index < report.days.length; index++) {
    const section = sectionAt(top, monthly, accountCount);
    sections.push(section);
    // A blank row between sections.
    top = section.note + 2;
  }
  const names = periodNames(period);
  const plan = emptyPlan(`资金日报表 ${names.sheet}`);
  plan.blocks.push({
    at: "A1",
    rows: [
      ["资金日报表", null, null, null, null, null],
      [`单位：${unit}`, null, null, `${monthly ? "期间" : "日期"}：${names.label}`, null, null],
    ],
  });
  plan.merges.push(blockAddress(0, 0, 1, WIDTH), blockAddress(1, 0, 1, 3), blockAddress(1, 3, 1, 3));
  plan.formats.push(
    { range: "A1", style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } } },
    { range: "D2", style: { alignment: { horizontal: "right" } } },
  );

  report.days.forEach((day, index) => {
    const section = sections[index]!;
    const before = sections[index - 1];
    const accountRows = report.accounts.map(({ account }, a): PlanCell[] => {
      const r = rowNumber(section.firstAccount + a);
      const figures = day.accounts[a]!;
      return [
        // Text as it is: each sink writes it so that it stays text (core/text).
        account,
        // Each formula with the figure the report computed, saved for readers that do not calculate.
        before
          ? { formula: `=${CLOSING}${rowNumber(before.firstAccount + a)}`, result: fenToYuan(figures.opening) }
          : fenToYuan(figures.opening),
        fenToYuan(figures.receipts),
        fenToYuan(figures.payments),
        { formula: `=ROUND(${OPENING}${r}+${RECEIPTS}${r}-${PAYMENTS}${r},2)`, result: fenToYuan(figures.closing) },
        null,
      ];
    });
    const [firstRow, lastRow] = [rowNumber(section.firstAccount), rowNumber(section.total - 1)];
    const total = (column: string, field: keyof AccountDay): PlanCell => ({
      formula: `=ROUND(SUM(${column}${firstRow}:${column}${lastRow}),2)`,
      result: fenToYuan(day.accounts.reduce((sum, figures) => sum + figures[field], 0)),
    });
    plan.blocks.push({
      at: cellAddress(section.top, 0),
      rows: [
        ...(monthly ? [[dateToSerial(day.date)]] : []),
        HEADERS,
        ...accountRows,
        [
          "合计",
          total(OPENING, "opening"),
          total(RECEIPTS, "receipts"),
          total(PAYMENTS, "payments"),
          total(CLOSING, "closing"),
          null,
        ],
        ["已支付未划账：", null],
      ],
    });
    const tableTop = section.firstAccount - 1;
    plan.merges.push(blockAddress(section.note, 1, 1, WIDTH - 1));
    if (monthly) plan.merges.push(blockAddress(section.top, 0, 1, WIDTH));
    plan.formats.push(
      ...(monthly
        ? [{ range: cellAddress(section.top, 0), style: { numberFormat: CHINESE_DATE_FORMAT, font: { bold: true } } }]
        : []),
      { range: blockAddress(tableTop, 0, section.note - tableTop + 1, WIDTH), style: { borders: GRID_BORDERS } },
      {
        range: blockAddress(tableTop, 0, 1, WIDTH),
        style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" } },
      },
      { range: `${OPENING}${firstRow}:${CLOSING}${rowNumber(section.total)}`, style: { numberFormat: MONEY_FORMAT } },
      { range: blockAddress(section.total, 0, 1, WIDTH), style: { font: { bold: true } } },
      { range: `${NOTE}${firstRow}:${NOTE}${lastRow}`, style: { alignment: { wrap: true } } },
      { range: blockAddress(section.note, 1, 1, WIDTH - 1), style: { alignment: { wrap: true, vertical: "top" } } },
    );
    plan.rows.push({ index: section.note, height: 36 });
  });

  // Who made the report and who checked it sign under the last day, as on every report a cashier hands over.
  const signatures = (sections[sections.length - 1]?.note ?? FIRST_SECTION_ROW) + 2;
  plan.blocks.push({ at: cellAddress(signatures, 0), rows: [["制表：", null, "审核：", null, "财务负责人：", null]] });
  plan.formats.push({
    range: blockAddress(signatures, 0, 1, WIDTH),
    style: { borders: { bottom: THIN_LINE }, alignment: { horizontal: "left", vertical: "bottom" } },
  });
  plan.rows.push({ index: signatures, height: 30 });
  const closingTop = monthly ? closingTable(plan, report, sections, names.label, signatures + 2) : null;
  plan.columns.push(...COLUMN_WIDTHS.map((width, index) => ({ index, width })));
  plan.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    pageNumbers: true,
    // A month prints one day a page, under the title and the unit.
    ...(monthly && {
      titleRows: { first: 1, last: 2 },
      rowBreaks: [...sections.slice(1).map((section) => section.top), ...(closingTop === null ? [] : [closingTop])],
    }),
  };
  return plan;
}

/**
 * Every day's 本日余额 per account, as formulas on the sections' cells, below the sections on a page of their own,
 * and a line chart of them under the table. Gives the table's first row.
 */
function closingTable(
  plan: SheetPlan,
  report: FundsReport,
  sections: readonly Section[],
  period: string,
  top: number,
): number {
  const title = `${period}各账户本日余额`;
  const columns = 1 + report.accounts.length;
  plan.blocks.push({
    at: cellAddress(top, 0),
    rows: [
      [title],
      ["日期", ...report.accounts.map(({ account }) => account)],
      ...report.days.map((day, index): PlanCell[] => [
        dateToSerial(day.date),
        ...report.accounts.map((_, a) => ({
          formula: `=${CLOSING}${rowNumber(sections[index]!.firstAccount + a)}`,
          result: fenToYuan(day.accounts[a]!.closing),
        })),
      ]),
    ],
  });
  const header = top + 1;
  const lastColumn = columnLetters(columns - 1);
  plan.merges.push(blockAddress(top, 0, 1, Math.max(columns, 2)));
  plan.formats.push(
    { range: cellAddress(top, 0), style: { font: { bold: true } } },
    { range: blockAddress(header, 0, 1 + report.days.length, columns), style: { borders: GRID_BORDERS } },
    {
      range: blockAddress(header, 0, 1, columns),
      style: { font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: "center" } },
    },
    { range: blockAddress(header + 1, 0, report.days.length, 1), style: { numberFormat: ISO_DATE_FORMAT } },
    {
      range: `B${rowNumber(header + 1)}:${lastColumn}${rowNumber(header + report.days.length)}`,
      style: { numberFormat: MONEY_FORMAT },
    },
  );
  plan.charts = [
    {
      kind: "line",
      title,
      data: blockAddress(header, 0, 1 + report.days.length, columns),
      at: cellAddress(header + report.days.length + 2, 0),
      seriesValues: report.accounts.map((_, a) => report.days.map((day) => fenToYuan(day.accounts[a]!.closing))),
    },
  ];
  return top;
}
